"""The CPU of each entailment rule (graph.inference.RULES: its query and the rows written) on the two stores a build can
run them on: all the stated rows on disk (the store a full build loads first) and the rows the
rules read (all but graph.inference.UNREAD_GRAPHS: provenance) in memory (``_entailed_apart``).

    nice -n 10 python bench/scale/rule_costs.py CURATED_DIR

Assembles the build's stated graphs, writes their rows (graph.incremental.write_rows), loads each
store, and runs the rules stratum by stratum as graph.inference.infer does (each stratum's
entailments loaded before the next; on disk the provenance too). Prints one line per rule: its
CPU seconds on each store and the rows it wrote of each graph (the same on both), then the loads' CPU.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.assembly import assemble
from graph.config import BuildConfig
from graph.build_rows import QUADS_FILE, READ_ROWS, write_rows
from graph.inference import UNREAD_GRAPHS, entailed, strata
from graph.namespaces import graph_iri


NEWLINE = bytes([10])


def _stores(tmp: Path, graphs: dict, base: str) -> dict[str, ox.Store]:
    """The two stores, loaded (their load's CPU printed): all the rows on disk, the rows read in memory."""
    rows, read = tmp / QUADS_FILE, tmp / READ_ROWS
    write_rows(graphs, tmp, base)  # the rows the rules read written apart too
    stores = {"disk, all rows": ox.Store(str(tmp / "store")), "memory, rows read": ox.Store()}
    for (name, store), path in zip(stores.items(), (rows, read), strict=True):
        started = time.process_time()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        print(f"load {name}: {len(store)} quads, {time.process_time() - started:.1f} s CPU", flush=True)
    return stores


def _run(store: ox.Store, rule, base: str, tmp: Path) -> tuple[float, dict[str, bytes]]:
    """(CPU seconds, N-Triples of each graph) of one rule (graph.inference.entailed)."""
    paths = {graph: tmp / f"{rule.name}-{graph}.nt" for graph in ("inferred", "provenance")}
    started = time.process_time()
    entailed(store, (rule.name, base, str(paths["inferred"]), str(paths["provenance"])))
    cpu = time.process_time() - started
    rows = {graph: path.read_bytes() for graph, path in paths.items()}
    for path in paths.values():
        path.unlink()
    return cpu, rows


def _stratum(stores: dict[str, ox.Store], stratum: list, base: str, tmp: Path) -> None:
    """Run one stratum's rules on each store, print their CPU, and load what they wrote."""
    written: dict[str, dict[str, list[bytes]]] = {name: {} for name in stores}
    for rule in stratum:
        results = {name: _run(store, rule, base, tmp) for name, store in stores.items()}
        for name, (_, rows) in results.items():
            for graph, text in rows.items():
                written[name].setdefault(graph, []).append(text)
        counts = [{graph: text.count(NEWLINE) for graph, text in rows.items()} for _, rows in results.values()]
        print(f"{rule.name:<20} " + " ".join(f"{cpu:16.2f} s" for cpu, _ in results.values()) + f"   {counts}", flush=True)
    for name, store in stores.items():
        for graph, parts in written[name].items():
            if name.startswith("memory") and graph in UNREAD_GRAPHS:
                continue  # as _entailed_apart: kept in files only
            started = time.process_time()
            store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri(base, graph)),
                            lenient=True)
            print(f"load {graph} into {name}: {time.process_time() - started:.1f} s CPU", flush=True)


def main(curated: Path) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    config = BuildConfig(data_dir=Path(tempfile.gettempdir()), curated_dir=curated)
    graphs = dict(assemble(config).graphs)
    with tempfile.TemporaryDirectory(prefix="chanjiao-rule-costs-") as tmp:
        stores = _stores(Path(tmp), graphs, config.base_iri)
        print(f"{'rule':<20} " + " ".join(f"{name:>18}" for name in stores) + "   rows written")
        for stratum in strata():
            _stratum(stores, stratum, config.base_iri, Path(tmp))
        del stores  # closes RocksDB before its directory goes
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
