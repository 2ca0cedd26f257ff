"""Read-only work on a store directory in worker processes, so that a large build uses both cores.

pyoxigraph evaluates a query holding the GIL, so threads of one process would take turns.
Worker processes that open the store directory read-only run queries side by side: RocksDB lets
readers open a directory another process writes, and they see everything loaded before they
opened it (bulk loads ingest their files at once). Each call starts its own workers (spawned:
a fork of a process running RocksDB's threads is unsafe), so they see the store as it is then.
A small store is worked on in this process: starting a worker costs about a second of CPU.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

T = TypeVar("T")
R = TypeVar("R")

WORKERS = 2  # the build machine's cores
MIN_BYTES = 64 << 20  # a store directory smaller than this is worked on in process (1x: ~3 MB; 100x: ~500 MB)


def worth_it(location: Path | None) -> bool:
    """Whether the store in ``location`` (None: one held only in memory) is large enough for workers."""
    if location is None:
        return False
    return sum(_size(p) for p in Path(location).iterdir() if p.is_file()) >= MIN_BYTES


def _size(path: Path) -> int:
    """The size of the file at ``path``; 0 once it is gone: the store's own compaction deletes the files it merged
    while the directory is being listed (a full test run once failed a build on such a file)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def run(store: ox.Store, location: Path | None, task: Callable[[ox.Store, T], R], items: Sequence[T],
        each: Callable[[int], object] | None = None) -> list[R]:
    """``task(store, item)`` for each item, in order: in WORKERS processes that open ``location`` (the
    directory of ``store``) read-only when it is large enough (``worth_it``), else here on ``store``;
    ``each(i)`` called, if given, once the i-th item's task is done (in order).
    ``task`` must be a module-level function (it is sent to the workers by name) and must not write."""
    if not worth_it(location) or len(items) < 2:
        return [_done(task(store, item), number, each) for number, item in enumerate(items)]
    store.flush()  # what a writer still holds in memory is not seen by a reader
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(WORKERS, len(items)), mp_context=context, initializer=_open,
                             initargs=(str(location),)) as pool:
        return [_done(result, number, each) for number, result
                in enumerate(pool.map(_call, [task] * len(items), [str(location)] * len(items), items))]


def _done(result: R, number: int, each: Callable[[int], object] | None) -> R:
    if each is not None:
        each(number)
    return result


@functools.cache
def _open(location: str) -> ox.Store:
    """The worker's read-only store of ``location``, opened once per worker process (by the pool's initializer)."""
    return ox.Store.read_only(location)


def _call(task: Callable[[ox.Store, T], R], location: str, item: T) -> R:
    return task(_open(location), item)
