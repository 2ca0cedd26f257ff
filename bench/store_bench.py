"""The same GROUP BY query on rdflib's default in-memory store and on the Oxigraph store,
timed side by side in one run (the decision recorded in the developers' guide).

    .venv/bin/python bench/store_bench.py [--data DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time

import rdflib

from graph.published import ensure_built
from graph.config import BuildConfig
from graph.namespaces import sparql_prologue
from graph.store import open_graph

GROUP_BY = """
SELECT ?type (COUNT(DISTINCT ?coop) AS ?projects) (COUNT(DISTINCT ?org) AS ?orgs) WHERE {
  ?coop cj:participant ?org . ?org a ?type .
} GROUP BY ?type ORDER BY DESC(?projects)
"""


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--data", default="data")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    config = BuildConfig(data_dir=args.data)
    ensure_built(config)
    kg = open_graph(config.data_dir)
    union = rdflib.Graph()
    dataset = rdflib.Dataset()
    dataset.parse(data=kg.quads("nquads"), format="nquads")
    for s, p_, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p_, o))
    query = sparql_prologue() + GROUP_BY
    ours = timed(lambda: kg.rows(query), args.repeat)
    theirs = timed(lambda: list(union.query(query)), args.repeat)
    assert len(kg.rows(query)) == len(list(union.query(query)))
    print(f"triples: {len(union)}")
    print(f"{'store':<24}{'median ms':>12}{'min ms':>10}")
    for name, times in (("oxigraph (pyoxigraph)", ours), ("rdflib Memory store", theirs)):
        print(f"{name:<24}{statistics.median(times):>12.1f}{min(times):>10.1f}")
    print(f"ratio rdflib / oxigraph: {statistics.median(theirs) / statistics.median(ours):.0f}x")


if __name__ == "__main__":
    main()
