"""Wall time, CPU time and peak memory of the named stages of a build.

``graph.build`` runs each step under ``Stopwatch.stage`` and reports the list with the build
(``cli.py build --timings`` prints it), so a build at scale says where its time goes.

A stage run in a thread beside others (``beside=True``: graph.build keeps VoID and routing beside
the index step) counts its own thread's CPU only, and every other stage leaves out what such a
stage's thread spent meanwhile: each counts the process's CPU over its interval otherwise, so the
two stages' CPU figures overlapped and their sum counted that thread twice.
"""

from __future__ import annotations

import contextlib
import logging
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """One stage: wall and CPU seconds (this process and its finished children), peak RSS so far."""

    name: str
    wall_s: float
    cpu_s: float
    peak_mb: int

    def __str__(self) -> str:
        return f"{self.name:<18} {self.wall_s:8.1f} s wall {self.cpu_s:8.1f} s CPU  peak {self.peak_mb:6d} MB"


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> int:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(max(own.ru_maxrss, children.ru_maxrss) / 1024)  # Linux reports KiB


def thread_clock() -> int | None:
    """The CPU clock of the calling thread, readable from other threads; None where there is none."""
    clock_of = getattr(time, "pthread_getcpuclockid", None)  # Unix; not every platform has it
    return None if clock_of is None else clock_of(threading.get_ident())


@dataclass
class Spent:
    """CPU seconds a stage beside the others counts besides its thread's: those of the threads it waited for
    (graph.kept_beside), which their own stages already leave out of the others."""

    cpu: float = 0.0


@dataclass
class Stopwatch:
    """The stages timed so far, in order."""

    stages: list[Stage] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _beside: dict[int, float] = field(default_factory=dict, repr=False)  # running beside stages: clock -> CPU at start
    _beside_done: float = field(default=0.0, repr=False)  # CPU of the beside stages ended so far

    @contextlib.contextmanager
    def stage(self, name: str, beside: bool = False) -> Iterator[Spent]:
        """Time the block as the stage ``name``: its wall, CPU and the peak RSS so far. ``beside``: the
        block runs in a thread beside other stages, and counts that thread's CPU only (where the
        platform has threads' CPU clocks; else the process's, as any stage), and what the block adds
        to the ``Spent`` it is given (the threads it waited for, each timed as a stage of its own)."""
        clock = thread_clock() if beside else None
        wall, cpu, own = time.perf_counter(), self._cpu(clock), time.thread_time()
        if clock is not None:
            with self._lock:
                self._beside[clock] = cpu
        added = Spent()
        try:
            yield added
        finally:
            if clock is not None:
                with self._lock:
                    spent = time.clock_gettime(clock) - self._beside.pop(clock)
                    self._beside_done += spent
            else:
                spent = self._cpu(None) - cpu
            stage = Stage(name, time.perf_counter() - wall, spent + added.cpu, _peak_mb())
            self.stages.append(stage)  # (stages may end in two threads: graph.build keeps VoID beside the index step)
            # as it ends: a long build shows where it is; and this thread's own CPU, which threads working
            # beside it leave out (bench/scale/graph_wall.py: the graph part's loads behind it)
            log.info("stage: %s  thread %.1f s CPU", stage, time.thread_time() - own)

    def aside(self, cpu: float) -> None:
        """Leave ``cpu`` seconds out of every stage running or to come: a finished child process's whose work
        is timed apart (graph.handover's worker, reaped during whichever stage was running then)."""
        with self._lock:
            self._beside_done += cpu

    def _cpu(self, clock: int | None) -> float:
        """``clock``'s CPU seconds; for None, the process's (its finished children's included) less
        what the stages beside have spent so far, so that a stage's difference leaves theirs out."""
        if clock is not None:
            return time.clock_gettime(clock)
        with self._lock:
            beside = self._beside_done + sum(time.clock_gettime(c) - start for c, start in self._beside.items())
            return _cpu() - beside
