"""Accept benchmark: seconds from ``ingest FILE --accept`` starting to its facts being queryable,
and the command's peak memory.

    .venv/bin/python bench/accept_bench.py [--data DIR] FILE...

For each FILE, in a data directory whose store is already built (a fresh temporary one by
default), runs ``/usr/bin/time -v python cli.py --data DIR ingest FILE --accept --json`` and
then, in this process, opens the published store and asks for a statement citing the new
source document. Prints the wall seconds from the command's start until that query answered,
the command's own wall time and its peak resident memory (from /usr/bin/time -v). Numbers
depend on the machine's load (LAC and jionlp load in every run, and the accept rebuilds and
SHACL-validates the whole graph).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.published import ensure_built
from graph.config import BuildConfig
from graph.store import open_graph

CITED = "ASK { ?st cj:evidence ?ev . ?ev cj:sourceDocument ?doc }"
PEAK = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


def accept_once(data: Path, path: Path) -> dict:
    started = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "cli.py", "--data", str(data), "ingest", str(path),
                          "--accept", "--json"], cwd=REPO, capture_output=True, text=True, check=True)
    command = time.perf_counter() - started
    doc = json.loads(run.stdout)["source"]["iri"]
    answered = open_graph(data).ask(CITED, doc=doc)
    queryable = time.perf_counter() - started
    return {"file": path.name, "queryable_s": round(queryable, 2), "command_s": round(command, 2),
            "answered": bool(answered), "peak_rss_mb": int(PEAK.search(run.stderr).group(1)) // 1024}


def main(argv=None) -> None:
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--data", help="data directory (default: a fresh temporary build)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(args.data or tmp)
        ensure_built(BuildConfig(data_dir=data))
        for path in args.files:
            print(json.dumps(accept_once(data, Path(path)), ensure_ascii=False))


if __name__ == "__main__":
    main()
