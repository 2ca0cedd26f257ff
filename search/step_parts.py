"""The index step's parts run (search.prebuild): in this process one after the other, or each in a worker process
of its own (spawned), which opens the graph, runs the part and exits, giving back what the part made; chains of
parts side by side, a thread each waiting on its part's worker. Each part run apart logs its wall and CPU seconds
and its peak RSS ("index part NAME: ..."), the figures the build's log and bench/scale read. The /proc readings
the step decides by (a process's peak since it started a part, the memory available) are here too.
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from graph import apart, heap
from graph.store import KnowledgeGraph

log = logging.getLogger(__name__)


# A part of the index step (a function of the graph and picklable arguments), then those arguments.
Step = tuple


class Parts:
    """Runs a part of the index step (a module-level function of the graph and picklable arguments)
    on ``kg`` in this process, or, given the graph's ``opener``, in a worker process of its own
    (spawned: this process may hold RocksDB's and faiss's threads) that opens the graph, runs it and
    exits. A part's exception is raised here. ``chains`` runs chains of parts side by side when the
    parts run apart and ``side_by_side``."""

    def __init__(self, opener: Callable[[], KnowledgeGraph] | None, kg: KnowledgeGraph, side_by_side: bool = False):
        self.opener, self.kg, self.side_by_side = opener, kg, side_by_side

    def chains(self, *chains: tuple[Step, ...]) -> None:
        """Each chain's parts (``Step``s) in their order; the chains one after the other, or side by side
        (a thread each, waiting on its part's worker) when run apart and ``side_by_side``. A failure
        ends its chain; one after the other, it ends the step; side by side, the other chains run to
        their end first, then the first failure (in the order given) is raised."""
        if self.opener is None or not self.side_by_side:
            for chain in chains:
                self._chain(chain)
            return
        with ThreadPoolExecutor(len(chains), thread_name_prefix="index-part") as pool:
            running = [pool.submit(self._chain, chain) for chain in chains]
        for done in running:
            done.result()

    def _chain(self, chain: tuple[Step, ...]) -> None:
        for part, *args in chain:
            self(part, *args)

    def __call__(self, part: Callable[..., None], *args: object) -> None:
        started = time.perf_counter()
        if self.opener is None:
            part(self.kg, *args)
            log.info("index part %s: %.1f s wall", part.__name__.strip("_"), time.perf_counter() - started)
            return
        # spawned, its log records relayed here (graph.apart): what a part decides is in the build's log
        cpu, peak_mb, pid, children = apart.call(_opened, self.opener, part, *args)
        # its children: an embedding worker, a child forked beside (search.aside), whose peak is not the worker's
        log.info("index part %s: %.1f s wall, %.1f s CPU, peak %d MB (worker process %d%s)", part.__name__.strip("_"),
                 time.perf_counter() - started, cpu, peak_mb, pid,
                 f", {children:.1f} s CPU of it in its children" if children >= 0.05 else "")


def _opened(opener: Callable[[], KnowledgeGraph], part: Callable[..., None],
            *args: object) -> tuple[float, int, int, float]:
    """``part`` run on the graph ``opener`` opens (in a worker process); the CPU seconds of this process
    and of the processes it started, its peak RSS (MB) since it started the part, its pid, and the CPU seconds
    of the processes it started."""
    reset_peak()
    heap.use_small_pages()  # as the build's process (graph.build): no compaction at each large array's first touch
    kg = opener()
    try:
        part(kg, *args)
    finally:
        kg.close()
    # its own processes' too (the dense index's embedding worker, ended and reaped by now)
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    spent = children.ru_utime + children.ru_stime
    return own.ru_utime + own.ru_stime + spent, own_peak_kib() // 1024, os.getpid(), spent


def reset_peak() -> None:
    """Start this process's peak RSS afresh (Linux): a spawned worker inherits the build's high-water
    mark (ru_maxrss survives fork and exec), so a part's own peak would otherwise go unseen."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # not Linux, or not allowed: ru_maxrss then, the build's mark included


def own_peak_kib() -> int:
    """This process's peak RSS in KiB since ``reset_peak`` (VmHWM), else ``ru_maxrss``."""
    return proc_kib("/proc/self/status", "VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def available_bytes() -> int:
    """The memory available to start processes with (Linux's MemAvailable); 0 when unknown."""
    return (proc_kib("/proc/meminfo", "MemAvailable") or 0) * 1024


def proc_kib(path: str, field: str) -> int | None:
    """N of the line ``field:  N kB`` of the /proc file ``path`` (Linux); None when there is none."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def pickles(opener: Callable[[], KnowledgeGraph]) -> bool:
    """Whether ``opener`` can be sent to a worker process (a lambda cannot)."""
    try:
        pickle.dumps(opener)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True
