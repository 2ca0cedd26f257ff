"""The participation graph question operators reason over: who takes part in which cooperation.

Loaded once per graph by one SPARQL query (PARTICIPATION, kept here so the operators'
SPARQL lives in one place); comparisons, negations, multi-hop and profiles are then set
operations in Python, each answer carrying the triple that supports it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Set as AbstractSet

from graph.store import KnowledgeGraph
from search.documents import CJ
from search.qa_fact_queries import INSTANCES_OF

PARTICIPANT = f"{CJ}participant"
# The ontology's classes the question answerer reasons with (one definition for every QA module).
COOPERATION, PROJECT, ORGANIZATION, PERSON, INDUSTRY, POSITION, PROGRAMME, CONSORTIUM = (
    f"{CJ}{n}" for n in ("Cooperation", "CooperationProject", "Organization", "Person", "Industry", "Position",
                         "TrainingProgramme", "Consortium"))

PARTICIPATION = """
SELECT ?coop ?party WHERE { ?coop a cj:Cooperation ; cj:participant ?party . }"""
TYPES = "SELECT ?x ?cls WHERE { ?x a ?cls . FILTER(STRSTARTS(STR(?cls), STR(cj:))) }"
# The classes any node has (85 at 100x the seed): TYPES's rows are read class by class (``typed``).
CLASSES_HELD = "SELECT DISTINCT ?cls WHERE { ?x a ?cls }"
# The start bound by one step first: Virtuoso refuses a transitive path with both ends free.
UNITS = "SELECT DISTINCT ?unit ?parent WHERE { ?unit cj:subOrganizationOf ?up . ?unit cj:subOrganizationOf+ ?parent }"
INDUSTRIES = "SELECT ?x ?industry WHERE { ?x cj:industry ?industry }"
BROADER = "SELECT ?concept ?broader WHERE { ?concept skos:broaderTransitive ?broader }"


def typed(kg: KnowledgeGraph) -> Iterator[tuple[str, str]]:
    """TYPES's rows as (node, class), its cj: classes one after the other (INSTANCES_OF bound to each): on
    Oxigraph in TYPES's own order. TYPES's filter decoded the class of every type triple of the store
    and each row named its class again: the facts part's largest query (190k rows at 100x the seed), 2.0 s
    CPU as one query, 1.2 s this way (bench/results/parts25-2026-12-05.md)."""
    for cls in [row["cls"] for row in kg.stream(CLASSES_HELD) if str(row["cls"]).startswith(CJ)]:
        for row in kg.stream(INSTANCES_OF, k=cls):
            yield row["x"], cls


def _closure(start: str, edges: dict[str, set[str]]) -> set[str]:
    """``start`` and everything reached from it by ``edges``."""
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def within(classes, root: str, ancestors) -> bool:
    """Whether there is a class in ``classes`` and each is ``root`` or narrower (``ancestors``: the
    catalogue's, class → its broader classes)."""
    return bool(classes) and all(c == root or root in ancestors.get(c, ()) for c in classes)


def of_kinds(classes: Iterable[str], kinds: AbstractSet[str], ancestors) -> bool:
    """Whether one of ``classes`` is one of ``kinds`` or narrower (``ancestors``: as ``within``'s)."""
    return any(c in kinds or kinds & set(ancestors.get(c, ())) for c in classes)


def kinds_fit(said: AbstractSet[str], pointed: AbstractSet[str], ancestors) -> bool:
    """Whether the kinds ``said`` are ``pointed``'s or narrower: one class shared, or each of ``said`` narrower than one
    of ``pointed`` (a factory pointed back at as "that company"; ``ancestors``: as ``within``'s)."""
    return bool(said & pointed) or all(any(p in ancestors.get(c, ()) for p in pointed) for c in said)


class Participation:
    """Cooperations, their parties, every entity's classes and the units of each group."""

    def __init__(self, kg: KnowledgeGraph):
        self.parties: dict[str, set[str]] = defaultdict(set)
        self.cooperations_of: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(PARTICIPATION):
            self.parties[row["coop"]].add(row["party"])
            self.cooperations_of[row["party"]].add(row["coop"])
        # One shared set per combination: a few dozen for every typed node (most are statements), so the facts
        # kept in the build (search.qa_prepared) read back several times faster; made as the rows come, not
        # from a set per node first (180k sets at 100x the seed: bench/results/parts25-2026-12-05.md).
        shared: dict[frozenset[str], frozenset[str]] = {}
        self.classes: dict[str, frozenset[str]] = defaultdict(frozenset)
        self.instances: dict[str, set[str]] = defaultdict(set)  # class -> its instances: of_class looks up, never scans
        for x, cls in typed(kg):
            combination = self.classes.get(x, frozenset()) | {cls}
            self.classes[x] = shared.setdefault(combination, combination)
            self.instances[cls].add(x)
        self.units: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(UNITS):
            self.units[row["parent"]].add(row["unit"])
        self._load_kinds()
        self._load_topics(kg)

    def _load_kinds(self) -> None:
        """Per kind of cooperation (a class narrower than a project), the organisations counted as
        taking part in one → those cooperations, both sorted: what "哪些企业参与了人才培养项目" reads
        (search.qa_kinds), made once, not from every cooperation of the kind at each question. A
        cooperation counts for a group that takes part in it itself unless a unit of the group that
        sorts before it takes part too (Participation.cooperations names that unit the party)."""
        self.kinds: dict[str, dict[str, list[str]]] = {}
        for coop in sorted(self.parties):
            parties = self.parties[coop]
            counted = [org for org in sorted(parties)
                       if org not in self.units or not any(unit < org for unit in self.units[org] & parties)]
            for cls in self.classes.get(coop, frozenset()) - {COOPERATION, PROJECT}:
                kind = self.kinds.setdefault(cls, {})
                for org in counted:
                    kind.setdefault(org, []).append(coop)
        self.kinds = {cls: dict(sorted(found.items())) for cls, found in self.kinds.items()}

    def in_kind(self, kind: frozenset[str], asked: set[str]) -> dict[str, list[str]]:
        """The organisations of ``asked`` → the cooperations of any class of ``kind`` they are counted
        in (``_load_kinds``), both sorted; the lists are the table's own (the caller leaves them be)."""
        if len(kind) == 1:  # one class: its table as it is, no list made again (14k of them at 1000x)
            return {org: coops for org, coops in self.kinds.get(next(iter(kind)), {}).items() if org in asked}
        found: dict[str, set[str]] = defaultdict(set)
        for cls in kind:
            for org, coops in self.kinds.get(cls, {}).items():
                if org in asked:
                    found[org].update(coops)
        return {org: sorted(found[org]) for org in sorted(found)}

    def _load_topics(self, kg: KnowledgeGraph) -> None:
        """What is of each industry: the things whose cj:industry is it or narrower
        (cj:industry/skos:broaderTransitive*), the plans' topics (search.qa_index)."""
        broader: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(BROADER):
            broader[row["concept"]].add(row["broader"])
        self.industries: dict[str, set[str]] = defaultdict(set)  # a thing -> its cj:industry
        self.of_topic: dict[str, set[str]] = defaultdict(set)
        for row in kg.stream(INDUSTRIES):
            self.industries[row["x"]].add(row["industry"])
            for concept in _closure(row["industry"], broader):
                self.of_topic[concept].add(row["x"])

    def members(self, org: str) -> set[str]:
        """The organisation and its units: a group takes part through its subsidiaries."""
        return {org} | self.units.get(org, set())

    def of_class(self, classes) -> set[str]:
        """Every instance of any of ``classes`` (a new set: the caller may change it)."""
        return set().union(*(self.instances.get(c, ()) for c in classes))

    def cooperations(self, org: str, classes=(COOPERATION,)) -> dict[str, str]:
        """The cooperations (of ``classes``) the organisation or a unit takes part in → the party."""
        out: dict[str, str] = {}
        wanted = frozenset(classes)  # made once, not per cooperation
        for member in sorted(self.members(org)):
            for coop in self.cooperations_of.get(member, ()):
                if self.classes[coop] & wanted:
                    out.setdefault(coop, member)
        return out

    def shared_by(self, orgs: Iterable[str]) -> dict[str, set[str]]:
        """The cooperations every one of ``orgs`` takes part in (itself or through a unit), in IRI order → the parties
        taking part for them; empty when ``orgs`` is."""
        each = [self.cooperations(o) for o in orgs]
        common = set.intersection(*(set(c) for c in each)) if each else set()
        return {c: {s[c] for s in each} for c in sorted(common)}

    def partners(self, org: str, classes) -> dict[str, set[str]]:
        """Organisations of ``classes`` sharing a cooperation with ``org`` → the cooperations shared."""
        mine = self.members(org)
        out: dict[str, set[str]] = defaultdict(set)
        wanted = frozenset(classes)
        for coop in self.cooperations(org):
            for party in self.parties[coop] - mine:
                if self.classes[party] & wanted:
                    out[party].add(coop)
        return dict(out)
