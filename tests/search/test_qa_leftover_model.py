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
    assert 0.0 < LEFTOVER_MODEL.pardon_at <= 1.0


def test_a_model_never_pardoning_pardons_nothing():
    never = ModelWeights(bias=30.0, weights={}, pardon_at=1.0)
    assert never.probability({}) < never.pardon_at
