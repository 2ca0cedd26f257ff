"""Round-18 comparisons of two organisations written in short forms: when the reading links one name and reads the
other as a topic, the comparison of two figures is not answered; the topic relinked names the second organisation and
the two are compared by their signed projects (search.qa QuestionAnswerer._paired)."""

import pytest

from tests.search.dev_goals import labels

MINZU = "大连民族大学"
LIGHT_INDUSTRY = "辽宁轻工职业学院"
DALIAN_UNIVERSITY = "大连大学"


@pytest.mark.parametrize("question, winner", [
    ("Who signed more projects, Dalian Minzu or Liaoning Light Industry?", MINZU),
    ("Which has more signings, Liaoning Light Industry or Dalian Minzu?", MINZU),
    ("大连民族和辽宁轻工谁签的项目多？", MINZU),
    ("大連民族和遼寧輕工哪個簽的項目多", MINZU),
    ("大连海事和大连大学谁的项目多？", DALIAN_UNIVERSITY),
])
def test_two_short_named_organisations_are_compared_by_their_projects(qa, question, winner):
    answer = qa.answer(question)
    assert "compare" in answer.understanding["operators"] and labels(answer) == {winner}, answer.answer_text


def test_the_counts_of_both_sides_are_stated(qa):
    answer = qa.answer("轻工职院和大连民族谁签得少？")
    assert labels(answer) == {LIGHT_INDUSTRY}, answer.answer_text
    assert "1个" in answer.answer_text and "2个" in answer.answer_text


def test_two_figures_compared_are_still_figures(qa):
    # no organisation named: the sides are figures, and no relinking makes them organisations
    answer = qa.answer("Which is larger, the internship positions or the training attendances?")
    assert "compare" not in answer.understanding["operators"] and "2,800" in answer.answer_text, answer.answer_text
