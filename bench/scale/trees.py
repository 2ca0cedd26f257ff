"""Resident memory and CPU of a process tree (a process and all its descendants), sampled by the
scale benchmark's scripts: a build or a server starts worker processes, and their memory counts."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import psutil


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants."""
    return _tree_sum(process, lambda p: p.memory_info().rss)


def tree_pss(process: psutil.Process) -> int:
    """Proportional bytes of a process and all its descendants: a page shared by n processes counts
    1/n in each (e.g. query workers forked from one fact loader, graph.fact_loader), so the sum counts it once."""
    return _tree_sum(process, lambda p: p.memory_full_info().pss)


def _tree_sum(process: psutil.Process, measure: Callable[[psutil.Process], int]) -> int:
    """``measure`` summed over a process and its descendants (those gone meanwhile left out)."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += measure(p)
        except psutil.NoSuchProcess:
            pass
    return total


def tree_cpu(process: psutil.Process, seen: dict) -> None:
    """Remember the CPU seconds of every process of the tree (a finished child's last sample stays)."""
    for p in [process, *process.children(recursive=True)]:
        try:
            t = p.cpu_times()
            seen[p.pid] = t.user + t.system
        except psutil.NoSuchProcess:
            pass


class TreePeak:
    """The peak RSS of this process's tree, sampled every ``every_s`` seconds in a daemon thread
    while used as a context manager (``peak_bytes`` afterwards): for a build run in this process,
    whose workers ``resource.getrusage`` would count only one at a time. ``at_peak`` is each
    process's RSS at the peak sample (pid -> bytes, this process first), and ``spans`` each
    process's first and last sample (seconds since the start) and its own peak (pid -> (first,
    last, bytes)): which processes overlapped to make the peak."""

    def __init__(self, every_s: float = 0.5) -> None:
        self.every_s, self.peak_bytes = every_s, 0
        self.at_peak: dict[int, int] = {}
        self.spans: dict[int, tuple[float, float, int]] = {}
        self.timeline: list[tuple[float, dict[int, int]]] = []  # (epoch seconds, pid -> RSS bytes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me, started = psutil.Process(), time.perf_counter()
        while not self._stop.is_set():
            now, each = time.perf_counter() - started, {}
            for p in [me, *me.children(recursive=True)]:
                try:
                    each[p.pid] = p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            self.timeline.append((round(time.time(), 1), each))
            for pid, rss in each.items():
                first, _, most = self.spans.get(pid, (now, now, 0))
                self.spans[pid] = (first, now, max(most, rss))
            if sum(each.values()) > self.peak_bytes:
                self.peak_bytes, self.at_peak = sum(each.values()), each
            self._stop.wait(self.every_s)

    def report(self) -> str:
        """The peak, what each process held at it, and each process's span and own peak."""
        lines = [f"peak RSS of the process tree: {self.peak_bytes >> 20} MB"]
        lines += [f"  at the peak: pid {pid} {rss >> 20} MB" for pid, rss in self.at_peak.items()]
        lines += [f"  pid {pid}: {first:7.1f}-{last:7.1f} s, own peak {most >> 20} MB"
                  for pid, (first, last, most) in self.spans.items()]
        return "\n".join(lines)

    def write_timeline(self, path: Path) -> None:
        """Every sample into ``path``, a JSON line each: epoch seconds and MB by pid (bench/scale/peak_fit.py reads it)."""
        path.write_text("".join(json.dumps({"t": t, "mb": {pid: rss >> 20 for pid, rss in each.items()}}) + "\n"
                                for t, each in self.timeline))

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def watch(proc: subprocess.Popen, others: Mapping[str, psutil.Process]) -> dict[str, tuple[int, float]]:
    """Until ``proc`` exits, sample every 0.2 s its process tree and the trees of ``others``; return
    for each (``proc``'s under the name "") the peak RSS bytes and the CPU seconds spent meanwhile."""
    trees = {"": psutil.Process(proc.pid), **others}
    before: dict[str, dict] = {name: {} for name in trees}
    for name, root in others.items():
        tree_cpu(root, before[name])
    peak, seen = dict.fromkeys(trees, 0), {name: dict(before[name]) for name in trees}
    while proc.poll() is None:
        for name, root in trees.items():
            try:
                peak[name] = max(peak[name], tree_rss(root))
                tree_cpu(root, seen[name])
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.2)
    return {name: (peak[name], sum(seen[name].values()) - sum(before[name].values())) for name in trees}
