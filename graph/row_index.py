"""A build's N-Quads rows written to one file, with the index incremental builds diff them by:
a 128-bit BLAKE2b digest and the byte offset of each distinct row, sorted by digest.

A graph whose rows already sit in N-Quads files with their digests (graph.emit_cache's, the
``Indexed`` protocol) is copied file by file and its digests taken as they are: only the rows
emitted again are digested again.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import shutil
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

import numpy as np

from graph.store_load import nquad_rows
from graph.triples import Spool

DIGEST = 16  # bytes of BLAKE2b per row
BATCH = 1 << 16  # rows digested (and, in graph.incremental, read, parsed and applied) at a time


@runtime_checkable
class Indexed(Protocol):
    """A graph whose rows are N-Quads files, each with its rows' digests and start offsets, then more rows."""

    def parts(self) -> Iterator[tuple[Path, np.ndarray, np.ndarray]]:
        """(an N-Quads file of the graph's rows, each row's digest, each row's offset in the file)."""
        ...

    def rest(self) -> Iterator[str]:
        """The graph's other rows, in N-Quads."""
        ...

    def files(self) -> list[Path]:
        """The N-Quads files of ``parts``, in order (their digests not read)."""
        ...


def row_digests(rows: Iterable[bytes | memoryview]) -> np.ndarray:
    """The digest of each row (the index's, and graph.emit_cache's)."""
    return np.array([hashlib.blake2b(row, digest_size=DIGEST).digest() for row in rows], dtype=f"S{DIGEST}")


def text_digests(text: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(the digest of each row of ``text``, each row's start offset): its rows are the spans ending "\\n" (a
    last one without is no row). Their ends found by numpy and each digested through a view: splitting
    the text into rows and adding each one's "\\n" back was a fifth of keeping a large build's emitted rows."""
    ends = np.flatnonzero(np.frombuffer(text, dtype=np.uint8) == ord("\n")).astype(np.int64) + 1
    starts = np.zeros_like(ends)
    starts[1:] = ends[:-1]
    view = memoryview(text)
    return row_digests(view[start:end] for start, end in zip(starts.tolist(), ends.tolist())), starts


class RowIndexer:
    """Rows written one after another to ``out`` (if given), each digest and offset kept."""

    def __init__(self, out: BinaryIO | None = None):
        self.out, self.position = out, 0
        self.copy: BinaryIO | None = None  # where the rows are also written, when set (not indexed there)
        self.digests: list[np.ndarray] = []  # one array per BATCH rows or file: 24 bytes a row, not ~100 in lists
        self.offsets: list[np.ndarray] = []

    def rows(self, rows: Iterable[bytes]) -> None:
        rows = iter(rows)
        while batch := list(itertools.islice(rows, BATCH)):
            for out in (self.out, self.copy):
                if out is not None:
                    out.writelines(batch)
            self.digests.append(row_digests(batch))
            lengths = np.array([len(row) for row in batch], dtype=np.int64)
            ends = np.cumsum(lengths) + self.position
            self.offsets.append(ends - lengths)
            self.position = int(ends[-1])

    def part(self, path: Path, digests: np.ndarray, starts: np.ndarray) -> None:
        """The rows of an N-Quads file whose digests and offsets are known."""
        with open(path, "rb") as rows:
            for out in (self.out, self.copy):
                if out is not None:
                    rows.seek(0)
                    shutil.copyfileobj(rows, out, 1 << 20)
            size = rows.seek(0, 2)
        self.digests.append(digests)
        self.offsets.append(starts.astype(np.int64) + self.position)
        self.position += size

    def distinct(self) -> tuple[np.ndarray, np.ndarray]:
        """(digests, offsets) of the distinct rows (the first of equal ones), sorted by digest."""
        keys = np.concatenate(self.digests) if self.digests else np.array([], dtype=f"S{DIGEST}")
        places = np.concatenate(self.offsets) if self.offsets else np.array([], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        keys, places = keys[order], places[order]
        first = np.ones(len(keys), dtype=bool)
        first[1:] = keys[1:] != keys[:-1]
        return keys[first], places[first]


def write_rows(graphs: Mapping[str, Iterable[tuple] | Spool | Indexed], path: Path, read: Path | None = None,
               unread: Collection[str] = ()) -> tuple[np.ndarray, np.ndarray]:
    """Write the graphs' N-Quads rows to ``path``; return the (digests, offsets) of the distinct ones.
    With ``read``, the rows of every graph not named in ``unread`` are written there too, in the same
    pass (graph.incremental loads them apart: a second pass over ``path`` picking them out took 3.9 s at
    1000x the seed)."""
    with open(path, "wb") as out, open(read, "wb") if read is not None else contextlib.nullcontext() as also:
        indexer = RowIndexer(out)
        for name, graph in graphs.items():
            indexer.copy = None if name in unread else also
            if isinstance(graph, Indexed):
                for part in graph.parts():
                    indexer.part(*part)
                indexer.rows(row.encode("utf-8") for row in graph.rest())
            else:
                indexer.rows(row.encode("utf-8") for row in nquad_rows({name: graph}))
        return indexer.distinct()
