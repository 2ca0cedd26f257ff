"""Round-15 links, kind references and yes/no honesty on the real graph, each class tested in other wording
than the case that found it, in both languages (traditional script, colloquial forms): a kind pointed at or
narrowed by a word of its name stands for the one entity of that kind, never listed as its own partner, and
several fitting it are asked about, not answered for; a yes/no whose fact the graph does not hold (a
consortium's membership, a post the graph links to nothing) has no verdict and says what is not recorded."""

import pytest

from search.qa_values import states_number
from tests.search.dev_goals import labels

KINDERGARTEN = "大连市金州区第一幼儿园"
DVTC = "大连职业技术学院"
DJTU = "大连交通大学"


@pytest.mark.parametrize("question, partner, itself", [
    ("那家幼儿园平时跟谁一块儿合作？", DVTC, KINDERGARTEN),
    ("這所幼兒園的合作方有哪些", DVTC, KINDERGARTEN),
    ("Which partners does the kindergarten have?", DVTC, KINDERGARTEN),
    ("那个压缩机公司和哪所大学合作", "大连大学", "冰山松洋压缩机(大连)有限公司"),
    ("that hydrogen company, who does it partner with?", DJTU, "国创氢能科技有限公司"),
])
def test_a_kind_pointed_at_is_its_one_entity_never_its_own_partner(qa, question, partner, itself):
    found = labels(qa.answer(question))
    assert partner in found and itself not in found, found


@pytest.mark.parametrize("question, holder", [
    ("机床公司的副总叫什么", "董建军"),
    ("Who is the deputy general manager of the machine tool company?", "董建军"),
])
def test_a_kind_narrowed_by_a_word_of_its_name_is_that_entity(qa, question, holder):
    assert labels(qa.answer(question)) == {holder}


@pytest.mark.parametrize("question, word, one", [
    ("那所大学参与了几个项目？", "大学", DJTU),
    ("这家企业跟谁签的约", "企业", "国创氢能科技有限公司"),
])
def test_a_kind_pointed_at_that_several_fit_is_asked_about(qa, question, word, one):
    answer = qa.answer(question)
    assert answer.answers == [] and word in answer.answer_text and "哪一个" in answer.answer_text, answer.answer_text
    assert one in {r["label"] for r in answer.related}


@pytest.mark.parametrize("question", [
    "大连海事大学是不是联合体的成员单位？",
    "大連醫科大學加入聯合體了嗎",
    "国创氢能算联合体成员吗",
    "Is Dalian Jiaotong University one of the consortium's members?",
    "has dongfeng nissan joined the consortium",
])
def test_a_membership_the_graph_does_not_list_has_no_verdict(qa, question):
    text = _without_verdict(qa.answer(question))
    assert states_number(text, 97) and ("没有记载" in text or "does not record" in text), text


@pytest.mark.parametrize("question", [
    "大连民族大学是联合体的理事长单位吗",
    "Is Dalian University the consortium's secretariat?",
])
def test_a_claim_in_words_the_graph_links_to_nothing_has_no_verdict(qa, question):
    _without_verdict(qa.answer(question))


def _without_verdict(answer) -> str:
    """The answer text, checked to answer nothing and to open with no verdict."""
    text = answer.answer_text
    assert answer.answers == [] and not text.startswith(("否", "不", "是", "No", "Yes")), text
    return text


@pytest.mark.parametrize("question, verdict", [
    ("国创氢能和大连理工有没有合作过", "否"),  # the graph holds both names' projects: a no is borne out
    ("Did Dalian Medical University sign a technology-innovation project?", "No"),
])
def test_a_no_the_graph_bears_out_is_still_said(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize("question, org", [
    ("辽宁轻工职院参与了哪个项目", "共建共享型区域产教融合实践基地项目"),
    ("遼寧輕工職院和誰合作", "一汽解放大连柴油机有限公司"),
    ("三有电器跟哪个大学一起建的基地", "大连理工大学"),
])
def test_a_name_shortened_or_mistyped_in_its_middle_is_that_name(qa, question, org):
    found = labels(qa.answer(question))
    assert org in found and DVTC not in found, found


@pytest.mark.parametrize("question, found", [
    ("Which companies are behind the Hongmeng talent centre?", set()),
    ("Who is behind the Hongmeng talent centre?", {DVTC, "大连理工大学"}),
    ("Which project has Qingruan joined?", {"大连市数字人才产教融合实训中心合作项目"}),
])
def test_a_chinese_name_typed_in_pinyin_in_an_english_question_is_linked(qa, question, found):
    answer = qa.answer(question)
    assert not answer.understanding.get("outside_graph"), answer.answer_text
    assert labels(answer) >= found, answer.answer_text


@pytest.mark.parametrize("question, held", [
    ("杨跃权和郑鸿各自在哪个单位上班，担任什么职务？", {"大连职业技术学院", "大连新闻传媒集团", "记者"}),
    ("Where do Dong Jianjun and Yang Yuequan work?", {"通用技术集团大连机床有限责任公司", DVTC}),
])
def test_each_person_asked_gets_their_own_organisation_and_post(qa, question, held):
    assert labels(qa.answer(question)) >= held


@pytest.mark.parametrize("question, verdict", [
    ("Were fifteen projects signed at the meeting?", "No"),
    ("Were sixteen projects signed?", "Yes"),
    ("这个联合体是不是国家级的", "是"),
])
def test_a_claim_in_number_words_or_of_the_one_entity_of_a_kind_is_checked(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize("question", [
    "“为企业节省了大量的前期培训时间和成本”，这句话出自谁之口？",
    "这番话是谁说的：学校教育更加紧密地围绕企业实际需要",
])
def test_who_said_words_from_someones_mouth(qa, question):
    assert labels(qa.answer(question)) & {"董建军", "杨跃权"}


@pytest.mark.parametrize("question", [
    "青软创新在金普那边参加了哪个项目",
    "超聚變在這邊參與了什麼項目",
])
def test_this_side_of_a_place_is_no_topic(qa, question):
    assert "大连市数字人才产教融合实训中心合作项目" in labels(qa.answer(question))


@pytest.mark.parametrize("question, unheld", [
    ("实训基地拿了几项专利？", "没有记载"),
    ("How many papers has Dalian University of Technology published?", "does not record"),
    ("中高职贯通培养计划学制几年", "没有记载"),
    ("How long does the order-based training programme last?", "does not record"),
])
def test_outputs_and_durations_the_graph_does_not_hold_are_empty(qa, question, unheld):
    answer = qa.answer(question)
    assert answer.answers == [] and unheld in answer.answer_text, answer.answer_text


def test_research_results_the_graph_counts_are_still_answered(qa):
    assert states_number(qa.answer("实训基地一共产出了多少项研究成果").answer_text, 31)


@pytest.mark.parametrize("question, verdict", [
    ("Did Jinpu come top of the ranking when it was approved in 2023?", "No"),
    ("金普新区2023年获批时排名第一吗", "否"),
    ("Was Jinpu approved in 2023 and ranked fifth?", "Yes"),
])
def test_every_claim_of_a_yes_no_must_hold(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)
