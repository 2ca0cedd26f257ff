"""Export the dataset (or one named graph) as Turtle, N-Triples, JSON-LD, N-Quads or TriG."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.errors import BadInput
from graph.namespaces import GRAPH_NAMES, PREFIXES
from graph.queries import ALL_TRIPLES, GRAPH_TRIPLES
from graph.store import KnowledgeGraph

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}


def export(kg: KnowledgeGraph, fmt: str, graph: str = "all") -> bytes:
    """Serialise the union of all graphs (``graph='all'``) or one named graph.

    Dataset formats (N-Quads, TriG) keep the named graphs; graph formats merge them.
    """
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if graph != "all" and graph not in GRAPH_NAMES:
        raise BadInput(f"unknown graph {graph!r}; choose all or one of {', '.join(GRAPH_NAMES)}")
    rdf_format = FORMATS[fmt]
    if rdf_format.supports_datasets and graph == "all":
        return kg.store.dump(format=rdf_format, prefixes=PREFIXES)
    query = ALL_TRIPLES if graph == "all" else GRAPH_TRIPLES.replace("{graph}", kg.graph_iri(graph))
    triples = kg.query(query, use_default_graph_as_union=True)
    return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)


def export_all(kg: KnowledgeGraph, out_dir: Path, formats=("turtle", "ntriples", "jsonld")) -> list[Path]:
    """Write one file per format into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        path = out_dir / f"chanjiao.{FORMATS[fmt].file_extension}"
        path.write_bytes(export(kg, fmt))
        paths.append(path)
    return paths
