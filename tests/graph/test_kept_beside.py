"""What the build keeps beside its store (graph.kept_beside): each of KEPT timed as its stage, in one thread after
another, or on as many threads as KEPT_THREADS says; beside the index step niced, and set back once it is done; a
failure raised after the block."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path

import pytest

from graph import kept_beside
from graph.timing import Stopwatch

NAMES = [name for name, _ in kept_beside.KEPT]


class _Opened:
    closed = False

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def opened(monkeypatch) -> _Opened:
    graph = _Opened()
    monkeypatch.setattr(kept_beside, "open_build", lambda target: graph)
    return graph


def _kept_by(monkeypatch, make) -> None:
    monkeypatch.setattr(kept_beside, "KEPT", tuple((name, make(name)) for name in NAMES))


def test_each_is_kept_one_after_another_in_one_thread_and_timed_as_its_stage(monkeypatch, opened):
    seen = []

    def make(name):
        def keep(graph) -> None:
            seen.append((name, threading.get_ident(), graph))
        return keep

    _kept_by(monkeypatch, make)
    clock = Stopwatch()
    with kept_beside.kept_beside(Path("build"), clock, True, contextlib.nullcontext):
        pass
    assert [name for name, _, _ in seen] == NAMES and len({ident for _, ident, _ in seen}) == 1
    assert all(graph is opened for _, _, graph in seen) and opened.closed
    assert [stage.name for stage in clock.stages] == [*NAMES, "VoID and routing"]


def test_on_as_many_threads_each_is_kept_in_a_thread_of_its_own_all_at_once(monkeypatch, opened):
    monkeypatch.setattr(kept_beside, "KEPT_THREADS", len(NAMES))
    together, seen = threading.Barrier(len(NAMES), timeout=20), {}

    def make(name):
        def keep(graph) -> None:
            together.wait()  # a BrokenBarrierError unless every one runs at once
            seen[name] = (threading.get_ident(), graph)
        return keep

    _kept_by(monkeypatch, make)
    clock = Stopwatch()
    with kept_beside.kept_beside(Path("build"), clock, False, contextlib.nullcontext):
        assert set(seen) == set(NAMES)  # not beside: kept before the block
    assert len({ident for ident, _ in seen.values()}) == len(NAMES) and all(g is opened for _, g in seen.values())
    assert opened.closed
    assert sorted(stage.name for stage in clock.stages[:-1]) == sorted(NAMES)
    assert clock.stages[-1].name == "VoID and routing"


def test_a_failure_is_raised_once_the_block_and_the_others_are_done(monkeypatch, opened):
    done, order = [], []

    def make(name):
        def keep(graph) -> None:
            if name == NAMES[0]:
                raise OSError(28, "No space left on device")
            done.append(name)
        return keep

    _kept_by(monkeypatch, make)
    with pytest.raises(OSError, match="No space"):
        with kept_beside.kept_beside(Path("build"), Stopwatch(), True, contextlib.nullcontext):
            order.append("block")
    assert order == ["block"] and sorted(done) == sorted(NAMES[1:]) and opened.closed


@pytest.mark.skipif(os.geteuid() != 0, reason="lowering a niceness needs the privilege to")
def test_beside_the_block_each_thread_is_niced_and_set_back_once_the_block_is_done(monkeypatch, opened):
    own, started, release, seen = os.getpriority(os.PRIO_PROCESS, 0), threading.Barrier(len(NAMES) + 1, timeout=20), \
        threading.Event(), {}

    def make(name):
        def keep(graph) -> None:
            tid = threading.get_native_id()
            seen[name] = [os.getpriority(os.PRIO_PROCESS, tid)]
            started.wait()
            release.wait(20)
            seen[name].append(os.getpriority(os.PRIO_PROCESS, tid))
        return keep

    _kept_by(monkeypatch, make)
    monkeypatch.setattr(kept_beside, "KEPT_THREADS", len(NAMES))
    with kept_beside.kept_beside(Path("build"), Stopwatch(), True, contextlib.nullcontext):
        started.wait()
        threading.Timer(0.2, release.set).start()  # after the block's end has set them back
    assert {name: tuple(p) for name, p in seen.items()} == {
        name: (min(own + kept_beside.BESIDE_NICE, 19), own) for name in NAMES}


def test_the_stage_that_waits_for_them_counts_their_cpu(monkeypatch, opened):
    def make(name):
        def keep(graph) -> None:
            started = time.thread_time()
            while time.thread_time() - started < 0.05:
                pass
        return keep

    _kept_by(monkeypatch, make)
    clock = Stopwatch()
    with kept_beside.kept_beside(Path("build"), clock, True, contextlib.nullcontext):
        pass
    threads = sum(stage.cpu_s for stage in clock.stages if stage.name in NAMES)
    assert threads >= 0.05 * len(NAMES)
    assert clock.stages[-1].name == "VoID and routing" and clock.stages[-1].cpu_s >= threads
