"""SHACL validation of a build on its Oxigraph store, naming the curated file and entry of each violation.

The shapes (ontology/shapes.ttl) are compiled to SPARQL (graph.shacl) and run on the store the
build has just loaded, over the union of the graphs the build names (data, its entailments,
the ontology). Each violation is reported as "file: entry 'id': <node> path: message" (the
``where`` callable maps a focus node to its file and entry). The tests check these results
against pyshacl's on the same broken inputs (tests/graph/test_validation.py).
"""

from __future__ import annotations

import functools
from typing import cast
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph import workers
from graph.errors import GraphValidationError
from graph.shacl import Check, compile_shapes
from ontology import SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path (if any) and the shape's message."""

    focus: str
    path: str
    message: str


@functools.cache
def checks() -> tuple[Check, ...]:
    """The SPARQL checks of ontology/shapes.ttl (compiled once per process)."""
    return tuple(compile_shapes(Graph().parse(SHAPES_FILE, format="turtle")))


def violations(store: ox.Store, graphs: Sequence[str], focus: Collection[str] | None = None,
               location: Path | None = None) -> list[Violation]:
    """Every violation of the shapes by the union of the named ``graphs`` of ``store``, sorted;
    with ``focus``, only those at these IRIs (graph.incremental checks only what changed). With
    ``location`` (the store's directory), a large store's checks run in worker processes (graph.workers)."""
    if focus is not None and not focus:
        return []
    values = "" if focus is None else "VALUES ?this { " + " ".join(f"<{iri}>" for iri in sorted(focus)) + " } "
    found = workers.run(store, location, focus_nodes, [(focused(check.query, values), tuple(graphs)) for check in checks()])
    return sorted({Violation(node, check.path, check.message) for check, nodes in zip(checks(), found, strict=True)
                   for node in nodes}, key=lambda v: (v.focus, v.path, v.message))


def focus_nodes(store: ox.Store, check: tuple[str, tuple[str, ...]]) -> list[str]:
    """The ?this of each row of a check's query (its text, and the graphs read as its default graph)."""
    query, graphs = check
    default: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.NamedNode(g) for g in graphs]
    return [row["this"].value for row in cast(ox.QuerySolutions, store.query(query, default_graph=default))]


def focused(query: str, values: str) -> str:
    """A check's query with ``values`` (a VALUES clause binding ?this, or "") first in its WHERE
    clause: every compiled check is a SELECT of ?this whose WHERE begins with its target."""
    return query.replace("WHERE { ", "WHERE { " + values, 1)


def validate(store: ox.Store, graphs: Sequence[str], where: Callable[[str], str | None] = lambda iri: None,
             focus: Collection[str] | None = None, location: Path | None = None) -> None:
    """Raise GraphValidationError naming, for each violation (at the ``focus`` IRIs, if given), the
    file and entry ``where`` gives for its focus node (None: not from a file). ``location``: the
    store's directory, if it has one (see ``violations``)."""
    found = violations(store, graphs, focus, location)
    if found:
        raise GraphValidationError(describe(found, where))


def validate_nquads(nquads: str | bytes, graphs: Sequence[str],
                    where: Callable[[str], str | None] = lambda iri: None) -> None:
    """``validate`` a dataset given as N-Quads (a dump of a build), on a scratch in-memory store."""
    scratch = ox.Store()
    scratch.load(nquads.encode("utf-8") if isinstance(nquads, str) else nquads, format=ox.RdfFormat.N_QUADS)
    validate(scratch, graphs, where)


def describe(found: list[Violation], where: Callable[[str], str | None]) -> str:
    """One line per violation: where it comes from, the node, the path and the message."""
    lines = [f"{len(found)} violation(s):"]
    for v in sorted(found, key=lambda v: (v.focus, v.path, v.message)):
        origin = where(v.focus) or "(not from a curated file)"
        path = f" {v.path}" if v.path else ""
        lines.append(f"  {origin}: <{v.focus}>{path}: {v.message}")
    return "\n".join(lines)
