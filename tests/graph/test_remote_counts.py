"""What a build counted, served beside a remote store (graph.remote_counts) against a real Oxigraph
server: the build shares its counts into the data directory, a runner answers the recognised aggregates
from them (the same bytes as the store's answer) and the VoID description too, but only while the
store's manifest names their build."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import remote_build, void
from graph.aggregates import AGGREGATES_DIR, INDEX_FILE
from graph.remote import RemoteConfig, RemoteStore
from graph.remote_build import MANIFEST_GRAPH, counts_dir, publish_graphs, share_counts
from graph.remote_counts import RemoteCounts
from graph.remote_runner import RemoteRunner
from graph.results import SOLUTIONS
from graph.routing import PARTITION_FILE
from graph.runner import QueryJob
from graph.store import KnowledgeGraph, Manifest, current_store_dir, open_store
from graph.terms import iri, literal
from graph.void import VOID, VOID_FILE, void_triples
from tests.graph.test_aggregates import RECOGNISED, counted_answer
from tests.oxigraph_server import running_oxigraph

ENDPOINT = "http://localhost/sparql"
PROJECTS = RECOGNISED[4]  # the projects per organisation: rows in the counts, none in a store without them


def job(query: str, fmt: str = "csv") -> QueryJob:
    return QueryJob(query, {SOLUTIONS: fmt}, 10**6, routable=True)


def test_the_remote_build_shares_what_it_counted(remote_config, kg):
    """Linked, not copied: the data directory's files are its embedded build's."""
    shared = counts_dir(Path(remote_config.data_dir), kg.content_hash)
    embedded = current_store_dir(remote_config.data_dir)
    for name in (VOID_FILE, PARTITION_FILE, f"{AGGREGATES_DIR}/{INDEX_FILE}"):
        assert (shared / name).samefile(embedded / name), name


def test_counts_are_shared_whole_and_other_builds_dropped(tmp_path):
    build = tmp_path / "build"
    (build / AGGREGATES_DIR).mkdir(parents=True)
    for name in (VOID_FILE, PARTITION_FILE, f"{AGGREGATES_DIR}/0.json", f"{AGGREGATES_DIR}/{INDEX_FILE}"):
        (build / name).write_text(name)
    (build / "quads.nq").write_text("not counted")
    home = tmp_path / "data"
    old = counts_dir(home, "0" * 64)
    old.mkdir(parents=True)
    shared = share_counts(build, home, "a" * 64)
    assert shared == counts_dir(home, "a" * 64) and not old.exists()
    assert sorted(str(p.relative_to(shared)) for p in shared.rglob("*") if p.is_file()) == sorted(
        [VOID_FILE, PARTITION_FILE, f"{AGGREGATES_DIR}/0.json", f"{AGGREGATES_DIR}/{INDEX_FILE}"])
    assert share_counts(build, home, "a" * 64) == shared  # kept: a build's counts never change


def test_the_runner_answers_the_recognised_aggregates_as_the_store_does(remote_config):
    """On the real build in the store: the counts' answers are the store's own, byte for byte."""
    remote = open_store(remote_config)
    counts = RemoteCounts.of(remote)
    assert counts is not None
    with_counts = RemoteRunner(remote.store, 1, 1.0, counts)
    without = RemoteRunner(remote.store, 1, 1.0)
    try:
        for query in RECOGNISED:
            for fmt in ("csv", "json"):
                assert with_counts.run(job(query, fmt), 30).body == without.run(job(query, fmt), 30).body, (query, fmt)
    finally:
        remote.close()


SMALL = {"urn:g": [(iri("urn:s"), iri("urn:p"), literal("o"))]}


@pytest.fixture
def small_store(kg, tmp_path):
    """A fresh Oxigraph server holding one triple under a manifest naming the real build, and a data
    directory holding that build's counts: an answer with rows came from the counts, none from the store."""
    with running_oxigraph(tmp_path / "db", tmp_path / "log") as url:
        store = RemoteStore(RemoteConfig(url))
        publish_graphs(store, SMALL, Manifest(kg.base_iri, kg.content_hash, 0, ""))
        home = tmp_path / "data"
        share_counts(Path(kg.path), home, kg.content_hash)
        try:
            yield KnowledgeGraph(store, kg.base_iri, kg.content_hash, home=home)
        finally:
            store.close()


def _republish(graph: KnowledgeGraph, content_hash: str | None) -> None:
    """The store published again with the manifest of ``content_hash`` (None: only its manifest deleted,
    as a publication does first)."""
    if content_hash is None:
        remote_build._delete(graph.store, graph.graph_iri(MANIFEST_GRAPH))
    else:
        publish_graphs(graph.store, SMALL, Manifest(graph.base_iri, content_hash, 0, ""))


def test_counts_answer_only_while_the_store_holds_their_build(small_store, kg, monkeypatch):
    counts = RemoteCounts.of(small_store)
    assert counts is not None
    runner = RemoteRunner(small_store.store, 1, 1.0, counts)
    sent: list[str] = []
    request = small_store.store.request
    monkeypatch.setattr(small_store.store, "request", lambda sparql, *a, **k: sent.append(sparql) or request(sparql, *a, **k))
    expected = counted_answer(PROJECTS, counts.partition, counts.aggregates)
    assert len(expected.splitlines()) > 2
    assert runner.run(job(PROJECTS), 30).body.decode() == expected
    assert len(sent) == 1 and "identifier" in sent[0]  # the store was asked for its manifest only
    _republish(small_store, "another build")
    assert len(runner.run(job(PROJECTS), 30).body.decode().splitlines()) == 1  # the store's: a header, no rows
    _republish(small_store, None)
    assert len(runner.run(job(PROJECTS), 30).body.decode().splitlines()) == 1
    _republish(small_store, kg.content_hash)
    assert runner.run(job(PROJECTS), 30).body.decode() == expected


def test_the_void_description_is_the_builds_while_the_store_holds_it(small_store, kg):
    triples = f"{VOID}triples"
    kept = {str(o.value) for s, p, o in void_triples(kg, ENDPOINT) if str(p.value) == triples}
    served = {str(o.value) for s, p, o in void_triples(small_store, ENDPOINT) if str(p.value) == triples}
    assert served == kept and set(void_triples(small_store, ENDPOINT)) == set(void_triples(kg, ENDPOINT))
    _republish(small_store, "another build")
    counted = {int(o.value) for s, p, o in void_triples(small_store, ENDPOINT) if str(p.value) == triples}
    assert counted == {small_store.triple_count()} and counted != {int(v) for v in kept}  # counted on the store


def test_no_counts_for_another_build_or_an_embedded_graph(small_store, kg):
    other = KnowledgeGraph(small_store.store, kg.base_iri, "another build", home=small_store.home)
    assert RemoteCounts.of(other) is None and void._shared(other) is None
    assert RemoteCounts.of(kg) is None
