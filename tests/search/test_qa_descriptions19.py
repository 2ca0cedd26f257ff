"""Entities named by description instead of by name: a kind the question's other parties narrow to one
(search.qa_kind_refs: "大连机床和那个职业学院", "the machine-tool maker and the vocational college"), a unit
named through its group (search.qa_unit_refs: "FAW Jiefang's Dalian plant", "一汽解放在大连的厂"), and kind
words strangers use for a firm or a media outlet (厂, plant, 传媒集团, newspaper). Both languages, traditional
script, colloquial forms; none of these questions is in a development set. Nothing the graph does not hold
is resolved: an unheld place or kind stays empty, an ambiguous kind is still asked about."""

import pytest

from tests.search.dev_goals import labels, states

LIGHT_INDUSTRY = "辽宁轻工职业学院"


@pytest.mark.parametrize("question", [
    "大连机床和那个职业学院合建的实训基地投了多少钱？",
    "機床廠和那所職業學院一起建的實訓基地花了多少錢？",
    "How much did the machine tool company and the vocational college invest in their training base?",
    "Reporter here: what did the machine-tool maker and the vocational college jointly invest in their base?",
])
def test_a_kind_the_other_party_narrows_to_one(qa, question):
    assert states(qa.answer(question), 120000000)


@pytest.mark.parametrize("question", [
    "那个职业学院和一汽解放大柴合作了什么项目？",
    "What did the compressor firm and the university set up together?",
])
def test_a_kind_narrowed_by_a_named_partner_names_their_cooperation(qa, question):
    answer = qa.answer(question)
    assert answer.answers and not labels(answer) & {"大连职业技术学院", "大连理工大学"}, answer.answer_text


@pytest.mark.parametrize("question", [
    "那所大学跟谁合作？",  # nothing narrows it: which one is asked
    "那所大学跟大连机床合作过吗？",  # the partner asked about narrows nothing in a yes/no question
])
def test_a_kind_nothing_narrows_is_still_asked_about(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and ("哪" in answer.answer_text or "指明" in answer.answer_text), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which vocational college did FAW Jiefang's Dalian plant sign up with?",
    "Which school did the Dalian plant of FAW Jiefang work with?",
    "一汽解放在大连的厂跟哪所学校合作？",
    "一汽解放旗下的柴油機公司和誰合作？",
    "一汽解放的子公司跟哪所学校搭伙",
    "一汽解放在大連的柴油機廠跟哪間學校合作？",  # two narrowing words, each ended by 的
])
def test_a_unit_named_through_its_group(qa, question):
    assert labels(qa.answer(question)) == {LIGHT_INDUSTRY}


@pytest.mark.parametrize("question", [
    "一汽解放在上海的工厂跟哪所学校合作？",
    "FAW Jiefang's Shanghai plant partnered with which college?",
    "那家机器人厂和大连理工大学合作了什么？",
    "一汽解放在金州的工厂跟哪所学校合作？",  # a place the graph holds, but no unit of the group lies there
    "FAW Jiefang's Jinzhou plant partnered with which college?",
])
def test_a_unit_or_kind_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question, expected", [
    ("机床厂的副总经理是谁？", "董建军"),
    ("通用技术集团旗下的机床公司的副总经理是谁？", "董建军"),
    ("署名的记者郑鸿是哪个传媒集团的？", "大连新闻传媒集团"),
    ("鄭鴻是哪家報社派來的？", "大连新闻传媒集团"),
    ("Zheng Hong reports for which media organization?", "Dalian News Media Group"),
    ("鄭鴻是哪家傳媒集團的人？", "大连新闻传媒集团"),
])
def test_kind_words_for_a_factory_and_a_media_outlet(qa, question, expected):
    assert expected in qa.answer(question).answer_text


@pytest.mark.parametrize("question", [
    "Which university did the Nissan firm work with?",  # the group and its Dalian unit both fit: the group stands for both
    "Who did the Nissan plant team up with?",
    "Dongfeng Nissan firm: its partners?",  # the kind word after the name is its head, not the kind asked
])
def test_a_group_and_its_unit_fitting_are_the_group(qa, question):
    assert labels(qa.answer(question)) == {"大连理工大学"}


@pytest.mark.parametrize("question", [
    "Maritime University and the Nissan plant: which deal do they share?",
    "海事大学和日产那家厂共同签了哪个项目？",
])
def test_a_shared_deal_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []
