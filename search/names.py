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

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass
from collections.abc import Iterable, Sequence

import numpy as np

from graph.han import HAN as _HAN
from search import pinyin
from search.shortforms import COUNTRY, Places, short_forms
from search.text import LATIN_WORD, normalize

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
# Entries read per key range beyond those equal to the query: at least this many, or twice k;
# the likeliest are chosen by numpy first, so a one-letter query costs no more than a long one.
MIN_PRESELECTED = 50
# A typo is corrected in names of at least this many characters (one wrong in 芯片 is half of it).
MIN_TYPO_HAN, MIN_TYPO_LATIN = 4, 5
TYPO_CANDIDATES = 400  # keys compared by edit distance per half of the query


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
    starts.update(m.start() for m in LATIN_WORD.finditer(key))
    return sorted(s for s in starts if s < len(key) and not key[s].isspace())


class NameIndex:
    """Names of a fixed list of documents, matched as text, pinyin, initials and with typos."""

    def __init__(self, names: Sequence[tuple[Sequence[str], Sequence[str]]], priors: np.ndarray, segment,
                 readings: dict[str, str] | None = None, places: Places = COUNTRY):
        """``names[i]`` is (labels, aliases) of document i; ``priors[i]`` its tie-breaking prior;
        ``segment(text)`` yields jieba-style (word, start, end) triples; ``readings`` are pinyin
        readings computed before (``self.readings``, persisted beside the dense index);
        ``places`` the places short forms drop (search.shortforms)."""
        self.priors = priors
        self.places = places
        self.readings: dict[str, str] = dict(readings or {})
        self.names: list[Name] = []
        shared: dict[pinyin.Unit, pinyin.Unit] = {}  # one object per distinct unit: a few hundred, not one per character
        for doc, (labels, aliases) in enumerate(names):
            self._add_document(doc, labels, aliases, shared)
        text, initials, spelled, backwards = self._entries(segment)
        self._text, self._initials, self._spelled = text.sorted(), initials.sorted(), spelled.sorted()
        self._text_reversed = _Entries.of_names(name.key[::-1] for name in self.names).sorted()
        self._spelled_reversed = backwards.sorted()
        del text, initials, spelled, backwards  # their arrays and key tables, before the ranking's arrays
        self._name_doc = np.array([name.doc for name in self.names], dtype=np.int64)
        self._name_kind = np.array([name.kind for name in self.names], dtype=np.int8)
        self._name_len = np.array([len(name.key) for name in self.names], dtype=np.int32)
        for attr in ("_text", "_initials", "_spelled", "_text_reversed", "_spelled_reversed"):
            setattr(self, attr, self._ranked(getattr(self, attr)))
        self._short_keys = frozenset(name.key for name in self.names if name.kind == SHORT)

    def may_be_short(self, query: str) -> bool:
        """Whether ``query`` (validated) can match a short form whole (EXACT_SHORT): it is one's key as
        written or as the matcher reads it (pinyin.typed), or it holds letters (a pinyin reading
        may spell one). False means a lookup would find no short form whole: a set test, no lookup."""
        wanted = normalize(query)
        return wanted in self._short_keys or pinyin.typed(query) in self._short_keys or pinyin.has_latin(wanted)

    def _ranked(self, keyed: SortedKeys) -> SortedKeys:
        """``keyed`` with each entry's place in the order its match ranks (NameMatch.rank_key: at a
        name's start before inside one, there a name before a short form; then most linked, label
        before alias before short form, shortest), and the entries of each key in that order. A
        lookup then takes the likeliest entries equal to the query as the first ones, and picks the
        likeliest of the longer ones by a partition: neither sorts, and the first costs no more when
        thousands of names share an inner word (人工智能) than when one has it."""
        names, inner = keyed.refs[:, 0], keyed.refs[:, 1] > 0
        kind = self._name_kind[names]
        order = np.lexsort((self._name_len[names], kind, -self.priors[self._name_doc[names]],
                            ~inner & (kind == SHORT), inner))
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        within = np.lexsort((rank, _key_groups(keyed.keys)))  # each key's entries by rank; the keys stay sorted
        return SortedKeys(keyed.keys, keyed.refs[within], rank[within])

    def _entries(self, segment) -> tuple[_Entries, _Entries, _Entries, _Entries]:
        """Per name, its (key, name, start) entries at every word start (text), and at each unit a word
        starts its initials and its syllables from there (initials, spelled); then each name's syllables
        run together, reversed. A name's initials and syllables are joined once and sliced: one initial per unit
        (a syllable is never empty), the syllables from a unit on start at its syllables' first letter.
        Nothing is kept from one name to the next but the entries: what this makes adds to the index
        step's peak (a cache of each key's word starts added 13 MB at 100x: bench/results/parts26-*.md)."""
        text, initials, spelled, backwards = _Entries(), _Entries(), _Entries(), _Entries()
        for n, name in enumerate(self.names):
            heads, run = pinyin.initials(name.units), pinyin.full(name.units)
            ends = list(accumulate((len(s) for _, s in name.units), initial=0))
            offsets = pinyin.unit_offsets(name.key)
            last = -1
            for start in word_starts(name.key, segment):
                unit = offsets[start]
                text.add(name.key[start:], n, start)
                if unit < len(name.units) and unit != last:
                    initials.add(heads[unit:], n, unit)
                    spelled.add(run[ends[unit]:], n, unit)
                    last = unit
            backwards.add(run[::-1], n, 0)
        return text, initials, spelled, backwards

    def _add_document(self, doc: int, labels: Sequence[str], aliases: Sequence[str],
                      shared: dict[pinyin.Unit, pinyin.Unit]) -> None:
        """Add the names of document ``doc``, each unit of their readings the one of ``shared`` equal to it."""
        seen: dict[str, tuple[pinyin.Unit, ...]] = {}
        given = [(t, LABEL) for t in labels] + [(t, ALIAS) for t in aliases]
        derived = [(s, SHORT) for t, _ in given for s in short_forms(normalize(t), self.places)]
        for text, kind in given + derived:
            key = normalize(text)
            if key and key not in seen:
                seen[key] = tuple(shared.setdefault(unit, unit) for unit in self._units(key, seen))
                self.names.append(Name(text, key, doc, kind, seen[key]))

    def _units(self, key: str, siblings: dict[str, tuple[pinyin.Unit, ...]]) -> tuple[pinyin.Unit, ...]:
        """The pinyin units of a name key: from ``readings`` when known, else read off a longer
        name of the same document that holds it (大连理工 in 大连理工大学), else computed."""
        if key.isascii():
            return pinyin.literal(key)
        reading = self.readings.get(key)
        if reading is not None:
            return pinyin.from_reading(key, reading)
        units = next((u for u in (_inside(key, k, v) for k, v in siblings.items()) if u), None) or pinyin.units(key)
        self.readings[key] = " ".join(s for _, s in units)
        return units

    def lookup(self, query: str, k: int, allowed: np.ndarray | None = None, prefix: bool = True,
               typos: bool = True) -> list[NameMatch]:
        """The ``k`` best matches for ``query`` (already validated), one per document.

        With ``prefix`` (autocomplete) the query may end inside a name's last typed unit.
        """
        best: dict[int, NameMatch] = {}
        wanted, typed = normalize(query), pinyin.typed(query)
        look = Lookup(best, allowed, max(MIN_PRESELECTED, 2 * k), prefix)
        for key in dict.fromkeys((wanted, typed)):
            self._text_matches(key, look)
        if pinyin.has_latin(wanted):
            self._pinyin_matches(typed, look)
        if typos and not any(m.tier <= PREFIX_SHORT for m in best.values()):
            self._typo_matches(wanted, typed, look)
        return sorted(best.values(), key=NameMatch.rank_key)[:k]

    def _offer(self, look: Lookup, name: Name, tier: int, initials: int, via: str, typed: str = "") -> None:
        match = NameMatch(name.doc, name.text, tier, initials, via, float(self.priors[name.doc]), typed or name.text,
                          name.kind)
        current = look.best.get(name.doc)
        if current is None or match.rank_key() < current.rank_key():
            look.best[name.doc] = match

    def _span(self, keyed: SortedKeys, prefix: str, look: Lookup, limit: int | None = None):
        """(key, name, start) of the entries ``_chosen`` picks, in its order."""
        chosen = self._chosen(keyed, prefix, look, limit)
        # Python ints in bulk: indexing numpy arrays entry by entry costs more than the rest
        for i, (n, start) in zip(chosen.tolist(), keyed.refs[chosen].tolist()):
            yield keyed.keys[i], self.names[n], start

    def _chosen(self, keyed: SortedKeys, prefix: str, look: Lookup, limit: int | None = None) -> np.ndarray:
        """The entries whose key starts with ``prefix`` and whose document is allowed: at most ``limit``
        of those equal to it, then at most ``limit`` others; the likeliest of each (``_ranked``), the
        first ones of the equal key, the others chosen by a partition on their rank."""
        keys, limit = keyed.keys, limit or look.limit
        first, end = bisect_left(keys, prefix), bisect_left(keys, prefix + "\U0010ffff")
        equal = bisect_right(keys, prefix, first, end)
        whole = np.arange(first, equal if look.allowed is not None else min(equal, first + limit))
        rest = self._allowed(keyed, np.arange(equal, end), look)
        if len(rest) > limit and keyed.rank is not None:
            rest = rest[np.argpartition(keyed.rank[rest], limit - 1)[:limit]]
        return np.concatenate((self._allowed(keyed, whole, look)[:limit], rest))

    def _allowed(self, keyed: SortedKeys, entries: np.ndarray, look: Lookup) -> np.ndarray:
        """The ``entries`` of ``keyed`` whose document the lookup's filter allows."""
        return entries if look.allowed is None else entries[look.allowed[self._name_doc[keyed.refs[entries, 0]]]]

    def _text_matches(self, wanted: str, look: Lookup) -> None:
        if not wanted:
            return
        for key, name, start in self._span(self._text, wanted, look):
            self._offer(look, name, _tier(name, start == 0, key == wanted), 0, "text")

    def _pinyin_matches(self, q: str, look: Lookup) -> None:
        """Whole syllables are looked up in the run-together pinyin ('dalian' → 大连…); anything
        with initials in it by its initials ('dllg', 'dalianlg', 'dl理工'), then verified."""
        if q.isascii() and q.isalpha() and pinyin.spelled_out(q, look.prefix):
            for _, name, start in self._span(self._spelled, q, look):
                self._verify(q, name, start, look)
            return
        for form in pinyin.initial_forms(q, look.prefix):
            if form == q:  # initials only: every entry in the range is a match, no need to verify
                for _, name, start in self._span(self._initials, form, look):
                    self._offer_units(name, start, len(q), len(q), look)
            elif len(form) > 1:
                for _, name, start in self._span(self._initials, form, look):
                    self._verify(q, name, start, look)

    def _verify(self, q: str, name: Name, start: int, look: Lookup) -> None:
        found = pinyin.match(q, name.units, start, look.prefix)
        if found is not None:
            self._offer_units(name, start, *found, look)

    def _offer_units(self, name: Name, start: int, consumed: int, initials: int, look: Lookup) -> None:
        whole = start + consumed == len(name.units)
        spelled = "".join(c for c, _ in name.units[start:start + consumed])
        self._offer(look, name, _tier(name, start == 0, whole), initials, "pinyin", spelled)

    def _typo_matches(self, wanted: str, q: str, look: Lookup) -> None:
        """Names one edit from the query as typed, and names whose pinyin is within one edit of
        the query's pinyin (a Han query typed with a homophone: 大连理宫 → 大连理工)."""
        han = bool(_HAN.search(q))
        if len(q) < (MIN_TYPO_HAN if han else MIN_TYPO_LATIN):
            if han and len(q) > 1:  # too short for an edit, but a homophone (清能 → 氢能) is still safe
                self._near(pinyin.full(pinyin.units(q)), self._spelled, self._spelled_reversed, 0, look)
            return
        self._near(wanted, self._text, self._text_reversed, 1, look)
        spelled = pinyin.full(pinyin.units(q)) if han else q
        self._near(spelled, self._spelled, self._spelled_reversed, 1 if len(spelled) < 8 else 2, look)

    def _near(self, q: str, forward: SortedKeys, backward: SortedKeys, edits: int, look: Lookup) -> None:
        """Keys within ``edits`` (OSA distance) of ``q``. One edit leaves the first or the second
        half of a name intact, so the candidates are the keys that begin with the query's first
        half, and the names that end with its second half (looked up reversed)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        half = max(1, len(q) // 2)
        ahead = self._chosen(forward, q[:half], look, TYPO_CANDIDATES)
        behind = self._chosen(backward, q[half:][::-1], look, TYPO_CANDIDATES)
        # (key, name number) -> start; only the few within reach become Name objects
        found = dict(zip(zip([forward.keys[i] for i in ahead.tolist()], forward.refs[ahead, 0].tolist()),
                         forward.refs[ahead, 1].tolist()))
        for key, n in zip([backward.keys[i][::-1] for i in behind.tolist()], backward.refs[behind, 0].tolist()):
            found[key, n] = 0
        keys = list(found)
        for _, distance, i in process.extract(q, [k for k, _ in keys], scorer=OSA.distance, score_cutoff=edits,
                                              limit=50):
            (key, n), start = keys[i], found[keys[i]]
            name = self.names[n]
            meant = name.text if start == 0 else _rest(name, key, start, forward is self._text)
            # a whole name before a word inside one, then the fewer edits
            self._offer(look, name, TYPO, 2 * int(distance) + (start > 0), "typo", meant)


def _rest(name: Name, key: str, start: int, text: bool) -> str:
    """What a key that starts inside a name stands for: its text, or the characters of its units."""
    return key if text else "".join(c for c, _ in name.units[start:])


def _inside(key: str, longer: str, units: tuple[pinyin.Unit, ...]) -> tuple[pinyin.Unit, ...] | None:
    """The units of ``key`` as they are read inside ``longer`` (whose units are given), if there."""
    at = longer.find(key)
    if at < 0 or key == longer:
        return None
    offsets = pinyin.unit_offsets(longer)
    start = offsets[at]
    span = units[start:start + len(pinyin.typed(key))]
    return span if "".join(c for c, _ in span) == pinyin.typed(key) else None


@dataclass
class Lookup:
    """One lookup's state: the best match per document, the filter, how many entries to read."""

    best: dict[int, NameMatch]
    allowed: np.ndarray | None
    limit: int
    prefix: bool


@dataclass(frozen=True)
class SortedKeys:
    """Sorted keys and, per key, (name number, start) as an int32 array."""

    keys: list[str]
    refs: np.ndarray
    rank: np.ndarray | None = None  # per entry, its place in the order of likeliness


class _Entries:
    """(key, name number, start) entries as a name index makes them, names in order and each name's starts
    in order: each distinct key one string (a third of the entries' keys are distinct at 100x the seed:
    names share their inner words' suffixes, 有限公司), the numbers in arrays; no tuple per entry (the
    entries' tuples and their keys' copies were most of the name index's peak: bench/results/parts28-*.md)."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._keys = array("i")
        self._refs = array("i")

    @classmethod
    def of_names(cls, keys: Iterable[str]) -> _Entries:
        """One entry per name, its key from ``keys`` (in the names' order), at start 0."""
        made = cls()
        for n, key in enumerate(keys):
            made.add(key, n, 0)
        return made

    def add(self, key: str, n: int, start: int) -> None:
        self._keys.append(self._ids.setdefault(key, len(self._ids)))
        self._refs.extend((n, start))

    def sorted(self) -> SortedKeys:
        """The entries sorted by (key, name, start), as sorting the tuples would: the keys' order by a sort
        of the distinct keys, then a stable sort of the entries by their key's place (they were added in
        (name, start) order)."""
        by_id = list(self._ids)  # a key's id is its place in the order the keys came
        ranked = sorted(range(len(by_id)), key=by_id.__getitem__)
        place = np.empty(len(by_id), dtype=np.int64)
        place[ranked] = np.arange(len(by_id))
        places = place[np.frombuffer(self._keys, dtype=np.int32)]
        order = np.argsort(places, kind="stable")
        refs = np.frombuffer(self._refs, dtype=np.int32).reshape(-1, 2)[order]
        return SortedKeys([by_id[ranked[i]] for i in places[order].tolist()], refs)


def _key_groups(keys: list[str]) -> np.ndarray:
    """Per entry of the sorted ``keys``, how many different keys come before it."""
    return np.cumsum([i > 0 and key != keys[i - 1] for i, key in enumerate(keys)], dtype=np.int64)


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
