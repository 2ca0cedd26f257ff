"""Which entities' own values and descriptions hold a word, made once per graph.

"哪个联合体是国家级的" picks the instances of the class asked whose own values and descriptions hold
every word of the topic, one of their own values some (search.qa_own_values.OwnValues.with_own_words).
Read per instance, that was two queries for each instance of the class at every such question, and
for every list question no other operator answered: its cost grew with the graph. Here the words
(search.qa_match.tokens) of every entity's own values (search.qa_yes_no.OWN_VALUES's rows) and
descriptions (DESCRIPTIONS) are read once, over the whole graph, and indexed word → entities;
search.qa_tables keeps the index in the build. OWN_VALUES unbound scans every quad of the store
for its filter (a third of the tables' CPU at 100x): over the whole graph its rows are read by
property instead (``OWN_PROPERTIES``, then ``VALUES_OF``), one row per value, not one per value
and label of its property.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from graph.store import KnowledgeGraph
from search.qa_graph import Participation
from search.qa_match import tokens
from search.qa_own_values import DESCRIPTIONS
from graph.terms import iri
from search.text import normalize

# The properties OWN_VALUES (search.qa_yes_no) reads values of: the project's own, with a label.
OWN_PROPERTIES = "SELECT DISTINCT ?p WHERE { ?p rdfs:label ?name . FILTER(STRSTARTS(STR(?p), STR(cj:))) }"
# Every literal value of those properties (their IRIs written in for ``{properties}``): OWN_VALUES's
# (entity, value) pairs over the whole graph.
VALUES_OF = "SELECT ?x ?v WHERE {{ VALUES ?p {{ {properties} }} ?x ?p ?v . FILTER(isLiteral(?v)) }}"
# The words of values up to this long are made once per distinct value: at 100x the seed those are 85% of the
# distinct values and hold 99% of the repeats; the longer ones' words, remembered too, held two thirds of their
# characters and 6.5 MB of the step's 46 MB transient there for 1% of the repeats (bench/results/parts28-*.md).
REMEMBERED_VALUE = 64


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
    """entity → the words of its values in ``rows`` (one text of them all, as a question reads it:
    the words of texts joined by spaces are the union of each text's, as no word spans a space)."""
    words: dict[str, set[str]] = defaultdict(set)
    of_value: dict[str, frozenset[str]] = {}  # the words of each distinct short value, made once: those repeat
    for row in rows:
        if within is None or row["x"] in within:
            value = str(row["v"])
            found = of_value.get(value)
            if found is None:
                found = frozenset(tokens(normalize(value)))
                if len(value) <= REMEMBERED_VALUE:
                    of_value[value] = found
            words[row["x"]] |= found
    return dict(words)


def _index(words: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """word -> the entities of ``words`` (entity -> its words) holding it; ``words`` is emptied as it is read
    (the sets of both held at once were most of the own words' peak)."""
    out: dict[str, set[str]] = defaultdict(set)
    for x in list(words):
        for w in words.pop(x):
            out[w].add(x)
    return {w: frozenset(out.pop(w)) for w in list(out)}


def own_values(kg: KnowledgeGraph) -> Iterable[dict]:
    """OWN_VALUES's (``x``, ``v``) pairs over the whole graph (one row per value, not per value and
    label of its property)."""
    properties = " ".join(iri(r["p"]).n3() for r in kg.stream(OWN_PROPERTIES))
    return kg.stream(VALUES_OF.format(properties=properties)) if properties else ()


def made(kg: KnowledgeGraph) -> OwnWords:
    """The index of ``kg``: its own values and descriptions, each read by one query over the graph."""
    valued = _words_of(own_values(kg))
    within = set(valued)
    index = _index(valued)
    return OwnWords(index, _index(_words_of(kg.stream(DESCRIPTIONS), within)))
