"""A complete build's provenance rows bulk-loaded after its stated rows, in parts or as one load: CPU of each phase.

    nice -n 10 python bench/scale/entailed_ingests.py BUILD_DIR WORK_DIR {parts,whole} [--part-mb N]

BUILD_DIR is a complete build (``stores/<hash>``, read only). Its stated rows (``quads.nq``, one load, strict, as
the build's first load) go into a new store in WORK_DIR; then its kept provenance rows (``entailed/provenance.nt``)
either as the build loads an entailed file (``parts``: N-Triples parts of N MB cut at line ends by
graph.streaming.cuts, each a load of its own into the provenance graph, lenient) or rewritten as N-Quads and
loaded once (``whole``: Oxigraph's loader then ingests full batches of a million quads); then ``Store.optimize``.
Prints each phase's wall and CPU (the process's: RocksDB's background compactions included), the SST files and the
process's peak RSS. Run one mode per process (the peak is the process's), both at once to compare them under
the same load. bench/results/loads32-2026-12-06.md: at 1000x the provenance rows cost 85.3 s in 80 MB parts
against 56.1 s whole, yet a build whose loads were each one full batch gained nothing.

``--settle S``: between the loads and ``optimize``, up to S seconds of nothing but RocksDB's own background
compactions (the store open read-write), sampled every 5 s (the process's CPU and the SST files) until 10 s pass with
less than 0.1 s of CPU: what the loads leave RocksDB to do by itself, apart from what ``optimize`` adds to it.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

import pyoxigraph as ox

from graph.build_rows import ENTAILED_DIR, QUADS_FILE
from graph.namespaces import graph_iri
from graph.store import Manifest
from graph.streaming import _Pack, copy_range, cuts

from store_steps import step


def parts(store: ox.Store, rows: Path, graph: ox.NamedNode, part_bytes: int, work: Path) -> None:
    """Load ``rows`` in parts of about ``part_bytes``, each copied beside it and loaded, as the build does."""
    starts = cuts(rows, part_bytes)
    part = work / "part.nt"
    for span in itertools.pairwise(starts):
        copy_range(rows, span, part)
        store.bulk_load(path=str(part), format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
    part.unlink()
    print(f"{len(starts) - 1} parts", flush=True)


def measure(store: ox.Store, args: argparse.Namespace) -> None:
    """The stated rows, then the provenance rows as ``args.mode`` says, then compaction, into ``store``."""
    rows = args.build / ENTAILED_DIR / "provenance.nt"
    graph = ox.NamedNode(graph_iri(Manifest.read(args.build).base_iri, "provenance"))
    step("stated rows", lambda: store.bulk_load(path=str(args.build / QUADS_FILE), format=ox.RdfFormat.N_QUADS))
    if args.mode == "parts":
        step("provenance in parts", lambda: parts(store, rows, graph, args.part_mb << 20, args.work))
    else:
        quads = args.work / "provenance.nq"
        pack = _Pack(quads)  # the rows rewritten as N-Quads in their graph, as the build packs small files
        step("rewritten as N-Quads", lambda: pack.take(rows, graph, None))
        step("provenance whole", lambda: store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS, lenient=True))
        pack.done()
    if args.settle:
        settled(args.work / "store", args.settle)
    step("optimize", store.optimize)
    files = len(list((args.work / "store").glob("*.sst")))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
    print(f"{args.mode}: {len(store)} quads, {files} SST files, peak {peak} MB", flush=True)


def settled(directory: Path, limit: float, every: float = 5.0, quiet: float = 10.0) -> float:
    """Wait up to ``limit`` seconds for the background compactions to stop (``quiet`` seconds with < 0.1 s of CPU),
    printing the process's CPU and the SST files every ``every`` seconds; the CPU seconds they took."""
    started, cpu = time.perf_counter(), time.process_time()
    quiet_since, last = started, cpu
    while (now := time.perf_counter()) - started < limit and now - quiet_since < quiet:
        time.sleep(every)
        used = time.process_time()
        if used - last >= 0.1:
            quiet_since = time.perf_counter()
        last = used
        print(f"settling {time.perf_counter() - started:6.1f} s: {used - cpu:6.2f} s CPU, "
              f"{len(list(directory.glob('*.sst')))} SST files", flush=True)
    return time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("mode", choices=("parts", "whole"))
    parser.add_argument("--part-mb", type=int, default=80)
    parser.add_argument("--settle", type=float, default=0.0, help="seconds of background compaction allowed first")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    measure(ox.Store(str(args.work / "store")), args)
    shutil.rmtree(args.work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
