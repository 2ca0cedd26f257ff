"""Two asks in one question, each answered (issue #14, round 40; search.qa_later_asks): the asks the whole reading
leaves unanswered are answered alone, but never against the whole's honesty or beside what it already answers:

- a whole refused for a name outside the graph stays refused: its asks alone never list answers;
- an ask is covered by the whole when the whole lists an answer of the kind it asks ("学院那方" by the college the
  whole names), or already gives what the ask finds alone (the category in its sentence): nothing is added to it;
- two asks answered alone by the very same answer split a grouping the graph does not hold ("市级的几个，区级的
  几个" of the 13 city and district departments, stated together): the answer stays empty.

Wordings of our own, none in a development set; traditional script as typed.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from search.qa_answer import Answer
from search.qa_later_asks import unsplit
from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG = "大连理工大学", "大连职业技术学院", "大连交通大学"
BIFEI, LIGONG = "碧菲分离膜(大连)有限公司", "大连锂工科技有限公司"


@pytest.mark.parametrize("question", [
    "辽宁省财政厅跟哪所大学合作？投了多少钱？",
    "Which college did the Ministry of Finance team up with, and how much did it put in?",
    "瀋陽師範大學參與了哪個項目？合作企業是哪家？",
])
def test_a_whole_refused_for_a_name_outside_the_graph_stays_refused(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.understanding["outside_graph"], answer.answer_text


@pytest.mark.parametrize("question, answers", [
    ("开源鸿蒙人才培养中心，职业学院那方叫啥，大学那方叫啥", {DVTC, DUT}),
    ("The Rockwell centre: which firm is in it, and which college?", {LIGONG, DVTC}),
])
def test_asks_the_whole_answers_by_kind_add_nothing(qa, question, answers):
    answer = qa.answer(question)
    assert labels(answer) == answers, answer.answer_text


def test_an_ask_the_whole_leaves_is_still_answered(qa):
    answer = qa.answer("碧菲那个实习实践基地是哪家企业和哪所大学建的，算哪一类？")
    assert {BIFEI, JIAOTONG} <= labels(answer) and "实训基地类" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, who", [
    ("我同事转给我一篇大连日报的稿子，里面引了杨跃权的话。他到底是谁，在哪个单位？", "杨跃权"),
    ("A friend mailed me a newspaper cutting that mentions a Dong Jianjun. Who's that, and what firm is he at?", "Dong Jianjun"),
])
def test_an_ask_naming_what_the_whole_answers_is_not_said_unanswered(qa, question, who):
    # alone, the asker's context refuses the first ask; the whole answers of the very person it names
    answer = qa.answer(question)
    assert who in answer.answer_text and "没有答案" not in answer.answer_text, answer.answer_text
    assert "no answer to" not in answer.answer_text, answer.answer_text


def test_empty_twin_an_ask_left_unanswered_beside_it_is_still_said(qa):
    answer = qa.answer("装备制造那个实训基地是哪两家建的？带教老师叫什么名字？")
    # (the graph names no teacher: no person of it is offered as one)
    assert "图谱" in answer.answer_text and not labels(answer) & {"杨跃权", "董建军"}, answer.answer_text


@pytest.mark.parametrize("question", [
    "联合体的57家企业，国有的有几家，民营的有几家？",
    "13個政府部門裡，市級的幾個？區級的幾個？",
    "Of the thirteen government departments, how many are the city's and how many the district's?",
])
def test_empty_twin_a_split_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def _found(*ids: str) -> Answer:
    return Answer("", answers=[{"id": i, "label": i} for i in ids])


def test_two_how_many_asks_found_the_one_figure_split_nothing():
    # 市级的有几个 / 区级的有几个, each read alone, find the one figure of 市、区级政府部门: neither is answered by it
    counts = [SimpleNamespace(intent="count")] * 2
    assert unsplit([_found("city-and-district"), _found("city-and-district")], counts) == {"city-and-district"}
    assert unsplit([_found("base-projects"), _found("talent-projects")], counts) == frozenset()
    # two asks of who may share their answers: the same firm built and funded a base
    assert unsplit([_found("firm"), _found("firm")], [SimpleNamespace(intent="who")] * 2) == frozenset()
