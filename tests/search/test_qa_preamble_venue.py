"""A preamble introducing the asker before a colon (search.qa_told_apart.without_preamble) is no topic, and a
venue asked through its class after the verb or as the host (search.qa_cues.VENUE_CLASS_ASKED) is the
event's venue. Both languages, traditional script; none of these questions is in a development set."""

import pytest

from search.text import normalize
from search.qa_told_apart import without_preamble
from tests.search.dev_goals import labels

MACHINE_TOOL = "通用技术集团大连机床有限责任公司"


@pytest.mark.parametrize("text, kept", [
    ("Reporter here: which university signed the most deals?", "which university signed the most deals?"),
    ("Journalist question: which university signed the most deals?", "which university signed the most deals?"),
    ("Fact-checking my draft: where was the meeting held?", "where was the meeting held?"),
    ("我是記者：哪所大學簽的項目最多？", "哪所大学签的项目最多?"),
    ("帮忙核实一下：推进会在哪开的？", "推进会在哪开的?"),
    ("Teacher here: which college runs the centre?", "which college runs the centre?"),
    # a spaced dash marks no preamble: what stands before it is what is asked about
    ("DUT signs six deals here — but who heads it?", "dut signs six deals here — but who heads it?"),
    # the part before the colon is what is asked about, or asks itself: kept
    ("做罗克韦尔技术的那个中心：出力的公司叫啥？", "做罗克韦尔技术的那个中心:出力的公司叫啥?"),
    ("Dalian University of Technology: how many deals?", "dalian university of technology: how many deals?"),
    ("What is this: a question?", "what is this: a question?"),
    # the question points back to the asker: the preamble may say who "our group" is
    ("HR at a motor maker here: what is our group called?", "hr at a motor maker here: what is our group called?"),
])
def test_a_preamble_introducing_the_asker_is_left_out(text, kept):
    assert without_preamble(normalize(text)) == normalize(kept)


@pytest.mark.parametrize("question", [
    "Reporter here: which university took part in the most signed projects?",
    "Journalist question: which university took part in the most signed projects?",
    "我是記者：哪所大學參與的簽約項目最多？",
])
def test_the_preamble_names_no_topic(qa, question):
    assert labels(qa.answer(question)) == {"大连理工大学"}


@pytest.mark.parametrize("question", [
    "The promotion meeting was held at which company?",
    "Just checking my notes: the consortium meeting took place at which enterprise?",
    "Which firm was the host of the promotion meeting?",
    "推進會的東道主是哪家公司？",
    "建设推进会是在哪个企业的厂区里开的",
])
def test_the_venue_asked_after_the_verb_or_as_host(qa, question):
    assert MACHINE_TOOL in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "The graduation ceremony of Peking University took place at which venue?",
    "深圳那场产教融合大会的东道主是哪家企业？",
])
def test_a_venue_of_an_event_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("word", ["Byline", "Headcount", "Workplace", "Checklist"])
def test_a_closed_compound_of_common_words_is_no_name(word):
    from search.qa_name_shape import compound_word
    assert compound_word(word.lower())


@pytest.mark.parametrize("word", ["Huawei", "Bingshan", "Songyang", "Dongfeng", "Minzu"])
def test_a_name_is_no_closed_compound(word):
    from search.qa_name_shape import compound_word
    assert not compound_word(word.lower())


@pytest.mark.parametrize("question, expected", [
    ("Headcount check: how many organisations signed the digital talent training centre deal?", "15"),
    ("Byline of the Dalian Daily piece, please: who wrote it?", "Zheng Hong"),
])
def test_a_closed_compound_opening_the_question_names_no_topic(qa, question, expected):
    assert expected in qa.answer(question).answer_text


@pytest.mark.parametrize("question", ["Goldwind signed which projects?", "Sunway is a member of the consortium?"])
def test_an_unknown_name_opening_the_question_stays_empty(qa, question):
    assert qa.answer(question).answers == []
