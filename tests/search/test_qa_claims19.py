"""Round-19 claims and honesty on the real graph, in wordings other than the development cases.

A figure asked of an organisation it is not of (a plan of the vocational college's asked of another school, a
base's output asked of a school no party to it) is answered by nothing, the figure held cited apart with whose it
is; asked of its own organisation it is answered. Both languages, traditional script, colloquial forms.
"""

import pytest

from tests.search.dev_goals import states


def _cited(answer, words: str) -> bool:
    """Whether an evidence item's path or source span holds ``words``."""
    return any(words in " ".join(e["path"]) or words in ((e.get("source") or {}).get("text") or "") for e in answer.evidence)


@pytest.mark.parametrize("question, held", [
    ("大工的订单班每年开多少个？", "每年组建订单班40个"),
    ("How many order classes a year does Dalian Maritime University set up?", "每年组建订单班40个"),
    ("大連醫科大學首批要培養幾名現場工程師？", "将首批重点培养40人"),
    ("海大那边订单班一年开几个啊", "每年组建订单班40个"),
    ("Dalian University's through-training plan: how many students a year?", "每年贯通培养1000人以上"),
])
def test_a_figure_asked_of_another_organisation_is_not_answered(qa, question, held):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert _cited(answer, held), answer.evidence
    assert answer.understanding.get("settled"), answer.understanding


@pytest.mark.parametrize("question, value", [
    ("大连职业技术学院每年组建多少个订单班？", 40),
    ("How many order classes does Dalian Vocational & Technical College form each year?", 40),
    ("機床公司和職院一起投了多少錢？", 120000000),
    ("大连职院首批确定了多少名匠苗？", 12),
])
def test_a_figure_asked_of_its_own_organisation_is_answered(qa, question, value):
    answer = qa.answer(question)
    assert answer.answers, answer.answer_text
    assert states(answer, value), answer.answer_text
