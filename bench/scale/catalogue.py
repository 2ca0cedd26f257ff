"""Time the search catalogue alone (search.documents.load_catalogue) on a built store, per code tree.

Each code tree (a checkout: this worktree, or e.g. ``git archive main`` unpacked) runs in its own
process on the same published build, one after the other; each prints CPU seconds, wall seconds,
peak RSS and a digest of the catalogue (every document and filter table, sets sorted), so trees
whose catalogues differ in any byte show different digests.

    python bench/scale/catalogue.py DATA_DIR TREE [TREE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import hashlib, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from graph.store import open_build, published_dir
from search.documents import load_catalogue

def plain(value):
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return sorted([plain(k), plain(v)] for k, v in value.items())
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return [type(value).__name__] + [plain(getattr(value, f)) for f in value.__dataclass_fields__]
    return [type(value).__name__, value]

kg = open_build(published_dir(Path(sys.argv[2])))
wall, cpu = time.perf_counter(), time.process_time()
catalogue = load_catalogue(kg)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
digest = hashlib.sha256(json.dumps(plain(catalogue), ensure_ascii=False).encode()).hexdigest()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak_mb": peak, "docs": len(catalogue.docs),
                  "fields": sum(len(d.fields) for d in catalogue.docs), "digest": digest}))
"""


def run(tree: Path, data: Path) -> dict:
    """The figures of one tree's catalogue, measured in a fresh process."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(data)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="data directory with a published build")
    parser.add_argument("trees", type=Path, nargs="+", help="code trees to compare, in order")
    args = parser.parse_args()
    print("| tree | CPU s | wall s | peak RSS MB | documents | fields | digest |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for tree in args.trees:
        r = run(tree.resolve(), args.data.resolve())
        print(f"| {tree} | {r['cpu']:.2f} | {r['wall']:.2f} | {r['peak_mb']:.0f} | {r['docs']} | "
              f"{r['fields']} | {r['digest'][:16]} |", flush=True)


if __name__ == "__main__":
    main()
