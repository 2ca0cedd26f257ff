"""Round-19 operators over restricted sets: the cooperations a question names or describes left out of a named
organisation's ("除了数字人才那个项目", "X is in P; which other projects"), kinds of project named by a tier
word, bounds on a cooperation's parties within a kind, and counts that an event named does not hijack."""

import pytest

from tests.search.dev_goals import labels

THINK_TANK_BASE = "大思政课实践教育基地项目"
DIGITAL_TALENT = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("question", [
    "大连民族大学除了数字人才实训中心项目，还参与了哪些项目？",
    "除了數字人才那個項目，大連民族大學還簽了啥？",
    "民大在数字人才那个大项目之外还出现在哪些项目里？",
    "大连民族大学参与了数字人才项目，它还参与了哪些项目？",
    "Minzu University is in the digital talent deal. Which other projects is it in?",
    "Dalian Minzu University signed the digital talent project; what else did it sign?",
    "Dalian Minzu University turns up on the digital talent deal; where else does it show up?",
])
def test_the_cooperation_described_is_left_out_not_the_organisation(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {THINK_TANK_BASE}, answer.answer_text


@pytest.mark.parametrize("question", [
    "除了数字人才项目，大连海事大学还参与了什么项目？",
    "Dalian Maritime University is on the digital talent project; where else does it show up?",
])
def test_no_other_cooperation_is_an_empty_answer(qa, question):
    # the maritime university signed that one deal only
    answer = qa.answer(question)
    assert not answer.answers and DIGITAL_TALENT not in answer.answer_text, answer.answer_text


def test_an_organisation_left_out_is_still_left_out(qa):
    answer = qa.answer("大连理工大学除外，还有哪些大学参与了数字人才项目？")
    assert "大连理工大学" not in labels(answer) and "大连民族大学" in labels(answer), answer.answer_text


def test_where_a_university_is_is_still_a_place(qa):
    answer = qa.answer("Where is Dalian Minzu University located?")
    assert "大连市" in labels(answer), answer.answer_text
