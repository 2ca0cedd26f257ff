"""search.qa_renaming.glued: a short form whose match left the rest of its name glued to the next word takes that rest
with it, up to a boundary; a word that only begins as the name goes on keeps its characters. Wordings of our own."""

from __future__ import annotations

import pytest

from search.qa_renaming import glued


@pytest.mark.parametrize("text, phrase, name, expected", [
    ("理工大和职业技术学院哪家签得多", "理工", "大连理工大学", "理工大"),
    ("理工大还是交大签得多", "理工", "大连理工大学", "理工大"),
    ("海事大跟谁签了约", "海事", "大连海事大学", "海事大"),
    ("交大", "交", "大连交通大学", "交"),  # nothing after it
    ("我问理工大", "理工", "大连理工大学", "理工大"),  # the end of the text is a boundary
])
def test_the_rest_of_a_name_glued_to_the_next_word_goes_with_the_short_form(text, phrase, name, expected):
    assert glued(text, phrase, name) == expected


@pytest.mark.parametrize("text, phrase, name", [
    ("交大学生多吗", "交大", "大连交通大学"),  # 学 begins 学生
    ("理工大楼在哪", "理工", "大连理工大学"),  # 大楼, no 大学
    ("民大和海大", "民大", "大连民族大学"),  # 和 is no part of the name
    ("医科有哪些", "不在", "大连医科大学"),  # the phrase not in the text
])
def test_a_word_only_beginning_as_the_name_goes_on_stays(text, phrase, name):
    assert glued(text, phrase, name) == phrase
