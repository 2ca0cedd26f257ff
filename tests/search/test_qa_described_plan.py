"""Round-27 plans described in the asker's words and pointed at by a word for a plan or a way of doing things
(search.qa_described_plan), on the real graph, in wordings of no development set and of no calibration line:
simplified, traditional, colloquial and English; the description before the word ("那套做法"), after it ("the scheme
where …") or in the clause the pointer points back at ("…: under that arrangement"). A description of a plan the graph
does not hold names none, and the answer stays empty."""

import pytest

from search.text import normalize

ORDER, THROUGH = "订单培养计划", "中高职贯通培养计划"
ORDER_EN, THROUGH_EN = "Order-Based Training Plan", "Secondary–Higher Vocational Integrated Training Plan"


def _read(qa, question):
    text = normalize(question)
    read = qa.described_plans.named(text, False, qa.config.described_plan)
    return None if read == text else read


@pytest.mark.parametrize("question, named", [
    ("企业出订单、学校来接单的那套做法,每年能开几个班?", ORDER),
    ("企業出訂單、學校來接單的那套做法,每年能開幾個班?", ORDER),
    ("按企业订单来培养学生这种模式,一年组几个班啊", ORDER),
    ("中职学生直接升高职的那套办法,每年招多少人?", THROUGH),
    ("What yearly intake does the programme joining secondary and higher vocational schooling aim for?", THROUGH_EN),
    ("Companies order graduates and the college trains them to order: under that arrangement, how many classes a year?", ORDER_EN),
])
def test_a_plan_described_and_pointed_at_is_the_plan(qa, question, named):
    read = _read(qa, question)
    assert read is not None and normalize(named) in read


@pytest.mark.parametrize("question", [
    "医院派护士来学校进修的那套做法,每年培养多少人?",
    "政府补贴、农户种树那种模式,一年能种多少亩?",
    "Under the scheme sending students abroad for a semester, how many go each year?",
    "Hospitals send nurses to the school for retraining: under that arrangement, how many a year?",
    "那个培养飞行员的计划每年招多少人?",
])
def test_a_plan_the_graph_does_not_hold_is_read_as_none(qa, question):
    assert _read(qa, question) is None


@pytest.mark.parametrize("question", [
    # without the check each was answered with the integrated pathway's yearly figure: no plan leads the description, the answer's plan
    # is not the one nearest it, and nothing is answered (DescribedPlans.unheld)
    "Under the scheme sending students abroad for a semester, how many go each year?",
    "农民工进夜校学手艺的那个计划,每年办几期?",
    "Retired miners learn to weld at the college: how many a year under that programme?",
    "医院派护士来学校进修的那套做法,每年培养多少人?",
])
def test_a_plan_the_graph_does_not_hold_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_a_plan_named_already_is_read_by_its_name(qa):
    text = normalize("订单培养计划那套做法每年组几个班?")
    assert qa.described_plans.named(text, True, qa.config.described_plan) == text


@pytest.mark.parametrize("question, expected", [
    ("企业出订单、学校来接单的那套做法,每年能开几个班?", "40"),
    ("Companies order graduates and the college trains them to order: under that arrangement, how many classes a year?", "40"),
])
def test_the_plan_described_answers_its_figure(qa, question, expected):
    answer = qa.answer(question)
    assert expected in answer.answer_text, answer.answer_text
