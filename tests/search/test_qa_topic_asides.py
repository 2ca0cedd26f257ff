"""What only says how the asker asks holds up no verdict: a verb asked both ways cut short ("参没参与", "签没签约") is no
topic (search.understand), and a topic of hedges alone ("听说…") claims nothing (search.qa_yes_no); what the claim says
besides (出资, 理事长, wages) still gets no yes. Wordings of our own, with empty twins."""

from __future__ import annotations

import pytest

from search.text import normalize
from search.understand import understand
from tests.search.dev_goals import labels


def topic_of(qa, question: str) -> str:
    return understand(normalize(question), qa.lexicon).topic


@pytest.mark.parametrize("question, left", [
    ("大连海事大学到底参没参与联合体签约的项目？", ""),
    ("大连大学签没签约？", ""),
    ("大连民族大学合没合作过？", ""),
    ("大连大学到底参没参与出资？", "出资"),  # the claim's own word stays
])
def test_a_verb_asked_both_ways_is_no_topic(qa, question, left):
    assert topic_of(qa, question) == left


@pytest.mark.parametrize("question", [
    "听说海大也有份?大连海事大学到底签没签约?",
    "聽說海大也有份？大連海事大學到底參沒參與聯合體簽約的項目？",  # traditional script
    "据说大连海事大学也在名单上，它到底参没参与签约项目？",
])
def test_a_verdict_asked_both_ways_after_a_hedge_is_given(qa, question):
    assert qa.answer(question).answer_text.startswith("是")


@pytest.mark.parametrize("question", [
    "听说海大也掺和了?大连海事大学到底参没参与出资?",  # funding: held nowhere
    "大连理工大学到底是不是联合体的理事长单位?",
    "据说大连大学给实习生发工资，发没发过?",
])
def test_a_claim_held_nowhere_still_gets_no_yes(qa, question):
    found = qa.answer(question)
    assert not found.answer_text.startswith("是") and not labels(found)
