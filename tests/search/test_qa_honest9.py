"""Closed-world honesty, round 9 (issue #14 item 2), on the real graph: a project, community or post
the graph does not hold, an organisation's particulars the ontology has no property for, a post asked
at an organisation the person does not work at, and a figure of a cooperation the named organisation
is no party to all get an empty answer, never this graph's facts about something else; their
answerable twins still get their answer. The dev set qa-dev-honest9.jsonl was written and committed
before the code changed; the cases below are worded apart from it."""

import pytest

from search.qa_values import states_number
from search.text import longest_first
from search.wording import standard_wording
from tests.search.conftest import HERE
from tests.search.dev_goals import assert_goal, outcomes_of

QA_HONEST9 = HERE / "qa-dev-honest9.jsonl"
# The seed's figures a question about something the graph does not hold must not state.
SEED_FIGURES = (97, 16, 120000000, 2800, 31)


@pytest.fixture(scope="module")
def outcomes(qa):
    return outcomes_of(qa, QA_HONEST9)


def test_the_honest9_set_is_mostly_unanswerable_with_controls(outcomes):
    cases = [case for case, _ in outcomes]
    assert len(cases) >= 70 and 0.55 <= sum(c.expect_empty for c in cases) / len(cases) <= 0.7


def test_honest9_unanswerable_questions_are_honest(outcomes):
    assert_goal(outcomes, empty=True)


def test_honest9_controls_are_answered(outcomes):
    assert_goal(outcomes, empty=False)


@pytest.mark.parametrize("question, span", [
    ("无人机维修实训基地有哪些学校参加？", "无人机维修实训基地"),
    ("直播電商創新中心是誰建的？", "直播电商创新中心"),  # traditional script
    ("Which firms took part in the drone repair training base?", "drone repair training base"),
    ("who leads the logistics industry education community", "logistics industry education community"),
    ("大连市副市长在会上说了什么？", "大连市副市长"),
    ("金州区区长参加签约了吗？", "金州区区长"),
])
def test_an_absent_project_community_or_post_is_named_and_never_answered(qa, question, span):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == []
    assert f"关于{span}的" in answer.answer_text or f"about {span}," in answer.answer_text
    assert not any(states_number(answer.answer_text, n) for n in SEED_FIGURES)


@pytest.mark.parametrize("question", [
    "大连交通大学是什么时候建校的？",
    "How many employees does Bingshan Songyang have?",
    "大連醫科大學的官網是什麼？",
    "What is the registered capital of Guochuang Hydrogen?",
    "通用技术集团大连机床一年营业额多少？",
])
def test_an_organisations_particulars_are_honestly_not_recorded(qa, question):
    answer = qa.answer(question)
    assert answer.answers == []
    assert "图谱没有记载" in answer.answer_text or "does not record" in answer.answer_text


def test_the_consortiums_founding_is_still_answered(qa):
    # the consortium is no organisation of a unit's kind: when it was approved is its founding
    assert states_number(qa.answer("金普新区产教联合体是哪一年成立的？").answer_text, 2023)


def test_a_post_asked_in_short_reads_as_a_post():
    assert "担任什么职务" in standard_wording("杨跃权在学校任何职")
    assert standard_wording("没有任何职业院校参与的项目") == "没有任何职业院校参与的项目"  # 任何职业 asks no post


@pytest.mark.parametrize("question, answered", [
    ("杨跃权在大连理工大学任何职？", False),  # he holds no post there
    ("董建军在大连交通大学任什么职？", False),
    ("杨跃权在大连职业技术学院任什么职？", True),
])
def test_a_post_at_an_organisation_is_the_persons_post_there_or_nothing(qa, question, answered):
    answer = qa.answer(question)
    assert bool(answer.answers) == answered
    if answered:
        assert any("校长" in a["label"] for a in answer.answers)


def test_a_figure_of_a_cooperation_the_named_organisation_is_no_party_to_is_not_given(qa):
    answer = qa.answer("大连河野智能装备的实训基地花了多少钱？")
    assert answer.answers == [] and not states_number(answer.answer_text, 120000000)


def test_a_figure_of_the_named_organisations_own_cooperation_is_given(qa):
    assert states_number(qa.answer("大连职业技术学院参与的实训基地提供了多少实习岗位？").answer_text, 2800)


def test_greedy_matching_order_does_not_depend_on_string_hashing():
    # ties in length are broken by the words themselves, whatever order a set yields them in
    words = {"实训基地", "基地项目", "实训", "基地"}
    assert longest_first(words) == longest_first(sorted(words, reverse=True)) == ["基地项目", "实训基地", "基地", "实训"]



@pytest.mark.parametrize("question, partner", [
    ("大连大学跟哪家企业共建了创新中心？", "冰山松洋"),
    ("Which company did Dalian University build an innovation centre with?", "Bingshan"),
])
def test_a_topic_beside_a_named_organisation_is_read_among_its_own_cooperations(qa, question, partner):
    # a nearer-worded cooperation of others' (another innovation centre) is not what is asked about
    answer = qa.answer(question)
    assert any(partner in a["label"] or partner in a.get("label_en", "") for a in answer.answers), answer.answer_text
