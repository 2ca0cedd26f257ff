"""The aggregates of bench/scale/run.py's AGGREGATES on the query workers as server.py runs them
(graph.runner.QueryRunner with the server's defaults: its fact copy, forked workers), without the web
server or the search index, for the checkout it is run from:

    cd CHECKOUT && .venv/bin/python /path/to/bench/scale/aggregates_workers.py DATA_DIR [--repeats N]

CHECKOUT is a working tree (e.g. a ``git archive`` copy of a commit) whose ``graph`` package is
measured. Each query is sent ``--repeats`` times, each a distinct text (a comment: no kept result is
timed), the first runs included, under the server's deadline. Prints one JSON row: the load before and
after, the pool's start seconds, p50/p99/first wall ms per query (a run past the deadline counted in
``failed`` and timed as it went), the workers' CPU ms per run (p50) and the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [os.getcwd(), str(HERE)]  # the checkout's packages first

import psutil

from graph.config import BuildConfig
from graph.errors import ChanjiaoError
from graph.results import SOLUTIONS
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource
from graph.store import open_store
from web.config import ServerConfig

# after the checkout's packages are imported: run.py puts this repository first on the path
from run import AGGREGATES, SERVER, _prefixed, percentiles


def workers_cpu_s() -> float:
    return sum(sum(p.cpu_times()[:2]) for p in psutil.Process().children(recursive=True))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    server = ServerConfig()
    row: dict = dict(checkout=os.getcwd(), load_before=round(os.getloadavg()[0], 1))
    kg = open_store(BuildConfig(data_dir=args.data))
    started = time.perf_counter()
    source = StoreSource.of(kg, server.worker_memory_copy_max_quads, server.worker_fact_copy_max_quads)
    runner = QueryRunner(source, RunnerConfig(workers=SERVER["workers"], memory_mb=server.worker_memory_mb,
                                              start_timeout_s=3600.0)).start()
    row["workers_start_s"] = round(time.perf_counter() - started, 2)
    try:
        for name, query in AGGREGATES.items():
            times, cpu, rows, failed = [], [], 0, 0
            for i in range(args.repeats):
                job = QueryJob(_prefixed(query) + f" # {i}", {SOLUTIONS: "json"}, server.row_cap, routable=True)
                began, used = time.perf_counter(), workers_cpu_s()
                try:
                    rows = runner.run(job, server.query_timeout_s).count
                except ChanjiaoError:  # past the deadline, or no worker free: timed as it went, and counted
                    failed += 1
                times.append(time.perf_counter() - began)
                cpu.append(workers_cpu_s() - used)
            row[name] = percentiles(times) | dict(first_ms=round(times[0] * 1000, 1), failed=failed,
                                                  cpu_p50_ms=round(statistics.median(cpu) * 1000, 1), rows=rows)
    finally:
        runner.close()
        kg.close()
    row["load_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
