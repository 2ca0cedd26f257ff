"""Two things asked inside one clause (round 41): each is an ask of its own, answered alone when the question read
whole answers only one (search.qa_paired_asks, joined by search.qa_later_asks) — simplified and traditional script.

- two kinds asked side by side ("企业方和学校方的全称", "企業方與大學方"): the parties of both kinds;
- two how-many asks joined by "and": both counts, the one the whole states kept once;
- a pair of kinds that only describes what is counted ("中职和高职贯通") adds nothing, and a question naming something
  outside the graph stays refused whatever one of its asks could find.
"""

import re

import pytest

from search.qa_paired_asks import clauses
from tests.search.dev_goals import states


@pytest.mark.parametrize("question, labels", [
    ("罗克韦尔技术协同创新中心那个项目，企业方和学校方的全称麻烦报一下", ["大连锂工科技有限公司", "大连职业技术学院"]),
    ("大思政課實踐教育基地，企業方與大學方的全稱？", ["大连德泰城市服务集团有限公司", "大连民族大学"]),  # traditional script
    ("乡村振兴产业学院，企业和学校的全称报一下", ["大连第一互感器集团", "大连职业技术学院", "普兰店区职教中心"]),
])
def test_two_kinds_asked_side_by_side_are_both_answered(qa, question, labels):
    answer = qa.answer(question)
    found = [a["label"] for a in answer.answers]
    assert all(label in found for label in labels), answer.answer_text


def test_two_how_many_asks_joined_by_and_give_both_counts(qa):
    answer = qa.answer("how many technology-innovation projects and how many base projects were signed?")
    text = answer.answer_text
    # each count said of projects, matched as a whole number ("5" is not the 5 of "15")
    assert re.search(r"(?<![\d.])5 projects", text) and re.search(r"(?<![\d.])6 projects", text), text


@pytest.mark.parametrize("question", [
    "沈阳机床那个项目，企业方和学校方的全称是什么？",  # the empty twins: a name outside the graph stays refused
    "華為和哪所大學合作、投了多少錢？",
])
def test_a_name_outside_the_graph_stays_refused(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and answer.understanding.get("outside_graph"), answer.answer_text


def test_a_pair_of_kinds_describing_what_is_counted_adds_nothing(qa):
    answer = qa.answer("中职和高职贯通培养，每年计划培养多少人？")
    assert states(answer, 1000) and "没有答案" not in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, asks", [
    ("装备制造实训基地是谁建的、投了多少钱？", 2),
    ("在哪儿上班、是个啥职务？", 2),
    ("大工、交大哪个签的项目多？", 1),  # a list of names before one question word is one ask
    ("大連理工、大連交大、大連大學，誰簽得最多？", 1),
])
def test_an_enumeration_comma_cuts_only_between_two_asks(question, asks):
    assert len(clauses(question)) == asks
