"""Round-17 yes/no claims, negation and hops on the real graph (other wordings than the development cases):
a yes/no checks the claim's own parts (a batch against the series value held, a sum with its currency as a
whole number, a rank, a place on the list of parties) and cites what bears it out or contradicts it; "yes
or no: …" negates nothing; names before a negation word scope its answers when a class of party is denied
after it; "besides P" leaves out the partners reached only through P. Both languages, traditional script,
and cases whose right answer is empty."""

import pytest

from search.qa_claims import series_in
from search.qa_values import numbers_in, ordinals_in
from tests.search.dev_goals import cites, labels, states

YES = ("是", "Yes")
NO = ("否", "No")
DVTC_WITHOUT_COMPANY = {"开源鸿蒙人才培养中心项目", "金普新区托幼一体化人才培养基地项目"}
DIGITAL = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("text, held", [
    ("全国首批", {("batch", 1)}), ("第十一批", {("batch", 11)}), ("第二届", {("session", 2)}),
    ("the second national batch", {("batch", 2)}), ("3rd round", {("batch", 3)}), ("第5名", set()), ("综合排名第一", set()),
])
def test_series_are_read_as_whole_ordinals(text, held):
    assert series_in(text) == held


def test_a_batch_is_no_rank_and_a_finish_is_one():
    assert ordinals_in("第一批") == set() and ordinals_in("排第一") == {1}
    assert ordinals_in("did it finish fifth") == {5}


@pytest.mark.parametrize("text, value", [("一亿元", 100_000_000), ("两千万元", 20_000_000), ("1.2亿", 120_000_000),
                                         ("120 million yuan", 120_000_000)])
def test_sums_with_a_scale_are_whole_numbers(text, value):
    assert numbers_in(text) == {value}


@pytest.mark.parametrize("question, verdict", [
    ("金普新区的联合体是首批获批的国家级联合体吗？", YES),
    ("金普新區聯合體是第三批批下來的嗎？", NO),
    ("Was the Jinpu consortium approved in the first national batch?", YES),
    ("Is it true that Jinpu was only approved in the second batch?", NO),
])
def test_a_batch_claimed_is_checked_against_the_batch_held(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert cites(answer, "全国首批") or cites(answer, "first national batch"), answer.evidence


@pytest.mark.parametrize("question, verdict", [
    ("大连职业技术学院和通用技术集团大连机床一起投了1.2亿元，对吗？", YES),
    ("大連職業技術學院和大連機床共同投資了一億元嗎？", NO),
    ("True or false: GT Dalian Machine Tool and the Dalian vocational college put 200 million yuan into their base?", NO),
])
def test_a_sum_claimed_is_compared_as_a_whole_number(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert cites(answer, "1.2亿元"), answer.evidence
    assert "negation" not in answer.understanding.get("operators", []), answer.understanding


def test_a_rank_claimed_with_a_finish_is_refuted_by_the_rank_held(qa):
    answer = qa.answer("Did the Jinpu consortium finish second in the national review?")
    assert answer.answer_text.startswith("No"), answer.answer_text
    assert states(answer, 5) and not answer.understanding.get("outside_graph"), answer.answer_text


@pytest.mark.parametrize("question", ["大连海事大学在签约名单上吗？", "簽約名單裡看得到大連海事大學嗎？",
                                      "Does Dalian Maritime University appear on the signing list?"])
def test_a_place_on_the_list_of_parties_is_borne_out_by_its_cooperation(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(YES), answer.answer_text
    assert labels(answer) == {DIGITAL}, answer.answer_text


def test_a_body_that_is_no_party_is_never_put_on_the_list(qa):
    answer = qa.answer("签约名单上有大连新闻传媒集团吗？")
    assert not answer.answer_text.startswith("是") and answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", ["大连职业技术学院签约的项目里，哪些没有公司参加？",
                                      "大連職院簽的項目中，哪幾個不是和企業簽的？"])
def test_names_before_the_negation_scope_the_complement(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == DVTC_WITHOUT_COMPANY, answer.answer_text
    assert "罗克韦尔技术协同创新中心项目" not in labels(answer)


def test_a_negation_whose_complement_is_empty_answers_nothing(qa):
    answer = qa.answer("大连医科大学签的项目里，哪几个不是跟企业签的？")
    assert answer.answers == [] and DIGITAL not in answer.answer_text, answer.answer_text


def test_agreements_signed_without_two_named_parties(qa):
    answer = qa.answer("Which agreements did neither DUT nor Dalian Jiaotong University sign?")
    assert len(labels(answer)) == 7 and "开源鸿蒙人才培养中心项目" not in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["河野智能装备的合作大学还有哪些合作企业？",
                                      "Heye's partner university: which other corporate partners does it have?"])
def test_other_partners_of_a_partner_leave_out_the_first_hop(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"}, answer.answer_text


def test_besides_one_company_the_others_of_a_kind_of_project(qa):
    answer = qa.answer("Besides Dalian Ligong Technology, which other companies took part in base-type projects?")
    assert "大连锂工科技有限公司" not in labels(answer) and "碧菲分离膜(大连)有限公司" in labels(answer), answer.answer_text
