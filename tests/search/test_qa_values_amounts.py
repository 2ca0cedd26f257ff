"""Amounts chained by their scales read as one value (search.qa_values.numbers_in): 一亿两千万, 一点二亿 and 1.2亿元
are all 120000000, none of their parts a number of its own."""

from __future__ import annotations

import pytest

from search.qa_values import numbers_in
from search.text import normalize


@pytest.mark.parametrize("text, value", [
    ("一亿两千万", 120_000_000), ("一亿二千万元", 120_000_000), ("一点二亿", 120_000_000), ("1.2亿元", 120_000_000),
    ("1亿2000万", 120_000_000), ("一亿二", 120_000_000), ("12000万", 120_000_000), ("三亿五千万", 350_000_000),
    ("两万六千人次", 26_000), ("两万六", 26_000), ("2万6000", 26_000), ("2.6万余人次", 26_000),
    ("3000多万", 30_000_000), ("一个多亿的基地", 100_000_000), ("两个亿", 200_000_000), ("一万亿", 10**12),
    ("120 million yuan", 120_000_000), ("两千八百个岗位", 2800),
])
def test_an_amount_is_one_value(text, value):
    assert value in numbers_in(text)


def test_a_traditional_amount_is_read_once_normalised():
    assert 26_000 in numbers_in(normalize("兩萬六千人次"))  # (every stage reads the question normalised: search.qa)


@pytest.mark.parametrize("text, parts", [
    ("一亿两千万", {100_000_000, 20_000_000}), ("两万六千", {20_000, 6_000}), ("1亿2000万", {100_000_000, 20_000_000}),
])
def test_no_part_of_an_amount_is_a_number(text, parts):
    assert not parts & numbers_in(text)


@pytest.mark.parametrize("text, values", [
    ("投资1.2亿元，提供2800余个实习岗位", {120_000_000, 2800}), ("一亿两千万元的基地有2800个岗位", {120_000_000, 2800}),
    ("16个项目", {16}), ("第一批", set()),
])
def test_the_numbers_beside_an_amount_stay(text, values):
    assert numbers_in(text) == values
