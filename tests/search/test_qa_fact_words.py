"""Round-26 organisations named by what the article says of their trade (search.qa_fact_words, read by
search.qa_described.Described.by_facts), on the real graph, in wordings of no development set and of no calibration
line: a trade word of an industry's synonyms before a kind word ("the switchgear company", "搞服务器的那家企业"),
simplified and traditional. A trade the graph holds for no organisation ("光伏组件", "wind turbines", "无人机") names
none and the answer stays empty; a trade two organisations share ("做医药的那家企业") names neither alone; a place, a
linked name, a kind asked or introduced, or the name asked after the kind leave the question to the other readings."""

import pytest

from search.text import normalize
from tests.search.dev_goals import labels

DIGITAL = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("question, expected", [
    ("做高低压开关设备的那家企业跟哪所大学合作?", {"大连理工大学"}),
    ("搞服务器的那家企业参与了哪个项目?", {DIGITAL}),
    ("做服務器的那家公司參與了哪個項目?", {DIGITAL}),
    ("那家做教育科技的企业签了什么项目?", {DIGITAL}),
    ("搞城市服务的那家企业跟哪所大学合作?", {"大连民族大学"}),
    ("Which project did the switchgear company join?", {"高低压电器装备制造产业产教融合实训基地项目"}),
    # its trade (precision manufacturing: ultrasonic levitation) and its project's words ("worktable")
    ("Which university did the ultrasonic-levitation worktable company team up with?", {"大连交通大学"}),
])
def test_a_company_described_by_its_trade_is_the_company(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "做光伏组件的那家企业跟哪所大学合作?",
    "那家做无人机的企业签了什么项目?",
    "Which school did the wind-turbine maker sign with?",
    "What did the shipbuilding firm sign?",
    "那家做芯片的公司签了什么项目?",
])
def test_a_trade_the_graph_holds_for_no_organisation_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def _read(qa, question):
    return qa.described.by_facts(normalize(question), qa.fact_words, qa.config.fact_words)


@pytest.mark.parametrize("question", [
    "做医药的那家企业跟谁合作?",  # two pharmaceutical firms: neither leads
    "那个做高低压电器的企业,全称叫啥?",  # its name asked: the readings' own
    "金州那家幼儿园跟谁合作?",  # narrowed by a place: search.qa_refs'
    "Which company makes switchgear?",  # the kind asked
    "A switchgear company signed a deal; which university did it sign with?",  # introduced, not pointed at
    "参与了开源鸿蒙项目的高职院校还参与了哪些项目?",  # a cooperation's clause: search.qa_descriptions'
])
def test_no_description_is_read_where_another_reading_owns_the_kind(qa, question):
    assert _read(qa, question) is None


@pytest.mark.parametrize("question, kept, named", [
    ("交大除了做燃料电池双极板那家氢能公司,还和哪些企业合作?", "除了", "国创氢能科技有限公司"),
    ("跟做压缩机那家公司合作的大学是哪所?", "跟", "冰山松洋压缩机(大连)有限公司"),
])
def test_the_word_before_a_description_stays_in_the_question(qa, question, kept, named):
    read = _read(qa, question)
    assert read is not None and f"{kept}{named}" in read


@pytest.mark.parametrize("question, named", [
    ("那个培养兴辽工匠的计划首批选了多少匠苗?", "兴辽未来工匠培育计划"),
    ("What does the plan training field engineers aim at?", "field engineer training plan"),
])
def test_a_plan_described_by_its_own_words_is_the_plan(qa, question, named):
    read = _read(qa, question)
    assert read is not None and named in read


@pytest.mark.parametrize("question", ["那个培养护理人员的计划每年招多少人?", "How many does the plan training aircraft pilots take?"])
def test_a_plan_the_graph_does_not_hold_is_read_as_none(qa, question):
    assert _read(qa, question) is None
