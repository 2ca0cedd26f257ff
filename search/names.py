"""Name matching: every way people type a name, one index, one ranking.

Each document's labels, aliases and derived short forms (search.shortforms) are indexed at
every word start (jieba's words of a Chinese name, the words of a Latin one), under two sorted
keys: the normalised text from there on, and the pinyin initials of its units (search.pinyin).
A query is looked up as text (prefix of a key) and, when it holds letters, as pinyin: the
initials forms it can stand for select candidates by prefix, ``pinyin.match`` verifies them.
When neither finds a whole or prefix match, names within one edit (OSA distance, so a swapped
pair counts once; two for long pinyin) of the query are offered as typo corrections.

Matches rank by tier (TIERS), then by how exactly they were typed (characters or full
syllables before initials), then by the document's prior (its number of graph links, so that
大连理工 comes before its homophone 大连锂工), then by length.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from search import pinyin
from search.shortforms import short_forms
from search.text import normalize

LABEL, ALIAS, SHORT = range(3)
KIND_NAMES = ("label", "alias", "short form")
# Tiers, best first. A whole match equals a name; a prefix match starts one; an inner match
# starts a word inside one; a typo match is one edit away from a whole name.
EXACT, EXACT_SHORT, PREFIX, PREFIX_SHORT, INNER, TYPO = range(6)
TIER_NAMES = {
    "zh": ("名称", "简称", "名称前缀", "简称前缀", "名称中的词", "您是不是要找"),
    "en": ("name", "short form", "name prefix", "short form prefix", "word in the name", "did you mean"),
}
VIA_NAMES = {"zh": {"pinyin": "拼音", "typo": "纠错"}, "en": {"pinyin": "pinyin", "typo": "typo"}}
WHOLE_TIERS = frozenset({EXACT, EXACT_SHORT})
MAX_CANDIDATES = 4000  # index entries read per key range; bounds the work of a one-letter query
MAX_VERIFIED = 500  # entries verified one by one (pinyin.match) for a query mixing initials and syllables
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Name:
    """One label, alias or short form of a document, with its pinyin units."""

    text: str
    key: str
    doc: int
    kind: int
    units: tuple[pinyin.Unit, ...]


@dataclass(frozen=True)
class NameMatch:
    """A document found by one of its names: tier, initials used, and what was matched."""

    doc: int
    text: str
    tier: int
    initials: int
    via: str  # 'text', 'pinyin' or 'typo'
    prior: float
    typed: str = ""
    kind: int = LABEL  # what the query stands for: the name's characters it spelled, or the name meant

    def rank_key(self) -> tuple:
        return (self.tier, self.initials, -self.prior, self.kind, len(self.text), self.text, self.doc)

    @property
    def whole(self) -> bool:
        return self.tier in WHOLE_TIERS


def word_starts(key: str, segment) -> list[int]:
    """Offsets in ``key`` where a word begins: jieba's words in Han text, Latin words, 0."""
    starts = {0}
    if _HAN.search(key):
        # where a word begins and where one ends (what follows a known word is a word too: 冰山|松洋)
        starts.update(edge for _, start, end in segment(key) for edge in (start, end))
    starts.update(m.start() for m in _LATIN_WORD.finditer(key))
    return sorted(s for s in starts if s < len(key) and not key[s].isspace())


class NameIndex:
    """Names of a fixed list of documents, matched as text, pinyin, initials and with typos."""

    def __init__(self, names: Sequence[tuple[Sequence[str], Sequence[str]]], priors: np.ndarray, segment,
                 readings: dict[str, str] | None = None):
        """``names[i]`` is (labels, aliases) of document i; ``priors[i]`` its tie-breaking prior;
        ``segment(text)`` yields jieba-style (word, start, end) triples; ``readings`` are pinyin
        readings computed before (``self.readings``, persisted beside the dense index)."""
        self.priors = priors
        self.readings: dict[str, str] = dict(readings or {})
        self.names: list[Name] = []
        for doc, (labels, aliases) in enumerate(names):
            self._add_document(doc, labels, aliases)
        text, initials, spelled = [], [], []
        for n, name in enumerate(self.names):
            offsets = pinyin.unit_offsets(name.key)
            for start in word_starts(name.key, segment):
                text.append((name.key[start:], n, start))
                unit = offsets[start]
                if unit < len(name.units) and (not initials or initials[-1][1:] != (n, unit)):
                    initials.append((pinyin.initials(name.units[unit:]), n, unit))
                    spelled.append((pinyin.full(name.units[unit:]), n, unit))
        self._text = _sorted_keys(text)
        self._initials = _sorted_keys(initials)
        self._spelled = _sorted_keys(spelled)
        self._keys = [name.key for name in self.names]
        self._fulls = [pinyin.full(name.units) for name in self.names]

    def _add_document(self, doc: int, labels: Sequence[str], aliases: Sequence[str]) -> None:
        seen: set[str] = set()
        given = [(t, LABEL) for t in labels] + [(t, ALIAS) for t in aliases]
        derived = [(s, SHORT) for t, _ in given for s in short_forms(normalize(t))]
        for text, kind in given + derived:
            key = normalize(text)
            if key and key not in seen:
                seen.add(key)
                self.names.append(Name(text, key, doc, kind, self._units(key)))

    def _units(self, key: str) -> tuple[pinyin.Unit, ...]:
        """The pinyin units of a name key, from ``readings`` when known (else computed and kept)."""
        reading = self.readings.get(key)
        if reading is None:
            units = pinyin.units(key)
            self.readings[key] = " ".join(s for _, s in units)
            return units
        return pinyin.from_reading(key, reading)

    def lookup(self, query: str, k: int, allowed: np.ndarray | None = None, prefix: bool = True,
               typos: bool = True) -> list[NameMatch]:
        """The ``k`` best matches for ``query`` (already validated), one per document.

        With ``prefix`` (autocomplete) the query may end inside a name's last typed unit.
        """
        best: dict[int, NameMatch] = {}
        wanted = normalize(query)
        for key in dict.fromkeys((wanted, pinyin.typed(query))):
            self._text_matches(key, best, allowed)
        if pinyin.has_latin(wanted):
            self._pinyin_matches(pinyin.typed(query), prefix, best, allowed)
        if typos and not any(m.tier <= PREFIX_SHORT for m in best.values()):
            self._typo_matches(wanted, pinyin.typed(query), best, allowed)
        return sorted(best.values(), key=NameMatch.rank_key)[:k]

    def _offer(self, best: dict[int, NameMatch], name: Name, tier: int, initials: int, via: str, allowed,
               typed: str = "") -> None:
        if allowed is not None and not allowed[name.doc]:
            return
        match = NameMatch(name.doc, name.text, tier, initials, via, float(self.priors[name.doc]), typed or name.text,
                          name.kind)
        current = best.get(name.doc)
        if current is None or match.rank_key() < current.rank_key():
            best[name.doc] = match

    def _range(self, keyed: "SortedKeys", prefix: str, limit: int = MAX_CANDIDATES):
        """(key, name, start) of the entries whose key starts with ``prefix``, at most ``limit``."""
        keys = keyed.keys
        first = bisect_left(keys, prefix)
        for i in range(first, min(len(keys), first + limit)):
            if not keys[i].startswith(prefix):
                break
            n, start = keyed.refs[i]
            yield keys[i], self.names[n], int(start)

    def _text_matches(self, wanted: str, best, allowed) -> None:
        if not wanted:
            return
        for key, name, start in self._range(self._text, wanted):
            self._offer(best, name, _tier(name, start == 0, key == wanted), 0, "text", allowed)

    def _pinyin_matches(self, q: str, prefix: bool, best, allowed) -> None:
        """Whole syllables are looked up in the run-together pinyin ('dalian' → 大连…); anything
        with initials in it by its initials ('dllg', 'dalianlg', 'dl理工'), then verified."""
        if q.isascii() and q.isalpha() and pinyin.spelled_out(q, prefix):
            for _, name, start in self._range(self._spelled, q):
                self._verify(q, name, start, prefix, best, allowed)
            return
        for form in pinyin.initial_forms(q, prefix):
            if form == q:  # initials only: every entry in the range is a match, no need to verify
                for _, name, start in self._range(self._initials, form):
                    self._offer_units(name, start, len(q), len(q), best, allowed)
            elif len(form) > 1:
                for _, name, start in self._range(self._initials, form, MAX_VERIFIED):
                    self._verify(q, name, start, prefix, best, allowed)

    def _verify(self, q: str, name: Name, start: int, prefix: bool, best, allowed) -> None:
        found = pinyin.match(q, name.units, start, prefix)
        if found is not None:
            self._offer_units(name, start, *found, best, allowed)

    def _offer_units(self, name: Name, start: int, consumed: int, initials: int, best, allowed) -> None:
        whole = start + consumed == len(name.units)
        spelled = "".join(c for c, _ in name.units[start:start + consumed])
        self._offer(best, name, _tier(name, start == 0, whole), initials, "pinyin", allowed, spelled)

    def _typo_matches(self, wanted: str, q: str, best, allowed) -> None:
        """Names one edit from the query as typed, and names whose pinyin is within one edit of
        the query's pinyin (a Han query typed with a homophone: 大连理宫 → 大连理工)."""
        if len(q) < 2:
            return
        self._near(wanted, self._keys, 1, best, allowed)
        spelled = pinyin.full(pinyin.units(q)) if _HAN.search(q) else q
        self._near(spelled, self._fulls, 1 if len(spelled) < 8 else 2, best, allowed)

    def _near(self, q: str, keys: list[str], limit: int, best, allowed) -> None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        for _, distance, i in process.extract(q, keys, scorer=OSA.distance, score_cutoff=limit, limit=50):
            self._offer(best, self.names[i], TYPO, int(distance), "typo", allowed)


@dataclass(frozen=True)
class SortedKeys:
    """Sorted keys and, per key, (name number, start) as an int32 array."""

    keys: list[str]
    refs: np.ndarray


def _sorted_keys(entries: list[tuple[str, int, int]]) -> SortedKeys:
    entries.sort()
    return SortedKeys([e[0] for e in entries], np.array([e[1:] for e in entries], dtype=np.int32).reshape(-1, 2))


def _tier(name: Name, at_start: bool, whole: bool) -> int:
    short = name.kind == SHORT
    if not at_start:
        return INNER
    if whole:
        return EXACT_SHORT if short else EXACT
    return PREFIX_SHORT if short else PREFIX


def describe(match: NameMatch, lang: str = "zh") -> str:
    """A short line saying how the query matched, in ``lang``: 'pinyin · name: 大连理工'."""
    via = VIA_NAMES[lang].get(match.via) if match.tier != TYPO else None
    return f"{via + ' · ' if via else ''}{TIER_NAMES[lang][match.tier]}: {match.text}"
