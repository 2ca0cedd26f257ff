"""Figure retrieval as a backoff and the coverage gate (search/qa_figure_lookup.py, search/qa_figure_backoff.py)
on the real graph with the default embedder, in both languages: the figure statement nearest a how-many
question is found by its words and meaning, within the kind asked; a how-many answer whose cited facts
hold nothing of the attribute asked (a subsidy, a split between payers) is refused."""

import pytest

from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import states


def _best(qa, question: str):
    """The label and value of the figure the lookup picks for ``question``, or None."""
    found = qa.figures.lookup.best(understand(normalize(question), qa.lexicon))
    return None if found is None else (qa.facts.label(found), qa.facts.figures["zh"][found]["value"])


@pytest.mark.parametrize("question, value", [
    ("订单培养计划每年组建多少个订单班", 40),
    ("How many order classes does the order-based training plan form each year?", 40),
])
def test_the_figure_nearest_the_question_is_found(qa, question, value):
    assert _best(qa, question) is not None and _best(qa, question)[1] == value


@pytest.mark.parametrize("question", [
    "装备制造实训基地的占地面积是多少",  # a measure no figure is in
    "How many patents has the digital talent centre been granted?",
    "现场工程师培养计划第三批打算培养多少名现场工程师",  # the figure held is the first batch's
])
def test_no_figure_is_found_for_what_the_graph_does_not_count(qa, question):
    found = _best(qa, question)
    assert found is None, found


@pytest.mark.parametrize("question, figures", [
    ("政府给这些签约项目的补贴一共是多少？", (16, 5, 6)),
    ("What subsidy did the government grant the signed projects?", (16, 5, 6)),
    ("那1.2亿元投资里，学校和企业各掏了多少？", (120000000, 17, 57)),
    ("How was the 120 million yuan investment split between the college and the company?", (17, 57)),
    # a batch the only figure is not of: the plan's first-batch figure is not given for it
    ("现场工程师培养计划第三批打算培养多少名现场工程师", (40,)),
    ("How many field engineers will the third intake of the field engineer plan train?", (40,)),
])
def test_a_how_many_answer_citing_nothing_of_the_attribute_asked_is_refused(qa, question, figures):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not any(states(answer, n) for n in figures), answer.answer_text


@pytest.mark.parametrize("question, value, not_value", [
    ("实训基地到目前为止产出的研究成果有几个？", 31, 3),
    ("How many internship positions does the equipment manufacturing base offer?", 2800, 28),
    ("签约仪式上签下的人才培养类项目有几个", 5, 16),  # 人 of 人才 asks for no count of people
])
def test_figure_answers_state_the_whole_number(qa, question, value, not_value):
    answer = qa.answer(question)
    assert states(answer, value) and not states(answer, not_value), answer.answer_text
