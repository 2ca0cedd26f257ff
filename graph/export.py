"""Export the dataset (or one named graph) as Turtle, N-Triples, JSON-LD, N-Quads or TriG."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.embedded import serialize_triples
from graph.errors import BadInput
from graph.namespaces import GRAPH_NAMES, PREFIXES
from graph.queries import ALL_TRIPLES, GRAPH_TRIPLES
from graph.store import KnowledgeGraph


@dataclass(frozen=True)
class ExportFormat:
    """A file format: its extension and whether it keeps the named graphs (a dataset format)."""

    extension: str
    dataset: bool = False


FORMATS = {
    "turtle": ExportFormat("ttl"),
    "ntriples": ExportFormat("nt"),
    "jsonld": ExportFormat("jsonld"),
    "nquads": ExportFormat("nq", dataset=True),
    "trig": ExportFormat("trig", dataset=True),
}


def export(kg: KnowledgeGraph, fmt: str, graph: str = "all") -> bytes:
    """Serialise the union of all graphs (``graph='all'``) or one named graph.

    Dataset formats (N-Quads, TriG) keep the named graphs; graph formats merge them.
    """
    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if graph != "all" and graph not in GRAPH_NAMES:
        raise BadInput(f"unknown graph {graph!r}; choose all or one of {', '.join(GRAPH_NAMES)}")
    if FORMATS[fmt].dataset and graph == "all":
        return kg.quads(fmt)
    query = ALL_TRIPLES if graph == "all" else GRAPH_TRIPLES.replace("{graph}", kg.graph_iri(graph))
    return serialize_triples(kg.construct(query), fmt, PREFIXES)


def export_all(kg: KnowledgeGraph, out_dir: Path, formats=("turtle", "ntriples", "jsonld")) -> list[Path]:
    """Write one file per format into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        path = out_dir / f"chanjiao.{FORMATS[fmt].extension}"
        path.write_bytes(export(kg, fmt))
        paths.append(path)
    return paths
