"""Honesty when the thing asked is not held although the rest of the question matches held facts
(search/qa_unheld_scope.py, the amount cue of search/qa_compose.py, qualified kinds of search/qa_qualifiers.py):
a batch after the first, a whole district or city, an amount that no figure gives, a kind of member the
source does not count. Each is answered by nothing (never by the first batch's figure, the consortium's
members or a count of entities), while the answerable neighbour of the same shape still is. Both languages,
traditional script, colloquial forms; none of these questions is in a development set."""

import pytest

from search.qa_unheld_scope import UnheldScope, qualifiers
from tests.search.dev_goals import states


@pytest.mark.parametrize("text, kind, value", [
    ("第三批签约项目", "batch", 3),
    ("下一轮合作有哪些", "batch", "next"),  # a round of signings is a batch of them (qa_claims.SERIES_WORDS)
    ("the third round of signings", "batch", 3),
    ("phase 2 projects", "phase", 2),
    ("the second national batch", "batch", 2),
    ("全市企业", "whole", "市"),
    ("district-wide schools", "whole", "区"),
    ("across the whole city", "whole", "市"),
])
def test_scope_qualifiers_are_read_in_both_languages(text, kind, value):
    assert [(q.kind, q.value) for q in qualifiers(text)] == [(kind, value)]


@pytest.mark.parametrize("text", ["首批签约项目", "the first batch", "市、区级政府部门", "全市场", "下一步计划"])
def test_a_first_batch_a_level_or_a_step_is_no_scope_qualifier(text):
    assert qualifiers(text) == []


def test_a_qualifier_the_graph_texts_state_is_held():
    scope = UnheldScope.from_texts(["全省唯一国家级产教联合体落户金普", "第二批项目"])
    assert scope.unheld("全省有几个") == "" and scope.unheld("the second batch") == ""
    assert scope.unheld("全市有几个") == "全市"


@pytest.mark.parametrize("question", [
    "第三批签了几个产教融合项目？",
    "下一輪簽約的項目有哪些？",
    "What projects are lined up for the consortium's third round?",
    "整个大连市有多少家产教联合体成员单位？",
    "全区一共有几所中高等院校呀",
    "How many vocational schools are there city-wide in Dalian?",
    "Which companies joined in phase two of the consortium?",
    "金普新区联合体第三期建设投了多少钱？",
])
def test_a_scope_the_graph_does_not_state_is_answered_by_nothing(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 16) and not states(answer, 97) and not states(answer, 17), \
        answer.answer_text


@pytest.mark.parametrize("question, value", [
    ("首批签约的项目一共有几个？", 16),
    ("How many member units does the consortium have?", 97),
    ("联合体成员里有几所中高等院校？", 17),
])
def test_the_first_batch_and_the_consortium_are_still_answered(qa, question, value):
    assert states(qa.answer(question), value)


@pytest.mark.parametrize("question", [
    "How much did Dalian Jiaotong University chip in for the internship base?",
    "碧菲那个实习基地，学校掏了多少？",
    "東風日產在充電檢測項目上投了多少？",
    "碧菲公司出资多少建实习基地？",
])
def test_an_amount_no_figure_gives_is_not_a_count_of_entities(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 1), answer.answer_text


@pytest.mark.parametrize("question", [
    "How much did the machine tool company and Dalian Vocational and Technical College invest in the equipment manufacturing training base?",
    "機床公司和大連職院共建的實訓基地投了多少錢？",
])
def test_an_amount_a_figure_gives_is_still_answered(qa, question):
    assert states(qa.answer(question), 120000000)


@pytest.mark.parametrize("question", ["那57家企业当中私营企业占几家？", "17所院校里民办院校有几所？"])
def test_a_narrowed_kind_of_a_stated_figure_is_not_counted(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 57) and not states(answer, 17), answer.answer_text


@pytest.mark.parametrize("question, value", [("联合体成员里企业有几家？", 57), ("Among the 97 members, how many are enterprises?", 57)])
def test_a_stated_figure_without_a_narrowed_kind_is_answered_as_before(qa, question, value):
    assert states(qa.answer(question), value)
