"""Pinyin forms of names and of what people type: full syllables, initials, and mixtures.

A name is a sequence of *units*, one per Han character, letter or digit it holds (punctuation
and spaces dropped): ``(char, syllable)`` with the toneless syllable pypinyin gives the
character in its phrase (Latin letters and digits are their own syllable). A typed query
matches a run of units when each unit is consumed, in order, by its character, its full
syllable, or its initial letter (zh/ch/sh may be typed whole); the last unit of a prefix may
be consumed by the start of its syllable ("dalian lig"). Tones, spaces and apostrophes in
the query do not matter. ``match`` is that test; ``initial_forms`` gives the initials strings
a query can stand for, used to find candidates by prefix before ``match`` verifies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from graph.han import HAN as _HAN, HAN_CHARS
from search.text import normalize

_KEEP = re.compile(f"[{HAN_CHARS}0-9a-z]")
_VOWEL = re.compile(r"[aeiouv]")
# Tone marks and ü typed as such fold to the plain letters pypinyin's NORMAL style uses.
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
# A tone number: one digit 1-5 right after letters and not before another digit (da4lian2);
# dropped only when the letters end in a syllable, so mp3, a380 and 5G keep their digits.
_TONE_NUMBER = re.compile(r"([a-z]+)[1-5](?![0-9])")
WHOLE_INITIALS = ("zh", "ch", "sh")
MAX_FORMS = 4
KNOWN_WORDS = 1 << 17  # words whose reading is remembered (_reader): a server reads the words of questions too

Unit = tuple[str, str]


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (vowelless interjections left out)."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    # some 1,500 distinct toned readings among the 40,000 characters' (1 s saved at every start)
    toned = {p for v in pinyin_dict.values() for p in v.split(",")}
    found = {convert(p, Style.NORMAL, strict=True) for p in toned}
    return frozenset(s for s in found if s.isascii() and s.isalpha() and _VOWEL.search(s))


@lru_cache(maxsize=1)
def _syllable_prefixes() -> frozenset[str]:
    return frozenset(s[:n] for s in syllables() for n in range(1, len(s) + 1))


@lru_cache(maxsize=1 << 14)  # a question's words are read again by each step that links them (pypinyin: ~3 ms each)
def units(text: str) -> tuple[Unit, ...]:
    """The (char, syllable) units of a normalised name, in order."""
    kept = "".join(_KEEP.findall(text))
    if not kept or kept.isascii():
        return literal(kept)
    read = _reader()
    readings = read(kept)
    if len(readings) != len(kept):  # a reading pypinyin could not split per character
        readings = [read(c)[0] for c in kept]
    return tuple((c, r.lower() if r.isascii() else c) for c, r in zip(kept, readings))


def _as_is(chunk: str) -> list[str]:
    """pypinyin's ``errors`` for characters without a reading: each its own (one function: the readings' key)."""
    return list(chunk)


@lru_cache(maxsize=1)
def _reader() -> Callable[[str], list[str]]:
    """pypinyin's ``lazy_pinyin`` (NORMAL style, ``_as_is``), each word's reading remembered: the reading of a text is
    its words' (pypinyin cuts it into phrases and reads each alone, ``Converter.convert``), and names repeat their
    words (有限公司, 大学), whose reading was most of the names' pinyin, 12% of the indexes part at 100x the seed."""
    from pypinyin import Style
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    class Remembering(UltimateConverter):  # what pypinyin's lazy_pinyin makes, its options off
        def __init__(self) -> None:
            super().__init__(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False)
            self.known: dict[tuple, list[list[str]]] = {}

        def convert(self, words, style, heteronym, errors, strict, **kwargs):
            key = (words, style, heteronym, errors, strict, *sorted(kwargs.items()))
            found = self.known.get(key)
            if found is None:
                found = super().convert(words, style, heteronym, errors, strict, **kwargs)
                if len(self.known) < KNOWN_WORDS:
                    self.known[key] = found
            return found  # read, never changed: pinyin() extends its own list with its items

    reader = Pinyin(Remembering())
    # pypinyin takes an `errors` callable returning a list of readings; its stub allows only a str
    return lambda text: reader.lazy_pinyin(text, style=Style.NORMAL, errors=_as_is)  # type: ignore[arg-type]


def literal(text: str) -> tuple[Unit, ...]:
    """The units of text without Han characters: each letter or digit is its own syllable."""
    return tuple((c, c) for c in _KEEP.findall(text))


def from_reading(text: str, reading: str) -> tuple[Unit, ...]:
    """The units of ``text`` from its stored reading (the syllables joined by spaces)."""
    kept = "".join(_KEEP.findall(text))
    return tuple(zip(kept, reading.split(" "))) if kept else ()


def unit_offsets(text: str) -> list[int]:
    """For each character of ``text``, the index of the unit it starts (or the next unit)."""
    out, n = [], 0
    for c in text:
        out.append(n)
        n += bool(_KEEP.match(c))
    return out


def initials(name_units: tuple[Unit, ...]) -> str:
    """The first letters of the units' syllables ('dllgdx' for 大连理工大学)."""
    return "".join(s[0] for _, s in name_units)


def full(name_units: tuple[Unit, ...]) -> str:
    """The syllables run together ('dalianligongdaxue')."""
    return "".join(s for _, s in name_units)


def typed(query: str) -> str:
    """What of a query the matcher reads: normalised, tone marks and tone numbers dropped,
    only Han, letters, digits ('dàlián' and 'da4lian2' → 'dalian')."""
    folded = _TONE_NUMBER.sub(_without_tone, normalize(query).translate(_TONES))
    return "".join(_KEEP.findall(folded))


def _without_tone(m: re.Match) -> str:
    letters = m.group(1)
    return letters if any(letters[-n:] in syllables() for n in range(1, min(6, len(letters)) + 1)) else m.group(0)


def has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text)


def _tokens_at(q: str, i: int, last_may_be_partial: bool) -> list[tuple[int, str]]:
    """The (end, initial letter) of every token that can start at q[i]."""
    c = q[i]
    if _HAN.match(c):
        reading = units(c)
        return [(i + 1, reading[0][1][0] if reading else c)]
    if not c.isalpha():
        return [(i + 1, c)]
    out = [(i + 1, c)]
    for n in range(2, 7):
        piece = q[i:i + n]
        if len(piece) < n:
            break
        if piece in syllables() or piece in WHOLE_INITIALS or (
                last_may_be_partial and i + n == len(q) and piece in _syllable_prefixes()):
            out.append((i + n, c))
    return out


def initial_forms(q: str, prefix: bool = True) -> list[str]:
    """The initials strings of the fewest-token readings of a typed query (at most MAX_FORMS).

    'dalianligong' → ['dllg']; 'dl理工' → ['dllg']; 'qingn' → ['qn'].
    """
    n = len(q)
    fewest = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        fewest[i] = 1 + min(fewest[end] for end, _ in _tokens_at(q, i, prefix))
    forms: list[str] = []

    def walk(i: int, acc: str) -> None:
        if len(forms) >= MAX_FORMS:
            return
        if i == n:
            forms.append(acc)
            return
        for end, letter in _tokens_at(q, i, prefix):
            if fewest[i] == 1 + fewest[end]:
                walk(end, acc + letter)

    if n:
        walk(0, "")
    return list(dict.fromkeys(forms))


def spelled_out(q: str, prefix: bool = True) -> bool:
    """Whether letters ``q`` read as whole syllables only (the last one partly, with ``prefix``):
    then the run-together pinyin of names is searched instead of their initials."""
    n = len(q)
    ok = [False] * n + [True]
    for i in range(n - 1, -1, -1):
        ok[i] = any(ok[i + k] for k in range(1, min(6, n - i) + 1) if q[i:i + k] in syllables()) or (
            prefix and q[i:] in _syllable_prefixes() and len(q) - i > 1)
    return bool(n) and ok[0]


def match(q: str, name_units: tuple[Unit, ...], start: int, prefix: bool) -> tuple[int, int] | None:
    """(units consumed, of them by initial only) of the best reading of ``q`` over the units
    from ``start``: one that consumes all remaining units if any, then the fewest initials;
    None if ``q`` cannot be read over them. With ``prefix`` the last unit may be typed partly."""
    n, m = len(q), len(name_units)
    memo: dict[tuple[int, int], tuple[int, int, int] | None] = {}

    def go(i: int, j: int) -> tuple[int, int, int] | None:
        """(1 if units remain else 0, initials used, units consumed) from q[i], unit j."""
        if i == n:
            return (int(j < m), 0, 0)
        if j == m:
            return None
        if (i, j) not in memo:
            memo[(i, j)] = _best(go, i, j, q, name_units[j], prefix)
        return memo[(i, j)]

    result = go(0, start)
    return None if result is None else (result[2], result[1])


def _steps(q: str, i: int, unit: Unit, prefix: bool) -> list[tuple[int, int]]:
    """(next query position, 1 if by initial only) of every way ``unit`` can be typed at q[i]."""
    char, syl = unit
    steps = [(i + 1, 0)] if q[i] == char else []
    if syl == char:
        return steps
    if q.startswith(syl, i):
        steps.append((i + len(syl), 0))
    if q[i] == syl[0]:
        steps.append((i + 1, 1))
    if syl[:2] in WHOLE_INITIALS and len(syl) > 2 and q.startswith(syl[:2], i):
        steps.append((i + 2, 1))
    rest = q[i:]
    if prefix and len(rest) > 1 and syl.startswith(rest):
        steps.append((len(q), 0))
    return steps


def _best(go, i: int, j: int, q: str, unit: Unit, prefix: bool):
    found = None
    for nxt, cost in _steps(q, i, unit, prefix):
        tail = go(nxt, j + 1)
        if tail is not None:
            candidate = (tail[0], tail[1] + cost, tail[2] + 1)
            if found is None or candidate[:2] < found[:2]:
                found = candidate
    return found
