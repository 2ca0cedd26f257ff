"""Round-33 negation read whole, on the real graph, worded apart from the development cases, in both languages,
traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- the kinds of project a named organisation has none of: before this round the kinds it HAS were answered (the positive
  set: the categories operator read no negation); a negation never answers its positive set (search.qa_kinds_lacked);
- the projects without a party of a kind, the parties of another kind asked: those parties, not the projects
  (search.qa_party_negation);
- an except clause within a kind of project, the organisations asked with who ("高校还有谁", "who are the other
  universities"): those of the kind's projects, as a which-word asks them (search.qa_except._all_but, qa_kinds.in_kind).
"""

import pytest

from tests.search.dev_goals import labels

TALENT, BASE, TECH = "人才培养类项目", "实训基地类项目", "科技创新类项目"
NO_UNIVERSITY_BASE_FIRMS = {"大连锂工科技有限公司", "大连第一互感器集团", "一汽解放大连柴油机有限公司"}
OTHER_TECH_UNIVERSITIES = {"大连交通大学", "大连大学"}


@pytest.mark.parametrize("question, must", [
    # the kinds an organisation lacks
    ("大连交通大学没有参与哪类项目？", {TALENT}),
    ("Which kind of project has Dalian Jiaotong University not taken part in?", {TALENT}),
    ("三类项目里，大连职院没有参加哪一类？", {TECH}),
    ("大連職業技術學院唯獨缺席了哪一類項目？", {TECH}),
    ("冰山松洋压缩机哪几类项目都没沾边？", {TALENT, BASE}),
    ("In which project categories is Bingshan Songyang absent?", {TALENT, BASE}),
    # the parties of another kind asked of the projects without a party of a kind
    ("Which companies signed base projects that had no university among the parties?", NO_UNIVERSITY_BASE_FIRMS),
    ("基地类项目里，没有大学参与的那些，企业是哪几家？", NO_UNIVERSITY_BASE_FIRMS),
    ("Which universities are in the talent-training projects that have no company?", {"大连理工大学"}),
    # who else of a kind within a kind of project
    ("科技创新类项目里，除了大连理工，高校还有谁？", OTHER_TECH_UNIVERSITIES),
    ("科技創新類項目裡，刨掉大連理工以外，高校一方還有誰？", OTHER_TECH_UNIVERSITIES),
    ("In the tech-innovation projects, apart from DUT, who are the other universities?", OTHER_TECH_UNIVERSITIES),
])
def test_a_negation_read_whole_answers_exactly(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连理工大学没有参与哪类项目？",  # DUT takes part in every kind
    "Which category of project has Dalian University of Technology not joined?",
    "深圳职业技术大学没有参与哪类项目？",  # a school the graph does not hold
    "基地类项目里，没有大学参与的那些，医院是哪几家？",  # a kind of party held nowhere there
    "科技创新类项目里，除了大连理工，医院还有谁？",
])
def test_nothing_to_answer_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
