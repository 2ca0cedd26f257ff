"""Emit a large build's entries in two processes (graph.emit), so that the emit stage uses both cores.

Emitting is pure Python, one entry after another, and what an entry emits depends on the curated
data alone, never on what another entry emitted (each entry's evidence is its own). So a forked
child (it shares the curated data without copying it) emits the second half of the entries into
files of N-Triples rows, data and provenance, while this process emits the first half; the
build writes this process's rows, then the child's. A triple both halves emit (an evidence span
two entries cite, an activity) is written twice and stored once, as a row added twice always was
(the loader and the row index keep one). If the child fails, its half is emitted here again, so
that bad data raises the same CuratedDataError as emitting in one process does.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from graph.curated import Curated, Entry
from graph.emit import Emitter
from graph.errors import ChanjiaoError
from graph.triples import Rows, Spool, nt_rows

MIN_ENTRIES = 20_000  # fewer entries are emitted in this process (the seed has ~700; 1000x ~66,000)


@dataclass(frozen=True)
class Joined:
    """The rows of several parts (collections of triples or Rows), one part after another."""

    parts: tuple[Collection | Rows, ...]

    def rows(self) -> Iterator[str]:
        for part in self.parts:
            yield from nt_rows(part)


@dataclass(frozen=True)
class Emitted:
    """What emitting produced: the data and provenance graphs' rows, and the statements' counts."""

    data: Collection | Rows
    provenance: Rows
    cited: int
    uncited: int
    derived: int


def emit_all(curated: Curated, base: str) -> Emitted:
    """The data and provenance graphs of all curated entries, in two processes when there are MIN_ENTRIES or more."""
    emitter = Emitter(curated, base)
    entries = list(curated.entries.values())
    if len(entries) < MIN_ENTRIES:
        return _emitted(emitter, entries)
    half = len(entries) // 2
    data, provenance = Spool(), Spool()  # made before the fork: the child writes to their files
    received, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_emit_half, args=(emitter, entries[half:], data, provenance,
                                                                                 sender), daemon=True)
    child.start()
    sender.close()
    mine = _emitted(emitter, entries[:half])
    try:
        counts = received.recv()
    except EOFError:  # the child failed: its half again, here
        counts = None
    child.join()
    if counts is None or child.exitcode != 0:
        return _joined(mine, _emitted(Emitter(curated, base), entries[half:]))
    return _joined(mine, Emitted(data, provenance, *counts))


def _emitted(emitter: Emitter, entries: list[Entry]) -> Emitted:
    for entry in entries:
        emitter.entry(entry)
    return Emitted(emitter.data, emitter.provenance, emitter.cited, emitter.uncited, emitter.derived)


def _joined(first: Emitted, second: Emitted) -> Emitted:
    return Emitted(Joined((first.data, second.data)), Joined((first.provenance, second.provenance)),
                   first.cited + second.cited, first.uncited + second.uncited, first.derived + second.derived)


def _emit_half(emitter: Emitter, entries: list[Entry], data: Spool, provenance: Spool, counts: Connection) -> None:
    """In the child: emit ``entries``, write the data rows and the provenance rows to the spools' files."""
    emitter.provenance = provenance
    try:
        for entry in entries:
            emitter.entry(entry)
    except ChanjiaoError:
        os._exit(1)  # the parent emits this half again and raises the error itself
    for triple in emitter.data:
        data.add(triple)
    data.flush()
    provenance.flush()
    counts.send((emitter.cited, emitter.uncited, emitter.derived))
