"""graph.heap: the collector paused for nested and concurrent blocks, and what was made frozen."""

from __future__ import annotations

import gc
import platform
import subprocess
import sys
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


def test_small_pages_hold_for_a_block_then_the_setting_before_is_back():
    before = heap.use_small_pages(False)
    try:
        with heap.small_pages():
            assert heap.use_small_pages() is True
        assert heap.use_small_pages(False) is False
    finally:
        heap.use_small_pages(before)


# A process that makes a 64 MB array twice: the page faults of the second, after reuse_freed or not.
_REFAULTS = """
import resource, sys
import numpy as np
from graph import heap
heap.use_small_pages()  # 4 kB pages whatever the kernel's huge-page setting: ~16k faults for 64 MB
kept = heap.reuse_freed() if sys.argv[1] == "reuse" else None
np.ones(16 << 20, dtype=np.float32).sum()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
np.ones(16 << 20, dtype=np.float32).sum()
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def test_reuse_freed_keeps_a_freed_large_block_for_the_next_where_the_c_library_can():
    if platform.libc_ver()[0] != "glibc":
        assert heap.reuse_freed() is False
        return
    seen = {}
    for mode in ("reuse", "plain"):
        done = subprocess.run([sys.executable, "-c", _REFAULTS, mode], capture_output=True, text=True, check=True,
                              cwd=Path(heap.__file__).parents[1])
        kept, faults = done.stdout.split()
        seen[mode] = (kept, int(faults))
    assert seen["reuse"][0] == "True" and seen["plain"][0] == "None"
    assert seen["reuse"][1] * 10 < seen["plain"][1]
