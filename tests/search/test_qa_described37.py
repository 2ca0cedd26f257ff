"""Entities the asker describes by a role or a relation instead of a name (round 37).

- A lathe is a machine tool: "the lathe maker", "车床厂" is the machine-tool company, read as "machine tool maker" and
  "机床厂" are (search.wording.COLLOQUIAL).
- "the KIND NAME verb …" where NAME is of that kind is the name in apposition ("the lathe company GT Dalian Machine Tool
  appear among …"), no bare relative clause about another entity of the kind (search.qa_genitive).
- The venue asked by "开在哪家X" ("推进会开在哪家公司") or by the host named as a noun ("the host firm") is the event's
  venue (search.qa_cues.VENUE_CLASS_ASKED).
- "X隶属于哪家单位" of a person named alone asks the organisation of their post, not its parent group (search.qa_refs).
- A kind of organisation with the words narrowing it standing in one cooperation's name, the one the clause describes,
  is that cooperation ("服务乡村的那个产业学院": 辽宁省乡村振兴产业学院项目; search.qa_descriptions); a kind no such name
  holds fits nothing ("服务乡村的那个医学院").
- A clause placing the described one under a named group ("the diesel-engine maker that belongs to FAW Jiefang",
  "属于一汽解放的那家柴油机厂") describes one of the group's units, not a partner of the group (search.qa_descriptions);
  a group with no such unit gets nothing.

Wordings of our own, none in a development set; simplified and traditional Chinese and English; each shape with an
empty twin whose right answer is nothing.
"""

import pytest

MACHINE_TOOL = "通用技术集团大连机床有限责任公司"
MACHINE_TOOL_EN = "GT Dalian Machine Tool"


def _labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers}


@pytest.mark.parametrize("question", [
    "So far, how many research results has the lathe maker's joint training base produced?",
    "車床廠和大職院合建的那個實訓基地，出了多少研究成果？",
])
def test_a_lathe_maker_is_the_machine_tool_company(qa, question):
    answer = qa.answer(question)
    assert "31" in answer.answer_text, answer.answer_text


def test_the_lathe_makers_research_partner(qa):
    answer = qa.answer("车床厂跟哪所大学合作搞技术攻关？")
    assert _labels(answer) == {"大连理工大学"}, answer.answer_text


@pytest.mark.parametrize("question", [
    "Is the lathe company GT Dalian Machine Tool one of the parties that appear in the OpenHarmony talent centre?",
    "Does the firm GT Dalian Machine Tool appear among the partners of the digital talent training centre?",
])
def test_a_name_after_its_kind_word_is_in_apposition_not_a_relative_clause(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith("No"), answer.answer_text
    assert "fits" not in answer.answer_text


def test_a_name_in_apposition_that_does_take_part_is_a_yes(qa):
    answer = qa.answer("Does the university Dalian Jiaotong University appear among the partners of the bipolar plate project?")
    assert answer.answer_text.startswith("Yes"), answer.answer_text


@pytest.mark.parametrize("question", [
    "推进会开在哪家公司？",
    "推進會開在哪家企業？",
    "Name the host firm of the consortium-building meeting.",
])
def test_the_venue_asked_by_where_it_was_held_or_its_host(qa, question):
    answer = qa.answer(question)
    assert MACHINE_TOOL in answer.answer_text or MACHINE_TOOL_EN in answer.answer_text, answer.answer_text
    assert len(answer.answers) <= 2, answer.answer_text


def test_the_venue_then_its_group(qa):
    answer = qa.answer("推进会开在哪家公司？这家公司的上级单位是谁？")
    assert "通用技术集团。" in answer.answer_text or "上级单位：通用技术集团" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", ["郑鸿隶属于哪家单位？", "鄭鴻隸屬於哪個單位？", "郑鸿隶属于哪个传媒单位？"])
def test_a_person_belonging_to_asks_their_posts_organisation(qa, question):
    answer = qa.answer(question)
    assert "大连新闻传媒集团" in answer.answer_text and "上级单位" not in answer.answer_text, answer.answer_text


def test_the_persons_organisations_group_is_still_its_parent(qa):
    answer = qa.answer("董建军所在的企业隶属于哪个集团？")
    assert "通用技术集团" in {a["label"] for a in answer.answers}, answer.answer_text


@pytest.mark.parametrize("question", ["服务乡村的那个产业学院，是哪几家一起建的？", "服務鄉村的那個產業學院，企業方和學校方各是誰？"])
def test_a_kind_in_a_cooperations_name_described_is_the_cooperation(qa, question):
    answer = qa.answer(question)
    assert "大连第一互感器集团" in answer.answer_text and "普兰店区职教中心" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "The diesel-engine maker that belongs to FAW Jiefang, which college did it build a practice base with?",
    "属于一汽解放的那家柴油机厂，跟哪所学院共建了实践基地？",
    "屬於一汽解放的那家柴油機廠，跟哪所學院共建了實踐基地？",
])
def test_a_unit_of_a_named_group_described(qa, question):
    answer = qa.answer(question)
    assert _labels(answer) == {"辽宁轻工职业学院"}, answer.answer_text


@pytest.mark.parametrize("question", [
    "车床厂跟哪所大学合作研发燃料电池双极板？",  # the machine-tool company develops no bipolar plates
    "推进会开在哪所大学？",  # the venue is a company
    "Name the host university of the consortium-building meeting.",
    "周光隶属于哪家单位？",  # the graph holds no post of his
    "服务乡村的那个医学院，企业方和学校方各是谁？",  # no cooperation's name holds 医学院
    "属于东风日产的那家柴油机厂，跟哪所学院共建了实践基地？",  # Dongfeng Nissan has no diesel-engine unit
    "The diesel-engine maker that belongs to Dongfeng Nissan, which college did it build a practice base with?",
])
def test_a_description_fitting_nothing_the_graph_holds_gets_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
