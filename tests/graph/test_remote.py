"""The remote store backend against a real Oxigraph server: the build publishes into it, and the
library reads the same dataset from it as from the embedded store."""

from __future__ import annotations

import json
from dataclasses import replace

import pyoxigraph as ox
import pytest
import rdflib

from graph import remote_build, sources
from graph.build import build
from graph.entities import concise_description, describe
from graph.errors import BadInput, QueryError, QueryRefused, RemoteStoreError, StoreNotBuilt
from graph.remote import RemoteConfig, RemoteStore
from graph.remote_build import MANIFEST_GRAPH, open_remote, publish_graphs
from graph.remote_runner import RemoteRunner
from graph.results import GRAPH, SOLUTIONS
from graph.runner import QueryJob
from graph.store import Manifest, open_store
from graph.terms import iri, literal
from tests.oxigraph_server import running_oxigraph

UNIVERSITIES = "SELECT ?u ?label WHERE { ?u a cj:University ; rdfs:label ?label } ORDER BY ?u ?label"


@pytest.fixture(scope="module")
def remote(remote_config):
    graph = open_store(remote_config)
    yield graph
    graph.close()


def canonical(nquads: bytes, drop_graph: str | None = None) -> list[str]:
    """The quads with blank nodes canonically relabelled (RDFC-1.0), sorted; without ``drop_graph``."""
    dataset = ox.Dataset(q for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
                         if not (drop_graph and isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == drop_graph))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in dataset)


def test_the_build_publishes_the_same_dataset(kg, remote):
    """Every quad of the embedded build is in the server, and nothing else but the build's manifest."""
    manifest = remote.graph_iri(MANIFEST_GRAPH)
    assert canonical(remote.quads(), drop_graph=manifest) == canonical(kg.quads())
    assert remote.content_hash == kg.content_hash and remote.base_iri == kg.base_iri
    assert remote.triple_count() == kg.triple_count() + 3  # the manifest's three triples


def test_an_unchanged_build_is_not_published_again(remote_config):
    report = build(remote_config)
    assert not report.rebuilt and report.store_dir == remote_config.store


def test_a_start_on_a_store_holding_the_build_reads_no_sources(remote_config, monkeypatch):
    """A server's start on a remote store holding the build (graph.restart): its manifest is read and
    nothing else; checking the sources for a report's count took 23 s of CPU at 1000x the seed."""
    def refuse(*args, **kwargs):
        raise AssertionError("a start read the sources")

    monkeypatch.setattr(sources, "load", refuse)
    assert remote_build.ensure_published(remote_config) == remote_config.store


def test_queries_answer_as_the_embedded_store(kg, remote):
    assert remote.select(UNIVERSITIES) == kg.select(UNIVERSITIES)
    assert remote.rows(UNIVERSITIES) == kg.rows(UNIVERSITIES)
    assert remote.ask("ASK { ?p a cj:CooperationProject }") and not remote.ask("ASK { ?p a cj:NoSuchClass }")
    construct = "CONSTRUCT { ?u rdfs:label ?l } WHERE { ?u a cj:University ; rdfs:label ?l }"
    assert set(remote.construct(construct)) == set(kg.construct(construct))
    university = kg.select(UNIVERSITIES)[0]["u"]
    assert set(remote.store.describe(university)) == set(kg.store.describe(university))


def test_bindings_are_bound_alike(kg, remote):
    query = "SELECT ?l WHERE { ?x rdfs:label ?l } ORDER BY ?l"
    university = kg.select(UNIVERSITIES)[0]["u"]
    assert remote.select(query, x=university) == kg.select(query, x=university)


def test_entity_descriptions_are_the_same(kg, remote):
    university = kg.select(UNIVERSITIES)[0]["u"]
    assert describe(remote, university).to_dict() == describe(kg, university).to_dict()
    assert set(concise_description(remote, university)) == set(concise_description(kg, university))


def test_a_malformed_query_is_a_query_error(remote):
    with pytest.raises(QueryError, match="refused"):
        remote.select("SELECT * WHERE { ?s ?p")


def test_an_unreachable_store_is_named(remote_config):
    with pytest.raises(RemoteStoreError, match="cannot be reached"):
        open_store(replace(remote_config, store="http://127.0.0.1:9"))


def test_messages_never_show_the_stores_password():
    assert RemoteConfig("http://user:secret@host:3030/ds").redacted_url == "http://host:3030/ds"


def test_an_empty_store_holds_no_build(remote_config, tmp_path):
    with running_oxigraph(tmp_path / "db", tmp_path / "log") as url:
        with pytest.raises(StoreNotBuilt, match="holds no build"):
            open_remote(replace(remote_config, store=url))


def test_a_graph_slower_to_send_than_to_connect_is_published(tmp_path):
    """The client's connect timeout also bounds sending a request's body (requests and urllib3 keep
    it on the socket until the request is sent): a graph the server takes in for longer than
    connecting may take is still published (at 10x the seed the provenance graph took Oxigraph
    more than the 5 s default)."""
    triples = [(iri(f"urn:s{i}"), iri("urn:p"), literal(f"text {i} " * 8)) for i in range(100_000)]
    with running_oxigraph(tmp_path / "db", tmp_path / "log") as url:
        store = RemoteStore(RemoteConfig(url, connect_timeout_s=0.01))
        try:
            written = publish_graphs(store, {"urn:g": triples}, Manifest("https://example.org/", "h", 0, ""))
        finally:
            store.close()
    assert written.triples == 100_000


def test_a_graph_larger_than_a_batch_replaces_the_graph_whole(tmp_path, monkeypatch):
    """A graph is published in batches (a PUT, then POSTs that merge): all of it arrives, and
    nothing of what the graph held before stays."""
    monkeypatch.setattr(remote_build, "PUBLISH_BATCH_TRIPLES", 1000)
    old = [(iri("urn:old"), iri("urn:p"), literal("old"))]
    new = [(iri(f"urn:s{i}"), iri("urn:p"), literal(str(i))) for i in range(2500)]
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:g> { ?s ?p ?o } }"
    with running_oxigraph(tmp_path / "db", tmp_path / "log") as url:
        store = RemoteStore(RemoteConfig(url))
        try:
            publish_graphs(store, {"urn:g": old}, Manifest("https://example.org/", "h1", 0, ""))
            written = publish_graphs(store, {"urn:g": new}, Manifest("https://example.org/", "h2", 0, ""))
            assert written.triples == 2500 and int(store.select(count)[0]["n"].value) == 2500
            assert not store.ask("ASK { GRAPH <urn:g> { <urn:old> ?p ?o } }")
            assert store.ask('ASK { GRAPH <urn:g> { <urn:s0> ?p "0" . <urn:s2499> ?p "2499" } }')
        finally:
            store.close()


def test_graphs_an_earlier_build_left_are_deleted(tmp_path):
    """Publishing deletes every named graph it did not write, an empty one too (Oxigraph's list of
    named graphs, graph.remote.NAMED_GRAPHS, holds it; a scan of the quads would not find it)."""
    triples = [(iri("urn:s"), iri("urn:p"), literal("o"))]
    with running_oxigraph(tmp_path / "db", tmp_path / "log") as url:
        store = RemoteStore(RemoteConfig(url))
        try:
            publish_graphs(store, {"urn:kept": triples, "urn:left": triples, "urn:empty": []},
                           Manifest("https://example.org/", "h1", 0, ""))
            publish_graphs(store, {"urn:kept": triples}, Manifest("https://example.org/", "h2", 0, ""))
            named = {row["g"].value for row in store.select(store.config.dialect.graphs_query)}
        finally:
            store.close()
    assert named == {"urn:kept", "https://example.org/graph/build"}


@pytest.mark.parametrize("url, kind", [("ftp://host/", "oxigraph"), ("http://", "oxigraph"),
                                       ("http://host:7878", "blazegraph")])
def test_bad_store_settings_are_refused(url, kind):
    with pytest.raises(BadInput):
        RemoteConfig(url, kind)


@pytest.mark.parametrize("kind, expected", [("oxigraph", {}), ("fuseki", {"timeout": "2.5"}),
                                            ("virtuoso", {"timeout": "2500"}), ("qlever", {"timeout": "2.5s"})])
def test_each_server_gets_its_own_timeout_parameter(kind, expected):
    assert RemoteConfig("http://host", kind).dialect.timeout(2.5) == expected


def test_oxigraph_takes_writes_in_with_its_bulk_loader():
    """Only Oxigraph is sent its bulk loader's parameter with Graph Store writes; no other product is
    sent a parameter it does not know."""
    assert RemoteConfig("http://host", "oxigraph").dialect.write_params == {"no_transaction": ""}
    assert all(not RemoteConfig("http://host", kind).dialect.write_params for kind in ("fuseki", "virtuoso", "qlever"))


def test_the_build_made_here_is_the_one_published(remote_config, remote):
    """The remote build makes, entails and checks its graphs as an embedded build in the data
    directory, then publishes that build: the published build there is the store's."""
    here = open_store(replace(remote_config, store=None))
    try:
        assert here.content_hash == remote.content_hash
        assert canonical(remote.quads(), drop_graph=remote.graph_iri(MANIFEST_GRAPH)) == canonical(here.quads())
    finally:
        here.close()


def test_the_index_is_shared_by_links_replacing_namesakes(tmp_path):
    """share_index links each file of a build's index into the data directory's index, replacing a
    file of the same name, keeping other files (another build's, keyed apart), subdirectories too."""
    index = tmp_path / "build" / "search-index"
    (index / "dense").mkdir(parents=True)
    (index / "a.json").write_text("new")
    (index / "dense" / "v.npy").write_text("vectors")
    home = tmp_path / "data"
    (home / "search-index").mkdir(parents=True)
    (home / "search-index" / "a.json").write_text("old")
    (home / "search-index" / "other.json").write_text("kept")
    remote_build.share_index(index, home)
    shared = home / "search-index"
    assert (shared / "a.json").read_text() == "new" and (shared / "other.json").read_text() == "kept"
    assert (shared / "dense" / "v.npy").samefile(index / "dense" / "v.npy")
    assert sorted(p.name for p in shared.iterdir()) == ["a.json", "dense", "other.json"]


# --- the /sparql endpoint's runner over the remote store ---------------------------------------


@pytest.fixture(scope="module")
def runner(remote):
    pool = RemoteRunner(remote.store, concurrency=2, admission_wait_s=1.0)
    yield pool
    pool.close()


def job(query: str, cap: int = 1000, solutions: str = "json", graph: str = "turtle", **dataset) -> QueryJob:
    return QueryJob(query, {SOLUTIONS: solutions, GRAPH: graph}, cap, **dataset)


def test_the_runner_serialises_like_the_worker_pool(kg, runner):
    result = runner.run(job(UNIVERSITIES), timeout=10)
    body = json.loads(result.body)
    rows = [{k: v["value"] for k, v in row.items()} for row in body["results"]["bindings"]]
    assert rows == [{k: str(v) for k, v in row.items()} for row in kg.select(UNIVERSITIES)]
    assert result.count == len(rows) and not result.truncated


def test_the_runner_caps_rows(runner):
    result = runner.run(job("SELECT ?s WHERE { ?s ?p ?o }", cap=5), timeout=10)
    assert result.count == 5 and result.truncated


def test_the_runner_writes_graphs(kg, runner):
    query = "CONSTRUCT { ?u rdfs:label ?l } WHERE { ?u a cj:University ; rdfs:label ?l }"
    result = runner.run(job(query), timeout=10)
    parsed = rdflib.Graph().parse(data=result.body, format="turtle")
    assert len(parsed) == len(kg.construct(query)) == result.count


def test_the_runner_honours_the_protocol_dataset(kg, runner):
    ontology = kg.graph_iri("ontology")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    result = runner.run(job(query, default_graphs=(ontology,), named_graphs=()), timeout=10)
    expected = kg.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ontology}> {{ ?s ?p ?o }} }}")[0]["n"]
    assert int(json.loads(result.body)["results"]["bindings"][0]["n"]["value"]) == expected


def test_service_and_updates_never_reach_the_store():
    with pytest.raises(QueryRefused):
        job("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryRefused):
        job("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
