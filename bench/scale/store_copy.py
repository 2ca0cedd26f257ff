"""What a query worker's in-memory copy of the store costs and buys, on one built data directory.

    python bench/scale/store_copy.py DATA_DIR [--repeats N] [--graphs NAME ...]

A query worker reads the build's RocksDB, or copies it into an in-memory Oxigraph store when it
holds at most ``ServerConfig.worker_memory_copy_max_quads`` quads (graph.query_worker.StoreSource).
This times the copy (dump to N-Quads, bulk load) and the RSS it adds, then the scale benchmark's
GROUP BY over all organisations (bench/scale/run.py) and the join under it on both stores: the
best and the median of ``--repeats`` runs each, after one warming run. ``--graphs`` copies only
those named graphs (e.g. ``data inferred ontology``, the facts without the provenance graph): what
a partial copy would cost and buy; the queries then see only those graphs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from graph.config import BuildConfig
from graph.embedded import EmbeddedStore
from graph.namespaces import PREFIXES
from graph.store import open_store

from run import GROUP_BY

QUERIES = {
    "GROUP BY": GROUP_BY,
    "organisations": "SELECT (COUNT(*) AS ?n) WHERE { ?org a cj:Organization }",
    "their types (the join)": "SELECT (COUNT(*) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }",
}


def timed(store: ox.Store, query: str, repeats: int) -> tuple[list, list[float]]:
    rows = list(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True))  # warm
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        rows = list(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True))
        times.append(time.perf_counter() - start)
    return rows, times


def dumped_quads(store: ox.Store, graphs: list[str] | None) -> bytes:
    """The store's quads as N-Quads: all of them, or those of the named ``graphs``."""
    if graphs is None:
        return store.dump(format=ox.RdfFormat.N_QUADS)  # type: ignore[return-value]
    return b"".join(ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(g)),  # type: ignore[misc]
                                 format=ox.RdfFormat.N_QUADS) for g in graphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--graphs", nargs="*", help="copy only these named graphs (default: all)")
    args = parser.parse_args()
    kg = open_store(BuildConfig(data_dir=args.data))
    assert isinstance(kg.store, EmbeddedStore)
    rocks, me = kg.store.oxigraph, psutil.Process()
    before = me.memory_info().rss
    start = time.perf_counter()
    nquads = dumped_quads(rocks, [kg.graph_iri(name) for name in args.graphs] if args.graphs else None)
    dumped = time.perf_counter() - start
    memory = ox.Store()
    memory.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    print(f"{len(memory)} quads copied; copy: dump {dumped:.1f} s ({len(nquads) / 2**20:.0f} MB of N-Quads), "
          f"load {time.perf_counter() - start - dumped:.1f} s")
    del nquads
    print(f"RSS added by the in-memory copy: {(me.memory_info().rss - before) / 2**20:.0f} MB "
          f"(address space now {me.memory_info().vms / 2**20:.0f} MB)")
    for name, query in QUERIES.items():
        for where, store in (("RocksDB", rocks), ("in memory", memory)):
            rows, times = timed(store, query, args.repeats)
            size = rows[0][0].value if len(rows) == 1 else f"{len(rows)} rows"
            print(f"  {name:24} {where:9}  best {min(times) * 1000:7.1f} ms  median "
                  f"{statistics.median(times) * 1000:7.1f} ms  ({size})")
    kg.close()


if __name__ == "__main__":
    main()
