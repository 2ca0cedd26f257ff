"""The stated graphs of a build: the curated data read, checked and emitted (``assemble``) beside the
ontology and the provenance, and, for a store not built here, those graphs with their entailments made
and validated on a scratch store (``checked_graphs``). What graph.build loads into the store and
graph.remote_build publishes."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from graph import sources
from graph.config import BuildConfig
from graph.curated import origin_finder
from graph.emit import emit
from graph.emit_cache import emit_cached
from graph.inference import infer
from graph.namespaces import GRAPH_NAMES, graph_iri
from graph.parsed import PARSED_DIR
from graph.store_load import StoredGraph, load_graphs
from graph.timing import Stopwatch
from graph.triples import Spool
from graph.validation import validate
from ontology import ONTOLOGY_FILE


@dataclass(frozen=True)
class Assembly:
    """The named graphs of one build and what the curated data said about itself."""

    graphs: dict[str, Collection | Graph | Spool]  # graph IRI -> its stated triples (an rdflib Graph, Triples, Spool)
    sources: int
    notes: tuple[str, ...]
    cited: int
    uncited: int
    derived: int
    where: Callable[[str], str | None]  # IRI -> the curated file and entry it comes from (origin_finder)


def input_roots(config: BuildConfig) -> list[Path]:
    """The source roots of a build: the repository's sources, then ``{data_dir}/accepted``."""
    return sources.source_roots(Path(config.curated_dir), config.accepted)


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def assemble_from_graph(data: Collection, base_iri: str, with_ontology: bool | Graph = True,
                        provenance: Collection | Spool | None = None) -> dict[str, Collection | Graph | Spool]:
    """The dataset's stated named graphs for a data graph: data, ontology (the project's, none, or
    the one given), provenance; the inferred graph is made on the store (graph.inference.infer)."""
    ontology = with_ontology if isinstance(with_ontology, Graph) else ontology_graph() if with_ontology else Graph()
    graphs: dict[str, Collection | Graph | Spool] = {
        graph_iri(base_iri, "data"): data,
        graph_iri(base_iri, "ontology"): ontology,
    }
    if provenance is not None:
        graphs[graph_iri(base_iri, "provenance")] = provenance
    return graphs


def assemble(config: BuildConfig, clock: Stopwatch | None = None, cache: Path | None = None,
             reuse: bool = True, parsed: bool = False,
             unit_done: Callable[[list[Path]], object] | None = None) -> Assembly:
    """Read, check and emit; raise CuratedDataError. Each step is timed on ``clock`` when one
    is given. With a ``cache`` directory, the rows are emitted there, reusing (if ``reuse``) those of
    every entry whose inputs are unchanged (graph.emit_cache), each unit's files given to ``unit_done``
    once complete; without, in memory and a spool. With
    ``parsed``, the parsed curated files are kept in the data directory (graph.parsed).
    Inference and SHACL validation run on a store of the rows (graph.incremental: a scratch
    store of the graphs they read; ``checked_graphs``: one in memory)."""
    clock = clock or Stopwatch()
    with clock.stage("load curated"):
        checked = sources.load(Path(config.curated_dir), input_roots(config),
                               Path(config.data_dir) / PARSED_DIR if parsed else None)
    with clock.stage("emit"):
        emitter: Any = emit(checked, config.base_iri) if cache is None else \
            emit_cached(checked, config.base_iri, cache, reuse, unit_done)
    graphs = assemble_from_graph(emitter.data, config.base_iri, provenance=emitter.provenance)
    return Assembly(graphs, len(checked.sources), checked.notes, emitter.cited, emitter.uncited, emitter.derived,
                    origin_finder(checked, config.base_iri))


def validated_graphs(base_iri: str) -> tuple[str, ...]:
    """The named graphs SHACL validates as one: the data with its entailments, and the ontology."""
    return tuple(graph_iri(base_iri, name) for name in ("data", "inferred", "ontology"))


def checked_graphs(assembly: Assembly, base_iri: str) -> dict[str, StoredGraph]:
    """The named graphs of an assembly with their entailments, made and SHACL-validated on a scratch
    in-memory store (for a store that is not built here, e.g. a remote one); raise
    GraphValidationError."""
    scratch = ox.Store()
    load_graphs(scratch, assembly.graphs)
    infer(scratch, base_iri)
    validate(scratch, validated_graphs(base_iri), assembly.where)
    return {graph_iri(base_iri, name): StoredGraph(scratch, graph_iri(base_iri, name)) for name in GRAPH_NAMES}
