"""Closed-world honesty on the real graph: a question whose scope (another consortium, city,
province or year) the graph does not hold is never answered with this graph's facts, and the
empty answer names what is not held; the same question about the seed's own consortium still is.
The dev set qa-dev-scope.jsonl was written before the code change; the cases below are worded apart."""

import pytest

from search.qa_values import states_number
from tests.search.conftest import HERE
from tests.search.dev_goals import assert_goal, outcomes_of

QA_SCOPE = HERE / "qa-dev-scope.jsonl"
# The seed's figures that a question about another consortium once got (members, rank, projects, money).
SEED_FIGURES = (97, 5, 16, 120000000, 57, 17)


@pytest.fixture(scope="module")
def outcomes(qa):
    return outcomes_of(qa, QA_SCOPE)


def test_the_scope_set_pairs_outside_questions_with_twins(outcomes):
    cases = [case for case, _ in outcomes]
    assert len(cases) >= 50 and 0.4 <= sum(c.expect_empty for c in cases) / len(cases) <= 0.6


def test_scope_answerable_twins_reach_the_goal(outcomes):
    right = [not problems for case, problems in outcomes if not case.expect_empty]
    assert sum(right) / len(right) >= 0.8, [c.q for c, p in outcomes if p and not c.expect_empty]


def test_scope_questions_outside_the_graph_are_honest(outcomes):
    assert_goal(outcomes, empty=True)


@pytest.mark.parametrize("question, span", [
    ("沈阳浑南产教联合体的成员单位一共多少家？", "沈阳浑南产教联合体"),
    ("瀋陽渾南產教聯合體排名第幾？", "沈阳浑南产教联合体"),
    ("浑南联合体双方投了多少钱", "浑南联合体"),
    ("合肥的产教联合体签了几个项目？", "合肥"),
    ("宁波市有哪些高校参加？", "宁波市"),
    ("2018年联合体有几家企业？", "2018年"),
    ("How many members has the Shenyang Hunnan consortium got?", "Shenyang Hunnan consortium"),
    ("What place did the Xiamen consortium rank?", "Xiamen consortium"),
    ("How many projects were signed in 2020?", "2020"),
    ("what rank did the xiamen consortium get", "xiamen consortium"),  # a name typed in lowercase
    ("Hunnan的联合体有几所高校？", "Hunnan"),  # mixed script: the English name ends at the Chinese
    ("Is Nankai University one of the members?", "Nankai University"),
])
def test_an_outside_scope_never_yields_a_figure_and_is_named(qa, question, span):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == []
    assert f"关于{span}的" in answer.answer_text or f"about {span}," in answer.answer_text  # named exactly
    assert not any(states_number(answer.answer_text, n) for n in SEED_FIGURES)
    assert answer.related, "the nearest entities are offered separately"


@pytest.mark.parametrize("question, figure", [
    ("金普新区产教联合体的成员单位一共多少家？", 97),
    ("大連金普新區產教聯合體的成員單位一共多少家？", 97),
    ("金普联合体双方投了多少钱", 120000000),
    ("2024年签了几个项目？", 16),
    ("How many members has the Dalian Jinpu consortium got?", 97),
    ("how many members does the whole jinpu consortium have", 97),
])
def test_the_in_scope_twin_is_still_answered(qa, question, figure):
    answer = qa.answer(question)
    assert answer.understanding["outside_graph"] == []
    assert states_number(answer.answer_text, figure)


@pytest.mark.parametrize("question", [
    "到目前为止，加入联合体的单位有多少家",  # a verb before 联合体 is no name
    "2023年年末金普新区排第几？",  # a date before a name is not part of it
    "2022年12月印发了什么文件？",  # a year the graph's dates hold
])
def test_words_around_a_suffix_are_not_taken_for_an_outside_name(qa, question):
    assert qa.answer(question).understanding["outside_graph"] == []


@pytest.mark.parametrize("question, span", [
    ("东软集团和大连理工大学合作了什么？", "东软集团"),  # one character from 青软集团, but another sound
    ("東軟集團參與了哪些項目？", "东软集团"),
])
def test_an_outside_name_one_character_from_a_held_one_is_not_relinked_to_it(qa, question, span):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.understanding["outside_graph"] == [span]


def test_a_slip_that_sounds_like_a_held_name_is_still_linked(qa):
    answer = qa.answer("冰山松阳参加了哪个项目？")
    assert answer.understanding["outside_graph"] == [] and answer.answers


def test_a_question_typed_in_pinyin_about_another_city_names_it(qa):
    answer = qa.answer("suzhou chanjiao lianheti you duoshao chengyuan")
    assert answer.answers == [] and answer.understanding["outside_graph"] == ["suzhou"]


def test_a_question_typed_in_pinyin_about_the_seed_is_not_read_as_outside(qa):
    assert qa.answer("jinpu lianheti paiming diji").understanding["outside_graph"] == []


@pytest.mark.parametrize("question", ["2022年联合体的成员单位有几家？", "How many member units did the consortium have in 2023?",
                                      "2023年簽約了幾個項目？", "How many projects had been signed in March 2023?"])
def test_a_figure_of_another_year_than_the_one_asked_is_not_given(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not any(states_number(answer.answer_text, n) for n in SEED_FIGURES)


@pytest.mark.parametrize("question, figure", [("2024年联合体的成员单位有几家？", 97), ("2023年年末金普新区综合排名第几？", 5)])
def test_a_figure_of_the_year_asked_or_of_what_happened_that_year_is_given(qa, question, figure):
    assert states_number(qa.answer(question).answer_text, figure)
