"""Serve an existing built data directory and measure it as bench/scale/run.py does (no build).

    python bench/scale/serve_only.py DATA_DIR CURATED_DIR [--logs DIR]

Prints one JSON row: the 1-minute load average before and after (the machine is shared), restart
to /readyz, the first /api/ask after ready, p50/p99 of /api/ask, /api/search, /api/autocomplete
and the /sparql GROUP BY over all organisations, and the server's RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import serve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("curated", type=Path)
    parser.add_argument("--logs", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjiao-serve-") as tmp:
        logs = args.logs or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        row = {"load_1m_before": round(os.getloadavg()[0], 1)}
        row.update(serve(args.curated, args.data, logs))
        row["load_1m_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
