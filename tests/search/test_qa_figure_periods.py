"""Figures asked by their period or by a size word, on the real graph: a year said as 一年/每一年/yearly, the
first batch as 第一批/头一批/initial cohort, a running total as so far/迄今 (the ontology's cj:Period labels), and
a size asked without a count word ("the size of …", "培养人数", "in person-times"),
or with no asking word at all ("实训基地实习岗位，目前？"). A batch after the first is
not answered with the first batch's figure. Both languages, traditional script, colloquial forms and empty
answers. None of these questions is a dev-set question."""

import pytest

from tests.search.dev_goals import states


@pytest.mark.parametrize("question, value", [
    ("订单培养计划一年开多少个班？", 40),
    ("訂單培養計劃一年開幾個班？", 40),
    ("订单班那个计划，一年搞几个班？", 40),
    ("What is the size of the Field Engineer Training Plan's first cohort?", 40),
    ("现场工程师培养计划第一批的培养人数是？", 40),
    ("現場工程師培養計劃頭一批培養幾個人？", 40),
    ("中高职贯通培养计划每一年的培养规模？", 1000),
    ("How many students does the Secondary-Higher Vocational Integrated Training Plan train yearly?", 1000),
    ("Liaoning Equipment Manufacturing Training Base: training for enterprises so far, in person times?", 26000),
    # no asking word at all: the figure the words name is asked for
    ("GT machine tool base — internship posts provided, to date.", 2800),
    ("Internship positions at the machine-tool training base to date?", 2800),
    ("实训基地实习岗位，目前？", 2800),
    ("機床實訓基地實習崗位數，至今？", 2800),
    ("订单班每年组建的数量？", 40),
    # a size with no unit asked of what a figure counts (a cohort, an intake): its count, no area
    ("How big was the first cohort of the field engineer plan?", 40),
    ("How large is the yearly intake of the secondary-higher vocational integrated training plan?", 1000),
    ("現場工程師首批多大？", 40),
    ("订单班计划每年组班多大规模？", 40),
])
def test_a_figure_asked_by_its_period_a_size_word_or_no_asking_word(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers and states(answer, value), answer.answer_text


@pytest.mark.parametrize("question", [
    "现场工程师培养计划第二批培养多少人？",
    "現場工程師培養計劃第2批招多少人？",
    "How many people will the Field Engineer Training Plan train in its second batch?",
    "订单培养计划一年投了多少钱？",
])
def test_a_figure_of_another_batch_or_measure_is_no_answer(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 40), answer.answer_text


@pytest.mark.parametrize("question", [
    "How many secondary and higher education institutions does the Jinpu consortium count among its members?",
    "金普新区联合体成员里有几所中高等院校？",
    "金普新區聯合體成員裡有幾所中高等院校？",
])
def test_a_member_category_holding_an_industry_name_is_counted_by_its_figure(qa, question):
    """"higher education" inside "secondary and higher education institutions" is the category's word, no industry."""
    answer = qa.answer(question)
    assert states(answer, 17) and "higher-education" not in " ".join(answer.understanding.get("constraints", [])), \
        answer.answer_text


@pytest.mark.parametrize("question", ["大连职院的实习基地", "大连海事大学的在校生人数，目前？", "How big is the machine tool training base?",
                                      "机床实训基地有多大？", "How big is the campus of Dalian Maritime University?"])
def test_a_question_naming_no_figure_of_its_own_gets_none(qa, question):
    """The base named with one word of its figure is no figure asked; a figure the graph lacks stays empty; a
    size asked of a site is its area, which the graph does not hold (never the count of one of its figures)."""
    answer = qa.answer(question)
    assert not any(states(answer, n) for n in (2800, 26000)), answer.answer_text
