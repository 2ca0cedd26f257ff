"""Service helpers: real ``server.py`` processes on free loopback ports.

The session's server (the ``server`` fixture of tests/conftest.py, shared with the browser tests)
serves the graph built once by tests/conftest.py, with a 2 s SPARQL deadline and a
row cap of 1000 so that the deadline and the cap can be observed quickly. Its stdout (the JSON
access log) and stderr go to files kept for assertions and for debugging a failed start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from tests.rdf_sets import parsed_set
from web.launch import LaunchError, ServerLaunch, ServerProcess

REPO = Path(__file__).resolve().parents[2]
DEADLINE_S = 2.0
ROW_CAP = 1000
START_TIMEOUT_S = 120.0


@dataclass
class RunningServer(ServerProcess):
    """A server.py process (``process``, ``url``, ``sparql``, ``stdout``, ``stderr``) and its limits."""

    deadline_s: float = DEADLINE_S
    row_cap: int = ROW_CAP

    def access_log(self) -> list[str]:
        return self.stdout.read_text(encoding="utf-8").splitlines()


def start_server(data_dir: Path, logs: Path, *extra: str, port_from_env: bool = False) -> RunningServer:
    """Start ``python server.py`` on a free port (given as $PORT, which beats --port, when
    ``port_from_env``); returns once /healthz answers."""
    ignored_port = ("--port", "1") if port_from_env else ()
    options = ("--timeout", str(DEADLINE_S), "--row-cap", str(ROW_CAP), *ignored_port, *extra)
    try:
        return RunningServer.launch(ServerLaunch(data_dir, logs, options, port_from_env=port_from_env,
                                                 timeout_s=START_TIMEOUT_S))
    except LaunchError as error:
        pytest.fail(str(error))


def wait_for(server: RunningServer, path: str, timeout: float = START_TIMEOUT_S) -> None:
    """Poll ``path`` until it answers 200; stop the server and fail with its stderr if it never does."""
    try:
        server.wait_ready(path, timeout)
    except LaunchError as error:
        pytest.fail(str(error))


def stop_server(server: RunningServer, timeout: float = 20.0) -> int:
    """SIGTERM the server and return its exit code (killed after ``timeout`` seconds)."""
    return server.stop(timeout)


@pytest.fixture(scope="session")
def base_iri(kg) -> str:
    return kg.base_iri


@pytest.fixture(scope="session")
def entity_path(kg) -> str:
    """The local path of a well-connected entity (a university that takes part in projects)."""
    rows = kg.select("SELECT ?s WHERE { ?s a cj:University ; cj:participatesIn ?p } ORDER BY ?s LIMIT 1")
    return "/" + rows[0]["s"][len(kg.base_iri):]


def assert_entity_pages_alike(remote_server: RunningServer, server: RunningServer, entity_path: str) -> None:
    """The entity's JSON, HTML and Turtle pages of a server over a remote store are those of the
    embedded store's server."""
    api = "/api/entity" + entity_path[len("/id"):]
    ours, theirs = (requests.get(s.url + api, timeout=30).json() for s in (remote_server, server))
    assert ours == theirs and ours["labels"]
    page = requests.get(remote_server.url + entity_path, headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and ours["labels"]["zh"] in page.text
    turtle = [parsed_set(requests.get(s.url + entity_path, headers={"Accept": "text/turtle"}, timeout=30).content,
                         ox.RdfFormat.TURTLE) for s in (remote_server, server)]
    assert turtle[0] == turtle[1] and len(turtle[0]) > 3
