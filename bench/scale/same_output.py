"""A forced full build of curated data and the SHA-256 of what it published, to compare two
versions of the build code (run this file from each version's checkout).

    nice -n 10 python bench/scale/same_output.py CURATED_DIR DATA_DIR

Prints the published store's quads, the rows with a blank node, the SHA-256 of its sorted
N-Quads dump, and the SHA-256 of each kept file inference wrote (``entailed/*.nt``: as written, and its distinct rows
sorted, which are what incremental builds diff).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.build import build
from graph.config import BuildConfig
from graph.fact_files import FACTS_DIR
from graph.build_rows import ENTAILED_DIR
from graph.routing import PARTITION_FILE
from graph.store import open_graph
from graph.void import VOID_FILE


def main(curated: Path, data: Path) -> int:
    report = build(BuildConfig(data_dir=data, curated_dir=curated), force=True)
    rows = sorted(open_graph(data).quads("nquads").decode().splitlines())
    print(f"quads {len(rows)} blank {sum('_:' in row for row in rows)} "
          f"sha256 {hashlib.sha256(chr(10).join(rows).encode()).hexdigest()}")
    for path in sorted((Path(report.store_dir) / ENTAILED_DIR).glob("*.nt")):
        lines = sorted(set(path.read_bytes().splitlines()))
        print(f"{path.name} as written {hashlib.sha256(path.read_bytes()).hexdigest()} "
              f"distinct rows {len(lines)} sorted {hashlib.sha256(bytes([10]).join(lines)).hexdigest()}")
    for path in sorted((Path(report.store_dir) / FACTS_DIR).glob("*.nt")):
        lines = sorted(path.read_bytes().splitlines())
        print(f"{FACTS_DIR}/{path.name} rows {len(lines)} sorted {hashlib.sha256(bytes([10]).join(lines)).hexdigest()}")
    for name in (VOID_FILE, PARTITION_FILE):
        state = json.loads((Path(report.store_dir) / name).read_text(encoding="utf-8"))
        state = {k: sorted(map(json.dumps, v)) if k == "triples" else v for k, v in state.items() if k != "key"}
        kept = json.dumps(state, sort_keys=True).encode()  # VoID's triples: a set, in the order a CONSTRUCT gave
        print(f"{name} {hashlib.sha256(kept).hexdigest()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
