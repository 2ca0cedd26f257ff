"""A figure of one owner is chosen by the measure the question's words name (search.qa_figure_kinds,
search.qa_measures): "research outputs" is the base's research results, never its person-times of training; a
unit named ("in person-times") is the measure asked even after "how much", and a figure the question states
("the 120-million-yuan base") describes, it is not asked; a measure noun ("training volume") names no unheld
thing. Both languages, traditional script, colloquial forms and empty answers. None is a dev-set question."""

import pytest

from search.qa_measures import measure_asked
from tests.search.dev_goals import states


@pytest.mark.parametrize("question, value, other", [
    # research results, not the training figure of the same base
    ("那个机床集团和大连职业技术学院的联合基地，到现在出了多少研究成果？", 31, 26000),
    ("How many research results has the machine tool training base produced so far?", 31, 26000),
    ("裝備製造實訓基地目前產出多少科研成果", 31, 26000),
    ("so the equipment manufacturing base, how many research outputs has it got so far?", 31, 26000),
    # person-times named after "how much": the training figure, not the investment
    ("How much training volume, in person-times, has the equipment manufacturing base delivered?", 26000, 120000000),
    ("装备制造实训基地给企业培训了多少人次？", 26000, 31),
])
def test_the_figure_of_the_measure_named_answers(qa, question, value, other):
    answer = qa.answer(question)
    assert answer.answers and states(answer, value) and not states(answer, other), answer.answer_text


@pytest.mark.parametrize("question", [
    "装备制造实训基地获得了多少项专利？",
    "What is the patent volume of the equipment manufacturing base?",
    "What is Huawei's training volume?",
])
def test_a_measure_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not states(answer, 26000) and not states(answer, 31), answer.answer_text


@pytest.mark.parametrize("question, measure", [
    ("how much training, in person-times, has the base delivered?", "person-times"),
    ("the 120-million-yuan base: how many person-times so far?", "person-times"),
    ("投资1.2亿元的基地培训了多少人次？", "person-times"),
    ("how much was invested in the base that trained 26,000 person-times?", "money"),
    ("培训2.6万余人次的基地投资了多少钱？", "money"),
])
def test_a_figure_stated_is_not_the_measure_asked(question, measure):
    assert measure_asked(question) == measure
