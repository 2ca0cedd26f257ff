"""Serve an existing built data directory and measure it as bench/scale/run.py does (no build).

    python bench/scale/serve_only.py DATA_DIR CURATED_DIR [--logs DIR] [--oxigraph STORE_DIR]

Prints one JSON row: the 1-minute load average before and after (the machine is shared), restart
to /readyz, the first /api/ask after ready, p50/p99 of /api/ask, /api/search, /api/autocomplete
and the /sparql GROUP BY over all organisations, and the server's RSS. ``--oxigraph``: the store is
an Oxigraph server started on STORE_DIR (published by ``publish_built.py BUILD STORE_DIR
--index-into DATA_DIR``), measured as run.py's remote row: its cold start first, the store's RSS too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import cold_start, serve

from web.launch import Child, oxigraph_spec

STORE_START_TIMEOUT_S = 600.0  # a 1000x store opens in seconds; a loaded machine may take longer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("curated", type=Path)
    parser.add_argument("--logs", type=Path)
    parser.add_argument("--oxigraph", type=Path, metavar="STORE_DIR", help="serve from an Oxigraph server on this store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjiao-serve-") as tmp:
        logs = args.logs or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        row: dict = {"load_1m_before": round(os.getloadavg()[0], 1)}
        if args.oxigraph is None:
            row.update(serve(args.curated, args.data, logs))
        else:
            with Child.start(oxigraph_spec(args.oxigraph, logs / "oxigraph.log", timeout_s=STORE_START_TIMEOUT_S)) as store:
                row["cold_start_s"] = cold_start(args.curated, args.data, logs, store)
                row.update(serve(args.curated, args.data, logs, store))
        row["load_1m_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
