"""The embedded store: Oxigraph (pyoxigraph) in this process, the default backend.

``EmbeddedStore`` implements graph.store.Store over a ``pyoxigraph.Store`` (on disk read-only,
or in memory). ``from_ox``/``to_ox`` convert terms between pyoxigraph and graph.terms;
``serialize_triples`` writes triples of plain terms in an RDF format (the one serialiser of
triples outside the query workers). Nothing outside graph/ sees a pyoxigraph object.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import cast

import pyoxigraph as ox

from graph.errors import QueryError
from graph.namespaces import PREFIXES
from graph.terms import BLANK, IRI, Term, Triple, blank, iri, literal, literal_value

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def from_ox(term) -> Term:
    """A pyoxigraph term as a plain Term."""
    if isinstance(term, ox.NamedNode):
        return iri(term.value)
    if isinstance(term, ox.BlankNode):
        return blank(term.value)
    if isinstance(term, ox.Literal):
        return literal(term.value, term.language, term.datatype.value)
    raise QueryError(f"unsupported term in a query result: {term}")


def value_of(term) -> object:
    """A pyoxigraph term (or None: unbound) as the plain value ``to_python(from_ox(term))`` gives,
    without making the Term: converting a large result's terms twice was a third of reading it
    (question answering's facts at build time, bench/results/build16-*.md). An IRI is one string
    however many rows hold it (interned): the tables made from a large result (every typed node, every
    participation) held a copy per row until they were kept (bench/results/parts24-*.md)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return sys.intern(term.value)
    if kind is ox.Literal:
        return literal_value(term.value, term.datatype.value)
    if term is None:
        return None
    if kind is ox.BlankNode:
        return f"_:{term.value}"
    raise QueryError(f"unsupported term in a query result: {term}")


def to_ox(term: Term):
    """A plain Term as a pyoxigraph term."""
    if term.kind == IRI:
        return ox.NamedNode(term.value)
    if term.kind == BLANK:
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


def serialize_triples(triples, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples of plain Terms in the RDF format named ``fmt`` (a key of RDF_FORMATS)."""
    converted = [ox.Triple(*(to_ox(t) for t in triple)) for triple in triples]
    return cast(bytes, ox.serialize(converted, format=RDF_FORMATS[fmt], prefixes=prefixes))


def serialize_quads(quads, fmt: str) -> bytes:
    """Quads (subject, predicate, object, graph) of plain Terms in a dataset format ('nquads', 'trig')."""
    converted = [ox.Quad(*(to_ox(t) for t in quad)) for quad in quads]
    return cast(bytes, ox.serialize(converted, format=RDF_FORMATS[fmt], prefixes=PREFIXES))


def parse_triples(data: bytes, fmt: str) -> list[Triple]:
    """Triples (of a graph format, or the quads of a dataset format without their graph) as Terms."""
    return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
            for t in ox.parse(data, format=RDF_FORMATS[fmt])]


def quads_in_graph(store: ox.Store, graph: str) -> int:
    """How many quads the named graph ``graph`` (an IRI) of ``store`` holds."""
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(next(iter(cast(ox.QuerySolutions, rows)))["n"].value)


class EmbeddedStore:
    """graph.store.Store over a pyoxigraph store; the default graph is the union of all graphs."""

    def __init__(self, store: ox.Store):
        self.oxigraph = store

    def _query(self, sparql: str):
        try:
            return self.oxigraph.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(str(exc)) from exc

    def select(self, sparql: str) -> list[dict[str, Term | None]]:
        return list(self.iter_select(sparql))

    def iter_select(self, sparql: str) -> Iterator[dict[str, Term | None]]:
        results = self._query(sparql)  # run (and a bad query refused) here, not at the first row
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        return _solutions(results)

    def iter_values(self, sparql: str) -> Iterator[dict[str, object]]:
        """The rows of ``iter_select`` with each term as its plain value (graph.terms.to_python)."""
        results = self._query(sparql)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        return _plain_solutions(results)

    def ask(self, sparql: str) -> bool:
        results = self._query(sparql)
        if not isinstance(results, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(results)

    def construct(self, sparql: str) -> list[Triple]:
        results = self._query(sparql)
        if not isinstance(results, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in results]

    def describe(self, resource: str) -> list[Triple]:
        return self.construct(f"DESCRIBE {iri(resource).n3()}")

    def quads(self, fmt: str = "nquads") -> bytes:
        return cast(bytes, self.oxigraph.dump(format=RDF_FORMATS[fmt], prefixes=PREFIXES))

    def count(self) -> int:
        return len(self.oxigraph)

    def close(self) -> None:
        """Nothing to release: pyoxigraph closes the store when it is collected."""


def _solutions(results: ox.QuerySolutions) -> Iterator[dict[str, Term | None]]:
    """Each solution as a dict of Terms (None: unbound), as it is read."""
    names = [v.value for v in results.variables]
    # a solution iterated gives its terms in the order of ``variables``: a look-up by name costs ~8x
    # as much, which was half of converting a large result (the catalogue's)
    for row in results:
        yield {n: None if term is None else from_ox(term) for n, term in zip(names, row, strict=True)}


def _plain_solutions(results: ox.QuerySolutions) -> Iterator[dict[str, object]]:
    """Each solution as a dict of plain values (None: unbound), as it is read."""
    names = [v.value for v in results.variables]
    for row in results:
        yield {n: value_of(term) for n, term in zip(names, row, strict=True)}
