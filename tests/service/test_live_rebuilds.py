"""Publishing never breaks a running server: rebuilds are served without a restart, the build a
server has open is never pruned under it, a damaged store is reported and rebuilt, and start-up
failures are one line on stderr. Each test runs its own server on its own data directory (a copy
of the session's build, store and search index, made from a copy of the curated data)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from graph.build import build
from graph.config import BuildConfig
from graph.lease import is_leased
from graph.store import STORE_SUBDIR, current_store_dir
from graph.verify import verify_build
from web.launch import free_port
from tests.shared import copy_of
from tests.service.conftest import REPO, start_server, stop_server, wait_for

pytestmark = pytest.mark.server

JSON_RESULTS = {"Accept": "application/sparql-results+json"}
LABEL_QUERY = 'SELECT ?l WHERE { ?s rdfs:label ?l FILTER(STRSTARTS(STR(?l), "Dalian Daily")) }'
ORIGINAL = "label_en: Dalian Daily\n"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
WAIT_S = 120.0


@pytest.fixture
def curated(tmp_path) -> Path:
    copy = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", copy)
    return copy


@pytest.fixture
def config(tmp_path, curated, built_config) -> BuildConfig:
    """A config on a private copy of the session's build, whose curated data is ``curated``."""
    config = BuildConfig(data_dir=copy_of(built_config.data_dir, tmp_path / "data"), curated_dir=curated)
    assert not build(config).rebuilt  # the copy is the build of these inputs
    return config


def relabel(curated: Path, label: str) -> None:
    """Give the organisation 'Dalian Daily' another English label in the curated copy."""
    path = curated / "registry" / "organisations.yaml"
    text = (REPO / "graph" / "data" / "registry" / "organisations.yaml").read_text(encoding="utf-8")
    assert ORIGINAL in text
    path.write_text(text.replace(ORIGINAL, f"label_en: {label}\n", 1), encoding="utf-8")


def served_labels(server) -> set[str]:
    answer = requests.get(server.sparql, params={"query": LABEL_QUERY}, headers=JSON_RESULTS, timeout=30)
    assert answer.status_code == 200, answer.text
    return {row["l"]["value"] for row in answer.json()["results"]["bindings"]}


def eventually(predicate, what: str, timeout: float = WAIT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"never happened: {what}")


def status(server, path: str) -> requests.Response:
    return requests.get(server.url + path, timeout=30)


@contextlib.contextmanager
def serving(config: BuildConfig, logs: Path, *extra: str) -> Iterator:
    """A ready server on ``config``'s data, building from its curated copy; it must stop cleanly."""
    server = start_server(Path(config.data_dir), logs, "--curated", str(config.curated_dir), "--workers", "1", *extra)
    wait_for(server, "/readyz")
    try:
        yield server
    except BaseException:
        stop_server(server)
        raise
    assert stop_server(server) == 0, server.stderr.read_text(encoding="utf-8")[-3000:]


def test_three_rebuilds_are_served_without_a_restart(tmp_path, curated, config):
    with serving(config, tmp_path) as server:
        assert "Dalian Daily" in served_labels(server)
        for n in (1, 2, 3):
            relabel(curated, f"Dalian Daily build {n}")
            build(config)
            eventually(lambda n=n: f"Dalian Daily build {n}" in served_labels(server), f"build {n} served")
        assert served_labels(server) == {"Dalian Daily build 3"}
        assert status(server, "/readyz").status_code == 200
        assert status(server, "/healthz").json() == {"status": "ok"}
        search = status(server, "/api/search?q=Dalian+Daily+build+3&k=1")
        assert search.status_code == 200 and search.json()["results"]


def test_the_build_a_server_has_open_outlives_rebuilds_and_worker_restarts(tmp_path, curated, config):
    opened = current_store_dir(config.data_dir)
    with serving(config, tmp_path, "--reload-interval", "3600") as server:
        builds = []
        for n in (1, 2, 3):
            relabel(curated, f"Dalian Daily build {n}")
            builds.append(build(config).store_dir)
        assert opened.is_dir() and is_leased(opened)
        assert not builds[0].exists()  # unleased and beyond the newest two: pruned
        stopped = requests.post(server.sparql, data={"query": SLOW, "timeout": "0.5"}, timeout=30)
        assert stopped.json()["error"]["code"] == "query_timeout"  # its worker was killed and replaced
        wait_for(server, "/readyz")
        assert served_labels(server) == {"Dalian Daily"}
    assert not is_leased(opened)


def garble(store_dir: Path) -> None:
    for path in (store_dir / STORE_SUBDIR).glob("*.sst"):
        if path.stat().st_size > 20_000:
            with open(path, "r+b") as fh:
                fh.seek(100)
                fh.write(os.urandom(10_000))


def test_a_damaged_store_is_reported_then_rebuilt(tmp_path, curated, config):
    damaged = current_store_dir(config.data_dir)
    organisations = curated / "registry" / "organisations.yaml"
    good = organisations.read_bytes()
    with serving(config, tmp_path, "--heal-retry", "1") as server:
        # Damage only after the warm-up: a query Oxigraph runs on a damaged store may never return.
        assert status(server, "/api/ask?q=Who+wrote+the+article").status_code == 200
        organisations.write_text("organisations: [\n", encoding="utf-8")  # the first rebuild fails
        garble(damaged)
        health = eventually(lambda: (r := status(server, "/healthz")).status_code == 503 and "failed" in r.text
                            and r.json(), "damage and the failed rebuild reported")
        assert health["status"] == "unhealthy"
        reason = health["reason"]
        assert str(damaged) in reason and "damaged" in reason and "organisations.yaml" in reason
        ready = status(server, "/readyz")
        assert ready.status_code == 503 and ready.json()["reason"] == reason
        organisations.write_bytes(good)
        eventually(lambda: status(server, "/healthz").status_code == 200, "store rebuilt")
        healed = current_store_dir(config.data_dir)
        assert healed != damaged and verify_build(healed).triples > 0
        assert served_labels(server) == {"Dalian Daily"}
        wait_for(server, "/readyz")


def run_server(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PORT"}
    return subprocess.run([sys.executable, "server.py", "--host", "127.0.0.1", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_port_in_use_is_one_line_and_builds_nothing(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_server("--port", str(port), "--data", str(tmp_path / "data"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"chanjiao: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def test_an_unwritable_data_directory_is_one_line(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    data = tmp_path / "file" / "data"
    port = free_port()
    result = run_server("--port", str(port), "--data", str(data))
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"chanjiao: cannot build the graph in {data}: cannot write the store"), result.stderr
    assert "Traceback" not in result.stderr
