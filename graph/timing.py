"""Wall time, CPU time and peak memory of the named stages of a build.

``graph.build`` runs each step under ``Stopwatch.stage`` and reports the list with the build
(``cli.py build --timings`` prints it), so a build at scale says where its time goes.
"""

from __future__ import annotations

import contextlib
import logging
import resource
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


@dataclass
class Stopwatch:
    """The stages timed so far, in order."""

    stages: list[Stage] = field(default_factory=list)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), _cpu()
        try:
            yield
        finally:
            stage = Stage(name, time.perf_counter() - wall, _cpu() - cpu, _peak_mb())
            self.stages.append(stage)  # (stages may end in two threads: graph.build keeps VoID beside the index step)
            log.info("stage: %s", stage)  # as it ends: a long build shows where it is
