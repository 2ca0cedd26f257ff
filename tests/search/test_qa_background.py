"""Background the asker tells beside the question (search.qa_told_apart.without_background): a declarative sentence
in the first person is no part of what is asked, unless the question points back into it. Both languages,
traditional script; none of these questions is in a development set."""

import pytest

from search.text import normalize
from search.qa_told_apart import without_background
from tests.search.dev_goals import labels

MINZU = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}


@pytest.mark.parametrize("text, kept", [
    ("My son studies there. Who is Dong Jianjun?", "who is dong jianjun?"),
    ("我孩子在那上学。董建军是谁？", "董建军是谁？"),
    ("Who is Yang Yuequan? My neighbour mentioned him to me.", "who is yang yuequan?"),
    # the question points back: the background may hold what "it" names
    ("I mean Dalian University. What projects does it have?", "i mean dalian university. what projects does it have?"),
    ("我问的是大连大学。它有哪些项目？", "我问的是大连大学。它有哪些项目？"),
    # no sentence asks: nothing is background
    ("I want Dalian University's projects.", "i want dalian university's projects."),
])
def test_first_person_background_is_left_out_unless_pointed_back_to(text, kept):
    assert without_background(normalize(text)) == normalize(kept)


@pytest.mark.parametrize("question", [
    "A teacher asked me about this yesterday. Which agreements did Dalian Minzu University sign?",
    "我朋友在那里读书，我顺便问一下。大連民族大學簽了哪些項目？",  # traditional script
    "大连民族大学签了哪些项目？我只在新闻里看到过它的名字。",
])
def test_background_does_not_constrain_the_answers(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == MINZU, answer.answer_text


@pytest.mark.parametrize("question, org", [
    ("Who is Yang Yuequan? A friend asked me and I only know he spoke at the signing.", "Dalian Vocational"),
    ("我只在报纸上看过他讲话。楊躍權是誰？", "大连职业技术学院"),
])
def test_who_is_after_background_gives_the_person_profile(qa, question, org):
    answer = qa.answer(question)
    assert org in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    # the report asked to tell what a question asks: that question, answered or honestly empty
    ("Does the article mention who the machine-tool firm's deputy general manager is?", "Dong Jianjun"),
    ("文章提到機床公司的副總經理是誰了嗎？", "董建军"),  # traditional script
    ("新闻里说了杨跃权在哪个学校任职吗", "大连职业技术学院"),
])
def test_a_question_embedded_in_what_the_report_says_is_that_question(qa, question, expected):
    answer = qa.answer(question)
    assert expected in answer.answer_text and not answer.answer_text.startswith(("Yes", "是")), answer.answer_text


@pytest.mark.parametrize("question", [
    "Did the story say who heads the maritime university, i.e. its president?",
    "报道里有没有说海事大学的校长是谁？",
    "Who leads Dalian Maritime University, e.g. its president?",
])
def test_a_post_the_graph_does_not_hold_stays_empty_when_embedded_or_restated(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
