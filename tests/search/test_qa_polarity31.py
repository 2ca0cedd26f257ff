"""Round-31 polarity readings, on the real graph, worded apart from the development cases that found them, in both
languages, traditional script and colloquial forms, with twins whose right answer is empty:

- a place within the first N claimed ("排进前三了吗", "did Jinpu make the top five"): checked against the rank the graph
  holds (held ≤ N), the field ("那28家里", "of the 28") no claim; no verdict for what the graph ranks nothing of
  (search.qa_yes_no.YesNo._top_claim);
- a kind denied of a named organisation's partners themselves ("大职院的合作伙伴里，哪些不是企业", "Of DUT's partners in
  the base projects, which one is not a company"): its partners (in the kinds of cooperation named) less those of that
  kind, never those partnering with one (search.qa_negated_terms.NegatedTerms.denied_party_kind);
- the parties of a negated set asked by an imperative whose object stands before its verb ("把合作方列一下",
  "顺便把企业列出来": search.qa_set_parties.NAMING).
"""

import pytest

from tests.search.dev_goals import labels

RANKED = [
    ("金普新区在28家里排进前三了吗？", "否"),
    ("金普新区是不是进了前五？", "是"),
    ("金普有沒有排進前十？", "是"),
    ("Was Jinpu among the top 5 of the 28?", "Yes"),
    ("A friend bets Jinpu made the top three of the approved consortia. Did it?", "No"),
    ("金普新区在全国排进前两名了没有？", "否"),
]


@pytest.mark.parametrize("question, verdict", RANKED)
def test_a_place_within_the_first_n_is_checked_against_the_rank(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and "5" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连职业技术学院排进前三了吗？",
    "Did Dalian Jiaotong University make the top five?",
    "大連理工大學有沒有進前十？",
])
def test_no_verdict_on_a_place_the_graph_ranks_nothing_of(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(("是", "否", "Yes", "No")), answer.answer_text


DVTC_NOT_FIRMS = {"大连理工大学", "大连市金州区第一幼儿园", "普兰店区职教中心"}


@pytest.mark.parametrize("question, answers", [
    ("大职院的合作伙伴里，哪些不是企业？", DVTC_NOT_FIRMS),
    ("大連職業技術學院的合作夥伴中，哪幾家不屬於企業？", DVTC_NOT_FIRMS),
    ("Among Dalian Vocational & Technical College's partners, which are not companies?", DVTC_NOT_FIRMS),
    ("Of DUT's partners in the base projects, which one isn't a company?", {"大连人工智能计算中心"}),
])
def test_a_kind_denied_of_the_named_ones_partners_themselves(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


def test_a_kind_after_a_which_word_is_asked_not_denied(qa):
    answer = qa.answer("大职院参与的项目里，不属于人才培养类的那几个是跟哪些企业合作的？")
    assert labels(answer) == {"大连第一互感器集团", "大连锂工科技有限公司", "通用技术集团大连机床有限责任公司"}, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连交通大学的合作伙伴里，哪些不是企业？",
    "Which of Dalian Jiaotong University's partners are not companies?",
    "大职院的合作伙伴里，哪些不是外资企业？",
    "深圳职业技术大学的合作伙伴里，哪些不是企业？",
    "大连交通大学的项目里，哪个不是跟企业合作的？对方高校是谁？",  # a kind after a co-party word: the partner denied
])
def test_no_partner_of_another_kind_is_answered_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, parties", [
    ("交大的项目里，哪个不是科技创新类的？把企业列出来。", {"碧菲分离膜(大连)有限公司"}),
    ("大工参与的项目里，哪些不是人才培养类？顺便把合作单位也列一下。", {"大连三友电器设备有限公司", "东风日产大连有限公司"}),
])
def test_the_parties_of_a_negated_set_asked_object_first(qa, question, parties):
    answer = qa.answer(question)
    assert parties <= labels(answer), answer.answer_text


def test_no_parties_of_an_empty_negated_set(qa):
    answer = qa.answer("大连交通大学的项目里，哪些没有企业参与？把合作方列一下。")
    assert not answer.answers, answer.answer_text


# A class word of the described cooperation's own name is no side of it ("the countryside-focused industrial college",
# "乡村振兴产业学院": search.qa_party_claims.PartyClaims._role): a party claimed of it is any party.
@pytest.mark.parametrize("question, verdict", [
    ("Is the Pulandian vocational centre among those building the countryside-focused industrial college?", "Yes"),
    ("普兰店区职教中心是乡村振兴产业学院的共建方吗？", "是"),
    ("普蘭店區職教中心有沒有參與鄉村振興產業學院？", "是"),
    ("Is Dalian Jiaotong University among the builders of the rural revitalisation industrial college?", "No"),
    ("乡村振兴产业学院的合作企业是大职院吗？", "否"),
])
def test_a_word_of_the_cooperations_name_is_no_side(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
