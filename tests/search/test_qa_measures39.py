"""Figures asked by their measure (round 39), wordings written for it, none in a development set: the measure a
question asks is read off it once — a unit of money after a how-word ("几个亿", "多少万元"), a unit of time with a
measure word between ("几个小时"), a unit the graph holds nowhere ("learners", "号人") compared by meaning with the
unit the answered figure is stated in — and a figure of another measure never answers it; the twins whose right answer
is empty: hours, days and sums asked of figures counting places, people or projects.
"""

import pytest

from search.qa_asked_unit import asked_units
from search.qa_cues import MONEY_UNIT_ASKED
from search.qa_measures import measure_asked
from search.qa_values import asked_measure
from search.text import normalize
from tests.search.dev_goals import states


@pytest.mark.parametrize("question, figure", [
    # a unit of money after the how-word asks the sum, whatever the verb
    ("大连机床和大连职院那个省级实训基地，一共砸进去几个亿？", 120000000),
    ("大連機床跟職院合建的實訓基地，前後投了幾個億？", 120000000),  # traditional
    # a unit held nowhere, near the unit of the figure answering
    ("Each year, how many learners go through the integrated secondary-to-higher vocational plan?", 1000),
    ("现场工程师培养计划头一批要培养多少号人？", 40),
    ("How many trainees, counted in person-times, has the equipment-manufacturing base trained for firms?", 26000),
])
def test_a_figure_asked_by_its_measure_is_answered(qa, question, figure):
    answer = qa.answer(question)
    assert answer.answers and states(answer, figure), answer.answer_text


@pytest.mark.parametrize("question", [
    "那个装备制造实训基地的实习岗位一天开放几个小时？",  # hours are no count of places
    "裝備製造實訓基地的實習崗位每週開放多少個鐘頭？",  # traditional
    "现场工程师培养计划头一批要培养多少天？",  # days are no count of people
    "How many hours a week do the order classes meet?",
    "签约的那些产教联合体项目一共涉及多少万元？",  # a sum is no count of projects
    "那个实训基地的研究成果一共值几个亿？",  # nor a count of research results
    "How many square metres does the equipment-manufacturing base take up?",
])
def test_a_figure_of_another_measure_never_answers(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question, measure", [
    ("那个基地砸了几个亿", "money"),
    ("签约项目涉及多少万元", "money"),
    ("how many yuan did they put in", "money"),
    ("培训了多少万人次", "person-times"),  # a magnitude before 人次 counts person-times
    ("那个基地前后花了多少块钱", "money"),
])
def test_the_measure_is_read_off_the_unit_after_the_how_word(question, measure):
    assert measure_asked(normalize(question)) == measure


def test_a_magnitude_before_a_count_word_asks_no_sum():
    assert not MONEY_UNIT_ASKED.search("每年培养多少万人")
    assert not MONEY_UNIT_ASKED.search("培训了多少万人次")


@pytest.mark.parametrize("question", ["实习岗位每天开放几个小时", "一周上多少个钟头", "培养多少天", "学制是几年"])
def test_a_unit_of_time_after_a_how_word_asks_a_duration(question):
    assert asked_measure(question) == "duration"


def test_which_month_asks_no_duration():
    assert asked_measure("2023年几月启动的") is None


@pytest.mark.parametrize("question, unheld, units", [
    ("how many learners a year go through it?", ["learner", "year"], ["learner"]),
    ("how many trainee visits has the base given?", ["trainee", "visit"], ["trainee", "visit"]),
    ("实习岗位每天开放几个小时?", ["小时", "开放", "每天"], ["小时"]),
    ("每年能带出多少号人?", ["号人"], ["号人"]),
    ("what sum did it get, in rmb?", ["rmb"], ["rmb"]),
    ("which learners went there?", ["learner"], []),  # no how-word: no unit asked
])
def test_the_unit_asked_is_read_once(question, unheld, units):
    assert asked_units(question, unheld) == units
