"""Bulk loads into a store behind this thread's work, so that a large build uses both cores.

A full build bulk-loads its stated rows and then its entailed rows (Oxigraph's loader: parsing,
then sorting each index, in Rust) while it runs inference and SHACL on a scratch store (SPARQL
queries, evaluated holding the GIL). pyoxigraph lets go of the GIL while it loads, so the loads
run in a thread of their own beside the queries (``LoadsBehind``). They used to stream through a
named pipe while the rows were written (Python), which overlapped the loader with the writing
only, not with the queries, which take longer.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

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
        self.jobs: queue.Queue[tuple[Path, Callable[[], object] | None, dict] | None] = queue.Queue()
        self.failed: list[Exception] = []
        self.thread = threading.Thread(target=self._run, name="loads-behind", daemon=True)
        self.started = 0.0  # set when the loads start (__enter__)

    def add(self, path: Path, after: Callable[[], object] | None = None, **options) -> None:
        """Load the file ``path`` after the loads added before (``options``: Store.bulk_load's), then
        call ``after`` (in the loads' thread, before the next load)."""
        self.jobs.put((path, after, options))

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if not self.failed:  # after a failure the rest is skipped: the build is lost anyway
                path, after, options = job
                try:
                    started = time.perf_counter()
                    self.store.bulk_load(path=str(path), **options)
                    # when each load ran: whether the loads wait for their files (the build's critical path)
                    log.info("loaded %s behind: %.1f s, %.1f s after the first", path.name,
                             time.perf_counter() - started, time.perf_counter() - self.started)
                    if after is not None:
                        after()
                except (OSError, SyntaxError, ValueError) as exc:
                    self.failed.append(exc)

    def __enter__(self) -> LoadsBehind:
        self.started = time.perf_counter()
        self.thread.start()
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.jobs.put(None)
        self.thread.join()
        if self.failed and kind is None:
            raise self.failed[0]
