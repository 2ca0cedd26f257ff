"""The dense index of a build made again from its kept vectors on 1 and 2 OpenMP threads: CPU, wall, and
whether the index is byte-identical to the one the build kept.

    nice -n 10 python bench/scale/dense_build.py BUILD [--threads 1 2 ...] [--rounds N]

BUILD is a data directory (its published build is read) or a build directory. Its kept dense index's
vectors (search.persist) are added to a fresh index of the same layout (search.dense.LAYOUTS, the
manifest's parameters) in a fresh process per thread count, the counts alternating over ``--rounds``
rounds so that the machine's load falls on each alike. Each line: the process's CPU seconds (every
thread's) and wall seconds of the ``add``, and the SHA-256 of the serialised index against the
manifest's. The code measured is the working directory's (run it from the checkout's root).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(os.getcwd())  # the checkout measured: run from its root
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from same_index import index_of


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one(build: Path, threads: int) -> dict:
    """Make the index of ``build``'s kept vectors on ``threads`` threads (in this process)."""
    import faiss

    from search import persist
    from search.dense import LAYOUTS

    manifest, vectors = persist.load_vectors(index_of(build))
    index = LAYOUTS[manifest.params.kind](vectors.shape[1], manifest.params)
    faiss.omp_set_num_threads(threads)
    cpu, wall = _cpu(), time.perf_counter()
    index.add(vectors)
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    digest = hashlib.sha256(faiss.serialize_index(index).tobytes()).hexdigest()
    return {"threads": threads, "vectors": len(vectors), "kind": manifest.params.kind, "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2), "identical": digest == manifest.index_sha256}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's thread count
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.build, args.one)))
        return 0
    for _ in range(args.rounds):
        for threads in args.threads:
            done = subprocess.run([sys.executable, __file__, str(args.build), "--one", str(threads)],
                                  capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{row['kind']} of {row['vectors']} vectors, {row['threads']} thread(s): {row['cpu_s']:.2f} s CPU, "
                  f"{row['wall_s']:.2f} s wall, {'byte-identical to' if row['identical'] else 'DIFFERS from'} the kept index",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
