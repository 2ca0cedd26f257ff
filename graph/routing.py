"""Which queries the provenance graph cannot answer, so that a query worker may run them on an
in-memory copy of the fact graphs (data, inferred, ontology) instead of the whole store.

A query's default graph is the union of every named graph. At scale the provenance graph holds
~82% of the quads (each triple reified as an rdf:Statement), so a copy of the whole store does not
fit a worker's memory while one of the fact graphs does. A query has the same solutions on the fact
graphs (copied with their names) as on the whole store when no triple pattern of it can match a
provenance quad. ``fact_only`` proves that from the query's algebra (rdflib's parser: a query it
cannot parse is never routed) and a ``Partition`` measured on the build:

- a pattern whose predicate is an IRI no provenance quad has, or rdf:type with a class no
  provenance node has, matches fact quads only ("bounded"), and so does a property path made of
  such IRIs only;
- a pattern whose subject is a variable (or blank node) that is the subject of a bounded pattern of
  the same basic graph pattern matches fact quads only when no subject of the fact graphs is a
  subject in the provenance graph (``disjoint``): that variable can only be bound to a fact subject;
- ``GRAPH <g>`` naming a fact graph reads only that graph, which the copy holds;
- anything else (``GRAPH ?g``, ``GRAPH`` on provenance, DESCRIBE, a constant subject with an
  unbounded predicate, negated property sets) is not proven, and the query runs on the whole store.

The caller routes only queries on the union default graph (no FROM, no protocol dataset).
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import BNode, URIRef, Variable
from rdflib.namespace import RDF
from rdflib.paths import NegatedPath, Path as PropertyPath
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from graph.namespaces import GRAPH_NAMES, PREFIXES, graph_iri
from graph.embedded import EmbeddedStore, quads_in_graph
from graph.publish import atomic_write
from graph.store import KnowledgeGraph

PARTITION_FILE = "partition.json"  # in the build's directory, beside void.json
PROVENANCE = "provenance"
FACT_GRAPHS = tuple(name for name in GRAPH_NAMES if name != PROVENANCE)
ROUTED_QUERIES = 256  # fact_only answers kept per process (a client repeats its queries)
# What rdflib's parser and algebra raise on a query they cannot read (Oxigraph may still read it:
# LATERAL, RDF-star); such a query is not routed.
_UNTRANSLATED = frozenset({"TriplesBlock", "GroupGraphPatternSub", "GraphGraphPattern", "ServiceGraphPattern"})
_UNREAD = (ParseBaseException, ValueError, TypeError, KeyError, AttributeError, RecursionError)


@dataclass(frozen=True)
class Partition:
    """What routing needs to know of one build: the IRIs of the fact graphs, how many quads they
    hold, the predicates and rdf:type classes found in the provenance graph, and whether no
    subject of the fact graphs is also a subject in the provenance graph."""

    fact_graphs: tuple[str, ...]
    facts: int
    predicates: frozenset[str]
    classes: frozenset[str]
    disjoint: bool

    def to_dict(self) -> dict:
        return asdict(self) | {"predicates": sorted(self.predicates), "classes": sorted(self.classes)}

    @classmethod
    def from_dict(cls, state: dict) -> Partition:
        return cls(tuple(state["fact_graphs"]), int(state["facts"]), frozenset(state["predicates"]),
                   frozenset(state["classes"]), bool(state["disjoint"]))


def fact_graph_iris(base_iri: str) -> tuple[str, ...]:
    """The IRIs of a build's fact graphs, in the order of its Partition (and of graph.fact_files)."""
    return tuple(graph_iri(base_iri, name) for name in FACT_GRAPHS)


def measure(store: ox.Store, base_iri: str) -> Partition:
    """The Partition of a built store (reads the provenance graph once: seconds at 1000x)."""
    facts = fact_graph_iris(base_iri)
    provenance = f"<{graph_iri(base_iri, PROVENANCE)}>"
    graphs = " ".join(f"<{g}>" for g in facts)

    def values(query: str) -> frozenset[str]:
        return frozenset(row[0].value for row in store.query(query))  # type: ignore[union-attr]

    predicates = values(f"SELECT DISTINCT ?p WHERE {{ GRAPH {provenance} {{ ?s ?p ?o }} }}")
    classes = values(f"SELECT DISTINCT ?c WHERE {{ GRAPH {provenance} {{ ?s a ?c }} }}")
    shared = _shares_a_subject(store, graphs, ox.NamedNode(graph_iri(base_iri, PROVENANCE)))
    return Partition(facts, sum(quads_in_graph(store, g) for g in facts), predicates, classes, not shared)


def _shares_a_subject(store: ox.Store, graphs: str, provenance: ox.NamedNode) -> bool:
    """Whether a subject of the fact ``graphs`` (their IRIs in SPARQL) is a subject in ``provenance``: each distinct
    fact subject looked up there by the store's index (a join would hash the provenance graph, GBs at 1000x; the same
    look-up as a FILTER EXISTS took 3x the CPU, 9.7 s at 1000x: bench/results/scale37a-2026-12-07.md)."""
    subjects = cast(ox.QuerySolutions, store.query(
        f"SELECT DISTINCT ?s WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}"))
    return any(next(store.quads_for_pattern(row[0], None, None, provenance), None) is not None for row in subjects)


def keep(kg: KnowledgeGraph) -> Partition | None:
    """Measure the Partition of the embedded build ``kg`` once and keep it in its directory (the
    build calls this before publishing), with the counts for aggregates that rest on it
    (graph.aggregates); None for a graph that is not an embedded build."""
    if kg.path is None or not isinstance(kg.store, EmbeddedStore):
        return None
    partition = kept(Path(kg.path), kg.content_hash)
    if partition is None:
        partition = measure(kg.store.oxigraph, kg.base_iri)
        atomic_write(Path(kg.path) / PARTITION_FILE, json.dumps({"key": kg.content_hash, "partition": partition.to_dict()}))
    from graph import aggregates  # it reads the Partition: imported here, not at the top, to avoid a cycle

    aggregates.keep(kg.store.oxigraph, Path(kg.path), kg.content_hash, partition, graph_iri(kg.base_iri, "ontology"))
    return partition


def kept(build_dir: Path, content_hash: str) -> Partition | None:
    """The Partition kept in a build for this content; None when it has none, another build's,
    or an unreadable one (its queries then all run on the whole store)."""
    try:
        state = json.loads((Path(build_dir) / PARTITION_FILE).read_text(encoding="utf-8"))
        return Partition.from_dict(state["partition"]) if state["key"] == content_hash else None
    except (OSError, ValueError, TypeError, KeyError):
        return None


def fact_only(query: str, partition: Partition) -> bool:
    """True when every solution of ``query`` over the whole store's union default graph is a
    solution over the fact graphs alone, and conversely (see the module's rules)."""
    return _fact_only(query, partition)


def warm(partition: Partition) -> None:
    """Route one query now: rdflib's parser and algebra set themselves up at their first use (0.1-0.4 s),
    which would otherwise count against the first client's deadline."""
    fact_only("SELECT ?x WHERE { ?x a ?type } GROUP BY ?x", partition)


@functools.lru_cache(maxsize=ROUTED_QUERIES)
def algebra_of(query: str) -> CompValue | None:
    """rdflib's algebra of ``query`` (the endpoint's prefixes declared); None when rdflib cannot read
    it. Kept per text: routing and graph.aggregate_shape read the same parse."""
    try:
        return translateQuery(parseQuery(query), initNs=PREFIXES).algebra
    except _UNREAD:
        return None
    except Exception as exc:  # rdflib reports an unknown prefix as a bare Exception: only that one
        if type(exc) is not Exception:
            raise
        return None


@functools.lru_cache(maxsize=ROUTED_QUERIES)
def _fact_only(query: str, partition: Partition) -> bool:
    algebra = algebra_of(query)
    return algebra is not None and algebra.name != "DescribeQuery" and _proven(algebra, Anchors(), partition)


Anchors = frozenset  # variables every solution joined with a pattern binds to a subject of the fact graphs


def _proven(node, anchors: Anchors, partition: Partition) -> bool:
    """Whether every triple pattern under ``node`` matches fact quads only, given ``anchors``."""
    if isinstance(node, (list, tuple)):
        return all(_proven(value, anchors, partition) for value in node)
    if not isinstance(node, CompValue):
        return True
    if node.name in _UNTRANSLATED:
        return False
    rule = _RULES.get(node.name)
    if rule is not None:
        return rule(node, anchors, partition)
    # a sub-select, an aggregate or a slice is evaluated before it is joined: outer anchors do not hold in it
    inner = Anchors() if node.name in _EVALUATED_APART else anchors
    # rdflib sets some translated parts as attributes over the parsed ones (EXISTS): read by name
    return all(_proven(getattr(node, key), inner, partition) for key in {*node.keys(), *vars(node)})


def _bgp(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    anchors = anchors | _certain(node, partition)
    return all(_bounded(p, o, partition) or (partition.disjoint and s in anchors and not isinstance(p, PropertyPath))
               for s, p, o in node.triples or [])


def _graph(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    """GRAPH <g> on a fact graph reads only that graph, which the copy holds; any other GRAPH may read provenance."""
    return isinstance(node.term, URIRef) and str(node.term) in partition.fact_graphs


def _join(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    """Both sides' solutions must agree on a shared variable: what one side anchors holds in the other."""
    anchors = anchors | _certain(node, partition)
    return _proven(node.p1, anchors, partition) and _proven(node.p2, anchors, partition)


def _left_join(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    """The optional side only extends solutions of the required one, which it must agree with."""
    required = anchors | _certain(node.p1, partition)
    return (_proven(node.p1, anchors, partition) and _proven(node.p2, required, partition)
            and _proven(node.expr, required, partition))


def _minus(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    """MINUS's right side is evaluated on its own: nothing anchors it."""
    return _proven(node.p1, anchors, partition) and _proven(node.p2, Anchors(), partition)


def _filtered(node: CompValue, anchors: Anchors, partition: Partition) -> bool:
    """A filter's EXISTS is evaluated with each solution of the pattern it filters substituted."""
    inner = anchors | _certain(node.p, partition)
    return _proven(node.p, anchors, partition) and _proven(node.expr, inner, partition)


def _certain(node, partition: Partition) -> Anchors:
    """The variables every solution of ``node`` binds to a subject of the fact graphs (none unless
    fact and provenance subjects are disjoint): subjects of patterns that match fact quads only."""
    if not partition.disjoint or not isinstance(node, CompValue):
        return Anchors()
    if node.name == "BGP":
        return Anchors(s for s, p, o in node.triples or []
                       if isinstance(s, (Variable, BNode)) and _bounded(p, o, partition))
    combine, sides = _CERTAIN_SIDES.get(node.name, (None, ()))
    found = [_certain(getattr(node, side), partition) for side in sides]
    return combine(*found) if combine is not None else Anchors()


_RULES = {"BGP": _bgp, "Graph": _graph, "Join": _join, "LeftJoin": _left_join, "Minus": _minus, "Filter": _filtered}
_EVALUATED_APART = frozenset({"ToMultiSet", "Project", "Group", "AggregateJoin", "Slice", "Distinct", "Reduced"})
# (how the sides' certain variables combine, the sides): a join binds both sides' variables, a union only
# those both branches bind, the others those of the pattern they extend or filter.
_CERTAIN_SIDES = {
    "Join": (Anchors.union, ("p1", "p2")),
    "Union": (Anchors.intersection, ("p1", "p2")),
    "LeftJoin": (Anchors.union, ("p1",)),
    "Minus": (Anchors.union, ("p1",)),
    "Filter": (Anchors.union, ("p",)),
    "Extend": (Anchors.union, ("p",)),
}


def _bounded(predicate, obj, partition: Partition) -> bool:
    """Whether a pattern with this predicate (and object) can match fact quads only."""
    if isinstance(predicate, PropertyPath):
        return _path_bounded(predicate, partition)
    if not isinstance(predicate, URIRef):
        return False
    if predicate == RDF.type:
        return isinstance(obj, URIRef) and str(obj) not in partition.classes
    return str(predicate) not in partition.predicates


def _path_bounded(path, partition: Partition) -> bool:
    if isinstance(path, NegatedPath):
        return False
    if isinstance(path, URIRef):
        return str(path) not in partition.predicates
    parts = getattr(path, "args", None) or [getattr(path, "arg", getattr(path, "path", None))]
    return all(part is not None and _path_bounded(part, partition) for part in parts)
