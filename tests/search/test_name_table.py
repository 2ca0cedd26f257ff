"""The scope stage's name tables (search.name_table) answer as a scan of every name does, on the real
graph's names and on spans cut from them, reordered, or made of other characters."""

import random
import re

import pytest

from search.name_table import ChineseNames, EnglishNames, is_subsequence, stems
from search.text import LATIN_WORD, normalize

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def names(real_engine):
    values = [n for d in real_engine.catalogue.docs for n in d.name_values]
    return sorted({normalize(n) for n in values if HAN.search(n)}), [set(LATIN_WORD.findall(normalize(n))) for n in values
                                                                      if not HAN.search(n)]


def _spans(zh: list[str], count: int) -> list[str]:
    """Pieces of names, pieces with a character dropped or swapped, and pieces of two names joined."""
    rng = random.Random(7)
    spans = ["", "的", "深圳职业技术大学", "上海交通大学", "浑南联合体"]
    for _ in range(count):
        name = rng.choice(zh)
        i = rng.randrange(len(name))
        piece = name[i:i + rng.randint(1, 8)]
        spans += [piece, piece[::-1], piece[:1] + piece[2:], piece + rng.choice(zh)[:2]]
    return spans


def test_chinese_names_answer_as_the_scan(names):
    zh, _ = names
    table = ChineseNames(zh)
    for span in _spans(zh, 400):
        assert table.any_subsequence(span) == any(is_subsequence(span, n) for n in zh), span
        assert table.any_shortening(span) == any(span[:2] in n and is_subsequence(span, n) for n in zh), span
        assert table.any_holding(span) == any(span in n for n in zh), span


def test_english_names_answer_as_the_scan(names):
    _, en = names
    table = EnglishNames(en)
    words = sorted({w for name in en for w in name})
    rng = random.Random(11)
    asked = [set(rng.sample(words, k)) for k in (1, 2, 3) for _ in range(200)]
    asked += [{"shenzhen", "polytechnic"}, {"universities"}, {"dalian", "university"}, {"consortium"}]
    for want in asked:
        assert table.any_holding_all(want) == any(want <= stems(name) for name in en), want
