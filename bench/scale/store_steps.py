"""The CPU of each step of a full build's store stages, one after the other, on a complete build's kept rows.

    nice -n 10 python bench/scale/store_steps.py BUILD_DIR [--no-compaction]

BUILD_DIR is a build's directory (``{data_dir}/stores/NAME``: its quads.nq and entailed/). A build
runs these steps side by side (graph.incremental._full: the store's bulk loads in a thread behind
inference and SHACL), so its stages' CPU figures each hold part of the loads; here each step runs
alone and its CPU is this process's (Oxigraph's loader and compaction threads included):

- scratch load: the rows the rules read (all but the provenance graph's) into an in-memory store;
- inference and validate: graph.inference.infer (apart, its rows kept in a temporary directory) and
  the SHACL checks on that scratch store;
- the store's bulk loads of quads.nq, entailed/inferred.nt and entailed/provenance.nt (as the build:
  strict, lenient, lenient), its compaction (skipped with ``--no-compaction``: what reading an
  uncompacted store costs the steps after), its count and the digests of its files;
- what is kept beside the store after it (graph.kept_beside.keep): the VoID description, the routing
  Partition and the dump of each fact graph.

Prints one line per step (wall, CPU) and the store's SST files. Writes only under a temporary directory.
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph import routing, void
from graph.assembly import validated_graphs
from graph.embedded import EmbeddedStore
from graph.build_rows import ENTAILED_DIR, QUADS_FILE
from graph.inference import UNREAD_GRAPHS, infer
from graph.namespaces import graph_iri
from graph.store import STORE_SUBDIR, KnowledgeGraph
from graph.verify import store_digests
from graph.validation import validate


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def step(name: str, work: Callable[[], object]) -> object:
    """Run ``work`` and print its wall and CPU seconds."""
    wall, cpu = time.perf_counter(), _cpu()
    done = work()
    print(f"{name:<22} {time.perf_counter() - wall:8.1f} s wall {_cpu() - cpu:7.2f} s CPU", flush=True)
    return done


def scratch_steps(build: Path, base: str, tmp: Path) -> None:
    """The scratch store's steps: its load, the rules and the SHACL checks."""
    unread = tuple(f" <{graph_iri(base, name)}> .\n".encode() for name in UNREAD_GRAPHS)
    scratch = ox.Store()
    with open(build / QUADS_FILE, "rb") as rows:
        read = b"".join(row for row in rows if not row.endswith(unread))
    step("scratch load", lambda: scratch.bulk_load(read, format=ox.RdfFormat.N_QUADS))
    (tmp / "entailed").mkdir()
    step("inference", lambda: infer(scratch, base, keep=tmp / "entailed", apart=True))
    step("validate", lambda: validate(scratch, validated_graphs(base), lambda _: None, None, None))


def store_steps(build: Path, base: str, tmp: Path, compact: bool) -> None:
    """The build's store: its bulk loads, compaction, count and file digests."""
    loaded(build, base, tmp, compact)  # returned once the store is closed: the digests are of the final files
    step("digests", functools.partial(store_digests, tmp))
    print(f"{len(list((tmp / STORE_SUBDIR).glob('*.sst')))} SST files")


def loaded(build: Path, base: str, tmp: Path, compact: bool) -> None:
    """The store's bulk loads, compaction and count, in ``tmp``; its writes flushed."""
    store = ox.Store(str(tmp / STORE_SUBDIR))
    step("load quads.nq", functools.partial(store.bulk_load, path=str(build / QUADS_FILE), format=ox.RdfFormat.N_QUADS))
    for path in sorted((build / ENTAILED_DIR).glob("*.nt")):
        step(f"load {path.name}", functools.partial(store.bulk_load, path=str(path), format=ox.RdfFormat.N_TRIPLES,
                                                    lenient=True, to_graph=ox.NamedNode(graph_iri(base, path.stem))))
    if compact:
        step("compaction", store.optimize)
    step("count", functools.partial(len, store))
    store.flush()


def kept_steps(base: str, tmp: Path) -> None:
    """What a build keeps beside its store, read from it: VoID, the Partition, the fact graphs' dumps."""
    store = ox.Store.read_only(str(tmp / STORE_SUBDIR))
    kg = KnowledgeGraph(EmbeddedStore(store), base, "store-steps")
    step("VoID", lambda: void.described(kg))
    step("routing partition", lambda: routing.measure(store, base))
    for i, iri in enumerate(routing.fact_graph_iris(base)):
        step(f"dump {iri.rsplit('/', 1)[-1]}", functools.partial(store.dump, str(tmp / f"{i}.nt"),
                                                                 format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--no-compaction", action="store_true", help="leave the store as the loads made it")
    args = parser.parse_args(argv)
    base = json.loads((args.build / "manifest.json").read_text(encoding="utf-8"))["base_iri"]
    with tempfile.TemporaryDirectory(prefix="store-steps-") as tmp:
        scratch_steps(args.build, base, Path(tmp))
        store_steps(args.build, base, Path(tmp), not args.no_compaction)
        kept_steps(base, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
