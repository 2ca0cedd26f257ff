"""Which of a build's dense-index passages a catalogue composed from only some of its named graphs gives:
what a worker embedding passages before the store is complete could know, from the rows it has by then.

    nice -n 10 python bench/scale/early_passages.py BUILD_DIR [--leave-out inferred] [--leave-out provenance] [--scratch DIR]
        [--in-memory]

BUILD_DIR is one build (``stores/HASH``). The catalogue (search.documents.load_catalogue) is composed from
its store, then from a copy of the store (on disk, in ``--scratch``) without each ``--leave-out`` graph (a
name of graph.namespaces.graph_iri): ``inferred``, what the rules entail (the catalogue as the emitted rows
alone give it); ``provenance``, what inference's scratch store lacks (graph.incremental: it holds the rows
the rules read, the entailed ones once inference ends); a name no graph has, a whole copy (the control:
100% when the copy is read as the build is); with ``--in-memory`` the copies are stores in memory (as inference's
scratch store is at 1000x), which give their rows in another order than the build's. Prints for each the distinct passages (search.index.passages)
both give, their characters (the embedding's cost grows with a passage's tokens), name and full passages
apart, and the CPU seconds of each catalogue. A passage one gives and the other does not would be
embedded for nothing (or again).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox

from graph.embedded import EmbeddedStore
from graph.namespaces import graph_iri
from graph.store import KnowledgeGraph, Manifest, open_read_only
from search.documents import load_catalogue
from search.index import PASSAGES, passages


def composed(kg: KnowledgeGraph) -> tuple[list[str], float]:
    """(the passages of ``kg``'s catalogue, the CPU seconds composing the catalogue took)."""
    started = time.process_time()
    catalogue = load_catalogue(kg)
    return passages(catalogue.docs)[0], time.process_time() - started


def without(store: ox.Store, base: str, left_out: list[str], directory: Path | None) -> ox.Store:
    """A copy of ``store`` in ``directory`` (in memory: None) without the named graphs ``left_out``. The
    catalogue's passages followed the order the store gives its rows in until round 28 (which of a node's
    labels of one length is its label, its aliases' order), and an in-memory store gives them in another
    (a whole copy there: 63.5% of the passages the same at 100x, 4805067)."""
    dropped = {graph_iri(base, name) for name in left_out}
    copy = ox.Store(str(directory)) if directory is not None else ox.Store()
    for graph in store.named_graphs():
        if graph.value not in dropped:
            copy.bulk_extend(store.quads_for_pattern(None, None, None, graph))
    return copy


def _chars(texts: set[str]) -> int:
    return sum(map(len, texts))


def report(full: list[str], early: list[str]) -> None:
    """How many of the passages ``full`` (the build's) ``early`` gives, by count and by characters."""
    kinds = len(PASSAGES)
    early_set, whole = set(early), set(full)
    shared = whole & early_set
    print(f"  distinct passages: {len(whole)} in the build, {len(early_set)} early, {len(shared)} both "
          f"({len(shared) / len(whole):.1%})")
    print(f"  characters: {_chars(whole)} in the build, {_chars(shared)} both ({_chars(shared) / _chars(whole):.1%}); "
          f"early only (embedded for nothing) {_chars(early_set - whole)}")
    for at, kind in enumerate(PASSAGES):
        of_kind = set(full[at::kinds])
        print(f"  {kind} passages given early: {len(of_kind & early_set) / len(of_kind):.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--leave-out", action="append", default=[], help="a named graph left out (repeatable)")
    parser.add_argument("--scratch", type=Path, default=None, help="where the copies are made (default: the temp dir)")
    parser.add_argument("--in-memory", action="store_true", help="the copies in memory, not on disk")
    args = parser.parse_args()
    base = Manifest.read(args.build).base_iri
    store = open_read_only(args.build)
    full, cpu = composed(KnowledgeGraph(EmbeddedStore(store), base, "", path=None))
    print(f"catalogue of the build: {cpu:.1f} s CPU")
    for name in args.leave_out or ["inferred"]:
        with tempfile.TemporaryDirectory(prefix="early-passages-", dir=args.scratch) as directory:
            copy = without(store, base, [name], None if args.in_memory else Path(directory))
            early, cpu = composed(KnowledgeGraph(EmbeddedStore(copy), base, "", path=None))
        print(f"without the {name} graph: catalogue {cpu:.1f} s CPU")
        report(full, early)


if __name__ == "__main__":
    main()
