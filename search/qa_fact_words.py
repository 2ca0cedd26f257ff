"""The words of each entity's own facts, and the one entity of a kind a description's words fit.

An asker names an organisation or a plan by what the article says of it rather than by its name: "the
instrument-transformer maker", "the switchgear maker", "做分离膜的那家企业", "那个培养兴辽工匠的计划". Each such
entity is profiled by the words (search.qa_match.tokens: Han pairs, stemmed Latin words) of its names, its industries' names (every synonym, both languages) and its own values
and descriptions (search.qa_own_words) and the names of the cooperations it takes part in (of a cooperation, its
parties'); a description none of whose words its names or industries hold fits it in nothing (a figure, a word of its
description or of a partner's name alone names nothing). A description's units (a Latin
word, a Han character) are each held by an entity when the profile holds the word, or a pair of Han characters
around it; an entity's fit is the share of the units it holds. The one entity of the kind asked whose fit reaches
``min_fit`` and leads every other's by ``min_lead`` is the one described: a word every entity of the kind shares
(大连, "technology") leads nothing, and a description of something the graph does not hold ("the solar-panel
maker", "做光伏的那家企业") leaves most of its units held by none. Both thresholds are fitted by
bench/calibrate_qa_fact_words.py on bench/qa-fact-words-calibration.jsonl (descriptions no test and no dev set uses).

Contract: ``FactWords(facts, graph, own_words)``; ``fitting(units, kinds, config)`` gives the one entity of ``kinds``
the units describe, with its fit, or None. The profiles are made on first use and kept with the answerer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from graph.han import HAN
from search.qa_facts import FactFinder
from search.qa_graph import Participation
from search.qa_match import tokens
from search.qa_own_words import OwnWords
from search.text import normalize


@dataclass(frozen=True)
class FactWordsConfig:
    """How well the one entity described must fit, and by how much it must lead the next (see the module);
    fitted by bench/calibrate_qa_fact_words.py on its 54 lines (28 named, 26 null): every null kept and 23 named
    right on the plateau min_fit 0.70-0.75, min_lead 0.05-0.30 (min_fit 0.65 links one null, 0.80 loses a named
    one); a point inside it is kept. The 5 named it misses: a trade two firms share ("membrane"), one by its
    cooperation's words in Chinese ("做充电故障检测的那家企业"), 3 plans by words their names lack ("linking", "for
    future craftsmen", "order-based class program")."""

    min_fit: float = 0.75
    min_lead: float = 0.25


@dataclass(frozen=True)
class Fit:
    """The entity a description fits, the share of its units held, and its lead over the next entity of the kind."""

    entity: str
    fit: float
    lead: float


class FactWords:
    """Profiles of one graph's entities (see the module)."""

    def __init__(self, facts: FactFinder, graph: Participation, own_words: OwnWords):
        self.facts, self.graph, self.own_words = facts, graph, own_words

    @cached_property
    def _profiles(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """Each entity with names → the words of its names and industries, and the words of its own values and
        descriptions."""
        valued: dict[str, set[str]] = defaultdict(set)
        for table in (self.own_words.valued, self.own_words.described):
            for word, entities in table.items():
                for x in entities:
                    valued[x].add(word)
        profiles = {}
        for iri in self.facts.docs:
            words = self._named(iri).union(*(self._named(i) for i in self.graph.industries.get(iri, ())))
            # what it takes part in, or who takes part in it, supports a fit ("the charging-fault detection company")
            others = self.graph.cooperations_of.get(iri, set()) | self.graph.parties.get(iri, set())
            profiles[iri] = (frozenset(words), frozenset(valued.get(iri, set()).union(*map(self._named, others))))
        return profiles

    def _named(self, iri: str) -> set[str]:
        doc = self.facts.docs.get(iri)
        names = doc.name_values if doc else [self.facts.label(iri, "zh"), self.facts.label(iri, "en")]
        return set().union(*(tokens(normalize(n)) for n in names)) if names else set()

    def fitting(self, units: list[str], kinds: Iterable[str], config: FactWordsConfig) -> Fit | None:
        """The one entity of ``kinds`` whose profile holds at least ``min_fit`` of ``units`` (Latin words, Han
        characters with their neighbours: see ``units``) and leads the next by ``min_lead``; None otherwise."""
        if not units:
            return None
        scored = sorted(((self._fit(units, x), x) for x in self.graph.of_class(kinds) if x in self._profiles), reverse=True)
        if not scored:
            return None
        best, runner_up = scored[0], scored[1][0] if len(scored) > 1 else 0.0
        if best[0] < config.min_fit or best[0] - runner_up < config.min_lead:
            return None
        return Fit(best[1], best[0], best[0] - runner_up)

    def _fit(self, units: list[str], entity: str) -> float:
        """The share of ``units`` the entity's profile holds; 0 unless its names or industries hold one at least."""
        named, valued = self._profiles[entity]
        if not any(_held(unit, named) for unit in units):
            return 0.0
        return sum(1 for unit in units if _held(unit, named) or _held(unit, valued)) / len(units)


def units(words: Iterable[str]) -> list[str]:
    """A description's units: each Latin word (stemmed, as a profile holds it), and each Han character of a run
    written with its run ("分离膜": "分离膜|0", ...), read against the run's pairs."""
    out: list[str] = []
    for word in words:
        if HAN.search(word):
            out += [f"{word}|{k}" for k in range(len(word))] if len(word) > 1 else []
        else:
            out += sorted(tokens(word))
    return out


def _held(unit: str, profile: frozenset[str]) -> bool:
    """Whether a profile holds a unit: a Latin word as a word, a Han character by a pair of its run around it."""
    run, _, at = unit.partition("|")
    if not at:
        return unit in profile
    k = int(at)
    return (k > 0 and run[k - 1:k + 1] in profile) or (k + 1 < len(run) and run[k:k + 2] in profile)
