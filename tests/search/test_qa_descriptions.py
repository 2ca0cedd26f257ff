"""Entities described by a kind and a clause instead of their names (search.qa_descriptions), on the real
graph: a post ("X当校长的那所学院"), what someone said ("那位说“…”的人"), a cooperation taken part in with a
named partner ("和X一起建Y的那所大学", "the university that built Y with X"); the first hop's cooperation
left out when others are asked; several fitting a pointed description are asked about; a description
nothing fits is answered with nothing. A kind narrowed by an industry word ("药企", "diesel engine maker")
is asked as a kind. Worded apart from the development sets, in both languages and traditional script."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    ("杨跃权担任校长的那所学院参与了哪些项目？", {"金普新区托幼一体化人才培养基地项目", "罗克韦尔技术协同创新中心项目"}),
    ("楊躍權當校長的那所學院和哪家幼兒園合作？", {"大连市金州区第一幼儿园"}),
])
def test_an_organisation_described_by_a_post_is_the_posts(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text
    assert "大连职业技术学院" not in labels(answer)


@pytest.mark.parametrize("question, expected", [
    ("那位说“为企业节省了前期培训时间和成本”的人是谁？", "董建军"),
    ("那位說「為企業節省了大量前期培訓時間」的高管在哪家公司任職？", "通用技术集团大连机床有限责任公司"),
])
def test_a_person_described_by_what_they_said_is_the_speaker(qa, question, expected):
    answer = qa.answer(question)
    assert expected in labels(answer), answer.answer_text


def test_a_saying_nobody_said_describes_nobody(qa):
    answer = qa.answer("那位说“人工智能将取代所有教师”的校长是谁？")
    assert answer.answers == [], answer.answer_text
    assert answer.understanding.get("unfit")


@pytest.mark.parametrize("question", [
    "和冰山松洋一起建压缩机创新中心的那所大学还参与了哪些项目？",
    "Which other projects does the university that built the compressor innovation centre with Bingshan Songyang take part in?",
])
def test_a_partner_described_by_a_cooperation_leaves_that_cooperation_out(qa, question):
    found = labels(qa.answer(question))
    assert "现代中药与生物制药高层次应用型人才联合培养项目" in found
    assert "辽宁省压缩机专业技术创新中心项目" not in found


@pytest.mark.parametrize("question", [
    "跟大连人工智能计算中心一起建开源鸿蒙人才中心的那所高校还参与了哪些项目？",
    "Which companies work with the university that built the OpenHarmony talent centre with the Dalian AI Computing Center?",
])
def test_a_cooperation_the_named_partner_is_not_in_describes_nothing(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert answer.understanding.get("unfit")


def test_a_pointed_description_several_fit_is_asked_about(qa):
    answer = qa.answer("参与开源鸿蒙人才中心项目的那所学校还跟哪家公司合作？")
    assert answer.answers == []
    assert set(answer.understanding["ambiguous"]) == {"https://w3id.org/chanjiao/id/org/dlut",
                                                      "https://w3id.org/chanjiao/id/org/dalian-vocational-technical-college"}


@pytest.mark.parametrize("question, expected", [
    ("哪家药企和哪所大学一起搞中药人才培养？", {"大连医诺生物股份有限公司", "石药集团远大(大连)制药有限公司", "大连大学"}),
    ("Which diesel engine maker and which college built the regional practice base?", {"一汽解放大连柴油机有限公司", "辽宁轻工职业学院"}),
])
def test_a_kind_narrowed_by_its_industry_is_asked_beside_another(qa, question, expected):
    assert expected <= labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "德泰的大学合作方还参与了哪个项目？",
    "What else does Dalian Detai Urban Services Group's university partner take part in?",
])
def test_a_named_organisations_partner_of_a_kind_is_its_partner_leaving_their_own_cooperation_out(qa, question):
    found = labels(qa.answer(question))
    assert "大连市数字人才产教融合实训中心合作项目" in found
    assert "大思政课实践教育基地项目" not in found


def test_the_partner_kind_asked_for_is_answered_not_described(qa):
    assert labels(qa.answer("医诺生物的合作学校是哪所")) == {"大连大学"}
