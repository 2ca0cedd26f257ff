"""A name set aside by a verb after it ("把大工剔掉以后", "大工除外", "setting DUT aside", "DUT aside,",
"leaving X out") is an except clause: left out of the answers, never a constraint, never the whole answer."""

import pytest

from search.wording import except_reworded
from tests.search.dev_goals import labels

DUT = "大连理工大学"
PULANDIAN = "普兰店区职教中心"


@pytest.mark.parametrize("text, reworded", [
    ("把大工剔掉以后还剩谁", "除了大工以外还剩谁"),
    ("大工除外，还有谁", "除了大工以外，还有谁"),
    ("setting dut aside, who else", "setting aside dut, who else"),
    ("leaving dut out, who else", "setting aside dut, who else"),
    ("dut aside, who else", "setting aside dut, who else"),
    ("which projects did they set up", "which projects did they set up"),
    ("把项目签了", "把项目签了"),
])
def test_a_name_set_aside_by_a_verb_after_it_is_written_as_an_except_clause(text, reworded):
    assert except_reworded(text) == reworded


@pytest.mark.parametrize("question", [
    "和大连职业技术学院合作的学校，把大连理工大学拿掉以后还有哪些？",
    "跟大連職院合作的學校，大連理工大學除外，還有哪些？",
    "大连职院的合作学校里面，把大工排除在外之后还剩哪个",
    "Putting Dalian University of Technology aside, which schools partner with Dalian Vocational & Technical College?",
    "Leaving DUT out, what schools does Dalian Vocational & Technical College work with?",
    "Dalian University of Technology excluded, which schools cooperate with Dalian Vocational & Technical College?",
])
def test_a_school_set_aside_is_left_out_of_the_partners(qa, question):
    answer = qa.answer(question)
    found = labels(answer)
    assert PULANDIAN in found and DUT not in found, answer.answer_text


@pytest.mark.parametrize("question", [
    "跟大连职院合作的学校，把清华大学剔掉以后还剩谁？",
    "Setting Tsinghua University aside, which schools work with Dalian Vocational & Technical College?",
])
def test_an_unheld_name_set_aside_is_still_refused(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
