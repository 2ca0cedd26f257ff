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
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector ran before the outermost block
_freeze = False  # whether a block of the current nesting asked for what exists to be frozen at its end


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
    """Give the C heap's free memory back to the operating system (glibc's ``malloc_trim``); False
    where there is none to call (another C library). Freed memory otherwise stays in the process:
    when a build's graph part ends, 270 of its 400 MB at 100x the seed (bench/results/build19-*.md),
    held beside the index step's workers."""
    try:
        release = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return False
    release(0)
    return True


def thaw() -> None:
    """Give every frozen object back to the collector (what a closed generation held can then be freed)."""
    gc.unfreeze()
