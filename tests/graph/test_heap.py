"""graph.heap: the collector paused for nested and concurrent blocks, and what was made frozen."""

from __future__ import annotations

import gc
import platform
import threading
from pathlib import Path

from graph import heap


def test_paused_blocks_nest_and_the_collector_runs_again_after_the_last():
    assert gc.isenabled()
    try:
        with heap.paused():
            assert not gc.isenabled()
            with heap.paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
            kept = [{"made": i} for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
    finally:
        heap.thaw()
    assert gc.get_freeze_count() == 0


def test_a_block_in_another_thread_keeps_the_collector_paused():
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with heap.paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    try:
        thread.start()
        inside.wait(10)
        with heap.paused():
            pass
        assert not gc.isenabled()  # the other thread's block still runs
        leave.set()
        thread.join(10)
        assert gc.isenabled()
    finally:
        leave.set()
        heap.thaw()


def test_a_block_not_asked_to_freeze_leaves_nothing_frozen_and_the_collector_running():
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with heap.paused(freeze=False):
        assert not gc.isenabled()
        made = [{"made": i} for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0 and len(made) == 1000


def test_a_nested_block_asked_to_freeze_freezes_at_the_end_of_the_outermost():
    try:
        with heap.paused(freeze=False):
            with heap.paused():
                kept = [{"made": i} for i in range(1000)]
            assert gc.get_freeze_count() == 0  # not yet: the outer block runs on
        assert gc.isenabled() and gc.get_freeze_count() >= len(kept)
    finally:
        heap.thaw()



def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_trim_gives_freed_heap_memory_back_where_the_c_library_can():
    made = [bytes(1000) for _ in range(50_000)]  # 50 MB of small blocks, then freed
    del made
    before = _rss_kib()
    assert heap.trim() is (platform.libc_ver()[0] == "glibc")
    assert _rss_kib() <= before
