"""SIGTERM drains: a request running when the signal arrives still gets its answer, new
connections are refused, and the process exits 0 with its query workers gone. (This server
also shows that $PORT beats --port.)"""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.service.conftest import start_server, wait_for

pytestmark = pytest.mark.server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def all_gone(pids: list[int], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(alive(pid) for pid in pids)


def test_sigterm_lets_running_requests_finish(built_config, tmp_path):
    server = start_server(Path(built_config.data_dir), tmp_path, port_from_env=True)
    wait_for(server, "/readyz")
    assert requests.get(server.sparql, params={"query": "ASK {}"}, timeout=30).status_code == 200
    workers = children(server.process.pid)
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(requests.post, server.sparql, data={"query": SLOW, "timeout": "1.5"}, timeout=30)
        time.sleep(0.5)
        server.process.send_signal(signal.SIGTERM)
        answer = running.result()
    assert answer.status_code == 503 and answer.json()["error"]["code"] == "query_timeout"
    time.sleep(1.5)
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "/healthz", timeout=2)
    # the one SIGTERM is enough: the server finishes shutting down and exits 0 by itself (a second
    # SIGTERM, as stop_server would send to a server still closing on a busy machine, forces it)
    assert server.process.wait(timeout=30) == 0
    assert len(workers) >= 2 and all_gone(workers)
