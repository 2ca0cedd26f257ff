"""Aggregate queries over all organisations on the query workers as the server runs them, on one
built data directory, without the web server or the search index (which a 1000x build may lack).

    python bench/scale/worker_queries.py DATA_DIR [--repeats N] [--memory-copy-max-quads Q] [--timeout S] [--void]
        [--queries NAME ...]

Starts a graph.runner.QueryRunner as server.py does (``ServerConfig``'s worker count of the scale
benchmark, address-space limit, memory-copy threshold and query deadline) and prints one JSON
row: the 1-minute load average before and after (the machine is shared), the pool's start
seconds, each query's p50/p99 wall ms over ``--repeats`` runs after one warming run, the
workers' CPU ms per run (p50) and the row count, and the RSS of the workers. ``--void`` also times the
VoID description as /.well-known/void makes it (graph.void.void_triples, in this process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from graph.config import BuildConfig
from graph.results import SOLUTIONS
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource
from graph.store import Manifest, open_store
from web.config import ServerConfig

from run import GROUP_BY, SERVER, _prefixed, percentiles

QUERIES = {
    "types per organisation": GROUP_BY,
    "projects per organisation": """SELECT ?org (COUNT(DISTINCT ?project) AS ?n)
WHERE { ?project cj:participant ?org . ?org a cj:Organization } GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 20""",
    "instances per class": "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class",
}


def timed_queries(runner: QueryRunner, repeats: int, timeout_s: float, names: list[str]) -> dict:
    """p50/p99 wall ms, CPU ms and row count of each query of QUERIES named in ``names``."""
    out = {}
    for name in names:
        query = QUERIES[name]
        job = QueryJob(_prefixed(query), {SOLUTIONS: "json"}, ServerConfig().row_cap, routable=True)
        rows = runner.run(job, timeout_s).count
        times, cpu = [], []
        for _ in range(repeats):
            started, used = time.perf_counter(), workers_cpu_s()
            runner.run(job, timeout_s)
            times.append(time.perf_counter() - started)
            cpu.append(workers_cpu_s() - used)
        out[name] = percentiles(times) | {"cpu_p50_ms": round(statistics.median(cpu) * 1000, 1), "rows": rows}
    return out


def workers_cpu_s() -> float:
    """CPU seconds the query workers have used: on a shared machine a worker's wall time mostly
    measures how little of a core a niced process gets, its CPU time what the query costs."""
    return sum(sum(p.cpu_times()[:2]) for p in psutil.Process().children(recursive=True))


def workers_rss_mb() -> int:
    return round(sum(p.memory_info().rss for p in psutil.Process().children(recursive=True)) / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--memory-copy-max-quads", type=int, default=ServerConfig().worker_memory_copy_max_quads)
    parser.add_argument("--timeout", type=float, default=ServerConfig().query_timeout_s,
                        help="each query's deadline, seconds (default: the server's)")
    parser.add_argument("--void", action="store_true", help="also time the VoID description")
    parser.add_argument("--queries", nargs="+", choices=list(QUERIES), default=list(QUERIES))
    args = parser.parse_args()
    server = ServerConfig()
    row: dict = {"load_1m_before": round(os.getloadavg()[0], 1)}
    kg = open_store(BuildConfig(data_dir=args.data))
    row["quads"] = Manifest.read(Path(kg.path)).triples  # counting RocksDB's quads takes long at 1000x
    started = time.perf_counter()
    source = StoreSource.of(kg, args.memory_copy_max_quads)
    runner = QueryRunner(source, RunnerConfig(workers=SERVER["workers"], memory_mb=server.worker_memory_mb,
                                              start_timeout_s=3600.0)).start()
    row["workers_start_s"] = round(time.perf_counter() - started, 2)
    try:
        row.update(timed_queries(runner, args.repeats, args.timeout, args.queries))
        row["workers_rss_mb"] = workers_rss_mb()
    finally:
        runner.close()
    if args.void:
        from graph.void import void_triples

        started = time.perf_counter()
        row["void_triples"] = len(void_triples(kg, "http://localhost/sparql"))
        row["void_s"] = round(time.perf_counter() - started, 2)
    kg.close()
    row["load_1m_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
