"""RDF compared as sorted sets: parsed with Oxigraph's parsers, blank nodes relabelled canonically.

Two serialisations of the same graph compare equal as these sets, with no isomorphism search:
distinct quads (or triples, their graph names dropped) become sorted N-Quads lines, after
RDFC-1.0 has given every blank node a label that depends only on the graph's content.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox


def quad_set(quads: Iterable[ox.Quad], keep_graphs: bool = True) -> list[str]:
    """The distinct quads as sorted N-Quads lines; ``keep_graphs=False`` merges every graph into one."""
    if not keep_graphs:
        quads = (ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in dataset)


def parsed_set(data: bytes | str, fmt: ox.RdfFormat, keep_graphs: bool = True) -> list[str]:
    """``data`` parsed as ``fmt`` (raising SyntaxError if it is not well formed), as ``quad_set``."""
    return quad_set(ox.parse(data, format=fmt), keep_graphs)
