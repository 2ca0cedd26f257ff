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


@pytest.mark.parametrize("question", [
    "Foreign-invested firms among the members: how many?",
    "How many foreign invested enterprises joined?",
    "State-owned enterprises among the members: how many?",
    "联合体成员里国有企业占几家？",
    "聯合體成員裡外資企業有幾家",
])
def test_a_kind_of_firm_by_its_owners_is_no_money_question_and_no_figure(qa, question):
    # "-invested", "-owned" narrow the kind of firm: no amount is asked, and the graph sorts no members so
    answer = qa.answer(question)
    assert "money" not in answer.understanding["operators"] and not answer.answers, answer.answer_text
    assert "57" not in answer.answer_text and "120" not in answer.answer_text, answer.answer_text


def test_an_amount_invested_is_still_a_money_question(qa):
    answer = qa.answer("How much did the machine tool firm and the college invest in the base?")
    assert "money" in answer.understanding["operators"] and "120,000,000" in answer.answer_text, answer.answer_text


DIGITAL_TALENT = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("question", [
    "Which project has the most signing units?",
    "Of all the deals, which one gathered the biggest crowd of participating units?",
    "哪个项目的签约单位最多？",
    "哪個項目參與單位最多",
])
def test_signing_units_are_a_projects_parties(qa, question):
    # "signing unit" is 签约单位 said in English: the organisations taking part; a crowd of them is their number
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL_TALENT}, answer.answer_text
