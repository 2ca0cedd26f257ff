"""How much of a forked query worker's shared fact copy stays shared once it answers queries.

    python bench/scale/fork_cow.py --data DIR [--query SPARQL ...] [--freeze] [--own]

Loads the published build's kept fact graphs (graph.fact_files) as the fact loader does
(graph.fact_loader), forks one child, and prints the child's memory (/proc/self/smaps_rollup: RSS,
PSS, private and shared dirty MB) after the fork and after each query (timed; each query is run twice,
the first run paying for the copy-on-write faults). Oxigraph's in-memory store writes into the quad
nodes it reads (reference counts, version locks), so every page a query scans becomes the worker's own.
``--freeze``: gc.freeze() in the parent before the fork (the collector then never writes into the
objects alive at the fork); ``--own``: the child makes every shared page its own first
(graph.prefault.own_shared_pages, timed), as a query worker does before it is ready.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

from graph import fact_files, prefault, routing
from graph.namespaces import PREFIXES
from graph.store import Manifest, published_dir

QUERIES = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org",
)
FIELDS = ("Rss", "Pss", "Private_Dirty", "Shared_Dirty")


def memory_mb() -> dict[str, int]:
    """This process's RSS, PSS and dirty pages (MB) from /proc/self/smaps_rollup."""
    return {name: kb // 1024 for name, kb in prefault.memory_kb().items() if name in FIELDS}


def child(store, queries: list[str], own: bool) -> None:
    print("child after the fork", memory_mb(), flush=True)
    if own:
        started, cpu = time.perf_counter(), time.process_time()
        copied = prefault.own_shared_pages()
        print(f"own_shared_pages: {copied / 2**20:.0f} MB in {time.perf_counter() - started:.2f} s "
              f"({time.process_time() - cpu:.2f} s CPU)", memory_mb(), flush=True)
    for query in queries:
        for run in ("first", "again"):
            started = time.perf_counter()
            rows = len(list(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)))
            print(f"{run}: {time.perf_counter() - started:.2f} s, {rows} rows, {memory_mb()}  {query[:60]}", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--query", action="append", help="a SPARQL query to run in the child (default: a scan and a GROUP BY)")
    p.add_argument("--freeze", action="store_true", help="gc.freeze() before the fork")
    p.add_argument("--own", action="store_true", help="the child makes the shared pages its own first")
    args = p.parse_args(argv)
    build = published_dir(args.data)
    partition = routing.kept(build, Manifest.read(build).content_hash) if build is not None else None
    kept = fact_files.files(build, partition) if build is not None and partition is not None else None
    if build is None or partition is None or kept is None:
        sys.exit(f"{build} keeps no fact graphs")
    started = time.process_time()
    store = fact_files.load(kept, partition)
    print(f"loaded {len(store)} quads in {time.process_time() - started:.1f} s of CPU", memory_mb(), flush=True)
    if args.freeze:
        gc.freeze()
    pid = os.fork()
    if pid == 0:
        try:
            child(store, args.query or list(QUERIES), args.own)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
