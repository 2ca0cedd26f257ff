"""/readyz waits for the query workers' in-memory copies of the fact graphs (a real server.py).

The 1x build is served with ``--memory-copy-max-quads 0`` so that its one worker copies the fact
graphs, as workers do at 1000x. The copy is loaded from the files the build keeps
(graph.fact_files); one of them is replaced by a FIFO, so the copy cannot finish until the test
writes the file's rows into it: until then /readyz must be 503 naming the copy, afterwards 200, and
/sparql must answer from the copy what the store holds.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import requests

from graph.fact_files import FACTS_DIR
from tests.service.conftest import start_server, stop_server, wait_for
from web.services import COPYING

WAIT_S = 120.0
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?org a cj:Organization }"
JSON_RESULTS = {"Accept": "application/sparql-results+json"}


def readiness(server) -> tuple[int, dict]:
    answer = requests.get(f"{server.url}/readyz", timeout=10)
    return answer.status_code, answer.json()


def until_the_rest_is_up(server) -> tuple[int, dict]:
    """/readyz once every part but the query workers is up (the workers are held by the FIFO)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        status, body = readiness(server)
        if all(up for part, up in body["components"].items() if part != "workers"):
            return status, body
        time.sleep(0.2)
    raise AssertionError(f"the search engine and the answerer never came up: {body}")


def organisations(server) -> int:
    answer = requests.get(server.sparql, params={"query": COUNT}, headers=JSON_RESULTS, timeout=30)
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def held_by_a_fifo(data: Path) -> tuple[Path, bytes]:
    """Replace the first kept fact file of the published build by a FIFO; its path and its rows."""
    build = data / (data / "CURRENT").read_text(encoding="utf-8").strip()
    kept = build / FACTS_DIR / "0.nt"
    rows = kept.read_bytes()
    kept.unlink()
    os.mkfifo(kept)
    return kept, rows


def test_readyz_waits_until_the_workers_fact_copies_are_made(built_config, kg, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    fifo, rows = held_by_a_fifo(data)
    server = start_server(data, tmp_path, "--workers", "1", "--memory-copy-max-quads", "0")
    try:
        status, body = until_the_rest_is_up(server)
        assert status == 503 and body["components"]["workers"] is False
        assert body["reason"] == COPYING
        assert requests.get(server.sparql, params={"query": COUNT}, timeout=10).status_code == 503  # warming up
        writer = threading.Thread(target=fifo.write_bytes, args=(rows,), daemon=True)
        writer.start()  # the worker is reading the FIFO: the copy now completes
        wait_for(server, "/readyz", WAIT_S)
        writer.join(10)
        status, body = readiness(server)
        assert status == 200 and "reason" not in body
        expected = int(kg.select(COUNT)[0]["n"])
        assert expected > 1 and organisations(server) == expected
    finally:
        assert stop_server(server) == 0, server.stderr.read_text(encoding="utf-8")[-3000:]
    assert "copied from the store instead" not in server.stderr.read_text(encoding="utf-8")


def test_fast_start_is_ready_before_the_copies_are_made(built_config, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    held_by_a_fifo(data)
    server = start_server(data, tmp_path, "--workers", "1", "--memory-copy-max-quads", "0", "--fast-start")
    try:
        wait_for(server, "/readyz", WAIT_S)  # the copy is still held by the FIFO: the store answers
        assert organisations(server) > 1
    finally:  # the worker's copy thread still waits on the FIFO: stopping the worker ends it
        assert stop_server(server) == 0, server.stderr.read_text(encoding="utf-8")[-3000:]
