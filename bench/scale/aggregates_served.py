"""The aggregates of bench/scale/run.py's AGGREGATES through /sparql, served by one or more checkouts
on the same built data directory, one server after the other in one run (the same data, the same load):

    python bench/scale/aggregates_served.py DATA_DIR CURATED_DIR NAME=CHECKOUT [NAME=CHECKOUT ...] [--repeats N]

CHECKOUT is a working tree (e.g. a ``git archive`` copy of a commit, with ``.venv`` linked) whose
server.py serves DATA_DIR (2 workers, 8 threads: run.py's deployment). Each query is sent ``--repeats``
times, each a distinct text (a comment: no kept result is timed, and rdflib parses each afresh), the
first runs included (each worker's first query after ready). Prints one JSON row per checkout: the
1-minute load before and after, restart to /readyz, p50/p99/first wall ms per query, and the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent), str(HERE)]

from run import AGGREGATES, SERVER, START_TIMEOUT_S, _prefixed, percentiles
from service_servers import start_ours


def timed(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        rows = len(json.loads(response.read())["results"]["bindings"])
    return time.perf_counter() - started, rows


def measure(name: str, checkout: Path, data: Path, curated: Path, logs: Path, repeats: int) -> dict:
    out: dict = dict(checkout=name, load_before=os.getloadavg()[0])
    started = time.perf_counter()
    server = start_ours(data, logs, SERVER["workers"], SERVER["threads"], name=name, curated=curated,
                        timeout_s=START_TIMEOUT_S, checkout=checkout)
    out["ready_s"] = round(time.perf_counter() - started, 2)
    try:
        for label, query in AGGREGATES.items():
            runs = [timed(f"{server.sparql}?query={urllib.parse.quote(_prefixed(query) + f' # {name} {i}')}")
                    for i in range(repeats)]
            out[label] = percentiles([t for t, _ in runs]) | dict(first_ms=round(runs[0][0] * 1000, 1), rows=runs[0][1])
    finally:
        server.stop()
    out["load_after"] = os.getloadavg()[0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("curated", type=Path)
    ap.add_argument("checkouts", nargs="+", help="NAME=DIR")
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjiao-aggregates-") as logs:
        for spec in args.checkouts:
            name, _, checkout = spec.partition("=")
            print(json.dumps(measure(name, Path(checkout), args.data, args.curated, Path(logs), args.repeats),
                             ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
