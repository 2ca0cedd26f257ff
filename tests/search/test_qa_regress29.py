"""Round-29 fixes of round 28's known regressions, on the real graph, worded apart from the development cases, in
both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- kinds named to DESCRIBE a project ("the one with all the universities and tech firms", "那个既有高校又有企业参与的…",
  "高校跟企业都有份的那个") say which project, not what is counted: every party of the project is counted
  (search.qa_kinds_described); a kind described that none of the named project's parties is makes the premise fail;
  kinds counted together ("高校和企业加起来有几家") still are;
"""

import pytest

from search.qa_kinds_described import described_kinds
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import states

DIGITAL = 15  # the digital talent training centre's parties: 6 universities, 7 companies, a lab, a computing centre


@pytest.mark.parametrize("question", [
    "Digital talent centre, the deal with both universities and companies on it: how many signatories altogether?",
    "How many organisations in total signed the digital talent training centre agreement, the one that has universities "
    "and tech companies?",
    "那个既有大学又有企业参与的数字人才实训中心，总共几家单位？",
    "數字人才實訓中心——就是高校跟企業都有份的那個——一共幾家單位？",  # traditional
    "数字人才那个项目，有高校和企业一起参与的那个，拢共几家单位啊",  # colloquial
    "the digital talent training centre, the one with universities and businesses in it, how many organisations in total",
])
def test_kinds_describing_a_project_do_not_narrow_the_count(qa, question):
    answer = qa.answer(question)
    assert states(answer, DIGITAL) and len(answer.answers) == DIGITAL, answer.answer_text


@pytest.mark.parametrize("question, total", [
    ("数字人才实训中心里高校和企业加起来有几家？", 13),  # the kinds are what is counted (count28's own)
    ("Digital talent centre: universities and companies together, how many?", 13),
    ("數字人才實訓中心的大學和企業一共幾家？", 13),
])
def test_kinds_counted_together_are_still_counted(qa, question, total):
    assert states(answer := qa.answer(question), total), answer.answer_text


@pytest.mark.parametrize("question", [
    # a kind described that none of the named project's parties is: the premise fails
    "那个既有科研机构又有企业参与的乡村振兴产业学院，一共几家单位？",
    "How many organisations are on the rural revitalization industrial college deal, the one with the research "
    "institutes and the companies?",
    "鄉村振興產業學院，就是科研機構和企業都有份的那個，一共幾家單位？",
])
def test_a_description_the_project_does_not_fit_is_no_count(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 3), answer.answer_text


@pytest.mark.parametrize("question, described", [
    ("how many organisations signed it, the one with all the universities and tech firms?", 2),
    ("那个既有高校又有科技公司参与的项目", 2),
    ("高校跟企业都有份的那个", 2),
    ("有高校和企业参与的那个项目", 2),
    ("高校和企业加起来有几家", 0),  # counted, not described
    ("how many universities and companies are on it in total", 0),
    ("大工在基地类和科创类里一共签了几个", 0),
])
def test_described_kinds_are_read_by_their_clause(qa, question, described):
    u = understand(normalize(question), qa.lexicon)
    assert len(described_kinds(u.blanked, qa.lexicon)) == described
