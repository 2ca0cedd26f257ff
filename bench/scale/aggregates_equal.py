"""The build's counts for aggregates (graph.aggregates) against the store's own answers, on one build:

    python bench/scale/aggregates_equal.py BUILD [--counts DIR] [--repeats N] [--shapes]

BUILD is a build's store directory (``{data}/stores/{id}``), opened read-only. Measures the counts
(CPU seconds, their files' size) into ``--counts`` (default: BUILD itself, as the build keeps them;
give a scratch directory for a build that must not be written), then for each aggregate of
bench/scale/run.py's AGGREGATES answers it from the counts (recognised on the parsed query, as a
query worker does) and from the store (RocksDB, the union default graph, as /sparql reads it), and
prints CPU and wall ms of each (best and first of ``--repeats``) and whether the two answers are the
same: the same rows in the same order of the count (rows ORDER BY leaves tied may come in another
order). ``--shapes`` adds every wording of tests/graph/test_aggregates.py's RECOGNISED and TIED lists
(each recognised shape, as the test compares them on the 1x build). Exits 1 when any answer differs or
is not recognised.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

from run import AGGREGATES

from graph import aggregate_shape, aggregates, routing
from graph.namespaces import PREFIXES, graph_iri
from graph.results import SOLUTIONS, format_named, serialise, write_rows
from graph.store import Manifest

CSV = format_named(SOLUTIONS, "csv")
CAP = 10_000_000


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(run) -> tuple[str, float, float]:
    """run()'s CSV text, CPU ms, wall ms."""
    c, w = cpu(), time.perf_counter()
    text = run()
    return text, (cpu() - c) * 1000, (time.perf_counter() - w) * 1000


def same(mine: str | None, theirs: str, ordered: bool) -> bool:
    """The same rows and, when ``ordered``, the count column in the same order (ties ORDER BY leaves may differ)."""
    if mine is None:
        return False
    a, b = mine.splitlines(), theirs.splitlines()
    return sorted(a) == sorted(b) and (not ordered or [r.rsplit(",", 1)[-1] for r in a] == [r.rsplit(",", 1)[-1] for r in b])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--counts", type=Path, help="where the counts are written (default: the build)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--shapes", action="store_true", help="also every wording tests/graph/test_aggregates.py compares")
    args = ap.parse_args()
    queries = dict(AGGREGATES)
    if args.shapes:
        from tests.graph.test_aggregates import RECOGNISED, TIED

        queries |= {f"test shape {i}": query for i, query in enumerate(RECOGNISED + TIED)}
    manifest = Manifest.read(args.build)
    partition = routing.kept(args.build, manifest.content_hash)
    assert partition is not None, "the build keeps no Partition"
    store = ox.Store.read_only(str(args.build / "oxigraph"))
    target = args.counts or args.build
    target.mkdir(parents=True, exist_ok=True)
    c = cpu()
    written = aggregates.keep(store, target, manifest.content_hash, partition, graph_iri(manifest.base_iri, "ontology"))
    size = sum(f.stat().st_size for f in written.iterdir())
    print(f"counts: {cpu() - c:.1f} s CPU (0 when kept already), {size / 2**20:.1f} MB in {written}")
    counts = aggregates.kept(target, manifest.content_hash)
    assert counts is not None
    failed = 0
    for name, query in queries.items():
        def from_counts(query: str = query) -> str:
            shape = aggregate_shape.recognise(query, partition)
            groups = aggregate_shape.groups(shape, counts) if shape is not None else None
            if shape is None or groups is None:
                return ""
            return write_rows(list(shape.projected), aggregate_shape.rows(shape, groups), CSV, CAP).body.decode()

        def from_store(query: str = query) -> str:
            return serialise(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True),
                             {SOLUTIONS: CSV}, CAP).body.decode()

        mine = [timed(from_counts) for _ in range(args.repeats)]
        theirs = [timed(from_store) for _ in range(args.repeats)]
        shape = aggregate_shape.recognise(query, partition)
        ok = same(mine[0][0] or None, theirs[0][0], shape is not None and bool(shape.order))
        failed += not ok
        print(f"{name}: {'same' if ok else 'DIFFERENT'} ({len(theirs[0][0].splitlines()) - 1} rows); "
              f"counts CPU first/best {mine[0][1]:.0f}/{min(m[1] for m in mine):.0f} ms, wall {mine[0][2]:.0f}/"
              f"{min(m[2] for m in mine):.0f}; store CPU {theirs[0][1]:.0f}/{min(t[1] for t in theirs):.0f} ms, "
              f"wall {theirs[0][2]:.0f}/{min(t[2] for t in theirs):.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
