"""Round-29 fixes of round 28's two known regressions, on the real graph, worded apart from the development cases, in
both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- kinds named to DESCRIBE a project ("the one with all the universities and tech firms", "那个既有高校又有企业参与的…",
  "高校跟企业都有份的那个") say which project, not what is counted: every party of the project is counted
  (search.qa_kinds_described); a kind described that none of the named project's parties is makes the premise fail;
  kinds counted together ("高校和企业加起来有几家") still are;
- an English auxiliary before a mode verb in -ing ("are co-building", "were jointly developing") says what the parties do,
  no mode stated of the projects (search.qa_mode.STATED_BEFORE): the count asked is of the parties; a passive or a
  copula ("were co-built", "are joint R&D", "is being co-built") still states the mode.
"""

import pytest

from search.qa_kinds_described import described_kinds
from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels, states

DIGITAL = 15  # the digital talent training centre's parties: 6 universities, 7 companies, a lab, a computing centre
RURAL = {"大连第一互感器集团", "大连职业技术学院", "普兰店区职教中心"}


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


@pytest.mark.parametrize("question", [
    "How many outfits are co-building the Liaoning rural revitalisation industrial college?",  # a head the graph lacks
    "how many bodies r co-building the rural revitalisation college",  # colloquial, typo
    "How many entities were jointly developing the ultrasonic levitation worktable?",
    "Roughly how many are co-building the rural revitalization industry college?",
])
def test_an_auxiliary_before_a_mode_verb_states_no_mode(qa, question):
    answer = qa.answer(question)  # the parties, or no answer: never the projects of a mode
    assert not answer.understanding.get("mode") and not labels(answer) & {"辽宁省乡村振兴产业学院项目", "超声悬浮精密零件减摩搬运工作台研制项目"}, \
        answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("Who all are co-building the rural revitalization industry college?", RURAL),
    ("how many partners r co-building the rural revitalisation college", RURAL),
    ("How many signatories are co-developing the EV charging fault detection project?", {"东风日产大连有限公司", "大连理工大学"}),
])
def test_the_parties_doing_it_are_counted(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("How many projects were co-built?", 12),  # a passive states the mode
    ("How many of the projects are being co-built?", 12),
    ("How many of the deals were joint R&D?", 4),
])
def test_a_passive_or_copula_still_states_the_mode(qa, question, number):
    assert states(answer := qa.answer(question), number), answer.answer_text


@pytest.mark.parametrize("question", [
    "How many research institutes are co-building the rural revitalization industrial college?",  # none is
    "How many bodies are co-building the Huawei innovation centre?",  # a project the graph does not hold
])
def test_a_mode_verb_with_nothing_to_count_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 3) and not states(answer, 12), answer.answer_text
