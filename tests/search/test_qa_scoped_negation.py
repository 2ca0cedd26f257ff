"""Round-26 negation inside a named organisation's set (search.qa_party_negation.PartyNegation.scoped), on the real
graph, worded apart from the development cases that found it, in both languages, traditional script and colloquial
forms, with cases whose right answer is empty:

- "X参加的项目里，哪些一家企业都没有", "among the projects X signed, which had no company": of X's cooperations, those
  none of whose parties is of the kind denied, each with its other parties said;
- every one of X's cooperations having such a party, an organisation the graph does not hold, or a kind the graph
  holds no party of: nothing is answered (never X's positive set, never the organisations of the kind);
- a set named whole before a clause break ("交大那三个项目，哪个不是…", "X's three projects: which one is not …")
  is the set the negation picks from (search.qa_negated_scope.scoping_names): never another organisation's;
- the organisation the negation governs ("X没参与的基地项目") stays the negation operator's (tests/search/
  test_qa_project_parties.py).
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC = "大连理工大学", "大连职业技术学院"
KINDERGARTEN = "大连市金州区第一幼儿园"
OPENHARMONY, CHILDCARE = "开源鸿蒙人才培养中心项目", "金普新区托幼一体化人才培养基地项目"
ROCKWELL, RURAL = "罗克韦尔技术协同创新中心项目", "辽宁省乡村振兴产业学院项目"
AI_BASE = "辽宁省人工智能交叉产教融合创新基地项目"

WITHIN = [
    ("大连职业技术学院参与的项目里，哪些项目连一家企业都没有？", {OPENHARMONY, CHILDCARE}),
    ("Among the projects Dalian Vocational & Technical College signed, which had no company among the parties?",
     {OPENHARMONY, CHILDCARE}),
    ("大連職業技術學院簽的項目中，哪幾個沒有大學參與？", {ROCKWELL, RURAL, CHILDCARE}),
    ("Of Dalian Vocational and Technical College's projects, which ones involve no kindergarten?",
     {OPENHARMONY, ROCKWELL, RURAL}),
    ("大职院搞的那几个项目里头，哪个一所大学都没掺和？", {ROCKWELL, RURAL, CHILDCARE}),
    ("大工参加的签约项目中，没有企业参与的是哪些", {OPENHARMONY, AI_BASE}),
]


@pytest.mark.parametrize("question, answers", WITHIN)
def test_the_named_ones_cooperations_without_the_kind(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


def test_the_other_parties_are_said_beside_each(qa):
    answer = qa.answer("大职院参加的那几个项目里，哪些一家企业都没有？对方分别是谁？")
    assert DUT in answer.answer_text and KINDERGARTEN in answer.answer_text, answer.answer_text


EMPTY = [
    "大连交通大学参与的项目里，哪些没有企业参与？",
    "Among the projects Dalian Jiaotong University signed, which had no company?",
    "大連交通大學簽的項目裡，哪個連一家企業都沒有？",
    "深圳职业技术大学参与的项目里，哪些没有企业？",
    "大连职业技术学院参与的项目里，哪些没有医院参与？",
    "Which of Dalian Jiaotong University's projects had no university among the parties?",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


DUT_DIGITAL, DUT_AI_BASE, DUT_ELECTRICAL = "大连市数字人才产教融合实训中心合作项目", AI_BASE, "高低压电器装备制造产业产教融合实训基地项目"
JIAOTONG_PROJECTS = {"产教融合实习实践基地项目", "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目"}


@pytest.mark.parametrize("question, answers", [
    ("大连理工大学的六个项目：哪些不是科技创新类？", {DUT_DIGITAL, OPENHARMONY, DUT_AI_BASE, DUT_ELECTRICAL}),
    ("Dalian Jiaotong University's three projects: which ones are not tech innovation projects?", {"产教融合实习实践基地项目"}),
])
def test_a_set_named_before_a_break_is_picked_from(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


# (the answers stay within the named organisation's projects: Dalian Maritime University's one project, the digital
# talent centre, is co-construction, not R&D, by its cj:cooperationMode: search.qa_mode)
@pytest.mark.parametrize("question, named", [("交大那三个项目，哪个不是搞研发的？", JIAOTONG_PROJECTS),
                                             ("Dalian Maritime University's projects: which one is not R&D?", {DUT_DIGITAL})])
def test_a_set_named_before_a_break_is_never_left_for_the_rest(qa, question, named):
    answer = qa.answer(question)
    assert labels(answer) <= named, answer.answer_text
