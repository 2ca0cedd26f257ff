"""The cyclic garbage collector, paused while a start makes the structures it keeps for good.

A server's start reads its build's kept state back (search.snapshot: hundreds of MB of pickled
tables at 1000x the seed) and makes tables from it: tens of millions of containers allocated and
almost none freed. The collector runs on allocation counts, so it walks everything made so far
again and again: unpickling question answering's facts at 1000x took 124 s with it on, 43 s with
it paused (bench/results/scale-restart-1000x-2026-12-03-r12.md). Nothing of that is garbage.

Contract: ``paused()`` is a block during which the collector does not run (nested and concurrent
blocks count: it runs again when the last one ends, if it ran before the first). At the end of the
outermost block what exists is frozen (gc.freeze): kept for the process's life, it is never walked
again, so no request waits on a collection walking the served state; unless no block asked for that
(``freeze=False``: a build, whose structures are dropped when it ends), when the collector simply
runs again. ``thaw()`` gives it back to the collector: called once a replaced generation is closed,
whose reference cycles can then be freed.

Pages. ``small_pages`` and ``reuse_freed`` are for the build's processes, which allocate and free
large arrays again and again (an embedding batch makes ~2 GB of temporaries): numpy asks the kernel
for transparent huge pages for every array of 4 MB or more, and where the kernel's THP ``defrag``
setting is ``madvise`` (Debian's) each first touch of such a page compacts memory synchronously;
glibc gives each freed array of 32 MB or more back at once, so the next one is faulted in afresh.
At 100x the seed, 4,096 passages embedded in batches of 1,024 took 6.9 s of user and 7.1 s of
system CPU as they were, 6.4 s and 0.4 s with both changed, at the same peak RSS
(bench/results/build20-1000x-2026-12-05.md).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import threading
from collections.abc import Callable, Iterator

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector ran before the outermost block
_freeze = False  # whether a block of the current nesting asked for what exists to be frozen at its end
# glibc's mallopt parameters (malloc.h) and the size below which freed memory is kept for reuse
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
KEPT_BYTES = 1 << 30
# Where numpy keeps its switch of huge-page advice: numpy 2 in numpy._core, numpy 1.26 (pyproject allows it) in
# numpy.core only, so the first alone would fail the import of this module, and with it every build, on a 1.26.
NUMPY_MULTIARRAY = ("numpy._core.multiarray", "numpy.core.multiarray")


def _hugepage_switch() -> Callable[[bool], bool] | None:
    """numpy's switch of its huge-page advice (private, not in its stubs), or None where a numpy lacks it."""
    for name in NUMPY_MULTIARRAY:
        try:
            return getattr(importlib.import_module(name), "_set_madvise_hugepage", None)
        except ModuleNotFoundError:
            continue
    return None


_set_madvise_hugepage = _hugepage_switch()


@contextlib.contextmanager
def paused(freeze: bool = True) -> Iterator[None]:
    """The collector paused for the block; what exists at the end of the outermost block is frozen
    if this block or another of the nesting was given ``freeze``."""
    global _depth, _resume, _freeze
    with _lock:
        if _depth == 0:
            _resume, _freeze = gc.isenabled(), False
            gc.disable()
        _depth += 1
        _freeze = _freeze or freeze
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _freeze:
                    gc.freeze()
                if _resume:
                    gc.enable()


def trim() -> bool:
    """Give the C heap's free memory back to the operating system (glibc's ``malloc_trim``, and mimalloc's
    ``mi_collect`` where it is preloaded: graph.allocator); False where there is none to call (another C
    library). Freed memory otherwise stays in the process: when a build's graph part ends, 270 of its 400 MB
    at 100x the seed (bench/results/build19-*.md), held beside the index step's workers."""
    collect = getattr(ctypes.CDLL(None), "mi_collect", None)
    if collect is not None:
        collect(True)
    try:
        release = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return collect is not None
    release(0)
    return True


def use_small_pages(small: bool = True) -> bool:
    """From now on numpy's arrays made in this process are (``small``) or are not madvised for
    transparent huge pages (see the module: the kernel's compaction at their first touch); whether
    they were small before. For a build's worker process, which exits when its part is done."""
    return True if _set_madvise_hugepage is None else not _set_madvise_hugepage(not small)


@contextlib.contextmanager
def small_pages() -> Iterator[None]:
    """``use_small_pages`` for the block, the setting before restored at its end. It is process-wide:
    arrays another thread makes meanwhile are made in small pages too."""
    before = use_small_pages()
    try:
        yield
    finally:
        use_small_pages(before)


def reuse_freed() -> bool:
    """Keep freed memory in this process for its next allocations, up to KEPT_BYTES, instead of
    giving each large block back to the kernel and faulting its successor in afresh (glibc's
    ``mallopt``); False where there is none to call. For a worker process that makes and frees
    same-sized large arrays until it exits (an embedding worker: its peak RSS is unchanged)."""
    try:
        tune = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return bool(tune(M_MMAP_THRESHOLD, KEPT_BYTES) and tune(M_TRIM_THRESHOLD, KEPT_BYTES))


def thaw() -> None:
    """Give every frozen object back to the collector (what a closed generation held can then be freed)."""
    gc.unfreeze()
