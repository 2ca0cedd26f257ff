"""Before/after of the two build changes of issue #18, side by side on one generated data set.

    python bench/scale/changes.py CURATED_DIR

(a) reading the curated YAML (graph.sources.load) with PyYAML's pure-Python SafeLoader vs
    libyaml's CSafeLoader; (b) loading the build's named graphs into a fresh on-disk Oxigraph
    store from one N-Triples blob per graph (the old load_graphs) vs streamed rows (the new one):
    wall time and the peak of Python allocations during the load (tracemalloc, a separate run).
Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph import sources
from graph.assembly import assemble_from_graph
from graph.emit import emit
from graph.namespaces import DEFAULT_BASE_IRI
from graph.store_load import load_graphs


def blob_load(store: ox.Store, graphs: dict) -> None:
    """The load before the change: each graph serialised whole, then bulk-loaded."""
    for name, g in graphs.items():
        store.bulk_load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                        to_graph=ox.NamedNode(name))


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return round(time.perf_counter() - started, 3)


def yaml_load(curated: Path, loader) -> float:
    sources.YAML_LOADER = loader
    return timed(sources.load, curated, sources.source_roots(curated))


def store_load(graphs: dict, loader, memory: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = ox.Store(tmp)
        if memory:
            tracemalloc.start()
            loader(store, graphs)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return round(peak / 2**20, 1)
        return timed(loader, store, graphs)


def main(curated: Path) -> dict:
    out = {"curated": str(curated)}
    for name, loader in (("SafeLoader", yaml.SafeLoader), ("CSafeLoader", yaml.CSafeLoader)):
        out[f"sources.load s, {name}"] = min(yaml_load(curated, loader) for _ in range(2))
    checked = sources.load(curated, sources.source_roots(curated))
    emitter = emit(checked, DEFAULT_BASE_IRI)
    graphs = assemble_from_graph(emitter.data, DEFAULT_BASE_IRI, provenance=emitter.provenance)  # stated graphs
    out["triples"] = sum(len(g) for g in graphs.values())
    for name, loader in (("blob", blob_load), ("streamed", load_graphs)):
        out[f"load_graphs s, {name}"] = store_load(graphs, loader, memory=False)
        out[f"load_graphs peak Python MB, {name}"] = store_load(graphs, loader, memory=True)
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), indent=2))
