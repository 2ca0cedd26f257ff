"""Round-25 a place's other names (search.qa_place_names), on the real graph, in wordings of our own: asked in Chinese,
traditional script and English, the place a name written is, and whether two names are one place; a place the graph
does not hold, or a place's name inside an organisation's, is never answered so."""

import pytest

from tests.search.dev_goals import labels

JINPU = "金普新区"


@pytest.mark.parametrize("question, named", [
    ("金普新区还有别的名字吗？", "大连经济技术开发区"),
    ("大连开发区就是哪个新区？", JINPU),
    ("大連經濟技術開發區又叫什麼？", JINPU),  # traditional script
    ("What else is Jinpu New Area known as?", "Dalian Economic and Technological Development Zone"),
])
def test_a_places_other_names_are_answered(qa, question, named):
    answer = qa.answer(question)
    assert labels(answer) == {JINPU} and named in answer.answer_text, answer.answer_text


def test_two_names_of_one_place_are_one_place(qa):
    answer = qa.answer("大连开发区跟金普新区是同一个地方吗？")
    assert answer.answer_text.startswith("是") and labels(answer) == {JINPU}, answer.answer_text


@pytest.mark.parametrize("question", [
    "沈阳浑南新区又叫什么？",  # a place the graph does not hold
    "大连理工大学又叫什么？",  # 大连 of a university's name names no place
])
def test_no_other_name_of_a_place_the_question_does_not_name(qa, question):
    assert "大连市" not in labels(qa.answer(question)) and JINPU not in labels(qa.answer(question))
