"""An attribute the graph holds of nobody (a patent, a paper, a salary, a phone number) empties an answer only when it
is asked: its word standing in the asker's heading or context before the ask, in a clause naming nothing linked, asks
no attribute (round 38, search.qa_asked_clauses); standing where the question asks, or in a clause naming what is asked
about, or in a question that asks in no clause, it still refuses. The wordings are our own (none in a dev set):
simplified and traditional script, and English; each answerable shape has an empty twin."""

from __future__ import annotations

import pytest

from search.qa_asked_clauses import asked_part
from tests.search.dev_goals import labels


def _blank(question: str, *names: str) -> str:
    """``question`` with ``names`` blanked, as the parse blanks a linked name (spaces, its length kept)."""
    for name in names:
        question = question.replace(name, " " * len(name))
    return question


@pytest.mark.parametrize("question, names, kept, gone", [
    ("做专利检索的：大连理工跟哪些企业合作了？", ["大连理工"], "哪些企业", "专利"),
    ("薪資調查：大連交通大學跟哪幾家企業簽約？", ["大連交通大學"], "企業", "薪資"),
    ("salary survey: which firms did dut sign with?", ["dut"], "which firms", "salary"),
    # a clause opening on a word that only starts with a measure's preposition (论文, 以前) is context too
    ("论文统计：大连交通大学跟哪几家企业签约？", ["大连交通大学"], "企业", "论文"),
    ("以前查过专利，现在想问：大连理工跟哪些企业合作了？", ["大连理工"], "哪些企业", "专利"),
])
def test_a_clause_before_the_ask_naming_nothing_linked_is_blanked(question, names, kept, gone):
    part = asked_part(question, _blank(question, *names))
    assert kept in part and gone not in part and len(part) == len(question)


@pytest.mark.parametrize("question, names", [
    ("大连理工的专利有哪些？", ["大连理工"]),  # the ask itself
    ("杨跃权多大年纪了，你知道吗？", ["杨跃权"]),  # a clause naming what is asked about
    ("大连理工跟哪些企业合作了？电话多少？", ["大连理工"]),  # after the first ask: what is asked too
    ("patent count for dut.", ["dut"]),  # asks in no clause: read whole
    ("按专利数算，大连理工排第几？", ["大连理工"]),  # a measure's preposition opens the clause: how it asks
])
def test_the_ask_a_clause_naming_the_linked_and_a_question_asking_nowhere_are_kept(question, names):
    blanked = _blank(question, *names)
    assert asked_part(question, blanked) == blanked


ANSWERED = [
    ("做专利检索的：大连理工跟哪些企业合作了？", "大连三友电器设备有限公司"),
    ("寫論文用的統計：大連交通大學跟哪幾家企業簽了約？", "碧菲分离膜(大连)有限公司"),  # traditional script
    ("Salary survey for my report: which companies did Dalian Jiaotong University sign with?", "国创氢能科技有限公司"),
    ("Patent scouting: in the technology-innovation deals, which firms worked with a university other than DUT?",
     "大连河野智能装备有限公司"),
]


@pytest.mark.parametrize("question, expected", ANSWERED)
def test_an_attribute_word_of_the_askers_heading_asks_nothing(qa, question, expected):
    assert expected in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "做专利检索的：大连理工有哪些专利？",  # the attribute asked
    "寫論文用的統計：大連交通大學發表了多少篇論文？",
    "Salary survey for my report: what do engineers at GT Dalian Machine Tool earn?",
    "Patent scouting: which patents does Dalian University of Technology hold?",
    "大连理工的专利，一共多少项？",
    "杨跃权多大年纪了，你知道吗？",  # the clause names whom it is asked of
])
def test_the_empty_twins_still_refuse(qa, question):
    assert qa.answer(question).answers == []
