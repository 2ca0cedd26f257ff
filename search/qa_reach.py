"""Which instances of each class reach what, made once per graph.

"有企业参与的项目" (search.qa_with_party), "哪些项目没有大学参与", "哪些企业没有和大学合作", "哪些企业没有参与任何
项目", "哪些大学没有参与人才培养类项目" (the negation's universe and the positive set it takes away,
search.qa_operators) and "联合体在哪个省" (search.qa_places: the one instance of the class asked that
has a place) each picked, at every question, from every instance of a class: the cooperations'
parties, each organisation's own cooperations and its units', or each instance's place. Their
cost grew with the graph. Here each such set is made once, per class (one class, not the sets of
classes a question names: a question's classes read the union of theirs), with a plain loop over
the graph; search.qa_tables makes them with its other tables and keeps them in the build. "哪些企业参与了人才培养项目"
(search.qa_kinds) reads the organisations of one class in one kind of cooperation already in the order of their
labels (``kinds_listed``): 14k enterprises at 1000x the seed, neither filtered by class nor sorted per question.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from itertools import islice

from search.qa_graph import Participation

Table = Mapping[str, frozenset[str]]  # a class → the entities of it reaching something
Listed = Mapping[tuple[str, str], tuple[str, ...]]  # (a cooperation class, an organisation class) → organisations


@dataclass(frozen=True)
class Reach:
    """The sets of one graph, per class (see the module)."""

    with_party: Table  # an organisation class → the cooperations with a party of it
    taking_part: Table  # a class → its instances taking part in a cooperation themselves (cooperations_of)
    partnered: Table  # an organisation class → the parties sharing a cooperation with another party of it
    in_kind: Table  # a cooperation class → the organisations taking part in one of it, themselves or by a unit
    placed: Table  # a class → its instances located somewhere (FactFinder.located)
    kinds_listed: Listed  # the organisations of a class counted in a cooperation of a kind, by label (``kinds_listed``)

    @staticmethod
    def of(table: Table, classes: Iterable[str]) -> set[str]:
        """The entities ``table`` holds for any of ``classes`` (a new set)."""
        return set().union(*(table.get(c, ()) for c in classes))

    @staticmethod
    def some(table: Table, classes: Iterable[str], most: int) -> list[str]:
        """Up to ``most`` distinct entities ``table`` holds for any of ``classes``, whatever their
        number: enough to tell one from several without reading them all."""
        found: dict[str, None] = {}
        for c in classes:
            found.update(dict.fromkeys(islice(iter(table.get(c, ())), most)))
        return list(found)[:most]


def _frozen(table: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    return {c: frozenset(xs) for c, xs in sorted(table.items())}


def with_party(graph: Participation) -> dict[str, frozenset[str]]:
    """Per class, the cooperations having a party of it."""
    table: dict[str, set[str]] = defaultdict(set)
    for coop, parties in graph.parties.items():
        for party in parties:
            for cls in graph.classes.get(party, ()):
                table[cls].add(coop)
    return _frozen(table)


def taking_part(graph: Participation) -> dict[str, frozenset[str]]:
    """Per class, its instances with a cooperation of their own (a unit's is not theirs)."""
    table: dict[str, set[str]] = defaultdict(set)
    for x, coops in graph.cooperations_of.items():
        if coops:
            for cls in graph.classes.get(x, ()):
                table[cls].add(x)
    return _frozen(table)


def partnered(graph: Participation) -> dict[str, frozenset[str]]:
    """Per class, the parties of a cooperation that another party of it (not themselves) takes part in."""
    table: dict[str, set[str]] = defaultdict(set)
    for parties in graph.parties.values():
        present = Counter(cls for p in parties for cls in graph.classes.get(p, ()))
        for p in parties:
            own = graph.classes.get(p, frozenset())
            for cls, n in present.items():
                if n > (cls in own):  # another party of the class than p itself
                    table[cls].add(p)
    return _frozen(table)


def in_kind(graph: Participation) -> dict[str, frozenset[str]]:
    """Per class of cooperation, the organisations whose members (search.qa_graph.Participation.members:
    itself and its units) take part in one of it."""
    groups: dict[str, set[str]] = defaultdict(set)  # a unit → the groups it is a unit of
    for group, units in graph.units.items():
        for unit in units:
            groups[unit].add(group)
    table: dict[str, set[str]] = defaultdict(set)
    for coop, parties in graph.parties.items():
        reached = set(parties).union(*(groups.get(p, ()) for p in parties))
        for cls in graph.classes.get(coop, ()):
            table[cls] |= reached
    return _frozen(table)


def placed(graph: Participation, located: Collection[str]) -> dict[str, frozenset[str]]:
    """Per class, its instances that ``located`` (the entities with a place) holds."""
    table: dict[str, set[str]] = defaultdict(set)
    for x in located:
        for cls in graph.classes.get(x, ()):
            table[cls].add(x)
    return _frozen(table)


def kinds_listed(graph: Participation, key: Callable[[str], tuple[str, str]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per (class of cooperation, class of organisation), the organisations of that class counted as taking part in
    a cooperation of that class (Participation.kinds), in the order of ``key`` (their Chinese labels, ties by IRI)."""
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for kind, found in graph.kinds.items():
        for org in sorted(found, key=key):
            for cls in graph.classes.get(org, ()):
                table[(kind, cls)].append(org)
    return {pair: tuple(orgs) for pair, orgs in sorted(table.items())}


def made(graph: Participation, located: Collection[str], key: Callable[[str], tuple[str, str]]) -> Reach:
    """The sets of ``graph``, ``located`` the entities with a place (FactFinder.located), ``key`` the order of
    the lists of ``kinds_listed``."""
    return Reach(with_party(graph), taking_part(graph), partnered(graph), in_kind(graph), placed(graph, located),
                 kinds_listed(graph, key))
