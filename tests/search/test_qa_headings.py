"""A heading before a question labels it and asks nothing (search/qa_headings.py), on the real graph: the
question after it is answered, in English, Chinese and traditional script; a heading that says something the
graph holds is read with the question, and one that may name something the graph does not hold keeps the
question unanswered. None of these questions is a dev-set question."""

import pytest

from search.qa_eval import found
from search.text import normalize


@pytest.mark.parametrize("question, expected", [
    ("For my notes: which companies signed with Dalian Jiaotong University?", "国创氢能科技有限公司"),
    ("Background for my slides, how many projects did Dalian Jiaotong University sign?", "3"),
    ("Context for a report: when was the Jinpu consortium approved?", "2023"),
    ("做笔记用：大连交通大学和哪些企业签了约？", "国创氢能科技有限公司"),
    ("做筆記用：大連交通大學和哪些企業簽了約？", "碧菲分离膜(大连)有限公司"),
    ("写论文用：金普联合体是哪年获批的？", "2023"),
])
def test_the_question_after_a_heading_is_answered(qa, question, expected):
    answer = qa.answer(question)
    labels = [normalize(a["label"]) for a in answer.to_dict()["answers"]]
    assert found(expected, labels, normalize(answer.answer_text)), answer.answer_text  # numbers as whole numbers


@pytest.mark.parametrize("question, expected", [
    ("Hydrogen: which firms signed projects?", "国创氢能科技有限公司"),
    ("氢能方面：哪些企业签了项目？", "国创氢能科技有限公司"),
])
def test_a_heading_the_graph_holds_words_of_narrows_the_question(qa, question, expected):
    assert [a["label"] for a in qa.answer(question).to_dict()["answers"]] == [expected]


@pytest.mark.parametrize("question", [
    "tencent: which schools did it sign with?",
    "Tencent: which schools did it sign with?",
    "华为：跟哪些学校合作了？",
    "In 2021, which companies joined the consortium?",
    "Background for my slides: what is the starting salary of graduates of the order classes?",
    "背景：毕业生起薪多少？",
])
def test_a_heading_is_never_a_way_around_honesty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.evidence == []


@pytest.mark.parametrize("question", [
    "Which came earlier: Jinpu's approval or the MoE's request to the provinces?",
    "哪个更早：金普获批还是教育部要求各省建联合体？",
])
def test_words_before_a_colon_that_ask_are_the_question(qa, question):
    answer = qa.answer(question)
    assert "教育部要求各省启动产教联合体创建工作" in answer.answer_text or "Ministry of Education" in answer.answer_text
