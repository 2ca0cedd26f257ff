"""A forced full build of curated data and the SHA-256 of what it published, to compare two
versions of the build code (run this file from each version's checkout).

    nice -n 10 python bench/scale/same_output.py CURATED_DIR DATA_DIR
    python bench/scale/same_output.py --built DATA_DIR     (the build published there, not built again)

Prints the published store's quads, the rows with a blank node, the SHA-256 of its sorted
N-Quads dump, and the SHA-256 of each kept file inference wrote (``entailed/*.nt``: as written, and its distinct rows
sorted, which are what incremental builds diff), of the fact files, of the VoID description and the Partition (less
their content keys) and of the counts for aggregates (``aggregates/``: the index less its key, each table as written).
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
from graph.aggregates import AGGREGATES_DIR, INDEX_FILE
from graph.store import current_store_dir, open_graph
from graph.void import VOID_FILE


def main(curated: Path | None, data: Path) -> int:
    if curated is not None:
        build(BuildConfig(data_dir=data, curated_dir=curated), force=True)
    built = current_store_dir(data)
    rows = sorted(open_graph(data).quads("nquads").decode().splitlines())
    print(f"quads {len(rows)} blank {sum('_:' in row for row in rows)} "
          f"sha256 {hashlib.sha256(chr(10).join(rows).encode()).hexdigest()}")
    for path in sorted((built / ENTAILED_DIR).glob("*.nt")):
        lines = sorted(set(path.read_bytes().splitlines()))
        print(f"{path.name} as written {hashlib.sha256(path.read_bytes()).hexdigest()} "
              f"distinct rows {len(lines)} sorted {hashlib.sha256(bytes([10]).join(lines)).hexdigest()}")
    for path in sorted((built / FACTS_DIR).glob("*.nt")):
        lines = sorted(path.read_bytes().splitlines())
        print(f"{FACTS_DIR}/{path.name} rows {len(lines)} as written {hashlib.sha256(path.read_bytes()).hexdigest()} "
              f"sorted {hashlib.sha256(bytes([10]).join(lines)).hexdigest()}")
    for name in (VOID_FILE, PARTITION_FILE):
        state = json.loads((built / name).read_text(encoding="utf-8"))
        state = {k: sorted(map(json.dumps, v)) if k == "triples" else v for k, v in state.items() if k != "key"}
        kept = json.dumps(state, sort_keys=True).encode()  # VoID's triples: a set, in the order a CONSTRUCT gave
        print(f"{name} {hashlib.sha256(kept).hexdigest()}")
    for path in sorted((built / AGGREGATES_DIR).iterdir()):
        state = path.read_bytes() if path.name != INDEX_FILE else json.dumps(
            {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k != "key"}, sort_keys=True).encode()
        print(f"{AGGREGATES_DIR}/{path.name} {hashlib.sha256(state).hexdigest()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(None if sys.argv[1] == "--built" else Path(sys.argv[1]), Path(sys.argv[2])))
