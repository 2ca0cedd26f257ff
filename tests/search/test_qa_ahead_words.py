"""search.qa_leftover_model.AheadRule: another reading's leftover word the graph holds nowhere, standing only in clauses
asking nothing before the last asking clause, and not near the whole question in meaning, is the asker's context (a
claim heard, an evaluation, a description of who or what) and is pardoned; a word in the asking clause, in a clause
after it, in a question asking in no clause, a word the graph holds, or a topic the whole question is about, still
refuses. The wordings below are our own (zh, traditional, en), written before the rule; each answerable one has an
empty twin of the same shape. The cut-off is fitted by bench/calibrate_qa_ahead_words.py on the TUNE half."""

from __future__ import annotations

import pytest

from search.qa_leftover_model import AHEAD_RULE, AheadRule, position


@pytest.mark.parametrize("word, question", [
    ("扛把子", "网上有人说大连理工是这次签约的扛把子，它跟哪些企业合作了？"),
    ("配角", "網上有帖子說民大是這次的配角，它跟哪家企業合建了基地？"),
    ("reposting", "a colleague keeps reposting that heye is a rising star; which university does heye work with?"),
])
def test_a_word_before_the_ask_in_a_clause_asking_nothing_stands_ahead(word, question):
    assert position(word, question, ["大连理工", "民大", "heye"])["ahead"] == 1.0


@pytest.mark.parametrize("word, question", [
    ("展台", "德泰城市服务的展台是哪所大学设计的？"),  # in the asking clause
    ("年营收", "大连交通大学跟哪些企业签了约？按年营收排。"),  # after the ask: it says how
    ("paper", "i need the meeting's day for the council calendar: the day it met, not the day the paper ran it."),
    ("cash", "cash contributed by the jiaotong campus toward the membrane company's practice base"),  # asks in no clause
])
def test_a_word_of_the_ask_or_after_it_does_not(word, question):
    assert position(word, question)["ahead"] == 0.0


@pytest.mark.parametrize("word, question", [
    ("航天", "航天方面：哪些高校有合作？"),
    ("aerospace", "in aerospace, which universities signed with companies?"),
    ("機器人", "機器人方面，河野智能跟哪所大學合作了？"),
])
def test_a_heading_naming_only_the_word_names_what_is_asked_about(word, question):
    assert position(word, question, ["河野智能"], lambda clause: [word] if word in clause else [])["ahead"] == 0.0


@pytest.mark.parametrize("word, question", [
    ("drone", "for the drone industry, which firms did dut sign with?"),
    ("航空航天", "说到航空航天，哪些高校跟企业签了约？"),
])
def test_a_clause_naming_nothing_linked_sets_the_scope(word, question):
    assert position(word, question, ["dut"])["ahead"] == 0.0


def test_the_rule_pardons_only_a_word_held_nowhere_ahead_and_far_from_the_question():
    rule = AheadRule(near_below=0.4)
    assert rule.pardons({"ahead": 1.0, "near": 0.2})
    assert not rule.pardons({"ahead": 1.0, "near": 0.2, "held": 1.0})  # a word the graph holds may narrow the answers
    assert not rule.pardons({"ahead": 1.0, "near": 0.5})  # what the whole question is about
    assert not rule.pardons({"ahead": 0.0, "near": 0.2})
    assert not rule.pardons({"ahead": 1.0, "near": 0.2, "unheld": 1.0})  # a name the graph lacks: the model's alone
    assert not AheadRule().pardons({"ahead": 1.0, "near": 0.0})  # off by default
    assert 0.0 < AHEAD_RULE.near_below < 1.0


@pytest.mark.parametrize("question, must", [
    ("A colleague keeps reposting that Heye is a rising star; which university does Dalian Heye Intelligent "
     "Equipment work with?", ["大连交通大学"]),
    ("有人說民大是這次簽約的黑馬,可我覺得大連大學更多,到底誰簽得多?", ["大连大学"]),  # an evaluation heard
    ("Some blogger called DUT the backbone of the signing, but I think Jiaotong signed more. Who signed more?",
     ["大连理工大学"]),
])
def test_context_ahead_of_the_ask_is_pardoned(qa, question, must):
    labels = [a["label"] for a in qa.answer(question).answers]
    assert all(m in labels for m in must), labels


@pytest.mark.parametrize("question", [
    "航空航天方面，哪些高校跟企业签了约？",  # a field ahead of the ask: what the question is about
    "In aerospace, which universities signed with companies?",
    "有人说大连理工在航空航天领域很强，它跟哪些企业签了航空航天的项目？",
    "德泰城市服务的展台是哪所大学设计的？",  # the unheld word asked about
    "大连理工在这批签约里的预算是多少？",  # an unstated attribute
    "Heye's partner university: what was the tuition it charged?",
    "醫諾生物跟大連大學合簽項目的簽字人是誰？",
    "有人說民大是這次簽約的黑馬,可它的預算是多少?",  # the same claim heard, an unstated attribute asked
    "Some blogger called DUT the backbone of the signing; what budget did it get?",
    "A colleague keeps reposting that Heye is a rising star; which aerospace firm does Heye work with?",
    "For the drone industry, which firms did DUT sign with?",  # a scope ahead of the ask
])
def test_the_empty_twins_still_refuse(qa, question):
    assert qa.answer(question).answers == []
