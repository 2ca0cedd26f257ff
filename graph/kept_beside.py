"""What a build keeps beside its store once it is complete, timed as the stage "VoID and routing": the VoID
description (graph.void.keep: the count reads every quad, too slow for a request at scale), what the query
workers route by (graph.routing.keep: which queries the fact graphs alone answer, with the counts for
aggregates) and those fact graphs as files they load their copies from (graph.fact_files.keep).

The three are independent reads of the store (``KEPT``), each timed as a stage of its own: at 1000x 61 s of CPU
(the description 11 s, routing and aggregates 27 s, the fact files' dumps 23 s: bench/results/scale38a-2026-12-07.md;
most of it decoding terms from the store's dictionary). They can run in as many threads
(``KEPT_THREADS``), but run in one: a thread each made the 1000x build longer (bench/results/scale37a-2026-12-07.md).
Their queries and dumps run in Oxigraph without holding the GIL.

Beside the index step (``kept_beside``) the threads run niced (``BESIDE_NICE``): they have slack (the dense
index and they, beside the parts' chain), the chain none, and three processes at once on two cores slowed the
chain; they are set back once the step is done (the build then waits for them: beside other load a niced
thread starves).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from graph import fact_files, handover, heap, routing, void
from graph.store import KnowledgeGraph, open_build
from graph.timing import Stopwatch

log = logging.getLogger(__name__)

BESIDE_NICE = 10  # the threads beside the index step, niced by this much over the build


def _fact_files(kg: KnowledgeGraph) -> object:
    """The fact files, of the graphs routing's Partition names (not read from it: routing.keep writes it meanwhile)."""
    return fact_files.keep(kg, routing.fact_graph_iris(kg.base_iri))


# (stage, what it keeps), in this order (CPU at 1000x: 11, 27 and 23 s).
KEPT: tuple[tuple[str, Callable[[KnowledgeGraph], object]], ...] = (
    ("VoID description", void.keep), ("routing", routing.keep), ("fact files", _fact_files))
# Threads KEPT runs on. One: three at once (a thread each) made the quiet 1000x build 63 s longer, not shorter: the
# build's process held ~800 MB more, so the indexes part had no room to fork its name index, and three niced
# threads took more of the chain's cores (bench/results/scale37a-2026-12-07.md).
KEPT_THREADS = 1


@dataclass
class Niced:
    """The threads niced beside the index step (``increment`` over the build; 0: none), set back once it is done.
    A thread that starts after that is left at the build's niceness."""

    increment: int
    tids: list[int] = field(default_factory=list)
    over: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def this_thread(self) -> None:
        with self.lock:
            if self.increment and not self.over and nice_this_thread(self.increment):
                self.tids.append(threading.get_native_id())

    def set_back(self) -> None:
        with self.lock:
            self.over = True
            for tid in self.tids:
                handover.set_back(tid, "VoID's thread")


def nice_this_thread(increment: int) -> bool:
    """Set the calling thread's priority ``increment`` below the process's (its main thread's: a thread started by
    a niced thread starts as niced as it) (Linux, where a thread has a niceness of its own; elsewhere nothing: a
    thread id there names no process); whether it did."""
    if sys.platform != "linux":
        return False
    tid = threading.get_native_id()
    os.setpriority(os.PRIO_PROCESS, tid, min(os.getpriority(os.PRIO_PROCESS, os.getpid()) + increment, 19))
    log.info("%s thread niced by %d", threading.current_thread().name, increment)
    return True


@contextlib.contextmanager
def kept_beside(target: Path, clock: Stopwatch, beside: bool, held: Callable[[], contextlib.AbstractContextManager]
                ) -> Iterator[None]:
    """``keep(target)`` under ``held()`` (graph.build: the build's lock, an OSError raised as StoreWriteError), timed
    as "VoID and routing": in threads beside the block when ``beside``, else before it; its exception is raised
    once both are done (the block's own first, if both fail). Beside the index step: the step's first part (the
    catalogue, in a worker process) used to wait for it (at 1000x 67 s of VoID, then 41 s)."""
    niced = Niced(BESIDE_NICE if beside else 0)

    def kept() -> None:
        niced.this_thread()
        with held(), clock.stage("VoID and routing", beside=beside) as spent:
            spent.cpu += keep(target, clock, niced)
        heap.trim()  # what its counts freed (~280 MB at 1000x), given back before the index step's parts peak

    if not beside:
        kept()
        yield
        return
    with ThreadPoolExecutor(1, thread_name_prefix="void") as pool:
        done = pool.submit(kept)
        yield
        niced.set_back()  # the index step is done: the build now waits for them
    done.result()


def keep(target: Path, clock: Stopwatch, niced: Niced) -> float:
    """Keep each of ``KEPT`` for the build ``target`` on ``KEPT_THREADS`` threads (niced as ``niced`` says), each timed
    as its stage (beside: its thread's CPU); the CPU seconds of the threads, summed ("VoID and routing" counts them)."""
    kg = open_build(target)

    def one(name: str, make: Callable[[KnowledgeGraph], object]) -> float:
        niced.this_thread()
        started = time.thread_time()
        with clock.stage(name, beside=True):
            make(kg)
        return time.thread_time() - started

    try:
        with ThreadPoolExecutor(KEPT_THREADS, thread_name_prefix="kept") as pool:
            return sum(done.result() for done in [pool.submit(one, name, make) for name, make in KEPT])
    finally:
        kg.close()
