"""A call made in a worker process that exits when it returns, so that what it frees leaves with it.

A process keeps most of what it frees: glibc's and Python's allocators hand back only whole free
pages, and the few objects that outlive a large step pin the rest. A build's graph part (load,
emit, inference, SHACL and the store's bulk loads) peaked at 3.5 GB at 1000x the seed and its
process still held 2.0 GB when it ended, 483 MB after ``malloc_trim`` (graph.heap.trim; 113 MB at
100x), all of it beside the index step's workers that came next (bench/results/store22-*.md).
Made in a worker (``call``), the build's process never holds it.

The worker is spawned (a fork of a process running RocksDB's or faiss's threads is unsafe); its
log records are handled by this process's loggers, as if logged here; its exception is raised
here (an exception given ``__reduce__`` keeps its fields: graph.errors). ``environment``: variables the worker
starts with (graph.allocator: its C allocator).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

R = TypeVar("R")


class _Relay(logging.Handler):
    """Hands a worker's record to this process's logger of the same name (its handlers, propagation)."""

    def emit(self, record: logging.LogRecord) -> None:
        logging.getLogger(record.name).handle(record)


def call(function: Callable[..., R], *args: object, environment: Mapping[str, str] | None = None) -> R:
    """``function(*args)`` in a spawned worker process that exits once it returns; its result or its
    exception here. ``function`` must be module-level and its arguments and result picklable. A
    worker that dies (killed: out of memory) raises BrokenProcessPool. The worker starts with this
    process's environment and ``environment`` over it (set here while it is spawned, then restored:
    a process another thread spawns meanwhile starts with them too)."""
    context = multiprocessing.get_context("spawn")
    records = context.Queue()
    listener = logging.handlers.QueueListener(records, _Relay())
    listener.start()
    try:
        with ProcessPoolExecutor(1, mp_context=context, initializer=_relayed,
                                 initargs=(records, logging.getLogger().getEffectiveLevel())) as pool:
            with _environ(environment or {}):
                started = pool.submit(function, *args)  # a spawning pool starts its worker here
            return started.result()
    finally:
        listener.stop()  # after the worker has exited: every record it put is handled first
        records.close()


def _relayed(records: multiprocessing.Queue, level: int) -> None:
    """A worker's logging: every record of ``level`` and above put on ``records`` for the caller's loggers."""
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(records)]
    root.setLevel(level)


@contextlib.contextmanager
def _environ(variables: Mapping[str, str]) -> Iterator[None]:
    """``variables`` set in this process's environment for the block, each one's value before restored after."""
    before = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
