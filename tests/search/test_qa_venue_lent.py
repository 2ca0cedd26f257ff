"""Round-29 venue asked as the grounds an organisation lent (search.qa_cues.VENUE_CLASS_ASKED): "on whose company
premises was the meeting held", "推进会借的是哪家工厂的地方", "在谁家的厂区开的"; the event's venue, the host organisation
among it. Wordings of our own, none in a development set, with empty twins (an event the graph does not hold)."""

import pytest

from tests.search.dev_goals import labels
from tests.search.test_qa_preamble_venue import MACHINE_TOOL


@pytest.mark.parametrize("question", [
    "On whose grounds was the consortium promotion meeting staged?",
    "Inside whose factory did the consortium's promotion meeting take place?",
    "推进会借用了哪家单位的场地？",
    "推進會借的是哪間工廠的地方？",  # traditional
    "在谁家的厂区开的推进会啊",  # colloquial
])
def test_the_grounds_lent_are_the_venue(qa, question):
    assert MACHINE_TOOL in labels(answer := qa.answer(question)), answer.answer_text


@pytest.mark.parametrize("question", [
    "On whose premises was the 2022 awards gala held?",
    "在谁家的厂区开的表彰大会？",
    "深圳那场峰会借的是哪家公司的场地？",
])
def test_the_grounds_of_an_event_the_graph_does_not_hold_stay_empty(qa, question):
    assert qa.answer(question).answers == []
