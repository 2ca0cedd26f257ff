"""One query worker's in-memory copy of a build's fact graphs, made as a worker makes it, in this process:
from the files the build keeps (graph.fact_files.load) or dumped from RocksDB (graph.worker_store.copy_graphs).

    python bench/scale/fact_copy.py BUILD_DIR files|dump

Prints the quads copied, wall and CPU seconds, and the peak RSS. BUILD_DIR is a build directory
(``{data}/stores/<hash>``) with its partition.json (and, for ``files``, its ``facts/``).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph import fact_files, routing
from graph.errors import StoreNotBuilt
from graph.store import open_build
from graph.worker_store import copy_graphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("how", choices=("files", "dump"))
    args = parser.parse_args()
    try:
        kg = open_build(args.build)
    except StoreNotBuilt as exc:
        sys.exit(str(exc))
    partition = routing.kept(args.build, kg.content_hash)
    kept = fact_files.files(args.build, partition) if partition is not None else None
    if partition is None or (args.how == "files" and kept is None):
        sys.exit(f"{args.build} keeps no partition.json for its content" + (" or no facts/" if args.how == "files" else ""))
    wall, cpu = time.perf_counter(), time.process_time()
    copy = fact_files.load(kept, partition) if kept is not None and args.how == "files" else \
        copy_graphs(kg.store.oxigraph, partition.fact_graphs)
    print(f"{args.how}: {len(copy)} quads, wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
