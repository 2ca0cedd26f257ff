"""Round-33 negation: the kinds of project a named organisation has none of, on the real graph, worded apart from the
development cases, in both languages, traditional script and colloquial forms, with look-alike cases whose right
answer is empty. Before this round the kinds it HAS were answered (the positive set: the categories operator read no
negation); a negation never answers its positive set (search.qa_kinds_lacked).
"""

import pytest

from tests.search.dev_goals import labels

TALENT, BASE, TECH = "人才培养类项目", "实训基地类项目", "科技创新类项目"


@pytest.mark.parametrize("question, must", [
    ("大连交通大学没有参与哪类项目？", {TALENT}),
    ("Which kind of project has Dalian Jiaotong University not taken part in?", {TALENT}),
    ("三类项目里，大连职院没有参加哪一类？", {TECH}),
    ("大連職業技術學院唯獨缺席了哪一類項目？", {TECH}),
    ("冰山松洋压缩机哪几类项目都没沾边？", {TALENT, BASE}),
    ("In which project categories is Bingshan Songyang absent?", {TALENT, BASE}),
])
def test_the_kinds_an_organisation_lacks_are_the_rest(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连理工大学没有参与哪类项目？",  # DUT takes part in every kind
    "Which category of project has Dalian University of Technology not joined?",
    "深圳职业技术大学没有参与哪类项目？",  # a school the graph does not hold
])
def test_no_kind_lacked_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
