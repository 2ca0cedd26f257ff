"""graph.timing: a stage timed beside others counts its own thread's CPU, and the others leave it out."""

import threading
import time

import pytest

from graph.timing import Stopwatch, thread_clock

pytestmark = pytest.mark.skipif(thread_clock() is None, reason="no per-thread CPU clocks on this platform")


def _burn(seconds: float) -> None:
    """Spend about ``seconds`` of this thread's CPU."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_stage_beside_another_is_counted_once():
    clock = Stopwatch()

    def beside() -> None:
        with clock.stage("beside", beside=True):
            _burn(0.3)

    with clock.stage("main"):
        thread = threading.Thread(target=beside)
        thread.start()
        thread.join()  # this thread waits: the process's CPU meanwhile is the other thread's
    spent = {stage.name: stage.cpu_s for stage in clock.stages}
    assert spent["beside"] >= 0.3
    assert spent["main"] < 0.1  # not the 0.3 s the thread beside spent


def test_a_stage_beside_that_outlives_the_other_is_left_out_only_for_their_overlap():
    clock, started, ending = Stopwatch(), threading.Event(), threading.Event()

    def beside() -> None:
        with clock.stage("beside", beside=True):
            _burn(0.2)
            started.set()
            ending.wait()
            _burn(0.2)

    thread = threading.Thread(target=beside)
    thread.start()
    started.wait()
    with clock.stage("main"):
        _burn(0.3)
    ending.set()
    thread.join()
    spent = {stage.name: stage.cpu_s for stage in clock.stages}
    assert spent["beside"] >= 0.4
    assert 0.25 <= spent["main"] < 0.45  # its own 0.3 s; the thread's CPU before and after not counted


def test_a_stage_not_beside_counts_the_process():
    clock = Stopwatch()
    with clock.stage("alone"):
        _burn(0.2)
    assert clock.stages[0].cpu_s >= 0.2


def test_a_child_s_cpu_set_aside_is_left_out_of_the_stage_it_was_reaped_in():
    import subprocess
    import sys

    clock = Stopwatch()
    with clock.stage("main"):
        started = time.process_time()
        subprocess.run([sys.executable, "-c", "import time\nend = time.process_time() + 0.3\n"
                        "while time.process_time() < end: pass"], check=True)
        clock.aside(0.3)  # as graph.handover does with its worker's own figure, once reaped
        assert time.process_time() - started < 0.1  # the child's CPU is not this process's own
    assert clock.stages[0].cpu_s < 0.2  # the child interpreter's start, not the 0.3 s set aside
