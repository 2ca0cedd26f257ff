"""Answerable questions no longer refused for a word read as a name the graph lacks (round 41): a person the asker calls
by surname and post (search.qa_titled_people), on the real graph and on a table of people; a relation's word the tagger
reads alone as a name ("上级": search.qa_spans.tagged_names); a greeting opening the question ("Hi,":
search.qa_name_shape). Worded apart from the
development sets, in both languages and traditional script; a surname and post the graph holds of nobody, or of two
people, stays a name the graph lacks and the question stays empty."""

import pytest

from search.qa_titled_people import TitledPeople
from tests.search.dev_goals import labels

PEOPLE = [("董建军", "Dong Jianjun", "副总经理", "Deputy General Manager"), ("杨跃权", "Yang Yuequan", "校长", "President"),
          ("杨跃权", "Yang Yuequan", "党委书记", "Secretary of the Party Committee")]


@pytest.mark.parametrize("question, expected", [
    ("杨书记带的那所学院，跟哪家幼儿园一起建了人才培养基地？", {"大连市金州区第一幼儿园"}),
    ("董副总他们公司跟哪所大学合作研发？", {"大连理工大学"}),
    ("董总那边的企业和哪所大学合作研发？", {"大连理工大学"}),
    ("楊校長的學校和大連第一互感器集團共建了什麼？", {"辽宁省乡村振兴产业学院项目"}),
    ("Which kindergarten does Secretary Yang's college work with?", {"大连市金州区第一幼儿园"}),
    ("Mr. Dong's employer does R&D with which university?", {"大连理工大学"}),
])
def test_a_person_called_by_surname_and_post_is_the_one_the_graph_holds(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "王副总他们公司跟哪所大学合作研发？",  # no 王 holds a post in the graph
    "李校長的學校和大連第一互感器集團共建了什麼？",
    "Mr. Wang's employer does R&D with which university?",
    "杨书记带的那所学院，跟清华大学一起建了什么？",  # the person is read, the other party is still held nowhere
    "Dr. Li's company works with which university?",
])
def test_a_call_the_graph_holds_of_nobody_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_the_call_is_read_only_when_one_person_fits():
    people = TitledPeople(PEOPLE)
    assert people.named("杨书记那所学校") == "杨跃权那所学校"
    assert people.named("那位董副总经理的东家") == "那位董建军的东家"
    assert people.named("Did Secretary Yang speak?") == "Did Yang Yuequan speak?"
    two = TitledPeople([*PEOPLE, ("杨明", "Yang Ming", "校长", "President")])
    assert two.named("杨校长那所学校") == "杨校长那所学校"  # two people of the surname hold the post: left as written
    assert two.named("Did President Yang speak?") == "Did President Yang speak?"
    assert two.named("杨书记那所学校") == "杨跃权那所学校"  # only one of them is a secretary


def test_a_full_name_a_post_held_by_another_or_no_post_is_left_as_written():
    people = TitledPeople(PEOPLE)
    for text in ("杨跃权校长是谁", "杨董事长那家公司", "Is Yang Yuequan the President?", "Yang said so.",
                 "Which firms did Dong sign?", "董建军的公司"):
        assert people.named(text) == text


@pytest.mark.parametrize("question, expected", [
    ("冰山松洋压缩机那家企业，上级集团是哪家？", None),
    ("一汽解放大連柴油機那家廠，上級集團叫什麼？", {"一汽解放"}),
    ("通用技术集团大连机床那边，上级集团是谁？", {"通用技术集团"}),
])
def test_a_relation_word_read_alone_is_no_name(qa, question, expected):
    answer = qa.answer(question)
    assert "上级的任何信息" not in answer.answer_text
    assert expected is None or expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["腾讯那家企业，上级集团是谁？", "沈阳鼓风机那家企业，上級集團叫什麼？"])
def test_a_relation_of_a_name_the_graph_lacks_stays_empty(qa, question):
    assert not qa.answer(question).answers


@pytest.mark.parametrize("question, expected", [
    ("Hi, which university co-builds the compressor innovation centre with Bingshan Songyang?", {"大连大学"}),
    ("Hello! Which kindergarten works with Dalian Vocational & Technical College?", {"大连市金州区第一幼儿园"}),
])
def test_a_greeting_opening_the_question_is_no_name(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["Hi, which university did Tencent sign with?",
                                      "Hello, Siemens here. Which Dalian university do we partner with?"])
def test_a_greeting_before_a_name_the_graph_lacks_stays_empty(qa, question):
    assert not qa.answer(question).answers
