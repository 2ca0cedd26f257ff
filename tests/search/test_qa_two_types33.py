"""Round-33 two answer types: the kinds a question closes on, listed after its ask ("who are the two partners, the
kindergarten and the college?"), are the kinds asked (search.qa_closing_list), on the real graph, each worded apart
from the development case that found them, with cases whose right answer is empty:

- the list is no later clause pointing back at an earlier answer (search.qa_chain read "the college" as "that
  college" and the question as the list alone) and no kind standing for its one entity (search.qa_kind_refs put the
  one kindergarten's name for "the kindergarten"): each kind listed is answered, the project's party of that kind;
- a project the graph does not hold answers nothing, whatever the kinds listed.
"""

import pytest

from search.qa_closing_list import closing_list, closing_start
from search.qa_told_apart import without_preamble
from tests.search.dev_goals import labels, states

DVTC, DUT, KINDERGARTEN = "大连职业技术学院", "大连理工大学", "大连市金州区第一幼儿园"
COMPRESSOR_FIRM, DALIAN_UNIVERSITY = "冰山松洋压缩机(大连)有限公司", "大连大学"


@pytest.mark.parametrize("question, parties", [
    ("On the childcare base, who signed it, the kindergarten and the college?", {KINDERGARTEN, DVTC}),
    ("For the Jinpu preschool talent base: who are its two parties, the kindergarten and the college?", {KINDERGARTEN, DVTC}),
    ("On the OpenHarmony talent centre, who are the partners, the vocational college and the university?", {DVTC, DUT}),
    ("Regarding the compressor innovation centre, who built it, the company and the university?", {COMPRESSOR_FIRM, DALIAN_UNIVERSITY}),
])
def test_the_kinds_closing_the_question_are_each_asked(qa, question, parties):
    answer = qa.answer(question)
    assert parties <= labels(answer), answer.answer_text
    assert "two types" in answer.understanding["operators"], answer.understanding


@pytest.mark.parametrize("question", [
    "For the hydrogen refuelling station base in Jinpu, who are the two partners, the kindergarten and the college?",
    "About the Shenzhen robotics base: who are the partners, the company and the college?",
])
def test_a_project_the_graph_lacks_answers_nothing_whatever_the_kinds_listed(qa, question):
    assert not qa.answer(question).answers


def test_the_closing_list_and_where_it_begins():
    text = "who are the two partners, the kindergarten and the college?"
    spans = [(text.index("partners"), "partners"), (text.index("kindergarten"), "kindergarten"), (text.index("college"), "college")]
    assert closing_list(text, spans) == spans[1:]
    assert closing_start(text, spans) == text.index(", the kindergarten") + 1
    # a list that asks nothing before it, or that does not close the question, is none
    assert closing_list("the kindergarten and the college signed it.", [(4, "kindergarten"), (25, "college")]) == []
    assert closing_start("which college, the kindergarten and the college, signed it?",
                         [(6, "college"), (19, "kindergarten"), (40, "college")]) is None


# A preamble before a colon naming the parties compared, the rest naming none, is the question's (qa_told_apart.without_preamble):
# read off as the asker's, the comparison lost both sides and answered every partner; one naming a party the graph
# lacks is still refused, and one naming only a plan the asker cares about is still read off.
@pytest.mark.parametrize("question, winner", [
    ("闺女在大连大学和大连海事大学之间犹豫,我想对比一下:签约项目里哪家出现得多?", "大连大学"),
    ("My niece is torn between Dalian Minzu University and Dalian Maritime University, I want to compare: which shows up "
     "in more signed projects?", "大连民族大学"),
])
def test_a_preamble_naming_the_compared_parties_is_kept(qa, question, winner):
    answer = qa.answer(question)
    assert labels(answer) == {winner}, answer.answer_text


@pytest.mark.parametrize("question", [
    "闺女在深圳大学和大连海事大学之间犹豫,我想对比一下:签约项目里哪家出现得多?",
    "My niece is torn between Shenzhen University and Dalian Maritime University, I want to compare: which shows up in "
    "more signed projects?",
])
def test_a_preamble_naming_a_party_the_graph_lacks_answers_nothing(qa, question):
    assert not qa.answer(question).answers


def test_a_preamble_naming_only_a_plan_is_still_the_askers():
    assert without_preamble("as an hr person i care about order classes: how many such classes a year?",
                            lambda clause: "college" in clause) == "how many such classes a year?"
    assert without_preamble("my cousin picks between the college and the academy, i want to compare: which is bigger?",
                            lambda clause: "college" in clause).startswith("my cousin")


# Two kinds of project named side by side with each one's count asked (各, 分别, each): both counts, as the comparison of
# the two gives them (qa_figure_compare.compare_kinds); the count of one kind alone was answered before.
@pytest.mark.parametrize("question, counts", [
    ("基地类和人才培养类分别签了几个?", (6, 5)),
    ("基地那一类跟科创那一类,两边各几个?", (6, 5)),
    ("How many of each were signed, base projects and tech-innovation projects?", (6, 5)),
    ("大工参与的项目里基地类和科创类各几个?", (2, 2)),
])
def test_two_kinds_each_counted(qa, question, counts):
    answer = qa.answer(question)
    assert all(states(answer, n) for n in counts) and "更多" not in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["深圳大学的项目里基地类和科创类各几个?", "What about Tsinghua's projects: how many of each, base and tech-innovation?"])
def test_two_kinds_each_counted_of_a_party_the_graph_lacks_answer_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not states(answer, 6), answer.answer_text
