"""Round-18 plain lookups read by their ordinary words: "在哪个项目里" asks which project, not where (a place's kind
after 哪 — 城市, 区 — and a meeting held somewhere still ask where); a verb of taking part said plainly ("appear")."""

import pytest

from search.qa_values import states_number
from tests.search.dev_goals import labels

DIGITAL_TALENT = "大连市数字人才产教融合实训中心合作项目"
INTERNSHIP_BASE = "产教融合实习实践基地项目"


@pytest.mark.parametrize("question, project", [
    ("良机予人咨询公司在哪个合作项目里？", DIGITAL_TALENT),
    ("碧菲分離膜在哪個項目裡出現過", INTERNSHIP_BASE),
    ("清软创新是在哪一个合作项目中的", DIGITAL_TALENT),
])
def test_which_project_it_is_in_is_a_lookup_not_a_place(qa, question, project):
    answer = qa.answer(question)
    assert answer.understanding["intent"] == "list" and project in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["大连职业技术学院在哪个城市？", "大連職業技術學院在哪裡"])
def test_a_place_asked_after_which_is_still_where(qa, question):
    answer = qa.answer(question)
    assert answer.understanding["intent"] == "where" and "大连市" in labels(answer), answer.answer_text


def test_a_meeting_held_at_which_company_is_still_its_venue(qa):
    answer = qa.answer("推进会在哪家企业召开？")
    assert "通用技术集团大连机床有限责任公司" in labels(answer), answer.answer_text


def test_a_firm_in_no_project_named_is_still_refused(qa):
    answer = qa.answer("华为在哪个合作项目里？")
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "In which cooperation project does QingSoft appear?",
    "What is QingSoft doing in this consortium?",
    "清软创新在联合体里做了什么？",
    "青軟創新在聯合體中做了什麼",
])
def test_what_a_firm_does_in_the_consortium_is_the_projects_it_is_in(qa, question):
    # the consortium is where the question stands, not the kind it asks for; "appear", "doing" ask no topic
    answer = qa.answer(question)
    assert DIGITAL_TALENT in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["Which companies are in the consortium?", "在联合体里有哪些企业？"])
def test_a_kind_asked_in_the_consortium_is_still_that_kind(qa, question):
    assert "通用技术集团大连机床有限责任公司" in labels(qa.answer(question))


def test_an_unheld_firm_in_the_consortium_is_still_refused(qa):
    answer = qa.answer("What is Huawei doing in this consortium?")
    assert not answer.answers and answer.understanding["outside_graph"], answer.answer_text


@pytest.mark.parametrize("question", [
    "Setting aside the OpenHarmony project, which projects is Dalian University of Technology in?",
    "撇开开源鸿蒙人才培养中心项目，大連理工大學還參與了哪些項目？",
])
def test_an_except_clause_said_with_other_verbs_leaves_its_project_out(qa, question):
    # "setting aside", 撇开: except words like "besides", 除了 (DUT's six projects but the one set aside)
    answer = qa.answer(question)
    assert len(answer.answers) == 5 and "开源鸿蒙人才培养中心项目" not in labels(answer), answer.answer_text


def test_a_sum_in_yuan_before_a_name_is_no_name(qa):
    answer = qa.answer("How many research results has the 120 million yuan Liaoning Equipment Manufacturing "
                       "Industry–Education Integration Training Base yielded?")
    assert answer.understanding["outside_graph"] == [] and states_number(answer.answer_text, 31), answer.answer_text


def test_a_sum_in_yuan_before_an_unheld_name_is_still_refused(qa):
    answer = qa.answer("How many research results has the 120 million yuan Shenyang robotics base yielded?")
    assert not answer.answers and "robotics base" in answer.understanding["outside_graph"], answer.answer_text
