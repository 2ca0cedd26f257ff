"""A build into a remote store (a real Oxigraph server) keeps its search index and question
answering's start-up facts in the data directory, as an embedded build keeps them in its own:
a start then embeds nothing (counted with a wrapper around the real default embedder) and reads
the facts back from the kept file without a query; a file kept for another graph is made again."""

from dataclasses import replace
from functools import partial

import pytest

from graph.build import build
from graph.remote_build import open_remote
from graph.store import KnowledgeGraph
from search import SearchConfig, SearchEngine, qa_prepared, snapshot
from search.prebuild import index_dir, prepare
from tests.search.conftest import Recording


class Counting:
    """The real remote store, counting the queries it is asked."""

    def __init__(self, inner):
        self.inner, self.queries = inner, 0

    def __getattr__(self, name):
        method = getattr(self.inner, name)
        if name in ("select", "ask", "construct", "describe", "quads", "count"):
            self.queries += 1
        return method


@pytest.fixture(scope="module")
def prepared(remote_config, tmp_path_factory, use_embedder):
    """The session's remote store built again with ``prepare`` into a data directory of its own:
    (the build's config, the texts that build embedded)."""
    config = replace(remote_config, data_dir=tmp_path_factory.mktemp("remote-prepared"))
    recording = Recording(use_embedder)
    build(config, prepare=partial(prepare, embedder=recording))
    return config, recording.texts


def counted(config) -> tuple[KnowledgeGraph, Counting]:
    kg = open_remote(config)
    kg.store = spy = Counting(kg.store)
    return kg, spy


def test_the_index_and_the_facts_are_kept_in_the_data_directory(prepared):
    config, embedded = prepared
    kept = index_dir(config.data_dir)
    assert embedded  # the remote graph's passages, embedded at build time
    assert (kept / "manifest.json").is_file() and (kept / snapshot.INDEXES_FILE).is_file()
    assert (kept / qa_prepared.FILE).is_file()


def test_a_start_on_the_remote_graph_embeds_nothing_and_queries_nothing_for_the_facts(prepared, use_embedder):
    config, _ = prepared
    kg, spy = counted(config)
    restart = Recording(use_embedder)
    try:
        engine = SearchEngine.open(kg, SearchConfig(), index_dir(config.data_dir), embedder=restart)
        assert restart.texts == []
        before = spy.queries
        facts, graph = qa_prepared.facts_and_graph(kg, engine.catalogue)
        assert spy.queries == before  # read back from the kept file, not by SPARQL
        assert facts.kg is kg and graph is not None
    finally:
        kg.close()


def test_facts_kept_for_another_graph_are_made_again(prepared, use_embedder):
    config, _ = prepared
    path = index_dir(config.data_dir) / qa_prepared.FILE
    kg = open_remote(config)
    try:
        snapshot.save(path, {**qa_prepared.key_of(kg), "graph_hash": "0" * 64}, snapshot.load(path, qa_prepared.key_of(kg)))
        assert snapshot.payload(path, qa_prepared.key_of(kg)) is None
        again = Recording(use_embedder)
        build(config, prepare=partial(prepare, embedder=again))
        assert again.texts == []  # the dense index is still current
        assert snapshot.payload(path, qa_prepared.key_of(kg)) is not None
    finally:
        kg.close()
