"""The counts question answering compares every instance of a class by, made once per graph.

"参与方最少的项目", "参与项目超过3个的单位", "哪个大学合作的企业最多", "X在高校中排第几" read one count of
every instance of the class asked: counted at each question, their cost grew with the graph. Here
each count is made once, for every instance and every kind a class word of the lexicon names (plus
the roots: any cooperation, any organisation, any party), and kept by level: (the classes asked,
the kind counted) → count → the instances of those classes with it, sorted; an instance counting
none is left out. search.qa_tables makes the tables with its other tables and keeps them in the
build. A pair no class word names (two kinds of party at once: "有大学和企业参加的项目") is not
held: Levels.of counts it at the question, with the same counting function the build uses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT, Participation, within

Kind = frozenset[str] | None  # the classes counted (None: any party)
Key = tuple[frozenset[str], Kind]  # (the classes asked, the kind counted)
Counts = Callable[[Participation, str, Collection[Kind]], dict[Kind, int]]
Levelled = Mapping[int, tuple[str, ...]]


def party_counts(graph: Participation, coop: str, kinds: Collection[Kind]) -> dict[Kind, int]:
    """Per kind, how many parties of the cooperation are of it (None: all its parties)."""
    parties = graph.parties.get(coop, set())
    shapes = Counter(graph.classes.get(p, frozenset()) for p in parties)
    return {k: len(parties) if k is None else sum(n for s, n in shapes.items() if s & k) for k in kinds}


def _cooperations(graph: Participation, org: str, kinds: Collection[Kind]) -> dict[str, str]:
    """The cooperations of any of ``kinds`` the organisation or a unit takes part in → the party named
    (Participation.cooperations: the member sorting first, so a kind's filter leaves each party as it is)."""
    return graph.cooperations(org, frozenset().union(*(k for k in kinds if k)))


def own_cooperation_counts(graph: Participation, org: str, kinds: Collection[Kind]) -> dict[Kind, int]:
    """Per kind of cooperation, how many the organisation takes part in itself: a group taking part
    only through a unit (the party Participation.cooperations names) is no party."""
    found = _cooperations(graph, org, kinds)
    return {k: sum(1 for c, p in found.items() if p == org and graph.classes[c] & k) for k in kinds if k}


def cooperation_counts(graph: Participation, org: str, kinds: Collection[Kind]) -> dict[Kind, int]:
    """Per kind of cooperation, how many the organisation or a unit of it takes part in."""
    found = _cooperations(graph, org, kinds)
    return {k: sum(1 for c in found if graph.classes[c] & k) for k in kinds if k}


def partner_counts(graph: Participation, org: str, kinds: Collection[Kind]) -> dict[Kind, int]:
    """Per kind of organisation, how many distinct partners of it the organisation has (Participation.partners)."""
    found = graph.partners(org, frozenset().union(*(k for k in kinds if k)))
    shapes = Counter(graph.classes[p] for p in found)
    return {k: sum(n for s, n in shapes.items() if s & k) for k in kinds if k}


def _levelled(graph: Participation, counts: Counts, asked: Iterable[frozenset[str]], kinds: Iterable[Kind]
              ) -> dict[Key, Levelled]:
    """The levels of every pair of ``asked`` and ``kinds``, each instance counted once by ``counts``."""
    asked, kinds = list(dict.fromkeys(asked)), list(dict.fromkeys(kinds))
    instances = {a: graph.of_class(a) for a in asked}
    counted = {x: counts(graph, x, kinds) for x in sorted(set().union(*instances.values()))}
    out: dict[Key, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in asked:
        for x in sorted(instances[a]):
            for kind, n in counted[x].items():
                if n:
                    out[a, kind][n].append(x)
    return {key: {n: tuple(xs) for n, xs in sorted(found.items())} for key, found in out.items()}


@dataclass(frozen=True)
class Levels:
    """One count (``counts``) of the instances of some classes, by level: (classes asked, kind counted)
    → count → the instances of those classes with that count, sorted; counts of zero are left out."""

    counts: Counts
    held: Mapping[Key, Levelled]

    @classmethod
    def of_pairs(cls, graph: Participation, counts: Counts, asked: Iterable[frozenset[str]], kinds: Iterable[Kind]
                 ) -> Levels:
        """The levels of every pair of ``asked`` and ``kinds`` in ``graph``."""
        return cls(counts, _levelled(graph, counts, asked, kinds))

    def of(self, graph: Participation, asked: frozenset[str], kind: Kind) -> Levelled:
        """count → the instances of ``asked`` counting that many of ``kind`` (none: left out), as kept
        when the pair is held, else counted now the same way."""
        key = (frozenset(asked), kind)
        if key in self.held:
            return self.held[key]
        return _levelled(graph, self.counts, [key[0]], [kind]).get(key, {})


@dataclass(frozen=True)
class Aggregates:
    """The count tables of one graph, one per count: the parties of each cooperation, the cooperations
    each organisation takes part in itself, or with its units, and its distinct partners."""

    parties: Levels
    own_cooperations: Levels
    cooperations: Levels
    partners: Levels


def made(graph: Participation, class_sets: Iterable[frozenset[str]], ancestors: Mapping[str, frozenset[str]]
         ) -> Aggregates:
    """The tables of ``graph`` for the class sets the lexicon's words name (``class_sets``), the
    catalogue's ``ancestors`` telling cooperations from organisations."""
    named = sorted(set(class_sets), key=sorted)  # one order at every build
    coops = [c for c in named if within(c, COOPERATION, ancestors)] + [frozenset({COOPERATION}), frozenset({PROJECT})]
    orgs = [c for c in named if within(c, ORGANIZATION, ancestors)] + [frozenset({ORGANIZATION})]
    party_kinds: list[Kind] = [None, *orgs]
    return Aggregates(Levels.of_pairs(graph, party_counts, coops, party_kinds),
                      Levels.of_pairs(graph, own_cooperation_counts, orgs, coops),
                      Levels.of_pairs(graph, cooperation_counts, orgs, coops),
                      Levels.of_pairs(graph, partner_counts, orgs, orgs))
