"""Round 29: 写的 asking what a text says ("全称写的啥", "协议上写的是什么") asks for no author
(search.qa_reported.WRITTEN_WHAT); "谁写的", "哪几位记者写的" still do. Wordings of our own, none in a development set."""

import pytest

from tests.search.dev_goals import labels

AUTHORS = {"周光", "杜树泽", "王镔", "郑鸿"}


@pytest.mark.parametrize("question", [
    "那家幼儿园的全称写的啥？",
    "托幼一体化基地那份协议上，幼儿园全称写的是什么？",
    "報道裡那個職教中心的全稱寫的是啥？",  # traditional
    "协议上写的是哪个学校？",
])
def test_what_is_written_asks_no_author(qa, question):
    assert not labels(answer := qa.answer(question)) & AUTHORS, answer.answer_text


@pytest.mark.parametrize("question", [
    "那篇报道是谁写的？",
    "这篇文章是哪几位记者写的？",
    "文章作者写的是啥名字？",  # another author word: authors asked
])
def test_who_wrote_still_asks_the_authors(qa, question):
    assert labels(answer := qa.answer(question)) == AUTHORS, answer.answer_text
