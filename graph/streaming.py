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

The entailed files then load in one call of their own, read through a second RowStream as inference hands them
over (``StatedLoad.entailed``, graph.row_stream): each call is at least one ingest, which RocksDB merges with the
whole store, and one call ingests a full batch of a million quads at a time. They used to load a call a file, a
large file as parts of PART_BYTES (``LoadsBehind.add(parts=True)``: a whole file loading beside SHACL was the
graph part's peak at 1000x) and small files packed (``_Pack``): ~17 calls at 1000x. Once SHACL is done the thread
that ran it loads too (``LoadsBehind.help``) what is left to load by calls of their own (a file with a blank node).
"""

from __future__ import annotations

import io
import itertools
import logging
import mmap
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from graph.row_index import Indexed
from graph.row_stream import CHUNK, InGraph, RowStream, in_graph
from graph.store import STORE_SUBDIR
from graph.store_load import nquad_rows
from graph.timing import thread_clock
from graph.triples import Spool, encoded_batches

log = logging.getLogger(__name__)

# A file beyond this many bytes is loaded in parts of about this size (``LoadsBehind.add(parts=True)``):
# Oxigraph's bulk loader holds up to two batches of a million quads each in memory (a 2.4 M-row file of
# entailed provenance peaked at 1.7 GB; in parts of 500 k rows, ~80 MB, at 0.67 GB for 5% more CPU;
# of 250 k rows at 0.37 GB for 37% more): at 1000x those loads ran beside SHACL and were its peak.
PART_BYTES = 80 << 20
BLANK = b"_:"  # a file holding this anywhere (a blank node, or a literal's text) is loaded whole


# One load: a file (or a stream), the byte range of it to load (None: all of it), what to call after, the options.
Job = tuple[Path | BinaryIO, tuple[int, int] | None, Callable[[], object] | None, dict]


class LoadsBehind:
    """Bulk loads into one store, one after the other in the order given, in a thread of their own,
    while this thread works on (a context manager). pyoxigraph lets go of the GIL while it loads and
    holds it while it evaluates a query, so a build's queries on another store (graph.incremental:
    inference and SHACL on the scratch store) run beside the loads, on the other core. Leaving the
    context waits for every load and raises the first load's error (SyntaxError on a bad row,
    OSError), unless the body raised: then its own error, once the loads are done. ``help`` lets the
    calling thread load beside the loads' own once it has nothing else to do.
    """

    def __init__(self, store: ox.Store):
        self.store = store
        self.jobs: queue.Queue[Job | None] = queue.Queue()
        self.failed: list[Exception] = []
        self.thread = threading.Thread(target=self._run, name="loads-behind", daemon=True)
        self.started = 0.0  # set when the loads start (__enter__)
        self.owner = thread_clock()  # the CPU clock of the thread the loads are behind
        self.first = threading.Event()  # the first load is done (or there was none)
        self.helping = False  # the owner thread loads too (``help``)
        self.pack: _Pack | None = None  # small files' rows waiting to load as one (``add``), and how many packs so far
        self.packs = 0

    def add(self, path: Path | BinaryIO, after: Callable[[], object] | None = None, parts: bool = False,
            **options) -> None:
        """Load the file ``path`` (or a binary stream) after the loads added before (``options``:
        Store.bulk_load's), then call ``after`` (in a loading thread, once all of it is loaded). With
        ``parts`` (a file of lines each a whole statement: N-Triples, N-Quads), a file beyond PART_BYTES
        with no blank node is loaded as parts of about that size cut at line ends, each a load of its own
        (``cuts``): the same quads, a smaller peak, and two threads may share the file (``help``). A blank
        node's label names one node within one load only, so a file that may hold one is loaded whole.
        A smaller N-Triples file with ``parts``, lenient and with a ``to_graph``, waits in a pack (``_Pack``)
        loaded once the next would take it beyond PART_BYTES, or at the end (``help``, leaving)."""
        log.info("queued %s behind", _name(path))  # when its rows were there (bench/scale/graph_wall.py)
        spans = list(itertools.pairwise(cuts(path, PART_BYTES))) if parts and isinstance(path, Path) else []
        if len(spans) == 1 and isinstance(path, Path) and _Pack.takes(path, options):
            self._packed(path, after, options["to_graph"])
            return
        if len(spans) < 2:
            self.jobs.put((path, None, after, options))
            return
        left = _Countdown(len(spans), after)
        for span in spans:
            self.jobs.put((path, span, left.one, options))

    def _packed(self, path: Path, after: Callable[[], object] | None, graph: ox.NamedNode) -> None:
        if self.pack is not None and self.pack.size + path.stat().st_size > PART_BYTES:
            self._load_pack()
        if self.pack is None:
            self.pack = _Pack(path.with_name(f"pack-{self.packs}.nq"))
            self.packs += 1
        self.pack.take(path, graph, after)

    def _load_pack(self) -> None:
        """Queue the pack's load (its rows are all written), if there is one."""
        pack, self.pack = self.pack, None
        if pack is not None:
            log.info("queued %s behind", pack.path.name)
            self.jobs.put((pack.path, None, pack.done, dict(format=ox.RdfFormat.N_QUADS, lenient=True)))

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if not self.failed:  # after a failure the rest is skipped: the build is lost anyway
                self._load(*job)
            self.first.set()
        self.jobs.put(None)  # the end, for the other thread loading (``help``), if any
        self.first.set()

    def _load(self, path: Path | BinaryIO, span: tuple[int, int] | None, after: Callable[[], object] | None,
              options: dict) -> None:
        try:
            started, cpu = time.perf_counter(), self._cpu()
            if isinstance(path, Path):
                self._load_file(path, span, options)
            else:
                self.store.bulk_load(path, **options)
            if after is not None:
                after()
            # when each load (and its ``after``) ran and its CPU: whether the loads wait for their
            # files, and what the second core did (bench/scale/graph_wall.py replays the two lanes);
            # two at once (``help``), each one's CPU holds some of the other's
            log.info("loaded %s behind: %.1f s, %.1f s after the first, %.1f s CPU%s",
                     _name(path) + (f" [{span[0]}:{span[1]}]" if span else ""), time.perf_counter() - started,
                     time.perf_counter() - self.started, self._cpu() - cpu, " (two at once)" if self.helping else "")
        except (OSError, SyntaxError, ValueError) as exc:
            self.failed.append(exc)

    def _load_file(self, path: Path, span: tuple[int, int] | None, options: dict) -> None:
        """Load ``path``, or its bytes ``span`` copied beside it by the kernel and loaded from that copy
        (nothing held in this process, and not read through Python: a loader reading a Python stream
        waits for the GIL)."""
        if span is None:
            self.store.bulk_load(path=str(path), **options)
            return
        part = path.with_name(f"{path.name}.{span[0]}.part")
        try:
            copy_range(path, span, part)
            self.store.bulk_load(path=str(part), **options)
        finally:
            part.unlink(missing_ok=True)

    def help(self) -> None:
        """Load in this thread too, beside the loads' own, once the first load is done (its ``after`` may
        count the store: StatedLoad), until no load is left; then leave as ``__exit__`` does. For a
        caller with nothing else to do (graph.incremental, SHACL done and its scratch store freed): the
        loads left then run two at once, one on each core."""
        self._load_pack()
        self.first.wait()
        self.helping = True
        self.jobs.put(None)
        self._run()
        self.__exit__(None, None, None)

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
        self._load_pack()
        self.jobs.put(None)
        self.thread.join()
        if self.failed and kind is None:
            raise self.failed[0]


class _Countdown:
    """Calls ``after`` once ``one`` has been called ``count`` times (from any thread)."""

    def __init__(self, count: int, after: Callable[[], object] | None):
        self.count, self.after, self.lock = count, after, threading.Lock()

    def one(self) -> None:
        with self.lock:
            self.count -= 1
            last = self.count == 0
        if last and self.after is not None:
            self.after()


class _Pack:
    """Small N-Triples files' rows, each with its graph, written as one N-Quads file: one load, not one each.
    Each load adds files of hashed keys (Oxigraph's indexes) that RocksDB's compaction merges with the
    store's, however few rows it holds (~0.2 s of CPU a small load into 2 M quads). At 100x the entailed
    rows load in 2 packs, not 13 loads (store load+check 8% less CPU); at 1000x, where most rows are in
    large files' parts, the change is within the drift (bench/results/loads31-2026-12-06.md)."""

    def __init__(self, path: Path):
        self.path, self.size = path, 0
        self.afters: list[Callable[[], object]] = []

    @staticmethod
    def takes(path: Path, options: Mapping) -> bool:
        """Whether a file loaded with ``options`` may be packed: N-Triples into a named graph, leniently
        (rows Oxigraph wrote), without a blank node (whose label names one node within one load)."""
        if set(options) != {"format", "to_graph", "lenient"} or options["format"] != ox.RdfFormat.N_TRIPLES:
            return False
        if not options["lenient"] or not isinstance(options["to_graph"], ox.NamedNode) or not path.stat().st_size:
            return False
        with open(path, "rb") as rows, mmap.mmap(rows.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return mapped.find(BLANK) == -1 and mapped[-1:] == b"\n"

    def take(self, path: Path, graph: ox.NamedNode, after: Callable[[], object] | None) -> None:
        """Append the rows of ``path`` in ``graph`` (graph.row_stream.in_graph); ``after`` is called once the
        pack is loaded."""
        with open(path, "rb") as rows, open(self.path, "ab") as out:
            while chunk := rows.read(CHUNK):
                out.write(in_graph(chunk + rows.readline(), graph))
        self.size += path.stat().st_size
        if after is not None:
            self.afters.append(after)

    def done(self) -> None:
        self.path.unlink(missing_ok=True)
        for after in self.afters:
            after()


def _name(path: Path | BinaryIO) -> str:
    return path.name if isinstance(path, Path) else "a stream"


def copy_range(path: Path, span: tuple[int, int], target: Path) -> None:
    """Write the bytes ``span`` (start, end) of ``path`` to ``target``, copied by the kernel."""
    start, end = span
    with open(path, "rb") as source, open(target, "wb") as out:
        while start < end:  # the kernel may copy less than asked at a time
            done = os.copy_file_range(source.fileno(), out.fileno(), end - start, start)
            if not done:
                raise OSError(f"{path} ended at byte {start}, before {end}")
            start += done


def cuts(path: Path, part_bytes: int) -> list[int]:
    """The byte offsets where the parts of ``path`` begin, then its size: [0, size] for one part. The parts
    are of even size (at most ``part_bytes`` and a row): a short last part would cost a load of its own."""
    size = path.stat().st_size
    if part_bytes <= 0 or size <= part_bytes:
        return [0, size]
    count = -(-size // part_bytes)
    with open(path, "rb") as rows, mmap.mmap(rows.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        if mapped.find(BLANK) != -1:
            return [0, size]
        starts = [0]
        for part in range(1, count):
            end = mapped.find(b"\n", max(size * part // count, starts[-1]))
            if end == -1 or end + 1 >= size:
                break
            starts.append(end + 1)
    return [*starts, size]


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
    ``stated``: the store's count right after the stated rows loaded (graph.incremental's check).
    ``entailed`` gives inference's files, which load in one call of their own after the stated rows (see
    graph.row_stream: one call is one ingest a million rows; a call per file or part, an ingest each)."""

    # Bytes the loader reads at a time: the GIL taken once per read, not per row. Each read waits for the GIL
    # while this thread runs inference's and SHACL's queries: at 4 MB a stream of the 100x rows loaded in
    # 20.5 s beside a query loop against 12.7 s from a path; at 64 MB in 12.1 s (load 18; 6.4 s alone).
    BUFFER = 64 << 20
    BATCH = 1 << 16  # rows of ``rest`` encoded and queued at a time

    def __init__(self, directory: Path):
        self.directory = directory
        self.loads: LoadsBehind | None = LoadsBehind(ox.Store(str(directory / STORE_SUBDIR)))
        self.stated: list[int] = []
        self._rows, self._given = RowStream(), set[Path]()
        self._entailed: RowStream | None = None  # begun by the first ``entailed`` file
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

    def add(self, path: Path, after: Callable[[], object] | None = None, parts: bool = False, **options) -> None:
        """Load the file ``path`` after the rows before it (LoadsBehind.add)."""
        self._open().add(path, after, parts, **options)

    def entailed(self, path: Path, graph: ox.NamedNode) -> None:
        """Load the N-Triples file ``path`` (rows Oxigraph wrote, as inference does) into ``graph`` and remove it
        once read: in the one load of every file given so (N-Quads, lenient), begun after the loads added before
        the first, ended by ``done``. A file with a blank node, whose label names one node within one load, is
        loaded by a call of its own (``add``)."""
        options = dict(format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
        if not _Pack.takes(path, options):
            self.add(path, after=path.unlink, parts=True, **options)
            return
        if self._entailed is None:
            self._entailed = RowStream()
            self._open().add(io.BufferedReader(self._entailed, self.BUFFER), format=ox.RdfFormat.N_QUADS, lenient=True)
        self._entailed.add(InGraph(path, graph, path.unlink))

    def _end(self) -> None:
        """End the streams: the stated rows' and the entailed files' (a second end is never read)."""
        self._rows.end()
        if self._entailed is not None:
            self._entailed.end()

    def done(self) -> ox.Store:
        """Wait for every load, this thread loading those left beside the loads' own once the stated rows
        are loaded (``LoadsBehind.help``: two at once), raising the first one's error; the store, which
        this no longer holds."""
        loads, self.loads = self._open(), None
        self._end()
        loads.help()
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
            self._end()
            try:
                loads.__exit__(kind, error, trace)
            finally:
                del loads  # closes the store before its directory goes
                if kind is not None:
                    shutil.rmtree(self.directory, ignore_errors=True)
