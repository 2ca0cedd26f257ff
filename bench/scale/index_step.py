"""The build's index step alone (search.prebuild.prepare) on a copy of a published build.

    nice -n 10 python bench/scale/index_step.py DATA_DIR SCRATCH [--embed] [--in-process] [--budget-mb N] [--timeline FILE]

Copies the published build of DATA_DIR into SCRATCH (the store's files hard-linked: it is opened read
only; its search index copied without what the step keeps, and without the dense index too with
``--embed``), runs the step on the copy as a build does (its parts apart when the graph is large
enough, or all in this process with ``--in-process``) with each part's figures logged, and prints the
step's wall and CPU seconds (finished children included), the peak RSS of this process and of its
largest child, and the peak RSS of the process tree (sampled every 0.5 s: trees.TreePeak). SCRATCH is
removed first. ``--budget-mb`` sets the step's peak budget (the layout it picks: search.step_peaks; 1 forces
the most frugal, the dense index made apart), ``--one-after-the-other`` the parts one after the other within the
default budget (a 1000x build's layout: the indexes part then makes its name index aside, search.aside), ``--timeline`` keeps the tree's samples for peak_fit.py. The step of another checkout is measured by running this file from that checkout
(``prepare`` without ``step`` there).
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import resource
import shutil
import sys
import time
from pathlib import Path

REPO = Path(os.getcwd())  # the checkout measured: run from its root
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from graph.store import current_store_dir, open_build
from search.config import SEARCH_INDEX_DIR

from trees import TreePeak

LINKED = (".sst", ".nt", ".nq")
DENSE = ("index-", "ids-", "manifest.json", "passage-keys.json")  # the dense index's files (search.persist)


def copied(data: Path, scratch: Path, dense: bool) -> Path:
    """The published build of ``data`` copied into ``scratch`` (see the module docstring)."""
    source = current_store_dir(data)
    shutil.rmtree(scratch, ignore_errors=True)
    target = scratch / source.name
    shutil.copytree(source, target, copy_function=_linked, ignore=shutil.ignore_patterns(SEARCH_INDEX_DIR))
    (target / SEARCH_INDEX_DIR).mkdir()
    for kept in (source / SEARCH_INDEX_DIR).iterdir():
        if dense and kept.name.startswith(DENSE):
            shutil.copy2(kept, target / SEARCH_INDEX_DIR / kept.name)
    return target


def _linked(source: str, target: str) -> None:
    """Hard-link the large files no reader changes (RocksDB's tables, the N-Triples kept), copy the rest
    (the lease, RocksDB's logs and manifest: a reader may write those)."""
    if source.endswith(LINKED):
        os.link(source, target)
    else:
        shutil.copy2(source, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("scratch", type=Path)
    parser.add_argument("--embed", action="store_true", help="make the dense index too (embedding every passage)")
    parser.add_argument("--in-process", action="store_true", help="every part in this process")
    parser.add_argument("--budget-mb", type=int, help="the step's peak budget (search.prebuild.StepConfig; 1: the most frugal layout)")
    parser.add_argument("--one-after-the-other", action="store_true",
                        help="the parts one after the other within the default budget (StepConfig.side_by_side off)")
    parser.add_argument("--timeline", type=Path, help="write each 0.5 s sample of the tree's RSS (MB by pid) there (bench/scale/peak_fit.py)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    from search.prebuild import prepare

    build = copied(args.data, args.scratch, not args.embed)
    extra = {}
    if args.in_process or args.budget_mb or args.one_after_the_other:
        from search.prebuild import StepConfig

        extra = {"step": StepConfig(apart_quads=2 ** 62) if args.in_process else
                 StepConfig(side_by_side=False) if args.one_after_the_other else
                 StepConfig(peak_budget_bytes=args.budget_mb << 20)}
    wall, cpu = time.perf_counter(), _cpu()
    with TreePeak() as tree:
        prepare(functools.partial(open_build, build), **extra)  # type: ignore[arg-type]  # another checkout's may lack it
    own, children = (resource.getrusage(who).ru_maxrss // 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(tree.report())
    if args.timeline:
        tree.write_timeline(args.timeline)
    print(f"index step: {time.perf_counter() - wall:.1f} s wall, {_cpu() - cpu:.1f} s CPU, peak {own} MB here, "
          f"{children} MB in the largest child, {tree.peak_bytes >> 20} MB the process tree", flush=True)


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
