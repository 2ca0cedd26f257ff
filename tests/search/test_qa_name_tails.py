"""A short name written on past its linked part (search.qa_name_tails): "德泰城服" is 德泰 and 城市服务 shortened,
one name, not a name and a topic. Simplified and traditional script, colloquial forms; none of these questions is
in a development set. A tail the entity's own name does not hold stays a topic, and an unheld one stays empty."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    ("德泰城服搭档的高校是哪所", {"大连民族大学"}),
    ("河野智装跟哪所大学合作？", {"大连交通大学"}),
    ("三友電設的合作高校是哪所？", {"大连理工大学"}),
    ("青软创科参加了哪个项目", {"大连市数字人才产教融合实训中心合作项目"}),
])
def test_a_short_name_past_its_linked_part_is_one_name(qa, question, expected):
    assert labels(qa.answer(question)) == expected


def test_a_tail_another_word_stands_in_is_that_word(qa):
    # "压缩机中心" is the compressor centre, not more of Bingshan Songyang's name
    assert "大连大学" in qa.answer("冰山松洋压缩机中心的合作方是谁？").answer_text


@pytest.mark.parametrize("question", ["德泰物流跟哪所学校合作？", "河野机器人跟哪所大学合作？"])
def test_a_tail_the_name_does_not_hold_stays_a_topic(qa, question):
    assert qa.answer(question).answers == []
