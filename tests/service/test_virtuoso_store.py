"""The remote store against a real Virtuoso (tests/virtuoso_server.py, configured as docs/stores.md
says): the build publishes into it, then, with its SPARQL account made read-only, the library and
a real server.py read from it what they read from the embedded store, its time limit is reported as
a timeout, and federation and writes are refused by Virtuoso itself as well as by the service."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest
import requests

from graph.build import build
from graph.errors import QueryError
from graph.store import open_store
from search.config import SEARCH_INDEX_DIR
from search.prebuild import index_dir
from tests.rdf_sets import parsed_set
from tests.service.conftest import assert_entity_pages_alike, start_server, stop_server, wait_for
from tests.shared import building_apart
from tests.virtuoso_server import running_virtuoso

pytestmark = pytest.mark.server

# one label each: SPARQL leaves the order of literals with different language tags to the server
UNIVERSITIES = ('SELECT ?u ?label WHERE { ?u a cj:University ; rdfs:label ?label FILTER(lang(?label) = "zh") } '
                "ORDER BY ?u")
CONSTRUCT = "CONSTRUCT { ?u rdfs:label ?label } WHERE { ?u a cj:University ; rdfs:label ?label }"
PER_ORGANISATION = """SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p a cj:CooperationProject ; cj:participant ?org }
GROUP BY ?org ORDER BY DESC(?n) ?org"""
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SERVICE = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
QUESTIONS = ("哪些高校参与了氢能相关的合作项目?", "有多少个合作项目?", "Which universities cooperate on hydrogen energy?")


@pytest.fixture(scope="module")
def virtuoso(built_config, tmp_path_factory):
    """The curated data built into a new Virtuoso, whose SPARQL account then only reads."""
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        config = building_apart(built_config, tmp_path_factory.mktemp("virtuoso-build") / "data", store=server.url,
                                store_kind="virtuoso")
        assert build(config).rebuilt
        server.account("serving")
        yield server, config


@pytest.fixture(scope="module")
def remote(virtuoso):
    graph = open_store(virtuoso[1])
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def virtuoso_server(virtuoso, kg, tmp_path_factory):
    """server.py over the Virtuoso, with the search index of the session's build (nothing embedded)."""
    data = tmp_path_factory.mktemp("virtuoso-data")
    shutil.copytree(index_dir(kg.path), data / SEARCH_INDEX_DIR)
    running = start_server(data, tmp_path_factory.mktemp("virtuoso-logs"),
                           "--store", virtuoso[0].url, "--store-kind", "virtuoso")
    wait_for(running, "/readyz")
    yield running
    assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-4000:]


def sparql(server, query: str, accept: str = "application/sparql-results+json") -> requests.Response:
    return requests.get(server.sparql, params={"query": query}, headers={"Accept": accept}, timeout=60)


def test_the_library_reads_what_the_embedded_store_holds(kg, remote):
    assert remote.select(UNIVERSITIES) == kg.select(UNIVERSITIES)
    assert remote.select(PER_ORGANISATION) == kg.select(PER_ORGANISATION)
    assert remote.ask("ASK { ?p a cj:CooperationProject }") and not remote.ask("ASK { ?p a cj:NoSuchClass }")
    assert set(remote.construct(CONSTRUCT)) == set(kg.construct(CONSTRUCT))
    assert remote.triple_count() == kg.triple_count() + 3  # its own graphs hidden; the build's manifest


def test_virtuoso_itself_refuses_writes_and_federation(virtuoso, remote):
    """The serving account: the Graph Store Protocol's writes and SERVICE are refused by Virtuoso."""
    put = requests.put(f"{virtuoso[0].url}/sparql-graph-crud", params={"graph": "urn:g"}, data=b"<urn:a> <urn:b> <urn:c> .",
                       headers={"Content-Type": "application/n-triples"}, timeout=30)
    assert put.status_code in (401, 403)
    with pytest.raises(QueryError, match="refused"):
        remote.select("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="refused"):
        remote.select("SELECT * WHERE { ?a cj:subOrganizationOf+ ?b }")  # Virtuoso: no bound start


def test_sparql_answers_as_the_embedded_store(server, virtuoso_server):
    for query in (UNIVERSITIES, PER_ORGANISATION):
        ours, theirs = (sparql(s, query) for s in (virtuoso_server, server))
        assert ours.status_code == theirs.status_code == 200
        assert ours.json() == theirs.json() and ours.json()["results"]["bindings"]
    for query, expected in (("ASK { ?u a cj:University }", True), ("ASK { ?u a cj:NoSuchClass }", False)):
        assert sparql(virtuoso_server, query).json()["boolean"] is expected


def test_sparql_graphs_are_the_same(server, virtuoso_server):
    ours, theirs = (sparql(s, CONSTRUCT, "text/turtle") for s in (virtuoso_server, server))
    assert ours.status_code == theirs.status_code == 200
    assert parsed_set(ours.content, ox.RdfFormat.TURTLE) == parsed_set(theirs.content, ox.RdfFormat.TURTLE)


def test_a_query_past_the_deadline_is_a_timeout_not_a_partial_answer(virtuoso_server):
    answer = sparql(virtuoso_server, ENDLESS)
    assert answer.status_code == 503 and answer.json()["error"]["code"] == "query_timeout"


def test_the_service_refuses_service_and_updates(virtuoso_server):
    assert sparql(virtuoso_server, SERVICE).status_code == 403
    update = requests.post(virtuoso_server.sparql, data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=30)
    assert update.status_code == 403


def test_search_and_ask_answer_as_the_embedded_store(server, virtuoso_server):
    found = [requests.get(f"{s.url}/api/search", params={"q": "氢能", "k": 5}, timeout=60).json()
             for s in (virtuoso_server, server)]
    assert found[0] == found[1] and found[0]["results"]
    for question in QUESTIONS:
        ours, theirs = (requests.get(f"{s.url}/api/ask", params={"q": question}, timeout=60).json()
                        for s in (virtuoso_server, server))
        assert ours == theirs and ours["answer_text"], question


def test_entity_pages_are_the_same(server, virtuoso_server, entity_path):
    assert_entity_pages_alike(virtuoso_server, server, entity_path)
