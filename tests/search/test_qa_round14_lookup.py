"""Round-14 lookups, links and who-is questions on the real graph: classes of reading that strangers'
questions found weak, each tested in other wording than the case that found it, in both languages: what a
person does is their posts; who leads an organisation is its people, never its partners; where or when a
cooperation named in part was signed is its signing's; the kind of a named cooperation is its own; an
organisation asked of a person is theirs; a participle opens a second hop only before the name it links to;
sharing a project is a verb of cooperation; a topic held whole by one cooperation is that one alone."""

import pytest

from tests.search.dev_goals import labels

VENUE = "通用技术集团大连机床有限责任公司"
DVTC = "大连职业技术学院"


@pytest.mark.parametrize("question, post", [
    ("what does dong jianjun do for a living", "Deputy General Manager"),
    ("what kind of work does yang yuequan do", "President"),
    ("What does Zheng Hong do?", "Reporter"),
    ("楊躍權是幹什麼的", "校长"),
])
def test_what_a_person_does_is_their_posts(qa, question, post):
    answer = qa.answer(question)
    assert post in answer.answer_text, answer.answer_text
    assert not any("项目" in a for a in labels(answer)), labels(answer)  # no cooperations "involving" a person


@pytest.mark.parametrize("question, leader", [
    ("who leads gt dalian machine tool", "董建军"),
    ("who is running Dalian Vocational & Technical College?", "杨跃权"),
    ("谁领导大连职业技术学院", "杨跃权"),
    ("大連職院的負責人是誰", "杨跃权"),
])
def test_who_leads_an_organisation_is_its_people(qa, question, leader):
    answer = qa.answer(question)
    assert labels(answer) == {leader}, answer.answer_text


@pytest.mark.parametrize("question, none", [
    ("who heads dalian jiaotong university", "no leader at Dalian Jiaotong University"),
    ("大连海事大学的负责人是谁", "没有找到大连海事大学的负责人"),
])
def test_an_organisation_whose_leader_is_not_held_has_none(qa, question, none):
    answer = qa.answer(question)
    assert answer.answers == [] and none in answer.answer_text, answer.answer_text


def test_leading_projects_with_someone_is_still_taking_part(qa):
    assert "国创氢能科技有限公司" in labels(qa.answer("who leads projects with dalian jiaotong university"))


@pytest.mark.parametrize("question", [
    "开源鸿蒙项目在哪儿签的",
    "托幼那个项目是在哪签約的",
    "where did the compressor project get signed",
])
def test_where_a_cooperation_named_in_part_was_signed(qa, question):
    assert VENUE in labels(qa.answer(question))


def test_when_a_cooperation_named_in_part_was_signed_is_its_signing(qa):
    text = qa.answer("罗克韦尔项目是啥时候签的").answer_text
    assert "签约仪式" in text and "近日" in text, text


@pytest.mark.parametrize("question, kind", [
    ("冰山松洋那个项目属于哪类项目", "科技创新类项目"),
    ("開源鴻蒙人才培養中心項目屬於哪一類", "人才培养类项目"),
    ("which category does the openharmony talent training center project fall into", "人才培养类项目"),
    ("what kind of project is the digital talent training centre project", "人才培养类项目"),
])
def test_the_kind_of_a_named_cooperation_is_its_own(qa, question, kind):
    assert labels(qa.answer(question)) == {kind}


def test_the_kinds_of_an_organisations_cooperations_are_theirs(qa):
    assert labels(qa.answer("what kinds of projects did dalian jiaotong university sign")) == {"科技创新类项目", "实训基地类项目"}


@pytest.mark.parametrize("question, organisation", [
    ("杨跃权是哪所学院的", DVTC),
    ("鄭鴻是哪裡的記者", "大连新闻传媒集团"),
    ("董建军是哪个企业的", VENUE),
])
def test_an_organisation_asked_of_a_person_is_theirs(qa, question, organisation):
    assert labels(qa.answer(question)) == {organisation}


@pytest.mark.parametrize("question, wanted, unwanted", [
    ("Which school is Bingshan Songyang working with on the compressor centre?", "大连大学", "大连理工大学"),
    ("which university has guochuang hydrogen been cooperating with in jinpu", "大连交通大学", "大连理工大学"),
])
def test_a_participle_after_the_name_is_no_second_hop(qa, question, wanted, unwanted):
    found = labels(qa.answer(question))
    assert wanted in found and unwanted not in found, found


@pytest.mark.parametrize("question, partner", [
    ("which companies shared a project with dalian university", "冰山松洋压缩机(大连)有限公司"),
    ("哪些高校跟大连海事大学在同一个项目里", "大连医科大学"),
])
def test_sharing_a_project_is_cooperating(qa, question, partner):
    assert partner in labels(qa.answer(question))


@pytest.mark.parametrize("question", ["共享型实践基地项目有哪些单位", "who took part in the shared practice base project"])
def test_a_topic_held_whole_by_one_cooperation_is_that_one(qa, question):
    found = labels(qa.answer(question))
    assert "辽宁轻工职业学院" in found and "碧菲分离膜(大连)有限公司" not in found, found


def test_a_part_of_a_name_links_by_the_entitys_own_spelling(qa):
    found = labels(qa.answer("which organisations are in the rural revitalisation college project"))
    assert found == {"大连第一互感器集团", DVTC, "普兰店区职教中心"}, found


@pytest.mark.parametrize("question", ["跟国创氢能合作的那个项目叫什么", "大连交大的燃料电池项目叫啥"])
def test_the_name_asked_of_a_cooperation_is_no_person(qa, question):
    assert labels(qa.answer(question)) == {"质子交换膜燃料电池金属石墨复合双极板开发项目"}


@pytest.mark.parametrize("question", ["碧菲分离膜在哪儿签约的", "where did bingshan songyang sign its project"])
def test_where_an_organisation_signed_is_its_signings_venue(qa, question):
    assert VENUE in labels(qa.answer(question))


@pytest.mark.parametrize("question", ["签约仪式上发言的金普新区相关领导是谁", "which jinpu new area officials spoke at the ceremony"])
def test_a_speaker_placed_where_no_quoted_person_works_is_no_one(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and "杨跃权" not in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, issuer", [
    ("who put out the opinions on modern vocational education", "国务院办公厅"),
    ("who published this piece on the jinpu consortium", "大连日报"),
])
def test_who_published_a_document_is_its_issuer_or_publisher(qa, question, issuer):
    assert issuer in labels(qa.answer(question))


def test_developing_is_cooperating(qa):
    found = labels(qa.answer("what projects has dalian jiaotong university developed"))
    assert "超声悬浮精密零件减摩搬运工作台研制项目" in found and len(found) == 3, found
