"""Wrong answers of round 24 made honest: a numbered school the graph lacks (search.qa_numbered), a figure claimed of
an industry's cooperation that is another's (search.qa_yes_no: _of_industries)."""

import pytest


@pytest.mark.parametrize("question", [
    "金州二幼是和谁一起建的基地？",
    "大连一幼跟哪所学校合作？",
    "金州二幼參與了哪個項目？",  # traditional script
    "甘井子二中跟哪家企业合作了",
])
def test_a_numbered_school_the_graph_lacks_answers_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and "没有" in answer.answer_text, answer.answer_text


def test_the_numbered_school_the_graph_holds_is_answered(qa):
    answer = qa.answer("金州一幼跟哪所学校合作？")
    assert "大连职业技术学院" in {a["label"] for a in answer.answers}, answer.answer_text


@pytest.mark.parametrize("question", [
    "開源鴻蒙中心提供了2800個實習崗位嗎",  # the 2,800 places are the equipment-manufacturing base's
    "开源鸿蒙中心提供了2800个实习岗位吗",
    "鸿蒙那个中心有两千八百个实习岗位是吧",
])
def test_a_figure_claimed_of_an_industrys_centre_holding_none_gets_no_verdict(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and not answer.answer_text.startswith(("是", "否")), answer.answer_text


def test_the_figure_claimed_of_its_own_base_keeps_its_yes(qa):
    assert qa.answer("装备制造实训基地提供了2800个实习岗位吗").answer_text.startswith("是")
