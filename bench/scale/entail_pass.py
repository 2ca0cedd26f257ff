"""The rules with an ontology table (graph.inference.RULES' ``table``) written by their SPARQL SELECT and by
graph.entail_pass's pass in Python, alternately in one process on one scratch store: CPU of each, and whether
both wrote the same rows (distinct, and as many as written).

    nice -n 10 python bench/scale/entail_pass.py QUADS_FILE [--rounds N]

QUADS_FILE is a complete build's ``quads.nq`` (graph.incremental.QUADS_FILE, the build's base IRI the default):
its rows but the provenance graph's (what graph.incremental._entailed_apart loads) go into a store in memory,
as in a full build; each round runs every table rule both ways, the order of the two swapped each round.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.inference import RULES, UNREAD_GRAPHS, entailed
from graph.namespaces import DEFAULT_BASE_IRI, graph_iri

WAYS = {True: "query", False: "pass"}
NEWLINE = bytes([10])


def _scratch(quads: Path, tmp: Path) -> ox.Store:
    """A store in memory of the rows of ``quads`` the rules read (all but UNREAD_GRAPHS')."""
    unread = tuple(f"<{graph_iri(DEFAULT_BASE_IRI, name)}> .\n".encode() for name in UNREAD_GRAPHS)
    read = tmp / "read.nq"
    with open(quads, "rb") as rows, open(read, "wb") as out:
        out.writelines(row for row in rows if not row.endswith(unread))
    store = ox.Store()
    store.bulk_load(path=str(read), format=ox.RdfFormat.N_QUADS)
    read.unlink()
    return store


def _once(store: ox.Store, rule: str, by_query: bool, tmp: Path) -> tuple[float, list[str]]:
    """(CPU seconds, digest of the distinct rows and count as written of each graph) of one rule run one way."""
    paths = [tmp / f"{rule}-{graph}.nt" for graph in ("inferred", "provenance")]
    started = time.process_time()
    entailed(store, (rule, DEFAULT_BASE_IRI, str(paths[0]), str(paths[1])), by_query=by_query)
    cpu = time.process_time() - started
    digests = []
    for path in paths:
        rows = path.read_bytes().splitlines()
        digest = hashlib.sha256(NEWLINE.join(sorted(set(rows)))).hexdigest()[:12]
        digests.append(f"{len(rows)} {digest}")
        path.unlink()
    return cpu, digests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("quads", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chanjiao-entail-pass-") as tmp:
        store = _scratch(args.quads, Path(tmp))
        print(f"scratch store: {len(store)} quads", flush=True)
        totals = dict.fromkeys(WAYS, 0.0)
        for number in range(args.rounds):
            for rule in (rule.name for rule in RULES if rule.table):
                found = {}
                for by_query in ((True, False) if number % 2 == 0 else (False, True)):
                    cpu, found[by_query] = _once(store, rule, by_query, Path(tmp))
                    totals[by_query] += cpu
                    print(f"round {number} {rule:<14} {WAYS[by_query]:<6} {cpu:7.2f} s CPU  rows {found[by_query]}",
                          flush=True)
                if found[True] != found[False]:
                    print(f"DIFFERENT rows: {rule}", flush=True)
                    return 1
        print("total " + ", ".join(f"{WAYS[way]} {cpu / args.rounds:.2f} s CPU a round" for way, cpu in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
