"""The inference an incremental build runs apart (graph.incremental._entailed_apart) on a
build's rows, on a scratch store in memory or on disk: wall, CPU and peak RSS.

    nice -n 10 python bench/scale/entail_apart.py QUADS_FILE {memory,disk}

QUADS_FILE is a complete build's ``quads.nq`` (graph.build_rows.QUADS_FILE; its base IRI the
default). The scratch store is chosen by setting MAX_IN_MEMORY above or below any row count.
Prints the stages and the bound on the quads inference adds (the count the update is checked by).
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph import build_rows, incremental
from graph.inference import infer
from graph.namespaces import DEFAULT_BASE_IRI
from graph.timing import Stopwatch

STORES = {"memory": 1 << 62, "disk": 0}  # MAX_IN_MEMORY for each


def main(rows: Path, where: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    clock = Stopwatch()
    incremental.MAX_IN_MEMORY = STORES[where]
    steps = incremental.Steps(lambda store, keep, location, apart, _written: infer(store, DEFAULT_BASE_IRI, clock, keep, location, apart),
                              lambda *_: None)
    with tempfile.TemporaryDirectory(prefix="chanjiao-entail-apart-") as tmp:
        (Path(tmp) / build_rows.QUADS_FILE).symlink_to(rows.resolve())
        with clock.stage(f"entail apart ({where})"):
            added, kept = incremental._entailed_apart(Path(tmp), DEFAULT_BASE_IRI, steps), build_rows.kept_apart(Path(tmp))
        added += sum(len(index.digests) for index in kept.values())
    print(f"{added} quads entailed (bound), on a scratch store {where}")
    for stage in clock.stages:
        print(stage)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in STORES:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
