"""Faults and abuse that once took the service down, each against a real server process:
crashing input, dead workers, a full pool, idle connections, huge headers and bodies."""

from __future__ import annotations

import os
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.service.conftest import start_server, stop_server, wait_for

pytestmark = pytest.mark.server

TRIVIAL = "ASK { ?s a cj:University }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
JSON_RESULTS = {"Accept": "application/sparql-results+json"}


def ask_ok(server, within_s: float = 60.0) -> bool:
    """A trivial ASK answers true, retried as its 503s' Retry-After asks while the pool recovers
    (a killed worker's restart can outlast one request's wait on a loaded machine)."""
    give_up = time.monotonic() + within_s
    while True:
        response = requests.get(server.sparql, params={"query": TRIVIAL}, headers=JSON_RESULTS, timeout=30)
        if response.status_code != 503 or time.monotonic() > give_up:
            return response.status_code == 200 and response.json()["boolean"] is True
        time.sleep(float(response.headers.get("Retry-After", "1")))


def _proc(path: Path) -> bytes:
    """A /proc file's bytes; empty when its process or thread has gone meanwhile."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, ProcessLookupError):
        return b""


def worker_pids(server) -> list[int]:
    """The running query workers among the server's children (not multiprocessing's resource tracker,
    nor one killed and not yet reaped). A child is listed under the thread that started it (the pool
    starts each worker in a thread of its own) until that thread ends: every thread is read."""
    tasks = Path(f"/proc/{server.process.pid}/task")
    children = {int(p) for task in tasks.iterdir() for p in _proc(task / "children").split()}
    return sorted(pid for pid in children if _proc(Path(f"/proc/{pid}/stat")).rpartition(b")")[2][1:2] not in (b"", b"Z")
                  and b"resource_tracker" not in _proc(Path(f"/proc/{pid}/cmdline")))


def until(condition, what: str, within_s: float = 30.0) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` if it does not within ``within_s``."""
    give_up = time.monotonic() + within_s
    while not condition():
        assert time.monotonic() < give_up, what
        time.sleep(0.05)


@pytest.mark.parametrize("depth", [3000, 200])
def test_deeply_nested_queries_are_refused_before_the_parser(server, depth):
    query = "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth
    response = requests.post(server.sparql, data={"query": query}, timeout=30)
    assert response.status_code == 400
    assert "nests brackets more than" in response.json()["error"]["message"]
    assert ask_ok(server)


def test_killed_idle_workers_are_never_handed_a_job_and_are_replaced(server):
    before = worker_pids(server)
    assert len(before) >= 2, "the server runs its queries in worker processes"
    for pid in before[:-1]:
        os.kill(pid, signal.SIGKILL)
    until(lambda: not set(before[:-1]) & set(worker_pids(server)), "the killed workers died")
    assert all(ask_ok(server) for _ in range(2 * len(before)))  # none went to a dead worker
    # ready means every slot has a live worker: the dead ones, whether or not a query met them (a
    # client's kept result needs no worker), were found and replaced
    wait_for(server, "/readyz")
    assert len(worker_pids(server)) == len(before)


def test_idle_connections_do_not_take_the_server_offline(server):
    host, port = server.url.removeprefix("http://").split(":")
    idle = [socket.create_connection((host, int(port)), timeout=5) for _ in range(150)]
    try:
        assert requests.get(server.url + "/healthz", timeout=5).status_code == 200
        assert ask_ok(server)
    finally:
        for connection in idle:
            connection.close()


def test_a_huge_accept_header_is_refused_cheaply_and_not_echoed(server):
    for items in (5_000, 20_000):  # 90 KB reaches the app's limit, 370 KB waitress's own
        accept = "application/x-" + ",application/x-".join(str(i) for i in range(items))
        response = requests.get(server.sparql, params={"query": TRIVIAL}, headers={"Accept": accept}, timeout=30)
        assert response.status_code in (400, 431)
        assert len(response.content) < 1000


def test_a_ten_megabyte_body_gets_413_not_a_reset(server):
    body = b"query=" + b"x" * (10 * 2**20)
    response = requests.post(server.sparql, data=body, timeout=60,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413


@pytest.mark.parametrize("invisible", ["\u00a0", "\u200b", "\ufeff", "\u3000\u200b "])
def test_a_query_of_invisible_characters_is_empty(server, invisible):
    for path in ("/api/search", "/api/autocomplete", "/api/ask"):
        response = requests.get(server.url + path, params={"q": invisible}, timeout=30)
        assert response.status_code == 400, path
        assert "empty" in response.json()["error"]["message"]


@pytest.fixture
def one_worker_server(built_config, tmp_path):
    server = start_server(Path(built_config.data_dir), tmp_path, "--workers", "1")
    wait_for(server, "/readyz")
    yield server
    assert stop_server(server) == 0


def test_with_every_worker_busy_a_query_is_refused_at_once_and_search_still_answers(one_worker_server):
    server = one_worker_server
    with ThreadPoolExecutor(1) as pool:
        runaway = pool.submit(requests.post, server.sparql, data={"query": RUNAWAY}, timeout=30)
        time.sleep(0.5)
        started = time.monotonic()
        busy = requests.get(server.sparql, params={"query": TRIVIAL}, headers=JSON_RESULTS, timeout=30)
        waited = time.monotonic() - started
        search = requests.get(server.url + "/api/search", params={"q": "氢能"}, timeout=30)
        assert runaway.result().status_code == 503
    assert busy.status_code == 503 and busy.json()["error"]["code"] == "server_busy"
    assert busy.headers["Retry-After"] == "1"
    assert waited < server.deadline_s  # refused, not queued until the deadline
    assert search.status_code == 200 and search.json()["results"]
    assert ask_ok(server)
