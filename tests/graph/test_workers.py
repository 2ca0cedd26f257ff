"""Work in two processes gives what the same work in one gives: queries on a large store in worker
processes (graph.workers) and a large build's entries emitted in two halves (graph.emit_parallel).

Both start only above a size (graph.workers.MIN_BYTES, graph.emit_parallel.MIN_ENTRIES); these
tests lower the bars to zero so that the seed's build takes those paths.
"""

from __future__ import annotations

import pyoxigraph as ox

import os

from graph import emit_parallel, sources, workers
from graph.build import build, input_roots, validated_graphs
from graph.config import BuildConfig
from graph.emit import Emitter
from graph.errors import CuratedDataError
from graph.incremental import ENTAILED_DIR
from graph.namespaces import CJ, graph_iri
from graph.store import STORE_SUBDIR, open_graph, published_dir
from graph.validation import violations


def sorted_quads(data_dir) -> list[str]:
    graph = open_graph(data_dir)
    try:
        return sorted(graph.quads("nquads").decode("utf-8").splitlines())
    finally:
        graph.close()


def test_a_build_in_worker_processes_holds_the_same_quads_and_writes_the_same_entailed_rows(
        built_config, tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "MIN_BYTES", 0)
    monkeypatch.setattr(emit_parallel, "MIN_ENTRIES", 0)
    build(BuildConfig(data_dir=tmp_path / "data"), force=True)
    assert sorted_quads(tmp_path / "data") == sorted_quads(built_config.data_dir)
    mine, theirs = (published_dir(d) / ENTAILED_DIR for d in (tmp_path / "data", built_config.data_dir))
    assert sorted(p.name for p in mine.iterdir()) == sorted(p.name for p in theirs.iterdir())
    for path in mine.iterdir():  # the rows in the order one process writes them (incremental builds diff them)
        assert path.read_bytes() == (theirs / path.name).read_bytes()


def test_checks_in_worker_processes_find_the_violations_found_in_process(tmp_path, monkeypatch):
    base = BuildConfig().base_iri
    store = ox.Store(str(tmp_path / STORE_SUBDIR))
    project = ox.NamedNode(f"{base}project/lonely")  # a project with no name and no participant
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    graph = ox.NamedNode(graph_iri(base, "data"))
    store.add(ox.Quad(project, rdf_type, ox.NamedNode(str(CJ.CooperationProject)), graph))  # not flushed yet
    in_process = violations(store, validated_graphs(base))
    assert in_process
    monkeypatch.setattr(workers, "MIN_BYTES", 0)
    assert violations(store, validated_graphs(base), location=tmp_path / STORE_SUBDIR) == in_process


def emitted_rows(emitted) -> tuple[set[str], set[str], tuple[int, int, int]]:
    return (set(emit_parallel.Joined((emitted.data,)).rows()), set(emitted.provenance.rows()),
            (emitted.cited, emitted.uncited, emitted.derived))


def test_the_half_a_failed_child_emitted_is_emitted_again_in_the_parent(monkeypatch):
    config = BuildConfig()
    curated = sources.load(config.curated_dir, input_roots(config))
    one_process = emitted_rows(emit_parallel.emit_all(curated, config.base_iri))
    parent, entry = os.getpid(), Emitter.entry

    def failing_in_the_child(self, item):
        if os.getpid() != parent:
            raise CuratedDataError("facts.yaml", item.id, "the child cannot emit this")
        entry(self, item)

    monkeypatch.setattr(Emitter, "entry", failing_in_the_child)
    monkeypatch.setattr(emit_parallel, "MIN_ENTRIES", 0)
    assert emitted_rows(emit_parallel.emit_all(curated, config.base_iri)) == one_process
