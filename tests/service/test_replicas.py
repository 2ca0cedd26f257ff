"""Read replicas: two server.py processes, each on its own data directory built from the same
curated data, answer the same queries identically (SPARQL, search, autocomplete, ask); and,
where Debian's nginx is installed, the same answers come through nginx with both as upstreams."""

from __future__ import annotations

import shutil

import pytest
import requests

from graph.build import build
from graph.config import BuildConfig
from search.prebuild import prepare
from web.launch import Child, ChildSpec, free_port
from tests.service.conftest import REPO, start_server, stop_server, wait_for

pytestmark = pytest.mark.server

JSON_RESULTS = {"Accept": "application/sparql-results+json"}
SPARQL = [
    "SELECT ?org ?label WHERE { ?org a cj:Organization ; rdfs:label ?label FILTER(LANG(?label) = 'zh') } ORDER BY ?org",
    "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type",
    "SELECT ?p ?o WHERE { ?p cj:participant ?o } ORDER BY ?p ?o",
]
API = [
    ("/api/search", {"q": "燃料电池", "k": "10"}),
    ("/api/search", {"q": "hydrogen fuel cell", "k": "10"}),
    ("/api/search", {"q": "dalian ligong", "k": "5"}),
    ("/api/autocomplete", {"q": "大连", "k": "8"}),
    ("/api/autocomplete", {"q": "dl", "k": "8"}),
    ("/api/ask", {"q": "金普新区产教联合体有多少家成员单位？"}),
    ("/api/ask", {"q": "大连理工大学参与了哪些合作项目？"}),
    ("/api/ask", {"q": "哪些企业参与了氢能项目？"}),
]


@pytest.fixture(scope="module")
def replicas(tmp_path_factory, server):
    """Two ready replicas, each on its own data directory built (store and search index) from the
    curated data: the session's server on the run's build (tests/conftest.py builds it the same
    way, and fails the test after which another build is published there), and a second server
    on a build made here."""
    root = tmp_path_factory.mktemp("replicas")
    built_here = root / "data"
    build(BuildConfig(data_dir=built_here), prepare=prepare)
    second = start_server(built_here, root)
    try:
        wait_for(second, "/readyz")
        yield [server, second]
    finally:
        stop_server(second)


def _sparql(url: str, query: str) -> dict:
    prefixed = ("PREFIX cj: <https://w3id.org/chanjiao/ontology#>\n"
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query)
    response = requests.get(f"{url}/sparql", params={"query": prefixed}, headers=JSON_RESULTS, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def _api(url: str, path: str, params: dict) -> dict:
    response = requests.get(url + path, params=params, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


def test_replicas_answer_sparql_identically(replicas):
    one, two = (server.url for server in replicas)
    for query in SPARQL:
        first = _sparql(one, query)
        assert first["results"]["bindings"], query  # a query that finds nothing proves nothing
        assert first == _sparql(two, query), query


def test_replicas_answer_search_autocomplete_and_ask_identically(replicas):
    one, two = (server.url for server in replicas)
    for path, params in API:
        first = _api(one, path, params)
        assert first == _api(two, path, params), (path, params)


NGINX = shutil.which("nginx")
NGINX_MAIN = """daemon off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 256; }}
http {{
  access_log {root}/access.log;
  client_body_temp_path {root}/body; proxy_temp_path {root}/proxy;
  fastcgi_temp_path {root}/fcgi; uwsgi_temp_path {root}/uwsgi; scgi_temp_path {root}/scgi;
  include {root}/chanjiao.conf;
}}
"""


def _nginx_site(replicas, port: int) -> str:
    """deploy/nginx.conf with the replicas' ports as upstreams and a free port to listen on."""
    site = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    upstreams = "".join(f"    server {s.url.removeprefix('http://')} max_fails=3 fail_timeout=10s;\n" for s in replicas)
    start, end = site.index("    server 127.0.0.1:8001"), site.index("    keepalive 32;")
    return site[:start] + upstreams + site[end:].replace("listen 80;", f"listen 127.0.0.1:{port};")


@pytest.mark.skipif(NGINX is None, reason="Debian's nginx is not installed on this machine (apt-get install nginx); "
                                          "the two-upstream test runs where it is")
def test_nginx_with_two_upstreams_answers_as_each_replica_does(replicas, tmp_path):
    port = free_port()
    (tmp_path / "chanjiao.conf").write_text(_nginx_site(replicas, port), encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(NGINX_MAIN.format(root=tmp_path), encoding="utf-8")
    proxy = f"http://127.0.0.1:{port}"
    nginx = ChildSpec((NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")), proxy, tmp_path / "stderr",
                      "/readyz", timeout_s=20, stop_timeout_s=10)
    with Child.start(nginx):
        direct = replicas[0].url
        for path, params in API:
            assert _api(proxy, path, params) == _api(direct, path, params), (path, params)
        for query in SPARQL:
            assert _sparql(proxy, query) == _sparql(direct, query), query
