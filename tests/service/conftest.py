"""Service fixtures: one real ``server.py`` process per session on a free loopback port.

The server serves the graph built once by tests/conftest.py, with a 2 s SPARQL deadline and a
row cap of 1000 so that the deadline and the cap can be observed quickly. Its stdout (the JSON
access log) and stderr go to files kept for assertions and for debugging a failed start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.ports import free_port

REPO = Path(__file__).resolve().parents[2]
DEADLINE_S = 2.0
ROW_CAP = 1000
START_TIMEOUT_S = 120.0


@dataclass
class RunningServer:
    """A server.py process and where to reach it."""

    process: subprocess.Popen
    url: str
    stdout: Path
    stderr: Path
    deadline_s: float = DEADLINE_S
    row_cap: int = ROW_CAP

    @property
    def sparql(self) -> str:
        return f"{self.url}/sparql"

    def access_log(self) -> list[str]:
        return self.stdout.read_text(encoding="utf-8").splitlines()


def start_server(data_dir: Path, logs: Path, *extra: str, port_from_env: bool = False) -> RunningServer:
    """Start ``python server.py`` on a free port (given as $PORT, which beats --port, when
    ``port_from_env``); returns once /healthz answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PORT"}
    if port_from_env:
        env["PORT"] = str(port)
    stdout, stderr = logs / f"server-{port}.out", logs / f"server-{port}.err"
    process = subprocess.Popen(
        [sys.executable, str(REPO / "server.py"), "--host", "127.0.0.1", "--port", "1" if port_from_env else str(port),
         "--data", str(data_dir), "--timeout", str(DEADLINE_S), "--row-cap", str(ROW_CAP), *extra],
        cwd=REPO, env=env, stdout=stdout.open("wb"), stderr=stderr.open("wb"),
    )
    server = RunningServer(process, f"http://127.0.0.1:{port}", stdout, stderr)
    wait_for(server, "/healthz")
    return server


def wait_for(server: RunningServer, path: str, timeout: float = START_TIMEOUT_S) -> None:
    """Poll ``path`` until it answers 200; fail with the server's stderr if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            if requests.get(server.url + path, timeout=2).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass  # not listening yet, or bound but still building the store before it serves
        time.sleep(0.2)
    stop_server(server)
    pytest.fail(f"server never answered {path}:\n{server.stderr.read_text(encoding='utf-8')[-4000:]}")


def stop_server(server: RunningServer, timeout: float = 20.0) -> int:
    """SIGTERM the server and return its exit code."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
    try:
        return server.process.wait(timeout)
    except subprocess.TimeoutExpired:
        server.process.kill()
        return server.process.wait()


@pytest.fixture(scope="session")
def server(built_config, tmp_path_factory):
    """The session's server, ready (store, query workers and search index up)."""
    running = start_server(Path(built_config.data_dir), tmp_path_factory.mktemp("server-logs"))
    wait_for(running, "/readyz")
    yield running
    assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-4000:]


@pytest.fixture(scope="session")
def base_iri(kg) -> str:
    return kg.base_iri


@pytest.fixture(scope="session")
def entity_path(kg) -> str:
    """The local path of a well-connected entity (a university that takes part in projects)."""
    rows = kg.select("SELECT ?s WHERE { ?s a cj:University ; cj:participatesIn ?p } ORDER BY ?s LIMIT 1")
    return "/" + rows[0]["s"][len(kg.base_iri):]
