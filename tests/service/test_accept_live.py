"""A running server follows `ingest --accept` (issue #13): the accepted source's facts are served
without a restart. The real server.py and the real CLI, each in its own process, on a copy of the
session's build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest
import requests

from tests.service.conftest import REPO, start_server, stop_server, wait_for

pytestmark = pytest.mark.server

ARTICLE = "大连民族大学与国创氢能科技有限公司签署合作协议，共建氢能创新实验室，开展燃料电池技术研发。"
QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX cj: <https://w3id.org/chanjiao/ontology#>
SELECT DISTINCT ?doc WHERE { ?c rdfs:label "氢能创新实验室"@zh .
  ?st rdf:subject ?c ; cj:evidence ?ev . ?ev cj:sourceDocument ?doc }"""
JSON_RESULTS = {"Accept": "application/sparql-results+json"}
WAIT_S = 120.0


def served_documents(server) -> set[str]:
    answer = requests.get(server.sparql, params={"query": QUERY}, headers=JSON_RESULTS, timeout=30)
    assert answer.status_code == 200, answer.text
    return {row["doc"]["value"] for row in answer.json()["results"]["bindings"]}


def test_a_running_server_serves_an_accepted_source_without_a_restart(built_config, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    server = start_server(data, tmp_path, "--workers", "1")
    try:
        wait_for(server, "/readyz")
        assert served_documents(server) == set()
        article = tmp_path / "live-lab.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        run = subprocess.run([sys.executable, "cli.py", "--data", str(data), "ingest", str(article), "--accept"],
                             cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
        assert run.returncode == 0, run.stderr[-3000:]
        (folder,) = (data / "accepted").glob("live-lab-*")
        deadline, documents = time.monotonic() + WAIT_S, set()
        while time.monotonic() < deadline and not documents:
            documents = served_documents(server)
            time.sleep(0.2)
        assert {d.rsplit("/", 1)[-1] for d in documents} == {folder.name}  # cited by its own document
        assert server.process.poll() is None  # the same process, never restarted
    finally:
        assert stop_server(server) == 0, server.stderr.read_text(encoding="utf-8")[-3000:]
