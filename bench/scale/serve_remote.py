"""Serve a store published by publish_built.py and measure it as run.py's remote row does.

    python bench/scale/serve_remote.py STORE_DIR DATA_DIR CURATED

STORE_DIR is an Oxigraph store (``publish_built.py BUILD STORE_DIR --index-into DATA_DIR``),
DATA_DIR the data directory holding the build's search index, CURATED the curated data it was
built from. ``oxigraph serve`` is started on STORE_DIR, then run.py's cold start and serve (the
same requests, the same server settings); one JSON row is printed: the cold start, readiness,
each endpoint's p50/p99 and the RSS of server.py's tree and of the store. Logs go to
DATA_DIR/../serve-remote-logs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from publish_built import REPO  # importing it puts the repository on sys.path
from run import cold_start, serve

from web.launch import Child, oxigraph_spec

STORE_TIMEOUT_S = 600.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("curated", type=Path)
    args = parser.parse_args()
    logs = args.data.resolve().parent / "serve-remote-logs"
    logs.mkdir(exist_ok=True)
    row: dict = dict(code=str(REPO), load_1m=round(os.getloadavg()[0], 1))
    started = time.perf_counter()
    with Child.start(oxigraph_spec(args.store, logs / "oxigraph.log", timeout_s=STORE_TIMEOUT_S)) as store:
        row["store_start_s"] = round(time.perf_counter() - started, 2)
        row["cold_start_s"] = cold_start(args.curated, args.data, logs, store)
        row.update(serve(args.curated, args.data, logs, store))
    row["load_1m_end"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
