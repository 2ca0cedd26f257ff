"""Round-31 chains through a described person and two asks sharing one subject, on the real graph, worded apart from the
development cases, in both languages, traditional script and colloquial forms, with look-alike cases whose right answer
is empty:

- a person described by what they said, the pointer after 的 ("说招工难题解决了的那个副总"), stands for the speaker whose
  quotation the claim holds (search.qa_descriptions), a title the kind word names held by the speaker; the person's own
  organisation said with a pronoun before a word for a plant ("他们厂", search.wording.PRONOUN_ORGANISATION) is the
  one of their post: a hop through the person's employer; a post holder the lead-in describes by a claim that is not
  theirs is no one (search.qa_person_back);
- a description pointed at after a few words placing it ("报道里那家副总出来讲话的企业") is read as one pointed at before
  its clause (search.qa_descriptions);
- two asks, the later opening on a word for the source ("稿件是哪家报纸发的"), each answered (search.qa_nameless_asks);
- a later ask of one organisation with no subject of its own (or "it" after "and"), after an ask of its place, a date or
  a number, is asked of it, each ask answered (search.qa_shared_subject), or with a pronoun after a clause naming only a
  project (search.qa_chain).
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, GT = "大连理工大学", "大连职业技术学院", "通用技术集团大连机床有限责任公司"
KINDERGARTEN, JINZHOU, TRANSFORMER = "大连市金州区第一幼儿园", "金州区", "大连第一互感器集团"
DONG = "董建军"


@pytest.mark.parametrize("question, expected", [
    ("说招工难题解决了的那个副总,他们厂的性能调控攻关找的哪个高校?", {DUT}),
    ("说招工难题解决了的那位副总在哪家公司?", {GT}),
    ("講招工難題解決了的那個副總經理,他們廠跟哪所大學一起搞研發?", {DUT}),
    ("说为企业省了大量前期培训时间和成本的那个副总经理，他们工厂在哪个实训基地项目里跟大连职业技术学院合作？",
     {"辽宁省装备制造产业产教融合实训基地"}),
    ("说招工难题解决了的那个人是谁?", {DONG}),
    ("董建军他们厂跟哪所大学合作攻关?", {DUT}),
    ("说学校要围绕企业实际需要办学的那位书记,他们学校跟哪家企业合作?", {GT, TRANSFORMER}),
    # the pointer after a few words placing the description
    ("文章里那家副总经理出来讲话的企业和哪所大学合作攻关?", {DUT}),
    ("名单上那家副总出来讲话的企业跟哪所高校一起搞研发?", {DUT}),
    ("我去过一家工厂参观,就是报道里那家副总出来讲话的企业。它这回的研发找的是哪所大学?", {DUT}),
    ("文中那所校長接受採訪的學院和哪家幼兒園合作?", {KINDERGARTEN}),
])
def test_a_speaker_described_by_the_claim_is_the_hop(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "说招工难题解决了的那个校长是谁?",  # the speaker holds no such post
    "说企业利润翻了一番的那个副总经理在哪家公司?",  # no quotation holds the claim
    "说学生都出国交换了一学期的那位书记,他们学校跟哪家企业合作?",
    "报道里那家董事长出来讲话的企业和哪所大学合作?",  # no chairman is quoted
    "文章中那所院长接受采访的大学和哪家企业合作?",  # the president quoted heads a college, no university
])
def test_a_described_speaker_fitting_no_one_is_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("金州区第一幼儿园在哪个区,和哪所学校合作?", {JINZHOU, DVTC}),
    ("金州區第一幼兒園在哪個區、跟哪間學校合作?", {JINZHOU, DVTC}),
    ("Where is the Jinzhou kindergarten and which college does it work with?", {JINZHOU, DVTC}),
    ("普兰店区职教中心在哪个区,跟哪家企业合作?", {"普兰店区", TRANSFORMER}),
    ("普兰店区职教中心在哪个区?它和哪家企业共建了乡村振兴产业学院?", {"普兰店区", TRANSFORMER}),
    ("金州区第一幼儿园位于哪个区?它和哪所学校一起建托幼一体化人才培养基地?", {JINZHOU, DVTC}),
    ("Where is the Pulandian District Vocational Education Center? Which company does it build the rural "
     "revitalization industrial college with?", {TRANSFORMER}),
    ("大连交通大学参与了几个项目、都和哪些企业合作?", {"国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"}),
])
def test_a_later_ask_with_no_subject_of_its_own_is_asked_of_the_one_named(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question, unasked", [
    ("金州区第一幼儿园在哪个区,和哪家企业合作?", "企业"),  # the kindergarten has no company partner
    ("Where is Pulandian District Vocational Education Center and which university does it work with?", "University"),
    ("普兰店区职教中心在哪个区?它跟哪家企业一起建开源鸿蒙人才培养中心?", TRANSFORMER),
])
def test_a_later_ask_finding_nothing_adds_nothing(qa, question, unasked):
    answer = qa.answer(question)
    assert not any(unasked in a["label"] or unasked in a.get("label_en", "") for a in answer.answers), answer.answer_text
    assert not any(a["label"] in (DVTC, DUT, TRANSFORMER) for a in answer.answers), answer.answer_text


@pytest.mark.parametrize("question", [
    "金州区第一幼儿园在哪个区,和哪所学校一起搞燃料电池?",  # the place is answered, the cooperation is not held
    "哪个区有幼儿园,和大连交通大学合作?",  # the earlier ask names no organisation
])
def test_no_school_is_answered_for_an_ask_the_graph_does_not_hold(qa, question):
    answer = qa.answer(question)
    assert not any(a["label"] in (DVTC, DUT, "大连交通大学") for a in answer.answers), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("大连新闻传媒集团的记者叫什么？文章是哪家报纸登的？", {"郑鸿", "大连日报"}),
    ("署名里大连新闻传媒集团的那位记者是谁？这篇稿件是哪家报纸刊发的？", {"郑鸿", "大连日报"}),
])
def test_an_ask_of_the_source_beside_a_named_ask_is_answered_too(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    # a pointer before a kind word is that word's ("那家幼儿园"), no description's
    ("金州区那家幼儿园所合作的学校，校长是谁?", {"杨跃权"}),
    # an earlier ask of a thing ("哪一个"): the later ask is of it, not of the one named
    ("大连交通大学那几个项目,哪一个不属于科技创新类?跟哪家企业签的?", {"碧菲分离膜(大连)有限公司"}),
])
def test_look_alikes_keep_their_reading(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer) and "大连交通大学" not in labels(answer), answer.answer_text
