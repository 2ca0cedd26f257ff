"""The CPU of each SHACL check (graph.validation.checks) on the store a full build validates: the
graphs the checks read (data, inferred, ontology) of a complete build, loaded in memory.

    nice -n 10 python bench/scale/check_costs.py BUILD_DIR

BUILD_DIR is a build's directory (``{data_dir}/stores/NAME``: its quads.nq and entailed/). Prints
one line per check, costliest first: its CPU seconds, the violations it found, its shape and path.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.assembly import validated_graphs
from graph.build_rows import ENTAILED_DIR, QUADS_FILE
from graph.namespaces import graph_iri
from graph.validation import checks, focus_nodes


def scratch(build: Path) -> tuple[ox.Store, str]:
    """The validated graphs of ``build`` in an in-memory store, and the build's base IRI."""
    base = json.loads((build / "manifest.json").read_text(encoding="utf-8"))["base_iri"]
    wanted = tuple(f" <{graph}> .\n".encode() for graph in validated_graphs(base))
    store = ox.Store()
    with open(build / QUADS_FILE, "rb") as rows:
        store.bulk_load(b"".join(row for row in rows if row.endswith(wanted)), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(path=str(build / ENTAILED_DIR / "inferred.nt"), format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.NamedNode(graph_iri(base, "inferred")))
    return store, base


def main(build: Path) -> int:
    store, base = scratch(build)
    print(f"{len(store)} quads validated", flush=True)
    costs = []
    for check in checks():
        started = time.process_time()
        found = focus_nodes(store, (check.query, validated_graphs(base)))
        costs.append((time.process_time() - started, len(found), check))
    for cpu, found, check in sorted(costs, key=lambda c: -c[0]):
        print(f"{cpu:8.3f} s {found:6d}  {check.shape.rsplit('/', 1)[-1]} {check.path.rsplit('/', 1)[-1]}")
    print(f"{sum(c[0] for c in costs):8.3f} s in all, {len(costs)} checks")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
