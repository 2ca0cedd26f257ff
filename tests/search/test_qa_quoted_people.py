"""Round-25 readings of the people a source quotes named by that description (search.qa_quoted_people), on the real
graph, each worded apart from the development cases that found it, in both languages, traditional script and
colloquial forms, with cases whose right answer is empty:

- "文章里接受采访的两个人", "the people quoted in the story", "the piece quotes two people. … they": the speakers the
  source quotes, put in the description's place, and what is asked of them answered — their organisations with
  their names when names are asked too (search.qa_profile.affiliation);
- no such reading when the count said is not the number of people quoted, or the description is of someone else.
"""

import pytest

from tests.search.dev_goals import labels

YANG, DONG, DVTC, MACHINE_TOOL = "杨跃权", "董建军", "大连职业技术学院", "通用技术集团大连机床有限责任公司"

NAMES_AND_ORGANISATIONS = [
    "报道里接受采访的两个人，叫什么名字，各在哪家单位？",
    "文章中被引用講話的兩位，分別是誰、在哪個單位？",
    "稿子里发言的那几个人都是谁啊，在哪上班",
    "Who are the two people quoted in the article, and which organisations do they work for?",
    "The story quotes two people. Give me their names and the organisations they represent.",
    "Names and organisations of the interviewees in the piece, please.",
]


@pytest.mark.parametrize("question", NAMES_AND_ORGANISATIONS)
def test_the_quoted_people_and_their_organisations(qa, question):
    answer = qa.answer(question)
    assert {YANG, DONG, DVTC, MACHINE_TOOL} <= labels(answer), answer.answer_text


EMPTY = [
    "文章里接受采访的三个人，分别在哪家单位？",
    "The article quotes five people. Which organisations do they represent?",
    "报道里接受采访的那位医院院长叫什么名字？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not labels(answer) & {YANG, DONG, DVTC, MACHINE_TOOL}, answer.answer_text


# Round 25: the byline and the outlet asked together ("byline names and the newspaper"): both answered, each cited.
AUTHORS, OUTLET = {"杜树泽", "周光", "王镔", "郑鸿"}, "大连日报"


@pytest.mark.parametrize("question", [
    "For my bibliography: the reporters' names and the paper that ran the piece?",
    "这篇报道的作者是谁，登在哪家报纸上？",
    "文章署名的記者有哪幾位，哪家媒體刊發的？",
])
def test_the_authors_and_the_outlet_asked_together(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == AUTHORS | {OUTLET}, answer.answer_text


def test_an_outlet_alone_is_no_byline(qa):
    answer = qa.answer("Which newspaper ran the story?")
    assert labels(answer) == {OUTLET}, answer.answer_text
