"""search.qa_leftover_model: the calibrated decision for the leftover words no rule of search.qa_leftover pardons.

Its features are read off the question alone (position, shape) and off the engine (IDF, meaning); its weights are a
table fitted by bench/calibrate_qa_leftover_words.py. The own wordings below (zh, traditional, en, colloquial) were
written before the fit: a word of context, an errand or a description in a clause that does not ask is pardoned, and
each has an empty twin, the same kind of word asked about, that must still refuse."""

from __future__ import annotations

import pytest

from search.qa_leftover_model import FEATURES, LEFTOVER_MODEL, ModelWeights, position, shape


@pytest.mark.parametrize("word, question", [
    ("hanoi", "Our delegation from Hanoi runs dual-track schools. How many learners per year does the college plan to enrol?"),
    ("展板", "周末带娃去科技馆看到鸿蒙的展板，想起金普那边也搞了个鸿蒙人才中心。是哪几家学校牵头建的来着？"),
    ("展會", "上週去展會轉了一圈。大連理工大學簽了哪些項目？"),  # traditional script
    ("podcast", "Heard a podcast on vocational training last night. Which firms did Dalian Jiaotong University sign with?"),
])
def test_a_word_only_of_a_statement_before_the_question_stands_aside(word, question):
    where = position(word, question.lower())
    assert where["aside"] == 1.0 and where["before"] == 1.0


@pytest.mark.parametrize("word, question", [
    ("hanoi", "Which college in Hanoi signed a deal with Dalian University of Technology?"),
    ("深圳", "深圳的联合体有几家成员单位？"),
    ("展会", "大连理工大学在展会上签了哪些项目？"),
    ("身影", "签约项目里谁的身影多一点?"),
])
def test_a_word_of_the_asking_clause_does_not(word, question):
    where = position(word, question.lower())
    assert where["aside"] == 0.0 and where["before"] == 0.0


def test_a_name_shaped_word_is_told_by_its_capital_or_suffix():
    assert shape("hanoi", "Our delegation from Hanoi runs schools. Which college?")["capital"] == 1.0
    assert shape("university", "which university signed?")["suffix"] == 1.0
    assert shape("沈阳市", "沈阳市有几个联合体？")["suffix"] == 1.0
    assert shape("slice", "which slice of the deals is R&D?")["capital"] == 0.0


def test_the_model_reads_every_feature_it_is_given_and_none_other():
    assert set(LEFTOVER_MODEL.weights) <= set(FEATURES)
    assert 0.0 < LEFTOVER_MODEL.pardon_at <= 1.0 and 0.0 < LEFTOVER_MODEL.unheld_at < 1.0


def test_a_model_never_pardoning_pardons_nothing():
    never = ModelWeights(bias=30.0, weights={})
    assert not never.pardons({}) and not never.pardons({"unheld": 1.0})


def test_each_path_has_its_own_threshold():
    model = ModelWeights(bias=0.0, weights={}, pardon_at=0.6, unheld_at=0.4)  # every word at probability 0.5
    assert model.pardons({"unheld": 1.0}) and not model.pardons({"unheld": 0.0})


@pytest.mark.parametrize("question, must", [
    pytest.param("上周末陪爸妈逛了趟博物馆，顺路聊起校企合作。开源鸿蒙那个人才中心是哪两所学校牵头的？", ["大连职业技术学院", "大连理工大学"],
                 marks=pytest.mark.xfail(reason="顺路, read as a name the graph lacks, is in the topic too: the question read "
                                                "without it still finds nothing, and no reading without its topic is tried")),
    ("剛看完一場籃球賽，隨口問一句：開源鴻蒙人才中心是哪兩所學校牽頭的？", ["大连职业技术学院", "大连理工大学"]),
    ("Our delegation from Hanoi runs dual-track schools. Which college co-funded the equipment-manufacturing training "
     "base with GT Dalian Machine Tool?", ["大连职业技术学院"]),
    ("My cousin in Osaka asked me this over lunch: who does Dong Jianjun work for?", ["通用技术集团大连机床有限责任公司"]),
    ("Busy week at our Busan office. Which university does Dalian Heye Intelligent Equipment work with?", ["大连交通大学"]),
])
def test_a_word_of_context_beside_the_question_is_pardoned(qa, question, must):
    labels = [a["label"] for a in qa.answer(question).answers]
    assert all(m in labels for m in must), labels


@pytest.mark.parametrize("question", [
    "开源鸿蒙人才中心的展板是哪家公司设计的？",  # the twin: the description word asked about
    "開源鴻蒙人才中心的籃球隊由哪所學校組建？",
    "Which college in Hanoi co-funded a training base with GT Dalian Machine Tool?",  # the place asked as a scope
    "Who does Dong Jianjun work for in Osaka?",
    "Which Busan university does Dalian Heye Intelligent Equipment work with?",
    "深圳的联合体里有几家企业？",
    "大连工业大学和哪些公司签约了？",  # a name the graph lacks, each of its words held: weighed whole
    "沈阳工业大学跟哪些企业签了约？",
    "Shenyang Polytechnic: which firms signed with it?",
])
def test_the_empty_twins_still_refuse(qa, question):
    assert qa.answer(question).answers == []
