"""Query workers forked from one process holding the one copy of the fact graphs (graph.fact_loader),
on the real 1x build: they answer as workers with their own copies do, a worker killed at its
deadline is replaced by another fork that answers again, a loader that cannot load the kept files
leaves the workers making their own copies, and a real server.py serves through the forked workers.

The 1x build is served with no whole-store copy (``memory_max_quads`` 0) so that workers copy the
fact graphs, as they do at 1000x.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import psutil
import pytest
import requests

from graph import fact_files, prefault, routing
from graph.errors import QueryTimeout
from graph.results import GRAPH, SOLUTIONS
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource
from tests.service.conftest import start_server, stop_server, wait_for

# routable client queries (graph.routing sends them to the fact copy), and one it sends to the store
QUERIES = (
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org ORDER BY DESC(?n) ?org",
    "SELECT (COUNT(*) AS ?n) WHERE { ?org a cj:Organization }",
    "SELECT ?x ?label WHERE { ?x a cj:University ; rdfs:label ?label } ORDER BY ?x ?label",
    "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a cj:Organization ; rdfs:label ?l }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
WAIT_S = 120.0


def job(query: str) -> QueryJob:
    return QueryJob(query, {SOLUTIONS: "json", GRAPH: "ntriples"}, 100_000, routable=True)


def current_build(data: Path) -> Path:
    return data / (data / "CURRENT").read_text(encoding="utf-8").strip()


def fact_source(build: Path, content_hash: str) -> StoreSource:
    partition = routing.kept(build, content_hash)
    assert partition is not None
    return StoreSource(build, partition=partition, facts_max_quads=partition.facts)


def answers(runner: QueryRunner) -> list[tuple[int, bytes]]:
    """Each query's count of rows (or triples) and its serialised result."""
    return [(result.count, result.body) for result in (runner.run(job(query), 60) for query in QUERIES)]


@pytest.fixture(scope="module")
def source(kg) -> StoreSource:
    return fact_source(Path(kg.path), kg.content_hash)


@pytest.fixture(scope="module")
def own_copies(source) -> list[tuple[int, bytes]]:
    """What workers that load their own copies answer."""
    runner = QueryRunner(source, RunnerConfig(workers=2, share_copy=False)).start()
    try:
        assert not runner.shares_copy
        return answers(runner)
    finally:
        runner.close()


def test_forked_workers_answer_as_workers_with_their_own_copies(source, own_copies):
    runner = QueryRunner(source, RunnerConfig(workers=2)).start()
    try:
        assert runner.shares_copy
        assert all(count >= 1 for count, _ in own_copies) and sum(count for count, _ in own_copies) > 50
        assert answers(runner) == own_copies
        assert answers(runner) == own_copies  # both workers, each having answered already
    finally:
        runner.close()


def test_forked_workers_own_the_copy_s_pages_before_ready_or_share_them_as_asked(source, own_copies):
    shared = {}
    for own_pages in (True, False):
        runner = QueryRunner(source, RunnerConfig(workers=1, own_pages=own_pages)).start()
        try:
            assert runner.shares_copy
            (worker,) = psutil.Process(runner._loader.process.pid).children()  # type: ignore[union-attr]
            shared[own_pages] = prefault.memory_kb(worker.pid)["Shared_Dirty"]  # the loader's pages it still shares
            assert answers(runner) == own_copies
        finally:
            runner.close()
    assert shared[False] >= 10 * 1024 and shared[True] * 4 < shared[False]  # the 1x copy: ~30 MB of pages


def test_a_worker_killed_at_its_deadline_is_replaced_by_a_fork_that_answers_again(source, own_copies):
    runner = QueryRunner(source, RunnerConfig(workers=1)).start()
    try:
        loader = psutil.Process(runner._loader.process.pid)  # type: ignore[union-attr]
        (first,) = loader.children()
        with pytest.raises(QueryTimeout):
            runner.run(job(RUNAWAY), 0.5)
        assert runner.wait_ready(WAIT_S)
        (replacement,) = loader.children()
        assert replacement.pid != first.pid and not first.is_running()
        assert answers(runner) == own_copies
    finally:
        runner.close()


def test_workers_make_their_own_copies_when_the_loader_cannot_load_the_kept_files(built_config, kg, own_copies,
                                                                                   tmp_path, caplog):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    first = current_build(data) / fact_files.FACTS_DIR / "0.nt"
    rows = first.read_bytes().splitlines(keepends=True)
    first.write_bytes(b"".join(rows[: len(rows) // 2]))  # whole rows: it parses, but holds too few quads
    with caplog.at_level(logging.WARNING, logger="graph.runner"):
        runner = QueryRunner(fact_source(current_build(data), kg.content_hash), RunnerConfig(workers=1)).start()
    try:
        assert not runner.shares_copy
        assert "each query worker makes its own copy" in caplog.text
        assert answers(runner) == own_copies  # the worker copied the fact graphs from the store
    finally:
        runner.close()


def organisations(server) -> str:
    answer = requests.get(server.sparql, params={"query": QUERIES[1]},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["bindings"][0]["n"]["value"]


def test_a_server_s_workers_are_forked_from_one_loader_and_a_killed_one_is_replaced(built_config, kg, tmp_path):
    server = start_server(Path(built_config.data_dir), tmp_path, "--workers", "2", "--memory-copy-max-quads", "0",
                          "--timeout", "1")
    try:
        wait_for(server, "/readyz", WAIT_S)
        # the loader is the web process's one child with children (others: multiprocessing's resource tracker)
        (loader,) = [child for child in psutil.Process(server.process.pid).children() if child.children()]
        before = {worker.pid for worker in loader.children()}
        assert len(before) == 2
        expected = kg.select(QUERIES[1])[0]["n"]
        assert organisations(server) == str(expected)
        runaway = requests.post(server.sparql, data={"query": RUNAWAY}, timeout=30)
        assert runaway.status_code == 503 and "deadline" in runaway.text
        wait_for(server, "/readyz", WAIT_S)
        after = {worker.pid for worker in loader.children()}
        assert len(after) == 2 and len(after - before) == 1  # one fork replaced the killed worker
        assert organisations(server) == str(expected)
    finally:
        assert stop_server(server) == 0, server.stderr.read_text(encoding="utf-8")[-3000:]
    assert "each query worker makes its own copy" not in server.stderr.read_text(encoding="utf-8")
