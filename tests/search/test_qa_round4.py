"""Round-4 question answering on the real graph: 学院 as a class word, two answer types named each by
its own class word, attributes the graph does not hold answered empty. Expected answers come from
the seed article."""

import pytest

from tests.search.dev_goals import labels

COLLEGES = {"大连职业技术学院", "辽宁轻工职业学院"}


@pytest.mark.parametrize("question", ["哪些学院参与了联合体？", "哪些學院參與了聯合體？"])
def test_xueyuan_asks_for_the_colleges_not_a_project_named_after_one(qa, question):
    assert labels(qa.answer(question)) == COLLEGES


@pytest.mark.parametrize("question, parts", [
    ("罗克韦尔技术协同创新中心是哪家企业和哪所学院共建的？", {"大连锂工科技有限公司", "大连职业技术学院"}),
    ("Which company and which college built the shared regional practice base?",
     {"一汽解放大连柴油机有限公司", "辽宁轻工职业学院"}),
])
def test_two_types_name_each_part_by_its_own_class_word(qa, question, parts):
    answer = qa.answer(question)
    assert parts <= labels(answer)
    assert ("学院" in answer.answer_text) or ("College" in answer.answer_text)
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question, name", [
    ("董建军今年多大？", "董建军"), ("杨跃权多大年纪？", "杨跃权"), ("楊躍權是哪裡人？", "杨跃权"),
    ("How old is Dong Jianjun?", "Dong Jianjun"), ("What is Yang Yuequan's salary?", "Yang Yuequan"),
    ("大连理工大学的电话是多少？", "大连理工大学"),
])
def test_an_attribute_the_graph_does_not_hold_is_an_honest_empty_answer(qa, question, name):
    answer = qa.answer(question)
    assert not answer.answers and name in answer.answer_text


def test_a_post_is_still_answered_next_to_unheld_attributes(qa):
    assert "党委书记" in qa.answer("杨跃权担任什么职务？").answer_text


@pytest.mark.parametrize("question, verdict", [
    ("金普新区的综合排名是第一吗？", "否"), ("金普新区排名第五吗？", "是"), ("金普新區的綜合排名是第三嗎？", "否"),
    ("Was the Jinpu consortium ranked fifth?", "Yes"), ("Was Jinpu ranked first?", "No"),
])
def test_a_claimed_rank_is_checked_against_the_rank_the_graph_holds(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict)
    assert all(e["source"] for e in answer.evidence) and answer.evidence


def test_ordinals_are_read_as_ranks_only_where_they_claim_one():
    from search.qa_values import ordinals_in
    assert ordinals_in("综合排名是第一吗") == {1} and ordinals_in("was it ranked fifth?") == {5}
    assert ordinals_in("5th place") == {5} and ordinals_in("the first batch of projects") == set()


@pytest.mark.parametrize("question, partner", [
    ("Which university works with Dalian Heye?", "大连交通大学"), ("Who does Dalian Sanyou partner with?", "大连理工大学"),
    ("大连河野和哪所大学合作？", "大连交通大学"),
])
def test_a_short_english_company_name_whose_first_word_is_a_place_still_links(qa, question, partner):
    answer = qa.answer(question)
    assert partner in labels(answer)
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question", [
    "At which company was the meeting held?", "In which company did the promotion meeting take place?",
    "推进会在哪个公司开的？", "推進會在哪家企業召開？",
])
def test_a_venue_asked_through_its_class_is_the_meetings_venue(qa, question):
    answer = qa.answer(question)
    assert "通用技术集团大连机床有限责任公司" in labels(answer)
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question, larger, smaller", [
    ("实习岗位和培训人次哪个多？", 26000, 2800), ("研究成果和实习岗位哪个多？", 2800, 31),
    ("研究成果和實習崗位哪個多？", 2800, 31),  # money against a count is not compared (test_qa_round15_two)
    ("Are there more research institutions or social organisations among the members?", 6, 4),
])
def test_two_figures_are_compared_each_cited_and_the_comparison_derived(qa, question, larger, smaller):
    from search.qa_values import states_number
    answer = qa.answer(question)
    assert states_number(answer.answer_text, larger) and states_number(answer.answer_text, smaller)
    assert sum(1 for e in answer.evidence if e["source"]) == 2
    assert any(e.get("derivation", "").startswith("compare") for e in answer.evidence)


@pytest.mark.parametrize("question", ["哪个大学合作的企业最多？", "哪個大學合作的企業最多？",
                                      "Which university partners with the most companies?"])
def test_the_most_partners_of_a_class_keeps_every_tie(qa, kg, question):
    answer = qa.answer(question)
    assert {"大连理工大学", "大连大学"} <= labels(answer)
    assert all(e["source"] or e.get("derivation") for e in answer.evidence)
    assert any("distinct partners" in e.get("derivation", "") for e in answer.evidence)


def test_the_most_projects_still_ranks_by_projects(qa):
    assert labels(qa.answer("哪所大学参与的项目最多？")) == {"大连理工大学"}


@pytest.mark.parametrize("question, count, total", [
    ("成员单位中有多少家企业？", 57, 97), ("联合体有多少家企业？", 57, 97), ("成員單位中有多少所院校？", 17, 97),
    ("成员单位里企业和院校哪个多？", 57, 97),
])
def test_how_many_of_a_class_is_the_figure_counting_that_class_not_the_total(qa, question, count, total):
    from search.qa_values import states_number
    answer = qa.answer(question)
    assert states_number(answer.answer_text, count) and not states_number(answer.answer_text, total)
    assert any(e["source"] for e in answer.evidence)


@pytest.mark.parametrize("question, verdict", [
    ("辽宁轻工职业学院跟一汽解放柴油机合作了没？", "是"), ("东风日产和大连大学合作过没有？", "否"),
    ("遼寧輕工職業學院跟一汽解放柴油機合作了沒？", "是"),
])
def test_a_colloquial_yes_no_closing_on_mei_is_answered_with_a_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)
