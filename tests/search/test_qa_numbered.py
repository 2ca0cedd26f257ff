"""A numbered school named by its short form (search.qa_numbered): held only when a name of the graph has that number."""

import pytest

from search.qa_answer import Answer
from search.qa_numbered import Numbered

LABELS = ("大连市金州区第一幼儿园", "大连职业技术学院", "大连理工大学")
NUMBERED = Numbered(LABELS)


@pytest.mark.parametrize("question, word", [
    ("金州二幼是和谁一起建的基地？", "金州二幼"),
    ("大连一幼跟哪所学校合作？", "大连一幼"),  # the graph's 第一幼儿园 is Jinzhou's, not Dalian's own
    ("金州三幼签了什么项目", "金州三幼"),
    ("金州二幼參與了哪個項目？", "金州二幼"),  # traditional script
    ("甘井子二中跟哪家企业合作了", "甘井子二中"),
    ("听说沙河口一小也办了基地？", "沙河口一小"),
])
def test_a_number_the_graph_holds_no_school_of_is_unheld(question, word):
    assert NUMBERED.unheld(question) == word


@pytest.mark.parametrize("question", [
    "金州一幼是和谁一起建的基地？",  # 大连市金州区第一幼儿园
    "金州区第一幼儿园跟哪所学校合作？",
    "其中一小部分项目是谁做的？",  # no school: a word goes on
    "这个中心一小时能培训多少人？",
    "大连理工大学和谁合作了？",
])
def test_a_held_school_or_no_short_form_is_left(question):
    assert NUMBERED.unheld(question) is None


def test_an_answer_for_an_unheld_school_is_emptied():
    given = Answer("金州二幼和谁合作", [{"id": "x", "label": "大连职业技术学院"}], "大连职业技术学院", [],
                   understanding={"lang": "zh"})
    checked = NUMBERED.checked(given, given.question)
    assert checked.answers == [] and "金州二幼" in checked.answer_text and checked.understanding["settled"]
    assert NUMBERED.checked(given, "金州一幼和谁合作") is given
