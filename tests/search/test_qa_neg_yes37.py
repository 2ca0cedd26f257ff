"""Negations and yes/no questions (round 37, issue #14): a false premise gets "no" with the fact the graph holds, a
claim the graph holds nothing on gets no verdict, and a negation never answers the positive set.

- A kind of signed project claimed of one organisation ("X签了科技创新类项目吗", "did X sign a talent-cultivation
  project?"): the graph files every cooperation under one kind, so "no" states the cooperations X does take part in
  and their kinds; "yes" lists X's cooperations of the kind with their other parties (search.qa_org_kind_claim). A
  partner of a kind said beside it ("with a kindergarten") narrows them; a topic the graph holds nowhere gets no "yes";
  the kind claimed as all X signed ("只签了…", "only …") is "no" with X's cooperations of other kinds.
- A which-word before a second class word in the negated clause asks for it, it denies nothing ("合作高校既不是A也不是B的
  那一个，是哪家企业跟哪所学校"): the organisations kept, each with its partner of the second kind asked
  (search.qa_negation._with_second_kind).
- Every kind of party a negation denies counts ("没有企业、也没有幼儿园"), and one cooperation kept is said with its
  parties; with every one holding a party denied, the answer is the settled empty one (search.qa_party_negation).

Wordings of our own; simplified and traditional Chinese and English; each empty twin's right answer is empty.
"""

import pytest

DIGITAL = "大连市数字人才产教融合实训中心合作项目"
CHARGING = "新能源汽车充电系统故障快速检测技术攻关项目"
COMPRESSOR_MAKER = "冰山松洋压缩机(大连)有限公司"
OPENHARMONY = "开源鸿蒙人才培养中心项目"
TOTS = "金普新区托幼一体化人才培养基地项目"


def _labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers}


@pytest.mark.parametrize("question, held", [
    ("大连医科大学有没有参与科技创新类的签约?", DIGITAL),
    ("東風日產簽過人才培養類項目嗎？", CHARGING),
    ("Did Dongfeng Nissan ever put its name to a talent-cultivation project?", "Rapid Fault Detection"),
])
def test_a_kind_the_organisation_has_none_of_is_no_with_what_it_has(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")), answer.answer_text
    assert held in answer.answer_text and not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, partner", [
    ("Did GT Dalian Machine Tool sign a tech-innovation project?", "Dalian University of Technology"),
    ("大连交通大学签过科技创新类项目没有？", "国创氢能科技有限公司"),
    ("Has the company that hosted the promotion meeting signed any R&D project?", "Dalian University of Technology"),
])
def test_a_kind_the_organisation_has_is_yes_with_its_partners(qa, question, partner):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("是", "Yes")) and partner in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "Did Dalian University sign a tech-innovation project with a kindergarten?",
    "大连大学跟幼儿园签过科技创新类项目吗？",
])
def test_a_partner_kind_the_cooperations_lack_is_no(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连职业技术学院是不是只签了实训基地类项目？",
    "大連職業技術學院的項目都是實訓基地類的嗎？",
    "Did Dalian Vocational & Technical College sign only training-base projects?",
])
def test_a_kind_claimed_as_all_it_signed_is_no_with_the_others(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert OPENHARMONY in answer.answer_text or "OpenHarmony" in answer.answer_text, answer.answer_text


def test_a_count_claimed_is_no_kind_verdict(qa):
    """(a number claimed is search.qa_number_claims' to check)"""
    answer = qa.answer("大连理工大学签的科技创新类项目是不是有5个？")
    assert not answer.answer_text.startswith("是"), answer.answer_text


@pytest.mark.parametrize("question", [
    "华为签了人才培养类项目吗？",
    "Did Huawei sign a tech-innovation project?",
    "大连大学签了航天方面的科技创新类项目吗?",
])
def test_an_unheld_party_or_topic_gets_no_yes(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(("是", "Yes")), answer.answer_text


@pytest.mark.parametrize("question", [
    "科技创新类项目中，合作高校既不是大连理工大学也不是大连交通大学的是哪家企业？又是跟哪所大学？",
    "科技創新類項目裡，合作高校既不是大工也不是大連交大的企業是哪家？跟哪所學校合作？",
    "In the tech-innovation projects, which firm's university partner is neither DUT nor Dalian Jiaotong University, "
    "and which university is that?",
])
def test_the_second_kind_asked_is_not_denied(qa, question):
    answer = qa.answer(question)
    labels = _labels(answer) | {a["label_en"] for a in answer.answers}
    assert COMPRESSOR_MAKER in labels and {"大连大学", "Dalian University"} & labels, answer.answer_text
    assert not {"大连河野智能装备有限公司", "通用技术集团大连机床有限责任公司"} & labels, answer.answer_text


def test_every_firm_denied_is_the_empty_answer(qa):
    answer = qa.answer("科技创新类项目里，合作高校既不是大工、大连交大也不是大连大学的企业是哪家？跟哪所学校？")
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "人才培养类项目里，哪个既没有企业也没有幼儿园参与？是哪两所学校签的？",
    "人才培養類項目裡，哪個沒有企業、也沒有幼兒園參與？",
    "Which talent cultivation project has no company and no kindergarten among its parties?",
])
def test_every_kind_denied_counts(qa, question):
    answer = qa.answer(question)
    assert OPENHARMONY in _labels(answer) and TOTS not in _labels(answer), answer.answer_text
    assert ("大连职业技术学院" in answer.answer_text or "Dalian Vocational" in answer.answer_text), answer.answer_text


@pytest.mark.parametrize("question", [
    "人才培养类项目里，哪个没有企业、没有幼儿园、也没有大学参与？",
    "Which talent cultivation projects have no company, no kindergarten and no university among their parties?",
])
def test_every_one_holding_a_kind_denied_is_the_empty_answer(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
