"""Streams of rows a bulk load reads while they are given (graph.streaming): files, byte strings, and N-Triples
files read as N-Quads of a graph.

A ``RowStream`` is read by Oxigraph's loader in another thread; a read past what was given waits for more, until
``end``. One ``bulk_load`` call reading one stream is one load however many files it is given: Oxigraph's loader
ingests full batches of a million quads, back to back, where each file loaded by a call of its own is an ingest of
its own that RocksDB merges with every file the store holds (its keys are term hashes: every ingest overlaps all;
bench/results/loads32-2026-12-06.md: 5.94 M provenance rows after the stated ones cost 56.1 s of CPU in one call,
85.3 s in twelve). ``InGraph`` gives an N-Triples file's rows in a stream of N-Quads: the entailed files of several
graphs then load in one call (graph.streaming.StatedLoad.entailed).
"""

from __future__ import annotations

import io
import queue
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

CHUNK = 8 << 20  # bytes of an N-Triples file read (to a line's end) and rewritten as N-Quads at a time
ROW_END = b" .\n"  # how every N-Triples row ends (an end of line in a literal is escaped: only a row ends so)


def in_graph(rows: bytes, graph: ox.NamedNode) -> bytes:
    """Whole N-Triples rows as N-Quads in ``graph`` (rows Oxigraph wrote: each ends ROW_END)."""
    return rows.replace(ROW_END, f" {graph}{ROW_END.decode()}".encode())


@dataclass(frozen=True)
class InGraph:
    """The rows of the N-Triples file ``path`` (rows Oxigraph wrote) as N-Quads in ``graph`` (``in_graph``).
    ``after`` is called once every byte of it has been read (e.g. ``path.unlink``)."""

    path: Path
    graph: ox.NamedNode
    after: Callable[[], object] | None = None


class _Rewritten(io.RawIOBase):
    """An InGraph's bytes as N-Quads, read CHUNK bytes of its file (to a line's end) at a time."""

    def __init__(self, part: InGraph):
        self.part, self.file = part, open(part.path, "rb")  # noqa: SIM115 (closed by ``close``)
        self.pending, self.at, self.ended = b"", 0, False

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.at >= len(self.pending):
            chunk = self.file.read(CHUNK)
            if not chunk:
                return 0
            self.pending, self.at = in_graph(chunk + self.file.readline(), self.part.graph), 0
        size = min(len(target), len(self.pending) - self.at)
        target[:size] = self.pending[self.at:self.at + size]
        self.at += size
        return size

    def close(self) -> None:
        """Close the file and, the first time, once all of it was read, call the part's ``after``."""
        if not self.ended:
            self.ended = True
            self.file.close()
            if self.part.after is not None and self.at >= len(self.pending):
                self.part.after()
        super().close()


class RowStream(io.RawIOBase):
    """A binary stream of files' bytes, byte strings and InGraph files' N-Quads in the order given, given
    while it is read (by a loader in another thread): a read past what was given waits for more, until ``end``."""

    def __init__(self) -> None:
        self._parts: queue.Queue[Path | bytes | InGraph | None] = queue.Queue()
        self._current: io.IOBase | None = None
        self._ended = False

    def add(self, part: Path | bytes | InGraph) -> None:
        """Stream the file ``part`` (read when its turn comes: complete by then), these bytes or these rows next."""
        self._parts.put(part)

    def end(self) -> None:
        """Nothing more: the reader reaches the end after what was given."""
        self._parts.put(None)

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._ended:
            if self._current is None:
                part = self._parts.get()  # waits (the GIL let go) for the writer
                if part is None:
                    self._ended = True
                    break
                self._current = _opened(part)
            size = self._current.readinto(target)  # type: ignore[attr-defined]
            if size:
                return size
            self._current.close()
            self._current = None
        return 0


def _opened(part: Path | bytes | InGraph) -> io.IOBase:
    if isinstance(part, InGraph):
        return _Rewritten(part)
    return open(part, "rb") if isinstance(part, Path) else io.BytesIO(part)
