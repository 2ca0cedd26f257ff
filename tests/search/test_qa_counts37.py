"""Round-37 rankings and counts of the signed projects, on the real graph, worded apart from the development cases, in
both languages and traditional script, with look-alike cases whose right answer is empty:

- a sentence asking for an order, naming no holder ("Rank the institutions by number of signed projects."), states no
  first place: the place asked after it ("Who is runner-up behind X?") is the one next to the organisation named, of
  the kind the order names (search.qa_rank_premise._order_asked, search.qa_rank_next.asked_after_order); behind a
  name the graph does not hold, nothing;
- the one at an extreme of a set named before it, pointed at ("签约项目里参与方最多的那一个", "among the signed projects,
  the one with the most parties"): that set's own superlative, its parties counted, not the organisations a later count
  word names (search.qa_pointed_extreme); a set of a topic the graph does not hold stays empty.
"""

import pytest

from tests.search.dev_goals import labels, states

DVTC, JIAOTONG, DALIAN_U = "大连职业技术学院", "大连交通大学", "大连大学"
DIGITAL_CENTRE = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("question, expected", [
    ("Rank the institutions by the number of signed deals. Who is the runner-up behind Dalian University of "
     "Technology?", {DVTC}),
    ("Please rank the schools by signed projects. Who comes right after Dalian Vocational & Technical College?",
     {JIAOTONG, DALIAN_U}),
    ("把學校按簽約項目數排個隊。大連理工大學後面緊跟著的是哪所？", {DVTC}),  # traditional
])
def test_a_place_asked_after_an_order_is_the_next_one(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question", [
    "Rank the institutions by the number of signed deals. Who is the runner-up behind Harbin Institute of Technology?",
    "把学校按签约项目数排个队。哈尔滨工业大学后面的是哪所？",
])
def test_behind_a_name_not_held_nothing(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question", [
    "签约项目里参与方最多的那个有几家单位？",
    "簽約項目裡參與方最多的那一個，總共拉了幾家單位？",  # traditional
    "Among the signed projects, the one with the most parties: how many organisations does it involve?",
])
def test_the_one_pointed_at_is_the_sets_extreme(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL_CENTRE} and states(answer, 15) and not states(answer, 6), answer.answer_text


@pytest.mark.parametrize("question", [
    "无人机项目里参与方最多的那一个有几家单位？",
    "區塊鏈項目裡參與方最多的那個，一共有幾家單位？",
])
def test_a_set_of_a_topic_not_held_stays_empty(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text
