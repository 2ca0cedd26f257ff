"""Work on a large store in worker processes (graph.workers) gives what the same work in process gives.

The workers start only for a store on disk of MIN_BYTES or more; these tests lower the bar to
zero, and the build's scratch store (graph.incremental: in memory up to MAX_IN_MEMORY rows) is
put on disk, so that the seed's build takes the workers' path.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph import incremental, workers
from graph.assembly import validated_graphs
from graph.build import build
from graph.config import BuildConfig
from graph.build_rows import ENTAILED_DIR
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
    monkeypatch.setattr(incremental, "MAX_IN_MEMORY", 0)
    build(BuildConfig(data_dir=tmp_path / "data"), force=True)
    assert sorted_quads(tmp_path / "data") == sorted_quads(built_config.data_dir)
    mine, theirs = (published_dir(d) / ENTAILED_DIR for d in (tmp_path / "data", built_config.data_dir))
    assert sorted(p.name for p in mine.iterdir()) == sorted(p.name for p in theirs.iterdir())
    for path in mine.iterdir():  # their distinct rows (what incremental builds diff; the order is the store's)
        assert set(path.read_bytes().splitlines()) == set((theirs / path.name).read_bytes().splitlines())


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
