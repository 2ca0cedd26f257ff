"""Round-35 linking: the name asked of a name the reading links — "X的全称/完整名称/中文名", "what is X's full
registered name", "which company is X" — is answered by the linked entity itself, its full label (search.qa_name_asked),
whatever else the question says of where the asker saw the short name (名单里, 报道中, "in the list"). Each question is
worded apart from the development cases (none names an entity a dev question asks the full name of), in both
languages and in traditional script, with twins whose right answer is empty: a name the graph does not hold, a part of
a name no entity holds, a post or an attribute the graph does not hold asked by its full name, and the name of a
thing other than the one named ("X那个项目的全称": the project's, not X's).
"""

import pytest

from tests.search.dev_goals import labels

YAMING, LIANGJI, JIAXIANG = "大连亚明汽车部件股份有限公司", "大连良机予人管理咨询有限公司", "大连嘉翔科技有限公司"
DETAI, GUOCHUANG, HEYE = "大连德泰城市服务集团有限公司", "国创氢能科技有限公司", "大连河野智能装备有限公司"
LIGONG, CSPC_YUANDA, BIFEI = "大连锂工科技有限公司", "石药集团远大(大连)制药有限公司", "碧菲分离膜(大连)有限公司"


@pytest.mark.parametrize("question, full", [
    ("名单上那个亚明汽车,工商注册的全称是什么?", YAMING),
    ("报道里写的“良机予人”，完整的公司名称怎么写？", LIANGJI),
    ("嘉翔科技的全名叫啥", JIAXIANG),
    ("德泰城市服务在工商局登记的全称是啥？", DETAI),
    ("國創氫能嘅全稱係乜?", GUOCHUANG),
    ("新聞裡的「河野智能裝備」,完整的公司名稱是什麼?", HEYE),
    ("文章提到锂工科技,这是哪家公司?全称是啥?", LIGONG),
])
def test_a_full_name_asked_of_a_short_name_is_the_entity(qa, question, full):
    answer = qa.answer(question)
    assert labels(answer) == {full}, answer.answer_text
    assert full in answer.answer_text, answer.answer_text
    assert answer.evidence, "the name is cited by the span naming the entity"


@pytest.mark.parametrize("question, full", [
    ("What is the full registered name of the company the article calls Yaming?", "Dalian Yaming Automobile Parts Co., Ltd."),
    ("Liangji Yuren shows up in my notes. What's that firm's complete official name?", "Dalian Liangji Yuren Management Consulting Co., Ltd."),
    ("For the index: what is the full legal name of CSPC Yuanda?", "CSPC Yuanda (Dalian) Pharmaceutical Co., Ltd."),
    ("Which company is 'Bifei'? I need its official name.", "Bifei Separation Membrane (Dalian) Co., Ltd."),
])
def test_a_full_name_asked_in_english_is_the_entity(qa, question, full):
    answer = qa.answer(question)
    assert [a["label_en"] for a in answer.answers] == [full], answer.answer_text
    assert full in answer.answer_text, answer.answer_text


def test_the_name_in_the_other_language_is_given_when_asked(qa):
    answer = qa.answer("What is Jiaxiang Technology's Chinese name?")
    assert labels(answer) == {JIAXIANG} and JIAXIANG in answer.answer_text, answer.answer_text
    answer = qa.answer("亚明汽车的英文名是什么?")
    assert labels(answer) == {YAMING} and "Dalian Yaming Automobile Parts Co., Ltd." in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "华为大连研究院的全称是什么?",
    "What is the full registered name of Shenzhen Polytechnic's partner firm?",
    "那个“量子”中心的全称叫啥?",
    "The 'quantum' centre in the article: what is its full official name?",
    "大连大学校长的全名是什么?",
    "锂工科技的法人代表全名叫什么?",
    "What is the full name of the legal representative of Yaming?",
])
def test_a_full_name_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, named, other", [
    # the name asked is of the thing the class word names, not of the one the question links
    ("嘉翔科技那个项目全称是啥?", JIAXIANG, "大连市数字人才产教融合实训中心合作项目"),
    ("德泰城市服务合作的大学全称是什么?", DETAI, "大连民族大学"),
    ("What is the full name of the university Guochuang works with?", GUOCHUANG, "大连交通大学"),
])
def test_the_name_of_another_thing_is_that_things(qa, question, named, other):
    answer = qa.answer(question)
    assert labels(answer) == {other}, answer.answer_text
    assert named not in labels(answer)


# A part of a project's name in quotation marks, its class word after it, is the one project whose name holds both
# (search.qa_part_names); its name asked is that project's; named with parties of it, they describe it.
@pytest.mark.parametrize("question, full", [
    ("那个“压缩机”中心的全称是啥？", "辽宁省压缩机专业技术创新中心项目"),
    ("“托幼”那个基地全称叫什么？", "金普新区托幼一体化人才培养基地项目"),
    ("「數字人才」那個中心嘅全稱係乜?", "大连市数字人才产教融合实训中心合作项目"),
    ("冰山松洋参与的那个“压缩机”中心,正式名称是什么?", "辽宁省压缩机专业技术创新中心项目"),
])
def test_a_quoted_part_of_a_project_name_is_that_project(qa, question, full):
    answer = qa.answer(question)
    assert labels(answer) == {full}, answer.answer_text


@pytest.mark.parametrize("question", [
    "中科睿海和大工搞的“鸿蒙”中心全称是啥?",  # 中科睿海 is no party of it
    "那个“量子计算”基地的全称是什么?",
])
def test_a_quoted_part_no_project_of_those_named_holds_is_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


# The name asked in one clause of the one entity that clause names; the clauses before it ask nothing ("it is on the
# list next to Y"), and where it was seen ("在签约名单上") relates it to nothing.
@pytest.mark.parametrize("question, full", [
    ("The list puts Yaming right next to Jiaxiang. Which company is Yaming?", YAMING),
    ("大家都管它叫“良机予人”,在这次签约名单上它的正式名称是什么?", LIANGJI),
])
def test_the_name_asked_in_its_clause(qa, question, full):
    answer = qa.answer(question)
    assert labels(answer) == {full}, answer.answer_text


def test_a_partner_asked_by_its_name_is_no_name_of_the_one_named(qa):
    answer = qa.answer("在签约名单上和良机予人合作的那家公司正式名称是什么?")
    assert LIANGJI not in labels(answer) and "name" not in answer.understanding.get("operators", ()), answer.answer_text
