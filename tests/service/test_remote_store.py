"""A real server.py process serving from a remote store (a real Oxigraph server, CHANJIAO_STORE's
--store) answers /sparql, search, ask and the linked-data pages as the embedded store's server does."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from SPARQLWrapper import JSON, SPARQLWrapper

from search import persist, qa_prepared, qa_tables, snapshot
from search.prebuild import index_dir
from tests.oxigraph_server import running_oxigraph
from tests.rdf_sets import parsed_set
from tests.service.conftest import assert_entity_pages_alike, start_server, stop_server, wait_for
from tests.shared import building_apart

pytestmark = pytest.mark.server

UNIVERSITIES = "SELECT ?u ?label WHERE { ?u a cj:University ; rdfs:label ?label FILTER(lang(?label) = 'zh') } ORDER BY ?u"
CONSTRUCT = "CONSTRUCT { ?u rdfs:label ?label } WHERE { ?u a cj:University ; rdfs:label ?label }"
QUESTION = "哪些高校参与了氢能相关的合作项目?"
REPO = Path(__file__).resolve().parents[2]
CLI_BUILD_TIMEOUT_S = 900  # the CLI loads the embedder and embeds every passage


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
    assert_entity_pages_alike(remote_server, server, entity_path)


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
        config = building_apart(remote_config, tmp_path / "build", store=url)  # two builds of its own
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


def kept_files(directory: Path) -> dict[str, tuple[int, int]]:
    """Each file of ``directory`` by name: (modification time in ns, size)."""
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in directory.iterdir()}


@pytest.mark.timeout(600)  # a build with its embedding, then a server start
def test_a_start_after_the_cli_build_embeds_nothing(tmp_path):
    """`cli.py --store URL build` publishes into a fresh Oxigraph server and keeps in --data what a
    start would otherwise make (the dense index, the engine's indexes, the answerer's facts and
    tables): server.py started on them answers without embedding or making any of them again (a
    start that did would write them into the same directory)."""
    with running_oxigraph(tmp_path / "db", tmp_path / "oxigraph.log") as url:
        data = tmp_path / "data"
        command = [sys.executable, "cli.py", "--data", str(data), "--store", url, "--store-kind", "oxigraph", "build"]
        result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=CLI_BUILD_TIMEOUT_S)
        assert result.returncode == 0, result.stderr[-3000:]
        before = kept_files(index_dir(data))
        assert {persist.MANIFEST_FILE, snapshot.INDEXES_FILE, snapshot.CATALOGUE_FILE, snapshot.DICTIONARY_FILE,
                qa_prepared.FILE, qa_tables.FILE} <= set(before)
        running = start_server(data, tmp_path / "logs", "--store", url)
        try:
            wait_for(running, "/readyz")
            found = requests.get(f"{running.url}/api/search", params={"q": "氢能", "k": 5}, timeout=60).json()
            answer = requests.get(f"{running.url}/api/ask", params={"q": QUESTION}, timeout=60).json()
        finally:
            assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-4000:]
        assert found["results"] and answer["answer_text"]
        assert kept_files(index_dir(data)) == before
