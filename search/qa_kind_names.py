"""The names a kind reference is narrowed by (search.qa_kind_refs), made once per graph.

"机床公司", "那家氢能公司", "the hydrogen company": the entities of the kind whose names hold every narrowing
word (pointed at, "那家…", their industries' names too). Reading that off every instance of the kind at
each question grew with the graph: every company's names and industries were normalised and searched.
Here each organisation's and cooperation's names are normalised once, and an index of their pieces
gives the few entities that may hold a word: a Chinese word by a pair of Han characters of it (a name
holding the word holds the pair), an English word as the start of a word of a name (the reference's
test, ``\\b`` and the word's stem). The index only narrows: qa_kind_refs still tests each entity it
gives. search.qa_tables makes it with its other tables and keeps it in the build.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from graph.han import HAN, HAN_CHARS
from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, Participation, within
from search.text import normalize

HAN_PAIR = re.compile(f"(?=([{HAN_CHARS}]{{2}}))")  # every pair of Han characters, overlapping
WORD = re.compile(r"\w+")
Postings = Mapping[str, array]  # a piece → the numbers of the entities with a name holding it, ascending


def names_of(facts: FactFinder, graph: Participation, entity: str, industries_too: bool) -> list[str]:
    """The entity's names, and with ``industries_too`` the names (Chinese and English) of its industries
    and of its cooperations' industries: what a narrowing word is looked for in (not normalised)."""
    doc = facts.docs.get(entity)
    own = list(doc.name_values) if doc else [facts.label(entity), facts.label(entity, "en")]
    if not industries_too:
        return own
    industries = set(graph.industries.get(entity, ()))
    for coop in graph.cooperations_of.get(entity, ()):
        industries |= graph.industries.get(coop, set())
    return own + [facts.label(i, lang) for i in sorted(industries) for lang in ("zh", "en")]


def parts_of(words: str) -> list[str]:
    """The narrowing words as the reference tests them: Chinese ones whole, English ones word by word."""
    return [words] if HAN.search(words) else words.split()


@dataclass(frozen=True)
class KindNames:
    """Every organisation's and cooperation's normalised names, and their pieces indexed (see the module)."""

    entities: tuple[str, ...]  # the entities, by number
    number: Mapping[str, int]  # an entity → its number
    own: tuple[tuple[str, ...], ...]  # by number: the entity's own names, normalised
    trades: tuple[tuple[str, ...], ...]  # by number: its industries' names (names_of), normalised
    own_pieces: Postings  # pieces of the own names
    trade_pieces: Postings  # pieces of the industries' names
    own_words: tuple[str, ...]  # the English-led words of own_pieces, sorted (looked up by their start)
    trade_words: tuple[str, ...]

    def names(self, entity: str, industries_too: bool) -> tuple[str, ...] | None:
        """The entity's normalised names (names_of); None for an entity not indexed."""
        n = self.number.get(entity)
        if n is None:
            return None
        return self.own[n] + self.trades[n] if industries_too else self.own[n]

    def candidates(self, words: str, industries_too: bool) -> set[str] | None:
        """A set holding every indexed entity whose names (``industries_too``: or industries' names) hold
        each part of ``words`` (parts_of), and perhaps others; None when no part has a piece to look up."""
        found: set[int] | None = None
        for part in parts_of(words):
            numbers = self._holding(part, industries_too)
            if numbers is not None:
                found = numbers if found is None else found & numbers
        return None if found is None else {self.entities[n] for n in found}

    def _holding(self, part: str, industries_too: bool) -> set[int] | None:
        """The numbers of the entities that may hold ``part``, or None when it has no piece."""
        sides = [(self.own_pieces, self.own_words)] + ([(self.trade_pieces, self.trade_words)] if industries_too else [])
        if HAN.search(part):
            pairs = HAN_PAIR.findall(part)
            if not pairs:
                return None
            rarest = min(pairs, key=lambda p: sum(len(pieces.get(p, ())) for pieces, _ in sides))
            return {n for pieces, _ in sides for n in pieces.get(rarest, ())}
        start = WORD.match(part.rstrip("s"))  # the reference's test: the stem at the start of a word
        if start is None:
            return None
        found: set[int] = set()
        for pieces, words in sides:
            for word in _starting(words, start.group()):
                found.update(pieces[word])
        return found


def _starting(words: tuple[str, ...], prefix: str) -> Iterable[str]:
    """The words of the sorted ``words`` that start with ``prefix``."""
    at = bisect_left(words, prefix)
    while at < len(words) and words[at].startswith(prefix):
        yield words[at]
        at += 1


def _pieces(names: Iterable[tuple[str, ...]]) -> tuple[dict[str, array], tuple[str, ...]]:
    """The postings of the names' Han pairs and English-led words (each name list by its number), and
    those words sorted."""
    postings: dict[str, array] = defaultdict(lambda: array("I"))
    for n, held in enumerate(names):
        pieces = {p for name in held for p in HAN_PAIR.findall(name)}
        pieces |= {w for name in held for w in WORD.findall(name) if not HAN.match(w)}
        for piece in pieces:
            postings[piece].append(n)
    return dict(postings), tuple(sorted(p for p in postings if not HAN.match(p)))


def made(facts: FactFinder, graph: Participation) -> KindNames:
    """The names of every instance of a class that is an organisation or a cooperation class."""
    ancestors = facts.catalogue.ancestors
    entities = tuple(sorted(set().union(*(xs for cls, xs in graph.instances.items()
                                          if within({cls}, ORGANIZATION, ancestors) or within({cls}, COOPERATION, ancestors)))))
    own = tuple(tuple(normalize(n) for n in names_of(facts, graph, x, False)) for x in entities)
    labels: dict[str, str] = {}  # an industry's label, normalised once for all its entities
    trades = tuple(tuple(labels.setdefault(n, normalize(n)) for n in names_of(facts, graph, x, True)[len(names):])
                   for x, names in zip(entities, own))
    own_pieces, own_words = _pieces(own)
    trade_pieces, trade_words = _pieces(trades)
    return KindNames(entities, {x: n for n, x in enumerate(entities)}, own, trades, own_pieces, trade_pieces,
                     own_words, trade_words)
