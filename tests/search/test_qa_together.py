"""Round-24: "和谁一起…", "跟谁一同…" ask for a co-party, as "together" and "jointly" do in English (a relation word of
search.understand_words): answered by the partner organisation, never by a post holder; in wordings of our own."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    ("金州一幼是和谁一起建托幼一体化那个基地的？", "大连职业技术学院"),
    ("金州区第一幼儿园跟谁一同办的托幼基地？", "大连职业技术学院"),
    ("國創氫能和誰一起開發雙極板？", "大连交通大学"),
    ("河野是跟哪所大学一起做的工作台？", "大连交通大学"),
])
def test_who_together_asks_for_the_partner(qa, question, expected):
    assert expected in labels(qa.answer(question))


@pytest.mark.parametrize("question", ["深圳职业技术大学和谁一起建了实训基地？", "华为和谁一起建了鸿蒙中心？", "Who did Tsinghua build the AI base together with?"])
def test_who_together_of_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert labels(qa.answer(question)) == set()
