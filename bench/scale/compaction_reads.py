"""What a build's compaction buys its readers: reads on a read-only store as the bulk loads left it, then compacted.

    nice -n 10 python bench/scale/compaction_reads.py BUILD_DIR [--lookups N]

BUILD_DIR is a complete build's directory (``{data_dir}/stores/NAME``: its quads.nq and entailed/). Its rows are
bulk-loaded as a build loads them (bench/scale/store_steps.loaded, no compaction) into a temporary store, which is
closed and opened read-only, as the index step and the server open a build (a read-only RocksDB never compacts);
then timed: the store's count, a COUNT over every quad, two GROUP BY scans, a label scan and N point lookups (every
quad of N subjects). Then the store is compacted (``Store.optimize``, as graph.incremental._full does), closed,
and read the same way again. Prints each read's wall and CPU (each twice: the first warms the page cache) and the
SST files and bytes of both.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent)]

from graph.namespaces import graph_iri
from graph.store import STORE_SUBDIR

from store_steps import loaded, step

READS = {
    "count": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "types": "SELECT ?t (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } } GROUP BY ?t",
    "predicates": "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p",
    "labels": "SELECT ?s ?l WHERE { GRAPH <%s> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }",
}


def reads(directory: Path, base: str, lookups: int, tag: str) -> None:
    """Time READS and ``lookups`` point lookups on the store in ``directory``, opened read-only, twice."""
    files = list(directory.glob("*.sst"))
    print(f"{tag}: {len(files)} SST files, {sum(f.stat().st_size for f in files) >> 20} MB", flush=True)
    store = ox.Store.read_only(str(directory))
    subjects = list(dict.fromkeys(q.subject for q, _ in zip(store, range(lookups * 20), strict=False)))[:lookups]
    for _ in range(2):
        step(f"{tag} len", functools.partial(len, store))
        for name, query in READS.items():
            text = query % graph_iri(base, "data") if "%s" in query else query
            step(f"{tag} {name}", lambda text=text: sum(1 for _ in store.query(text)))
        step(f"{tag} {len(subjects)} lookups",
             lambda: sum(1 for s in subjects for _ in store.quads_for_pattern(s, None, None, None)))


def compacted(directory: Path) -> None:
    store = ox.Store(str(directory))
    store.optimize()
    store.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--lookups", type=int, default=10_000, help="subjects whose quads are looked up")
    args = parser.parse_args(argv)
    base = json.loads((args.build / "manifest.json").read_text(encoding="utf-8"))["base_iri"]
    with tempfile.TemporaryDirectory(prefix="compaction-reads-") as tmp:
        loaded(args.build, base, Path(tmp), compact=False)  # the store closed on return
        reads(Path(tmp) / STORE_SUBDIR, base, args.lookups, "as loaded")
        step("compaction", functools.partial(compacted, Path(tmp) / STORE_SUBDIR))
        reads(Path(tmp) / STORE_SUBDIR, base, args.lookups, "compacted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
