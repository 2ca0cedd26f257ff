"""What server.py serves of a built data directory before its search index is up: /sparql and
linked data, timed while the warm-up goes on (a 1000x build may have no search index yet, and
making it embeds every passage at the first start).

    python bench/scale/serve_store.py DATA_DIR CURATED_DIR [--logs DIR] [--repeats N]

Starts server.py as the scale benchmark does (2 workers, 8 threads), waits for /healthz, then for
/readyz to report the store and the query workers up, and prints one JSON row: seconds to each,
p50/p99 of the /sparql GROUP BY over all organisations, of entity pages (/id/..., Turtle) and of
the VoID description (/.well-known/void), and the RSS of the server's process tree. The search
warm-up keeps running in the web process meanwhile, so these times are upper bounds.
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

import psutil

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

from web.launch import ServerLaunch, ServerProcess

from run import GROUP_BY, SERVER, _prefixed, entity_paths, get, percentiles, tree_rss

START_TIMEOUT_S = 3600.0


def wait_for_workers(base: str, timeout_s: float) -> None:
    """Until /readyz reports the store and the query workers up (it answers 503 until all is)."""
    until = time.monotonic() + timeout_s
    while time.monotonic() < until:
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=30) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            body = json.loads(exc.read())
        parts = body["components"]
        if parts["store"] and parts["workers"]:
            return
        time.sleep(0.5)
    raise TimeoutError("the query workers did not come up")


def measure(child: ServerProcess, repeats: int) -> dict:
    base, q = child.url, urllib.parse.quote
    out = {}
    paths = entity_paths(child.sparql)
    batches = {
        "/sparql GROUP BY": [f"{child.sparql}?query={q(_prefixed(GROUP_BY))}"] * repeats,
        "entity (Turtle)": [f"{base}{p}?format=turtle" for p in paths] * 2,
        "/.well-known/void": [f"{base}/.well-known/void"] * 2,
    }
    for name, urls in batches.items():
        out[name] = percentiles([get(u, timeout=900.0) for u in urls])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("curated", type=Path)
    parser.add_argument("--logs", type=Path)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjiao-serve-store-") as tmp:
        logs = args.logs or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        row: dict = {"load_1m_before": round(os.getloadavg()[0], 1)}
        options = ("--workers", str(SERVER["workers"]), "--threads", str(SERVER["threads"]), "--curated", str(args.curated))
        started = time.perf_counter()
        child = ServerProcess.launch(ServerLaunch(args.data, logs, options, ready_path="/healthz", name="store",
                                                  timeout_s=START_TIMEOUT_S))
        try:
            row["healthz_s"] = round(time.perf_counter() - started, 2)
            wait_for_workers(child.url, START_TIMEOUT_S)
            row["workers_up_s"] = round(time.perf_counter() - started, 2)
            row.update(measure(child, args.repeats))
            row["server_rss_mb"] = round(tree_rss(psutil.Process(child.process.pid)) / 2**20)
        finally:
            child.stop()
        row["load_1m_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
