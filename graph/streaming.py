"""Bulk loads into a store behind this thread's work, so that a large build uses both cores.

A full build bulk-loads its stated rows and then its entailed rows (Oxigraph's loader: parsing,
then sorting each index, in Rust) while it runs inference and SHACL on a scratch store (SPARQL
queries, evaluated holding the GIL). pyoxigraph lets go of the GIL while it loads, so the loads
run in a thread of their own beside the queries (``LoadsBehind``). They used to stream through a
named pipe while the rows were written (Python), which overlapped the loader with the writing
only, not with the queries, which take longer.

A full build's stated rows (the store's first load) begin to load while emit still writes them
(``StatedLoad``: emit's files handed over one unit at a time, through a ``RowStream``), so that the
loads behind are done with them by the time inference hands over its rows, which its rules write one
after another (graph.inference.infer's ``written``): at 1000x the second core otherwise sat idle
through emit and then loaded the stated rows while inference ran, and the entailed rows after it.
"""

from __future__ import annotations

import io
import logging
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from graph.row_index import Indexed
from graph.store import STORE_SUBDIR
from graph.store_load import nquad_rows
from graph.timing import thread_clock
from graph.triples import Spool, encoded_batches

log = logging.getLogger(__name__)


class LoadsBehind:
    """Bulk loads into one store, one after the other in the order given, in a thread of their own,
    while this thread works on (a context manager). pyoxigraph lets go of the GIL while it loads and
    holds it while it evaluates a query, so a build's queries on another store (graph.incremental:
    inference and SHACL on the scratch store) run beside the loads, on the other core. Leaving the
    context waits for every load and raises the first load's error (SyntaxError on a bad row,
    OSError), unless the body raised: then its own error, once the loads are done.
    """

    def __init__(self, store: ox.Store):
        self.store = store
        self.jobs: queue.Queue[tuple[Path | BinaryIO, Callable[[], object] | None, dict] | None] = queue.Queue()
        self.failed: list[Exception] = []
        self.thread = threading.Thread(target=self._run, name="loads-behind", daemon=True)
        self.started = 0.0  # set when the loads start (__enter__)
        self.owner = thread_clock()  # the CPU clock of the thread the loads are behind

    def add(self, path: Path | BinaryIO, after: Callable[[], object] | None = None, **options) -> None:
        """Load the file ``path`` (or a binary stream) after the loads added before (``options``:
        Store.bulk_load's), then call ``after`` (in the loads' thread, before the next load)."""
        log.info("queued %s behind", _name(path))  # when its rows were there (bench/scale/graph_wall.py)
        self.jobs.put((path, after, options))

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if not self.failed:  # after a failure the rest is skipped: the build is lost anyway
                path, after, options = job
                try:
                    started, cpu = time.perf_counter(), self._cpu()
                    if isinstance(path, Path):
                        self.store.bulk_load(path=str(path), **options)
                    else:
                        self.store.bulk_load(path, **options)
                    if after is not None:
                        after()
                    # when each load (and its ``after``) ran and its CPU: whether the loads wait for their
                    # files, and what the second core did (bench/scale/graph_wall.py replays the two lanes)
                    log.info("loaded %s behind: %.1f s, %.1f s after the first, %.1f s CPU", _name(path),
                             time.perf_counter() - started, time.perf_counter() - self.started, self._cpu() - cpu)
                except (OSError, SyntaxError, ValueError) as exc:
                    self.failed.append(exc)

    def _cpu(self) -> float:
        """The process's CPU seconds less the owner thread's: this thread's and the loader's helpers'
        (one load at a time, so a load's difference is its own, with RocksDB's background work)."""
        owner = 0.0 if self.owner is None else time.clock_gettime(self.owner)
        return time.process_time() - owner

    def __enter__(self) -> LoadsBehind:
        self.started = time.perf_counter()
        self.thread.start()
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.jobs.put(None)
        self.thread.join()
        if self.failed and kind is None:
            raise self.failed[0]


def _name(path: Path | BinaryIO) -> str:
    return path.name if isinstance(path, Path) else "a stream"


class RowStream(io.RawIOBase):
    """A binary stream of files' bytes and byte strings in the order given, given while it is read
    (by a loader in another thread): a read past what was given waits for more, until ``end``."""

    def __init__(self) -> None:
        self._parts: queue.Queue[Path | bytes | None] = queue.Queue()
        self._current: io.BufferedIOBase | None = None
        self._ended = False

    def add(self, part: Path | bytes) -> None:
        """Stream the file ``part`` (read when its turn comes: complete by then) or these bytes next."""
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
                self._current = open(part, "rb") if isinstance(part, Path) else io.BytesIO(part)  # noqa: SIM115
            size = self._current.readinto(target)
            if size:
                return size
            self._current.close()
            self._current = None
        return 0


class LoadsEnded(RuntimeError):
    """A StatedLoad was used after ``done`` (or after its context ended): it holds no store."""


class StatedLoad:
    """The stated rows' bulk load into the store of a new build ``directory``, behind this thread
    (LoadsBehind; ``add`` queues the loads after it), begun at once on a RowStream of
    them: ``unit`` hands over emit's files as each is complete, ``rest`` every other row once the
    graphs are known (and ends the stream). ``done`` waits for every load and hands the store over
    (then every call but leaving the context raises LoadsEnded).
    A context manager: leaving it before ``done`` ends the stream (a build that fails before ``rest``
    leaves no load waiting), waits for the loads and, on an error, removes ``directory``.
    ``stated``: the store's count right after the stated rows loaded (graph.incremental's check)."""

    BUFFER = 4 << 20  # bytes the loader reads at a time: the GIL taken once per read, not per row
    BATCH = 1 << 16  # rows of ``rest`` encoded and queued at a time

    def __init__(self, directory: Path):
        self.directory = directory
        self.loads: LoadsBehind | None = LoadsBehind(ox.Store(str(directory / STORE_SUBDIR)))
        self.stated: list[int] = []
        self._rows, self._given = RowStream(), set[Path]()
        store = self.loads.store
        self.loads.add(io.BufferedReader(self._rows, self.BUFFER),
                       after=lambda: self.stated.append(len(store)), format=ox.RdfFormat.N_QUADS)

    def unit(self, paths: Sequence[Path]) -> None:
        """Load the complete N-Quads files ``paths`` (one emit unit's: graph.emit_cache) next."""
        for path in paths:
            self._given.add(path)
            self._rows.add(path)

    def rest(self, graphs: Mapping[str, Iterable[tuple] | Spool | Indexed]) -> None:
        """Load the rest of the rows of ``graphs`` (each Indexed part's file not given to ``unit`` and the
        other rows), then end the stream: the rows loaded are the graphs' rows, in another order."""
        for name, graph in graphs.items():
            if isinstance(graph, Indexed):
                self.unit([path for path in graph.files() if path not in self._given])
                rows: Iterable[str] = graph.rest()
            else:
                rows = nquad_rows({name: graph})
            for text in encoded_batches(rows, self.BATCH):
                self._rows.add(text)
        self._rows.end()

    def add(self, path: Path, after: Callable[[], object] | None = None, **options) -> None:
        """Load the file ``path`` after the rows before it (LoadsBehind.add)."""
        self._open().add(path, after, **options)

    def done(self) -> ox.Store:
        """Wait for every load (raising the first one's error); the store, which this no longer holds."""
        loads, self.loads = self._open(), None
        self._rows.end()  # a second end is never read
        loads.__exit__(None, None, None)
        return loads.store

    def __enter__(self) -> StatedLoad:
        self._open().__enter__()
        return self

    def _open(self) -> LoadsBehind:
        if self.loads is None:
            raise LoadsEnded("the stated load is done: its store has been handed over")
        return self.loads

    def __exit__(self, kind, error, trace) -> None:
        loads, self.loads = self.loads, None
        if loads is not None:
            self._rows.end()
            try:
                loads.__exit__(kind, error, trace)
            finally:
                del loads  # closes the store before its directory goes
                if kind is not None:
                    shutil.rmtree(self.directory, ignore_errors=True)
