"""The build's fact graphs kept as N-Triples files beside its store, from which each query worker
makes its in-memory copy (graph.worker_store) with Oxigraph's loader.

Copying a fact graph out of RocksDB reads every term back from the store's dictionary one at a time:
at 1000x the seed, 17 s of CPU per graph (about a minute of wall on a loaded machine), then the
load. Parsing the same rows from a file takes a fraction of that, leniently (no IRI validation: the
rows were written by Oxigraph from the checked store), so a worker's copy can be made before the
server says it is ready (bench/results/ready14-2026-12-03.md).

The files live in ``{build}/facts/``, one per fact graph in the order of the build's
graph.routing.Partition (``0.nt``, ``1.nt``, ...). ``keep`` writes them once, from the published
store's own dump (its order is the store's key order: two builds of the same data, and so two
replicas, keep the same bytes and their workers answer in the same order; a dump of the scratch
store inference ran on follows the order inference wrote its rows in, which varies): the build calls
it before publishing, and a server start on a build made before they existed calls it too. They are
written into a scratch directory renamed into place, so ``facts/`` is complete or absent; a worker
still checks the quads it loaded against the Partition's count before it uses them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox

from graph import routing
from graph.embedded import EmbeddedStore
from graph.publish import clean_leftovers
from graph.routing import Partition
from graph.store import KnowledgeGraph

FACTS_DIR = "facts"  # in the build's directory, beside partition.json


class FactFilesMismatch(RuntimeError):
    """The kept files do not hold the build's fact graphs (their quad count differs)."""


def files(build_dir: Path, partition: Partition) -> tuple[tuple[str, Path], ...] | None:
    """(graph IRI, N-Triples file) of each fact graph kept in ``build_dir``; None when none are kept."""
    directory = Path(build_dir) / FACTS_DIR
    if not directory.is_dir():
        return None
    return tuple((iri, directory / f"{i}.nt") for i, iri in enumerate(partition.fact_graphs))


def keep(kg: KnowledgeGraph, graphs: tuple[str, ...] | None = None) -> Path | None:
    """Write the fact graphs of the embedded build ``kg`` into its directory once (the directory, or
    None for a graph that is not an embedded build with a Partition). Dumps each graph from the
    store: at 1000x the seed 25 s of CPU, once per build. ``graphs``: their IRIs in the Partition's order
    (the build, whose routing.keep writes the Partition meanwhile: graph.kept_beside), else the kept Partition's."""
    if kg.path is None or not isinstance(kg.store, EmbeddedStore):
        return None
    build = Path(kg.path)
    if graphs is None:
        partition = routing.kept(build, kg.content_hash)
        if partition is None:
            return None
        graphs = partition.fact_graphs
    target = build / FACTS_DIR
    if target.is_dir():
        return target
    clean_leftovers(build)  # a writer killed before its rename
    scratch = build / f"{FACTS_DIR}.tmp-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for i, iri in enumerate(graphs):
        kg.store.oxigraph.dump(str(scratch / f"{i}.nt"), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
    try:
        scratch.rename(target)
    except OSError:  # another process kept them first: theirs are the same rows
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def load(kept: tuple[tuple[str, Path], ...], partition: Partition) -> ox.Store:
    """An in-memory store of the kept fact graphs, each under its name; FactFilesMismatch when it
    does not hold the Partition's count of quads (OSError, SyntaxError: a file unreadable)."""
    copy = ox.Store()
    for iri, path in kept:
        # lenient: Oxigraph wrote these rows from the checked store; validating every IRI again costs a third of the load
        copy.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri), lenient=True)
    if len(copy) != partition.facts:
        raise FactFilesMismatch(f"the kept fact graphs hold {len(copy)} quads, the build {partition.facts}")
    return copy

