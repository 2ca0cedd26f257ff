"""An English count answer agrees in number with its count: one thing in the singular, more in the
plural, on the real graph (search.qa_text)."""

import re

import pytest


@pytest.mark.parametrize("question, singular", [
    ("How many hydrogen energy projects are there?", r"^1 project\b(?!s)"),
    ("how many cooperation projects does FAW Jiefang take part in", r"^1 cooperation project\b(?!s)"),
])
def test_a_count_of_one_is_said_in_the_singular(qa, question, singular):
    assert re.search(singular, qa.answer(question).answer_text)


def test_a_count_of_several_stays_plural(qa):
    assert re.match(r"2 projects\b", qa.answer("How many projects does Dalian Minzu University take part in?").answer_text)
