"""The rows a build keeps beside its store, and the difference of two builds' rows (graph.incremental).

A local build writes the N-Quads rows it loaded to QUADS_FILE (in the order written: the stated graphs)
and those the rules read to READ_ROWS, indexes the distinct ones (QuadIndex, saved as INDEX_FILE: a
128-bit BLAKE2b digest and the byte offset of each, sorted by digest) and keeps the rows inference wrote
in ENTAILED_DIR, one N-Triples file per graph. An incremental build reads the quads of the rows only one
of two builds has (``QuadIndex.only``, ``parsed_rows``; ``entailed_delta`` for the entailed files).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyoxigraph as ox

from graph import row_index
from graph.errors import IncrementalRefused
from graph.inference import UNREAD_GRAPHS
from graph.namespaces import graph_iri
from graph.row_index import BATCH, Indexed, RowIndexer
from graph.triples import Spool

QUADS_FILE, INDEX_FILE = "quads.nq", "quads-index.npz"
ENTAILED_DIR = "entailed"  # the rows inference wrote, one N-Triples file per graph (graph.inference.infer)
READ_ROWS = "entail-rows.nq"  # the rows the rules read (all but those of UNREAD_GRAPHS), loaded apart


@dataclass(frozen=True)
class QuadIndex:
    """The distinct rows of a build's QUADS_FILE: digests (sorted) and the byte offset of each;
    ``stored``, the quads its complete store held (the rows' and the entailments')."""

    digests: np.ndarray  # dtype S16
    offsets: np.ndarray  # int64
    stored: int = 0

    @classmethod
    def read(cls, build_dir: Path) -> QuadIndex:
        try:
            with np.load(build_dir / INDEX_FILE) as saved:
                return cls(saved["digests"], saved["offsets"], int(saved["stored"]))
        except (OSError, KeyError, ValueError) as exc:
            raise IncrementalRefused(f"{build_dir} has no readable quad index: {exc}") from exc

    def only(self, other: QuadIndex) -> np.ndarray:
        """The offsets (sorted) of the rows this index has and ``other`` lacks."""
        return np.sort(self.offsets[~np.isin(self.digests, other.digests, assume_unique=True)])

    def save(self, build_dir: Path) -> None:
        with open(build_dir / INDEX_FILE, "wb") as out:
            np.savez(out, digests=self.digests, offsets=self.offsets, stored=np.int64(self.stored))


def kept_apart(tmp: Path) -> dict[str, QuadIndex]:
    """The index of the rows graph.incremental's inference apart kept in ``tmp`` of each of UNREAD_GRAPHS, by file
    name: their distinct rows bound the quads inference adds to a store of all the new rows."""
    return {file: index_rows(lines(tmp / ENTAILED_DIR / file)) for file in (f"{name}.nt" for name in UNREAD_GRAPHS)}


def entailed_delta(old: Path, new: Path, base_iri: str, known: Mapping[str, QuadIndex] | None = None,
                   ) -> list[tuple[list[list[ox.Quad]], bool]]:
    """The entailed quads only the build ``old`` wrote (False: to remove) and only ``new`` wrote
    (True: to add), in batches; IncrementalRefused if one has a blank node (its label in a store
    loaded apart is not known to be the one in the copy). ``known``: indexes of ``new``'s files
    already made, by file name."""
    delta: list[tuple[list[list[ox.Quad]], bool]] = []
    for name in sorted({p.name for build in (old, new) for p in (build / ENTAILED_DIR).glob("*.nt")}):
        files = [build / ENTAILED_DIR / name for build in (old, new)]
        indexes = [index_rows(lines(files[0])), (known or {}).get(name) or index_rows(lines(files[1]))]
        graph = ox.NamedNode(graph_iri(base_iri, Path(name).stem))
        for path, (mine, other), add in zip(files, (indexes, indexes[::-1]), (False, True), strict=True):
            only = mine.only(other)
            batches = [[ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]
                       for quads in (parsed_rows(path, only) if len(only) else ())]  # a file only one build has
            if any(isinstance(t, ox.BlankNode) for quads in batches for q in quads for t in (q.subject, q.object)):
                raise IncrementalRefused(f"an entailed quad of {name} that changed has a blank node")
            delta.append((batches, add))
    return delta


def lines(path: Path) -> Iterable[bytes]:
    """The rows of a file, none if it does not exist (a graph only one build wrote)."""
    if path.is_file():
        with open(path, "rb") as rows:
            yield from rows


def write_rows(graphs: Mapping[str, Iterable[tuple] | Spool | Indexed], directory: Path, base_iri: str) -> QuadIndex:
    """Write the graphs' N-Quads rows to ``directory``/QUADS_FILE, and those the rules read (all but the
    graphs of UNREAD_GRAPHS under ``base_iri``) to ``directory``/READ_ROWS too; return the index of QUADS_FILE."""
    unread = {graph_iri(base_iri, name) for name in UNREAD_GRAPHS}
    return QuadIndex(*row_index.write_rows(graphs, directory / QUADS_FILE, directory / READ_ROWS, unread))


def index_rows(rows: Iterable[bytes]) -> QuadIndex:
    """The index of the distinct ``rows`` (each at its offset in their concatenation)."""
    indexer = RowIndexer()
    indexer.rows(rows)
    return QuadIndex(*indexer.distinct())


def parsed_rows(rows_file: Path, offsets: np.ndarray) -> Iterable[list[ox.Quad]]:
    """The quads of the rows at ``offsets`` (sorted) of an N-Quads file, BATCH rows at a time."""
    with open(rows_file, "rb") as rows:
        for start in range(0, len(offsets), BATCH):
            text = []
            for offset in offsets[start:start + BATCH]:
                rows.seek(int(offset))
                text.append(rows.readline())
            yield list(ox.parse(b"".join(text), format=ox.RdfFormat.N_QUADS))
