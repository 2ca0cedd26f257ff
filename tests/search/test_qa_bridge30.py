"""Round-30 connections between named organisations that share no cooperation, on the real graph, worded apart from the
development cases, in both languages, traditional script and colloquial forms, with look-alike cases whose right answer
is empty (search.qa_bridge):

- what connects, links or ties two (or more) named organisations, or their common partner, is the organisations that
  cooperate with each of them: "A和B之间有什么联系", "咋扯上关系的", "what ties A to B", "their partner in common";
- the kind asked restricts the go-between: "能通过哪所大学联系起来", "which company connects them" (empty when the
  go-between is of another kind);
- empty when no organisation cooperates with each of them (no path within two hops);
- a person named stands at the organisation of their post: "董建军和东风日产大连之间有什么联系" (his company's partner in
  common with Dongfeng Nissan), "What connects Dong Jianjun and DVTC" (his company's cooperation with the college);
- two named organisations sharing a cooperation are connected by it, a connection asked in words of its own too ("What
  ties DUT to DVTC", "之间有什么关联", "the relationship between");
- a partner's other partners, the hops read around the also-word (search.qa_form_hops): the class word nearest before
  it is the first hop, not one of the asker's frame ("我们是做氢能的企业，…：跟河野合作的学校，还和哪家企业合作"), and a
  partner noun with no class word before it any organisation ("国创氢能的研发搭档，还跟哪些企业合作过").
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U, MINZU = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学", "大连民族大学"
HEYE, GUOCHUANG, BIFEI = "大连河野智能装备有限公司", "国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"

# question → the labels answered; an empty set: nothing answered
GO_BETWEENS = [
    ("锂工科技和金州区第一幼儿园之间有什么联系？", {DVTC}),
    ("普蘭店區職教中心跟通用技術集團大連機床有咩關聯？", {DVTC}),
    ("河野跟国创氢能咋扯上关系的？", {JIAOTONG}),
    ("How are Heye Intelligent Equipment and Guochuang Hydrogen connected?", {JIAOTONG}),
    ("Which university do CSPC Yuanda and Bingshan Songyang have in common?", {DALIAN_U}),
    ("Who is the go-between for Dongfeng Nissan Dalian and the Dalian AI Computing Center?", {DUT}),
    ("三友电器和大连机床能通过哪所大学搭上线？", {DUT}),
    ("Through which college are Dalian Ligong Technology and the Pulandian vocational education centre connected?", {DVTC}),
    ("超聚变跟德泰有啥共同合作伙伴", {MINZU}),
    ("石药远大和冰山松洋的共同合作方是谁", {DALIAN_U}),
    ("三友电器、通用技术集团大连机床和东风日产大连,三家的共同合作伙伴是哪个?", {DUT}),
    ("What's the link between Sanyou Electrical and Dongfeng Nissan Dalian?", {DUT}),
    # a partner of both, said with 都 or "both"
    ("哪所大学跟三友电器、东风日产大连都有合作？", {DUT}),
    ("Which school has worked with both Dalian Sanyou and Dongfeng Nissan Dalian?", {DUT}),
    # a person stands at the organisation of their post
    ("董建军和东风日产大连之间有什么联系?", {DUT}),
    ("Which university links Yang Yuequan and Dongfeng Nissan Dalian?", {DUT}),
    # no go-between: of another kind than asked, or none cooperating with both
    ("三友电器和东风日产能通过哪家企业联系起来？", set()),  # their go-between is a university
    ("Which company connects Bifei and Guochuang Hydrogen?", set()),
    ("一汽解放大柴和国创氢能之间有什么联系？", set()),  # no organisation cooperates with both
    ("What ties FAW Jiefang Dalian Diesel to Dalian Detai?", set()),
    ("德泰和三友电器的共同合作方是谁？", set()),
    ("碧菲跟冰山松洋能通過哪所大學聯繫起來？", set()),
    ("哪家企业跟三友电器、东风日产大连都有合作？", set()),
    ("董建军和碧菲分离膜之间有什么联系?", set()),  # his company's partners and Bifei's share none
    ("Which company links Yang Yuequan and Dongfeng Nissan Dalian?", set()),
]
# two named organisations sharing a cooperation are connected by it
SHARED = [
    ("石药和医诺之间有什么联系？", {"现代中药与生物制药高层次应用型人才联合培养项目"}),
    ("What ties Dalian University of Technology to Dalian Vocational & Technical College?", {"开源鸿蒙人才培养中心项目"}),
    ("大连职院和普兰店职教中心之间有什么关联?", {"辽宁省乡村振兴产业学院项目"}),
    ("What's the relationship between Dalian Ligong Technology and Dalian Vocational & Technical College?",
     {"罗克韦尔技术协同创新中心项目"}),
    # two universities with no cooperation and no partner in common are not connected
    ("What's the relationship between Dalian Jiaotong University and Dalian University of Technology?", set()),
]
# a partner's other partners, the hops read around the also-word
OTHER_PARTNERS = [
    ("国创氢能的研发搭档,还跟哪些企业合作过?", {HEYE, BIFEI}),
    ("我们是做氢能的企业，想了解：跟河野合作的学校，还和哪家企业合作？", {GUOCHUANG, BIFEI}),
    ("碧菲的合作夥伴，還跟哪些企業合作？", {GUOCHUANG, HEYE}),
    # a partner with no other partner of the kind
    ("一汽解放大柴的搭档，还和哪些企业合作过？", set()),  # Liaoning Light Industry partners no other company
    ("金州区第一幼儿园的合作方，还和哪些幼儿园合作？", set()),
]


@pytest.mark.parametrize("question, answered", GO_BETWEENS + SHARED + OTHER_PARTNERS)
def test_the_go_between_a_shared_cooperation_or_a_partners_other_partners(qa, question, answered):
    answer = qa.answer(question)
    assert labels(answer) == answered, answer.answer_text


def test_a_person_is_connected_through_the_cooperations_of_the_organisation_of_the_post(qa):
    answer = qa.answer("What connects Dong Jianjun and Dalian Vocational & Technical College?")
    assert labels(answer) == {"辽宁省装备制造产业产教融合实训基地"} and "GT Dalian Machine Tool" in answer.answer_text, answer.answer_text
