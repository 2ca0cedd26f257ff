"""A real server.py process serving from a remote store (a real Oxigraph server, CHANJIAO_STORE's
--store) answers /sparql, search, ask and the linked-data pages as the embedded store's server does."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest
import requests
from SPARQLWrapper import JSON, SPARQLWrapper

from tests.rdf_sets import parsed_set
from tests.service.conftest import start_server, stop_server, wait_for

pytestmark = pytest.mark.server

UNIVERSITIES = "SELECT ?u ?label WHERE { ?u a cj:University ; rdfs:label ?label FILTER(lang(?label) = 'zh') } ORDER BY ?u"
CONSTRUCT = "CONSTRUCT { ?u rdfs:label ?label } WHERE { ?u a cj:University ; rdfs:label ?label }"
QUESTION = "哪些高校参与了氢能相关的合作项目?"


@pytest.fixture(scope="module")
def remote_server(remote_config, tmp_path_factory):
    """server.py with --store naming the Oxigraph server, and a data directory holding no build."""
    data = tmp_path_factory.mktemp("remote-data")  # only the search index goes here
    running = start_server(data, tmp_path_factory.mktemp("remote-logs"), "--store", remote_config.store)
    wait_for(running, "/readyz")
    yield running
    assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-4000:]


def select(url: str, query: str) -> list[dict]:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.queryAndConvert()["results"]["bindings"]


def test_sparql_answers_as_the_embedded_store(server, remote_server):
    rows = select(remote_server.sparql, UNIVERSITIES)
    assert rows == select(server.sparql, UNIVERSITIES) and len(rows) > 3


def test_sparql_graphs_are_the_same(server, remote_server):
    graphs = []
    for running in (server, remote_server):
        response = requests.get(running.sparql, params={"query": CONSTRUCT}, headers={"Accept": "text/turtle"}, timeout=30)
        assert response.status_code == 200
        graphs.append(parsed_set(response.content, ox.RdfFormat.TURTLE))
    assert graphs[0] == graphs[1] and len(graphs[0]) > 3


def test_sparql_refuses_service_and_updates(remote_server):
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert requests.get(remote_server.sparql, params={"query": service}, timeout=30).status_code == 403
    update = requests.post(remote_server.sparql, data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}, timeout=30)
    assert update.status_code == 403


def test_search_answers_as_the_embedded_store(server, remote_server):
    params = {"q": "氢能", "k": 5}
    ours, theirs = (requests.get(f"{s.url}/api/search", params=params, timeout=60).json() for s in (remote_server, server))
    assert ours == theirs and ours["results"]


def test_ask_answers_as_the_embedded_store(server, remote_server):
    ours, theirs = (requests.get(f"{s.url}/api/ask", params={"q": QUESTION}, timeout=60).json()
                    for s in (remote_server, server))
    assert ours == theirs and ours["answer_text"]


def test_entity_pages_are_the_same(server, remote_server, entity_path):
    api = "/api/entity" + entity_path[len("/id"):]
    ours, theirs = (requests.get(s.url + api, timeout=30).json() for s in (remote_server, server))
    assert ours == theirs and ours["labels"]
    page = requests.get(remote_server.url + entity_path, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and ours["labels"]["zh"] in page.text
    turtle = [parsed_set(requests.get(s.url + entity_path, headers={"Accept": "text/turtle"}, timeout=30).content,
                         ox.RdfFormat.TURTLE) for s in (remote_server, server)]
    assert turtle[0] == turtle[1] and len(turtle[0]) > 3


def test_a_new_publication_is_followed(remote_config, kg, entity_path, tmp_path):
    """A build published into the remote store while the server runs is served without a restart."""
    import shutil
    from dataclasses import replace

    from graph.build import build
    from search.config import SEARCH_INDEX_DIR
    from search.prebuild import index_dir
    from tests.oxigraph_server import running_oxigraph

    # the passages' vectors from the session's build: this server embeds nothing (remote_server does)
    shutil.copytree(index_dir(kg.path), tmp_path / "data" / SEARCH_INDEX_DIR)
    with running_oxigraph(tmp_path / "db", tmp_path / "oxigraph.log") as url:
        config = replace(remote_config, store=url)
        build(config)
        running = start_server(tmp_path / "data", tmp_path, "--store", url)
        try:
            wait_for(running, "/readyz")
            api = running.url + "/api/entity" + entity_path[len("/id"):]
            assert requests.get(api, timeout=30).json()["id"].startswith(config.base_iri)
            build(replace(config, base_iri="https://example.org/kg/"))
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                answer = requests.get(api, timeout=30)
                if answer.ok and answer.json()["id"].startswith("https://example.org/kg/"):
                    break
                time.sleep(1)
            else:
                pytest.fail(f"the new build was never served:\n{running.stderr.read_text()[-3000:]}")
        finally:
            assert stop_server(running) == 0
