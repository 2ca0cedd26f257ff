"""Aggregates over all organisations on the query workers, before and after routing to an in-memory
copy of the fact graphs (graph.routing), side by side in one run on one built data directory.

    python bench/scale/fact_routing.py DATA_OR_BUILD_DIR [--repeats N] [--memory-copy-max-quads Q] [--fact-copy-max-quads Q]
        [--worker-memory-mb M] [--timeout S] [--queries NAME ...] [--configs before after]

``before``: the workers as the server ran them (a build above the memory-copy threshold is read on
RocksDB). ``after``: the same pool with the build's graph.routing.Partition, so that a worker holds
its fact graphs in memory when they fit the threshold and runs the queries routing proves on them.
The Partition is the one kept in the build, or measured here (read-only) for a build made before it
existed (its time is given). Prints one JSON row per configuration: the 1-minute load before and
after, the pool's start seconds (each worker opens the store, and for ``after`` copies the facts before
it reports ready, which the server does in the background instead),
each query's p50/p99 wall ms, the workers' CPU ms (p50) and rows (bench/scale/worker_queries.py),
and the workers' RSS (a query over ``--timeout`` is reported as such).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from graph import routing
from graph.config import BuildConfig
from graph.errors import QueryTimeout
from graph.runner import QueryRunner, RunnerConfig, StoreSource
from graph.store import MANIFEST_FILE, open_build, open_store
from web.config import ServerConfig

from run import SERVER
from worker_queries import QUERIES, timed_queries, workers_rss_mb

CONFIGS = ("before", "after")


def partition_of(kg) -> tuple[routing.Partition, float | None]:
    """The build's kept Partition, or one measured now (and the seconds that took)."""
    kept = routing.kept(Path(kg.path), kg.content_hash)
    if kept is not None:
        return kept, None
    started = time.perf_counter()
    measured = routing.measure(kg.store.oxigraph, kg.base_iri)
    return measured, round(time.perf_counter() - started, 1)


def measure_pool(source: StoreSource, args) -> dict:
    row: dict = {"load_1m_before": round(os.getloadavg()[0], 1)}
    started = time.perf_counter()
    runner = QueryRunner(source, RunnerConfig(workers=SERVER["workers"], memory_mb=args.worker_memory_mb,
                                              start_timeout_s=3600.0)).start()
    row["workers_start_s"] = round(time.perf_counter() - started, 2)
    try:
        row["workers_rss_mb"] = workers_rss_mb()
        for name in args.queries:
            try:
                row.update(timed_queries(runner, args.repeats, args.timeout, [name]))
            except QueryTimeout:
                row[name] = f"over the {args.timeout:g} s deadline"
        row["workers_rss_mb_after_queries"] = workers_rss_mb()
    finally:
        runner.close()
    row["load_1m_after"] = round(os.getloadavg()[0], 1)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--memory-copy-max-quads", type=int, default=ServerConfig().worker_memory_copy_max_quads)
    parser.add_argument("--fact-copy-max-quads", type=int, default=ServerConfig().worker_fact_copy_max_quads)
    parser.add_argument("--worker-memory-mb", type=int, default=ServerConfig().worker_memory_mb,
                        help="each worker's address-space limit (default: the server's)")
    parser.add_argument("--timeout", type=float, default=ServerConfig().query_timeout_s)
    parser.add_argument("--queries", nargs="+", choices=list(QUERIES), default=list(QUERIES))
    parser.add_argument("--configs", nargs="+", choices=CONFIGS, default=list(CONFIGS))
    args = parser.parse_args()
    # a build directory itself (e.g. one not yet published) or a data directory's published build
    kg = open_build(args.data) if (args.data / MANIFEST_FILE).is_file() else open_store(BuildConfig(data_dir=args.data))
    partition, measured_s = partition_of(kg)
    print(json.dumps({"facts": partition.facts, "disjoint": partition.disjoint, "partition_measured_s": measured_s,
                      "memory_copy_max_quads": args.memory_copy_max_quads,
                      "fact_copy_max_quads": args.fact_copy_max_quads, "worker_memory_mb": args.worker_memory_mb}))
    for config in args.configs:
        # the copy made before the workers report ready: the start time includes it, and every
        # timed query of "after" may use it (the server makes it in the background instead)
        source = StoreSource(Path(kg.path), memory_max_quads=args.memory_copy_max_quads,
                             partition=partition if config == "after" else None,
                             facts_max_quads=args.fact_copy_max_quads, copy_in_background=False)
        print(json.dumps({"config": config} | measure_pool(source, args), ensure_ascii=False), flush=True)
    kg.close()


if __name__ == "__main__":
    main()
