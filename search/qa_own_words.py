"""Which entities' own values and descriptions hold a word, made once per graph.

"哪个联合体是国家级的" picks the instances of the class asked whose own values and descriptions hold
every word of the topic, one of their own values some (search.qa_own_values.OwnValues.with_own_words).
Read per instance, that was two queries for each instance of the class at every such question, and
for every list question no other operator answered: its cost grew with the graph. Here the words
(search.qa_match.tokens) of every entity's own values (search.qa_yes_no.OWN_VALUES) and
descriptions (DESCRIPTIONS) are read by those two queries once, over the whole graph, and indexed
word → entities; search.qa_tables keeps the index in the build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from graph.store import KnowledgeGraph
from search.qa_graph import Participation
from search.qa_match import tokens
from search.qa_own_values import DESCRIPTIONS
from search.qa_yes_no import OWN_VALUES
from search.text import normalize


@dataclass(frozen=True)
class OwnWords:
    """word → the entities whose own values hold it (``valued``), and those whose descriptions do
    (``described``; only entities with own values: no other is ever picked)."""

    valued: Mapping[str, frozenset[str]]
    described: Mapping[str, frozenset[str]]

    def holding(self, graph: Participation, classes: frozenset[str], words: set[str]) -> list[str]:
        """The instances of any of ``classes`` (sorted) whose own values and descriptions hold every
        one of ``words`` and whose own values hold one at least."""
        if not words:
            return []
        held = sorted((self.valued.get(w, frozenset()) | self.described.get(w, frozenset()) for w in words), key=len)
        found = set(held[0]).intersection(*held[1:])
        return sorted(x for x in found if graph.classes.get(x, frozenset()) & classes
                      and any(x in self.valued.get(w, ()) for w in words))


def _words_of(rows: Iterable[dict], within: set[str] | None = None) -> dict[str, set[str]]:
    """entity → the words of its values in ``rows`` (one text of them all, as a question reads it)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if within is None or row["x"] in within:
            texts[row["x"]].append(normalize(str(row["v"])))
    return {x: tokens(" ".join(vs)) for x, vs in texts.items()}


def _index(words: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for x, found in words.items():
        for w in found:
            out[w].add(x)
    return {w: frozenset(xs) for w, xs in out.items()}


def made(kg: KnowledgeGraph) -> OwnWords:
    """The index of ``kg``: its own values and descriptions, each read by one query over the graph."""
    valued = _words_of(kg.stream(OWN_VALUES))
    return OwnWords(_index(valued), _index(_words_of(kg.stream(DESCRIPTIONS), set(valued))))
