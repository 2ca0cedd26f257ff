"""Where a build's quads are: per named graph, per predicate of each, and the derived statements that rest
on statements the graph does not hold.

    nice -n 10 python bench/scale/quad_shares.py DATA_DIR [--share 0.002]

Opens the published build of DATA_DIR read-only and prints the quads of each named graph, each
(graph, predicate) holding at least ``--share`` of all quads, and, per predicate of the triple they
reify, the cj:DerivedStatements whose prov:wasDerivedFrom names a statement that has no rdf:subject in
the graph (a premise no one reified: what such a statement says can be followed nowhere). The shapes
to cut are read off these figures (bench/results/quads25-2026-12-05.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.store import open_graph

BY_PREDICATE = "SELECT ?g ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ?p"
UNFOLLOWED = """SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a cj:DerivedStatement ; rdf:predicate ?p ;
  prov:wasDerivedFrom ?premise . FILTER NOT EXISTS { ?premise rdf:subject ?any } } GROUP BY ?p ORDER BY DESC(?n)"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--share", type=float, default=0.002, help="least share of all quads a predicate line shows")
    args = parser.parse_args(argv)
    kg = open_graph(args.data)
    counts = [(row["g"].rsplit("/", 1)[-1], row["p"], int(row["n"])) for row in kg.stream(BY_PREDICATE)]
    graphs: Counter[str] = Counter()
    for graph, _, n in counts:
        graphs[graph] += n
    total = sum(graphs.values())
    print(f"{'all graphs':12s} {total:11,d}")
    for graph, n in graphs.most_common():
        print(f"{graph:12s} {n:11,d} {n / total:6.1%}")
    for graph, predicate, n in sorted(counts, key=lambda c: (-graphs[c[0]], -c[2])):
        if n >= args.share * total:
            print(f"  {graph:10s} {predicate:62s} {n:10,d} {n / total:6.1%}")
    print("derived statements resting on a statement not in the graph, by the predicate they reify:")
    for row in kg.stream(UNFOLLOWED):
        print(f"  {row['p']:72s} {int(row['n']):10,d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
