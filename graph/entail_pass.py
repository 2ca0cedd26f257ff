"""The rules of graph.inference that join an ontology table with the data graph, as one pass in Python.

Three rules (superclass, superproperty, inverse) each join a small table the ontology gives (their
``Rule.table``: each stated class or property ?stated and every ?to it entails: its superclasses, its
superproperties, its inverses) with the data graph's triples of ?stated, and keep the entailed
triples the data graph lacks. As one SPARQL SELECT a row each, the query was a quarter of a rule's
CPU and writing each row's N-Triples three quarters: the premise's statement hashed again for
every ?to, every term written again for every row. Here the table is read once, each data triple
once (``quads_for_pattern``), its terms written and its premise's statement hashed once for all the
triples it entails, and each candidate looked up in the data graph. The rows written are those
graph.inference.entailed writes for the rule's SPARQL solutions (``rule_query``), in another order;
tests/graph/test_inference.py checks both alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, cast

import pyoxigraph as ox

from graph.namespaces import PREFIXES, SLUG_DIGITS, SLUG_SEPARATOR, graph_iri
from graph.statements import citation_prefix, statement_iri

RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
SPILL = 1 << 16  # rows of a graph made before they are written (a statement's rows: ~0.7 kB)
Term = ox.NamedNode | ox.BlankNode | ox.Literal


class Target(NamedTuple):
    """One ?to of a ?stated."""

    term: Term
    text: str  # its N-Triples
    value: str
    reified: bool  # whether a triple with it as object may be reified: neither a blank node nor an Evidence node
    used: bool  # whether the data graph has a triple of it (as the rule puts it): else no lookup is needed


Targets = list[Target]


@dataclass(frozen=True)
class _Out:
    """What a rule's rows are made with: the data graph, the statement IRI of a triple's values
    (``statement``), the provenance rows' fixed parts (``heads``), the Evidence nodes' prefix; and the
    rows made of each graph (``inferred``, ``provenance``), written (joined) by ``spill``."""

    data: ox.NamedNode
    statement: Callable[[str, str, str], str]
    heads: tuple[str, ...]
    cites: str
    writers: tuple[Callable[[str], object], Callable[[str], object]]
    inferred: list[str] = field(default_factory=list)
    provenance: list[str] = field(default_factory=list)

    def spill(self, at: int = 0) -> None:
        """Write the rows made once either graph's hold ``at`` (a bound on what waits: ~45 MB at most)."""
        if len(self.inferred) >= at or len(self.provenance) >= at:
            for rows, write in zip((self.inferred, self.provenance), self.writers, strict=True):
                write("".join(rows))
                rows.clear()


def write(store: ox.Store, rule_name: str, table: str, base: str, heads: tuple[str, ...],
          inferred: Callable[[str], object], provenance: Callable[[str], object]) -> None:
    """Write the rows of the rule ``rule_name`` (``table``: its SELECT of ?stated ?to over the
    ontology, relative graph IRIs) on ``store``: each entailed triple the data graph lacks, once per
    way of entailing it (``inferred``), and its statement's rows (``provenance``; ``heads``: the fixed
    parts of them, graph.inference.entailed's), none for a triple with a blank node or about an
    Evidence node (graph.inference's module)."""
    out = _Out(ox.NamedNode(graph_iri(base, "data")), _statement_iri(base), heads, citation_prefix(base),
               (inferred, provenance))
    for stated, targets in _table(store, table, base, rule_name != "superclass", out.cites).items():
        if rule_name == "superclass":
            _types(store, store.quads_for_pattern(None, RDF_TYPE, stated, out.data), stated, targets, out)
        elif stated != RDF_TYPE and isinstance(stated, ox.NamedNode):
            _links(store, store.quads_for_pattern(None, stated, None, out.data), stated, targets, out,
                   rule_name == "inverse")
        out.spill()


def _types(store: ox.Store, quads: Iterable[ox.Quad], stated: Term, targets: Targets, out: _Out) -> None:
    """superclass: for each (s rdf:type ?stated), (s rdf:type ?to) of each ?to the data graph lacks."""
    data, statement, head, cites, type_text = out.data, out.statement, out.heads, out.cites, str(RDF_TYPE)
    premised = not isinstance(stated, ox.BlankNode)
    for quad in quads:
        s = cast(ox.NamedNode | ox.BlankNode, quad.subject)
        entailed = [to for to in targets if not to.used or ox.Quad(s, RDF_TYPE, to.term, data) not in store]
        if not entailed:
            continue
        s_text = str(s)
        out.spill(SPILL)
        out.inferred.extend(f"{s_text} {type_text} {text} .\n" for _, text, _, _, _ in entailed)
        if isinstance(s, ox.BlankNode) or s.value.startswith(cites):
            continue
        key = s.value
        premise = statement(key, RDF_TYPE.value, stated.value) if premised else None
        out.provenance.extend(_rows(head, statement(key, RDF_TYPE.value, value), s_text, type_text, text, premise)
                              for _, text, value, reified, _ in entailed if reified)


def _links(store: ox.Store, quads: Iterable[ox.Quad], stated: ox.NamedNode, targets: Targets, out: _Out,
           inverse: bool) -> None:
    """superproperty: for each (x ?stated y), (x ?to y); ``inverse``: (y ?to x), y no literal; each the
    data graph lacks."""
    data, statement, head, cites, stated_key = out.data, out.statement, out.heads, out.cites, stated.value
    for quad in quads:
        s, o = cast(tuple[Term, Term], (quad.object, quad.subject) if inverse else (quad.subject, quad.object))
        if isinstance(s, ox.Literal):
            continue
        entailed = [to for to in targets if not to.used or ox.Quad(s, cast(ox.NamedNode, to.term), o, data) not in store]
        if not entailed:
            continue
        s_text, o_text = str(s), str(o)
        out.spill(SPILL)
        out.inferred.extend(f"{s_text} {text} {o_text} .\n" for _, text, _, _, _ in entailed)
        if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode) or s.value.startswith(cites) \
                or (isinstance(o, ox.NamedNode) and o.value.startswith(cites)):
            continue
        s_key, o_key = s.value, o.value
        premise = statement(o_key, stated_key, s_key) if inverse else statement(s_key, stated_key, o_key)
        out.provenance.extend(_rows(head, statement(s_key, value, o_key), s_text, text, o_text, premise)
                              for _, text, value, _, _ in entailed)


def _rows(heads: tuple[str, ...], iri: str, s: str, p: str, o: str, premise: str | None) -> str:
    """The rows of the statement ``iri`` of the triple written ``s p o``, derived from ``premise`` (None:
    a premise with a blank node, whose statement is not made)."""
    st = "<" + iri
    rows = f"{st}{heads[0]}{st}{heads[1]}{s} .\n{st}{heads[2]}{p} .\n{st}{heads[3]}{o} .\n{st}{heads[4]}"
    return rows if premise is None else f"{rows}{st}{heads[5]}{premise}> .\n"


def _statement_iri(base: str) -> Callable[[str, str, str], str]:
    """graph.statements.statement_iri of ``base``, its hash inlined (called ~2 M times at 1000x); the
    same IRI (checked here on one triple)."""
    prefix, sha1, sep = statement_iri(base, "", "", "")[:-SLUG_DIGITS], hashlib.sha1, SLUG_SEPARATOR

    def iri(s: str, p: str, o: str) -> str:
        return prefix + sha1(f"{s}{sep}{p}{sep}{o}".encode()).hexdigest()[:SLUG_DIGITS]
    if iri("a", "b", "c") != statement_iri(base, "a", "b", "c"):
        raise AssertionError("graph.statements.statement_iri changed: entail_pass's copy of it is stale")
    return iri


def _table(store: ox.Store, table: str, base: str, properties: bool, cites: str) -> dict[Term, Targets]:
    """Each ?stated of the rule's table and its targets: properties (only IRIs: a predicate is one), or
    classes (``properties`` False)."""
    found: dict[Term, Targets] = {}
    data = ox.NamedNode(graph_iri(base, "data"))
    solutions = cast(ox.QuerySolutions, store.query(table, base_iri=graph_iri(base, ""), prefixes=PREFIXES))
    for stated, to in solutions:
        if properties and not isinstance(to, ox.NamedNode):
            continue
        reified = not isinstance(to, ox.BlankNode) and not (isinstance(to, ox.NamedNode) and to.value.startswith(cites))
        of = store.quads_for_pattern(None, to, None, data) if properties else \
            store.quads_for_pattern(None, RDF_TYPE, to, data)
        found.setdefault(stated, []).append(Target(to, str(to), to.value, reified, next(of, None) is not None))
    return found
