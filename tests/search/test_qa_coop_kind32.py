"""Round-32 partners asked within a kind of cooperation, on the real graph, worded apart from the development cases, in
both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty.

A question naming a kind of cooperation (a training base, an R&D project, a talent project) asks for the partners the
named organisation has in a cooperation of that kind, not for any partner: GT Dalian Machine Tool built its training
base with a college (DVTC) and shares only an R&D project with Dalian University of Technology, so "which university
co-built a training base with it" is empty, however the university's other project with it reads
(search.qa_kind_unheld). "Who" asked with the kind as the only class word ("大连职院和谁合作了人才培养项目") is answered
by the partners in that kind only (search.qa_compose.kind_asked_partners).
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC = "大连理工大学", "大连职业技术学院"


@pytest.mark.parametrize("question, expected", [
    ("Which university has a tech innovation project with GT Dalian Machine Tool?", {DUT}),
    ("哪所大学和大连机床合作搞研发项目?", {DUT}),
    ("大連機床和哪所大學合作了科研項目？", {DUT}),
    ("跟大连机床一起搞科研项目的是哪个大学啊", {DUT}),
    ("Which college co-built a training base with GT Dalian Machine Tool?", {DVTC}),
    ("大连职院和哪所大学有人才培养项目？", {DUT}),
    ("Which university runs a talent cultivation project with Dalian Vocational & Technical College?", {DUT}),
    ("大连理工大学和哪些企业有基地项目？", {"大连三友电器设备有限公司"}),
])
def test_a_partner_in_the_kind_named_answers(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which university co-built a training base with GT Dalian Machine Tool?",  # its base is with a college
    "哪所大学和大连机床合建了实训基地?",
    "哪所大學和大連機床合建了實訓基地？",
    "跟大连机床一块儿搞实训基地的是哪个大学呀",
    "Which university worked on an R&D project with DVTC?",  # DVTC shares a talent project with DUT, no R&D one
    "大连职院和哪所大学合作科研项目？",
    "大连职院跟哪家企业合作了科技创新类项目？",  # its firm partner shares a base project
    "哪所大学和大连机床有人才培养项目？",
    "Which company has a talent cultivation project with GT Dalian Machine Tool?",
])
def test_a_partner_in_another_kind_is_no_answer(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("大连职院和谁合作了人才培养项目？", {"大连市金州区第一幼儿园", DUT}),
    ("Who did DVTC partner with on talent cultivation projects?", {"大连市金州区第一幼儿园", DUT}),
    ("大連職院跟誰一起做了人才培養項目？", {"大连市金州区第一幼儿园", DUT}),
])
def test_who_asked_in_a_kind_is_the_partners_in_that_kind(qa, question, expected):
    """"谁" names no class: the kind of cooperation is the only class word, and the partners are those in it only
    (DVTC's base-project and training-base partners are not)."""
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text
