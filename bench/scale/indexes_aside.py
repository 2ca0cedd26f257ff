"""The engine's indexes of a published build made in this process, their name index forked or not
(search.aside, search.index.make_indexes): the wall, this process's own CPU (what the index step's chain waits
for), the forked child's CPU, and the peak RSS of this process and of its child, summed as the build's tree
counts them (sampled every 0.2 s).

    nice -n 10 python bench/scale/indexes_aside.py DATA_DIR [--inline] [--digest]

DATA_DIR's published build is opened read only; its kept catalogue and jieba dictionary are read back (as the
indexes part finds them), nothing is written. ``--digest`` prints a SHA-256 of the indexes made, each immutable
value shared first as a save shares them (search.canonical): run with and without ``--inline``, equal digests
mean byte-identical saved states; unequal ones are compared by value with bench/scale/same_index.py's rules
only through the tests (a frozenset read back from the child may iterate in another order).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import resource
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.store import open_build, published_dir
from search import canonical, snapshot
from search.aside import tree_bytes
from search.index import make_indexes
from search.shortforms import Places


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--inline", action="store_true", help="the name index made in this process, as main does")
    parser.add_argument("--digest", action="store_true", help="print a SHA-256 of the indexes made")
    args = parser.parse_args()
    kg = open_build(published_dir(args.data))
    catalogue = snapshot.catalogue(kg)
    tokenizer = snapshot.tokenizer(kg, catalogue)
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_bytes(os.getpid()))

    sampler = threading.Thread(target=sample, daemon=True)
    before = tree_bytes(os.getpid())
    wall, own, children = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    sampler.start()
    made = make_indexes(catalogue, tokenizer, {}, Places.of(catalogue.places), forked=not args.inline)
    done.set()
    sampler.join()
    print(f"{'inline' if args.inline else 'forked'}: {time.perf_counter() - wall:.1f} s wall, "
          f"{_cpu(resource.RUSAGE_SELF) - own:.1f} s CPU here, {_cpu(resource.RUSAGE_CHILDREN) - children:.1f} s in the "
          f"child; RSS {before >> 20} MB before, tree peak {peak[0] >> 20} MB (this process and its child summed)",
          flush=True)
    if args.digest:
        shared = canonical.share_equal(made, ())
        print("sha256", hashlib.sha256(pickle.dumps(shared, protocol=pickle.HIGHEST_PROTOCOL)).hexdigest())
    kg.close()


if __name__ == "__main__":
    main()
