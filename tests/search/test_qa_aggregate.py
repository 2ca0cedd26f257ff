"""Aggregates with constraints on the real graph (search/qa_aggregate.py): a superlative over a set with a class
excluded ("非X", "除X以外", "non-X", "other than X"), ordinals from the bottom ("倒数第二", "第二少",
"second-fewest"), cooperations sized by their parties with measure words only ("biggest coalition"), and
comparisons by a paraphrased measure ("project count", "签约个数"). Both languages, traditional script,
ties and empty answers; each answer cites its participations and states its derivation."""

import pytest

from search.qa_aggregate import low_ordinal, measure_only
from tests.search.dev_goals import labels, states

AI_CENTER = "大连人工智能计算中心"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"
THREE_PARTY = {"现代中药与生物制药高层次应用型人才联合培养项目", "辽宁省乡村振兴产业学院项目"}


@pytest.mark.parametrize("text, place", [
    ("倒数第二的是哪个", 2), ("排第三少的", 3), ("the second-lowest count", 2), ("third smallest", 3),
    ("second from the bottom", 2), ("倒数第一", 1), ("第二多的", None), ("the second largest", None), ("倒数", None),
])
def test_places_counted_from_the_bottom(text, place):
    assert low_ordinal(text) == place


@pytest.mark.parametrize("topic, only", [("coalition deals", True), ("sixteen", True), ("second", True),
                                         ("倒数第二", True), ("AI deals", False), ("算力", False)])
def test_measure_words_name_no_topic(topic, only):
    assert measure_only(topic) is only


@pytest.mark.parametrize("question", [
    "不是高校的单位当中，哪一家签的项目最多？",
    "除了高校以外，哪个机构参加的合作项目最多？",
    "除開高校，哪家單位參與的項目最多？",
    "Excluding schools, which organisation signed the most projects?",
])
def test_a_superlative_leaves_the_excluded_class_out(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {AI_CENTER}, answer.answer_text
    assert states(answer, 2), answer.answer_text
    assert any(e.get("derivation") for e in answer.evidence)
    assert any((e.get("source") or {}).get("text") for e in answer.evidence)


@pytest.mark.parametrize("question", ["非企业的单位里，参与项目最少的有哪些？",
                                      "Which organisations other than companies take part in the fewest projects?"])
def test_the_fewest_of_a_restricted_set_are_tied(qa, question):
    answer = qa.answer(question)
    assert len(answer.answers) > 1 and states(answer, 1), answer.answer_text
    assert not any("有限公司" in a["label"] for a in answer.answers), labels(answer)


@pytest.mark.parametrize("question", ["参与单位倒数第二多的项目是哪些？", "Which projects have the second-fewest parties?"])
def test_a_place_from_the_bottom_ranks_projects_by_parties(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == THREE_PARTY and states(answer, 3), answer.answer_text


@pytest.mark.parametrize("question", ["Largest coalition of signatories among the deals: which project?",
                                      "阵容最大的签约项目是哪一个？"])
def test_a_coalition_is_sized_by_its_parties(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL} and states(answer, 15), answer.answer_text


@pytest.mark.parametrize("question", ["成员单位各类里头，数量倒数第二的是哪类？",
                                      "Of the member categories, which is the second smallest?"])
def test_a_part_second_from_the_bottom(qa, question):
    answer = qa.answer(question)
    assert states(answer, 6) and not states(answer, 4), answer.answer_text


@pytest.mark.parametrize("question", ["成员单位里倒数第九的是哪类？", "Which member category is the ninth smallest?"])
def test_a_place_past_the_last_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, winner", [
    ("Which has the bigger project tally, Dalian University or Dalian Maritime University?", "大连大学"),
    ("大连民族大学和辽宁轻工职业学院，哪个的签约数目多？", "大连民族大学"),
    ("大連海事大學和大連大學，誰的項目總數少？", "大连海事大学"),
])
def test_a_comparison_by_a_paraphrased_measure(qa, question, winner):
    answer = qa.answer(question)
    assert labels(answer) == {winner}, answer.answer_text


def test_a_restricted_superlative_over_an_empty_set_is_empty(qa):
    answer = qa.answer("非组织机构的单位里，参与项目最多的是哪家？")
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "大连大学（不是大连理工大学）一共参与了几个项目？",
    "大連大學(不是大連理工大學)參加了幾個項目?",
    "Tally for Dalian University (not Dalian University of Technology): how many projects is it part of?",
    "How many projects does Dalian University itself (not DUT) take part in?",
])
def test_an_aside_telling_names_apart_negates_nothing(qa, question):
    answer = qa.answer(question)
    assert states(answer, 3) and not states(answer, 2), answer.answer_text
    assert "大连理工大学" not in labels(answer)


@pytest.mark.parametrize("question, count", [
    ("Count the organisations on the Liaoning Rural Revitalization Industrial College Project.", 3),
    ("Tally of projects for Dalian Maritime University?", 1),
    ("数一数辽宁省乡村振兴产业学院项目上有几家单位", 3),
    ("遼寧省鄉村振興產業學院項目的參與單位，點一下一共幾家？", 3),
])
def test_a_tally_is_a_count(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count), answer.answer_text


@pytest.mark.parametrize("text, kept", [("which has more deans", "deans"), ("more deans or deals", "deans"),
                                        ("which universitys", "universit"), ("which compnies", "compan")])
def test_a_common_word_is_no_slip_of_a_class_word(qa, text, kept):
    assert kept in qa.speller.respell(text)


@pytest.mark.parametrize("question", ["Which has more deans, Dalian University or DUT?",
                                      "大連大學和大連理工大學，誰的院長更多？"])
def test_a_comparison_by_an_unheld_measure_stays_empty(qa, question):
    assert qa.answer(question).answers == [], qa.answer(question).answer_text
