"""Measure a server.py that is already running, as bench/scale/run.py measures the one it starts.

    python bench/scale/serve_running.py BASE_URL            # p50/p99 of each endpoint
    python bench/scale/serve_running.py BASE_URL --poll     # right after /readyz: until the fact copy answers

run.py measures straight after /readyz, while each query worker still makes its in-memory copy of
the fact graphs in the background (graph.query_worker.StoreSource: minutes at 1000x); until then
the GROUP BY runs on RocksDB. This script measures a server whose copies are made (started with
``bench/scale/restart.py --keep``), and ``--poll`` times how long after /readyz that takes. Every
/sparql GROUP BY carries a new comment, so the runner's kept results (graph.result_cache) are not
what is timed.
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.error
import urllib.parse
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ASKS, PREFIXES, REPEATS, SEARCHES, get, percentiles, uncached_group_by


def measure(base: str) -> dict:
    q = urllib.parse.quote
    urls = {
        "/api/ask": [f"{base}/api/ask?q={q(a)}" for a in ASKS] * REPEATS["/api/ask"],
        "/api/search": [f"{base}/api/search?q={q(s)}&k=10" for s in SEARCHES] * REPEATS["/api/search"],
        "/api/autocomplete": [f"{base}/api/autocomplete?q={q(p)}&k=8" for p in PREFIXES] * REPEATS["/api/autocomplete"],
        "/sparql GROUP BY, not kept": uncached_group_by(base, REPEATS["/sparql GROUP BY"]),
    }
    return {name: percentiles([get(u) for u in batch]) for name, batch in urls.items()}


def poll(base: str, fast_s: float = 1.0, tries: int = 30, gap_s: float = 10.0) -> list[dict]:
    """The GROUP BY asked every ``gap_s`` from now until it answers within ``fast_s``, or until the
    server throttles this client (429: its share of query time is spent, which the queries the
    deadline stops spend fast)."""
    started, rows = time.perf_counter(), []
    for url in uncached_group_by(base, tries):
        time.sleep(gap_s if rows else 0.0)
        at = time.perf_counter()
        try:
            took, status = get(url), 200
        except urllib.error.HTTPError as exc:
            took, status = time.perf_counter() - at, exc.code
        rows.append(dict(after_s=round(at - started, 1), status=status, ms=round(took * 1000)))
        if status == 429 or (status == 200 and took < fast_s):
            break
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the server's base URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--poll", action="store_true", help="time until the fact copy answers the GROUP BY")
    args = parser.parse_args()
    print(json.dumps(poll(args.base) if args.poll else measure(args.base), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
