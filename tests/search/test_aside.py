"""A value made in a forked child (search.aside), and the engine's indexes made with their name index so
(search.index.make_indexes): the same indexes as made in one process."""

import gc
import logging
import os
import pickle
import re
import time

import numpy as np
import pytest

from search.aside import AsideDied, Room, _rss_bytes, aside, busy, let_go, tree_bytes
from search.documents import load_catalogue
from search.index import make_indexes
from search.lexical import names_tokenizer
from search.shortforms import Places


class Refused(ValueError):
    """Raised in the child, to be raised again by the parent."""


def _refuse():
    raise Refused("no")


def _die():
    os._exit(3)  # the child ends without writing its result, as one killed for memory


def _pid_and_words():
    return os.getpid(), ["大连理工大学", "DUT"]


def test_the_value_is_made_in_another_process_and_given_back():
    pending = aside(_pid_and_words)
    pid, words = pending.result()
    assert pid != os.getpid() and words == ["大连理工大学", "DUT"]
    assert gc.get_freeze_count() == 0  # the collector unfrozen once the result is taken


def test_what_the_child_raised_is_raised_by_the_result():
    with pytest.raises(Refused, match="no"):
        aside(_refuse).result()
    assert gc.get_freeze_count() == 0


def test_a_child_ending_without_its_result_is_named():
    with pytest.raises(AsideDied):
        aside(_die).result()
    assert gc.get_freeze_count() == 0


def test_not_forked_the_value_is_made_here_when_taken():
    made = []
    pending = aside(lambda: made.append(os.getpid()) or len(made), forked=False)
    assert made == []
    assert pending.result() == 1 and made == [os.getpid()]


def test_a_block_left_before_the_result_ends_the_child(tmp_path):
    with pytest.raises(Refused):
        with aside(_pid_and_words) as pending:
            pid = pending._pid
            raise Refused("the block failed")
    with pytest.raises(ChildProcessError):  # reaped: no child of that pid is left
        os.waitpid(pid, os.WNOHANG)
    assert gc.get_freeze_count() == 0


def test_the_indexes_with_the_name_index_forked_are_those_made_in_one_process(kg):
    catalogue = load_catalogue(kg)
    made = [make_indexes(catalogue, names_tokenizer(catalogue), {}, Places.of(catalogue.places), forked)
            for forked in (False, True)]
    inline, forked = (m.name_index for m in made)
    assert [vars(n) for n in forked.names] == [vars(n) for n in inline.names]
    assert forked.readings == inline.readings and forked.readings  # every name's reading, read in the child
    for attr in ("_text", "_initials", "_spelled", "_text_reversed", "_spelled_reversed"):
        a, b = getattr(inline, attr), getattr(forked, attr)
        assert a.keys == b.keys and np.array_equal(a.refs, b.refs) and np.array_equal(a.rank, b.rank)
    assert forked._short_keys == inline._short_keys
    # the other indexes are made here either way: the same bytes
    for attr in ("lexical", "idf", "doc_postings", "own_postings", "names"):
        assert pickle.dumps(getattr(made[0], attr)) == pickle.dumps(getattr(made[1], attr))
    assert forked.lookup("大连理工", 3) == inline.lookup("大连理工", 3)


def test_the_tree_counts_a_child_and_room_is_what_the_limit_leaves():
    import subprocess
    import sys

    alone = tree_bytes(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "import time; b = bytearray(64 << 20); time.sleep(30)"])
    try:
        for _ in range(100):  # until the child holds its 64 MB
            if tree_bytes(os.getpid()) - alone > 60 << 20:
                break
            time.sleep(0.1)
        assert tree_bytes(os.getpid()) - alone > 60 << 20
    finally:
        child.kill()
        child.wait()
    # asked in a worker: its parent's tree less itself (its own children counted: pytest's, in a full run, come and
    # go), plus the part's estimate; a margin for what the tree's other processes do between the two readings
    rest = tree_bytes(os.getppid()) - _rss_bytes(os.getpid())
    assert Room(1 << 20, rest + (256 << 20)).fits()
    assert not Room(rest + (1 << 30), rest).fits()


def test_room_logs_the_figures_it_decided_on(caplog: pytest.LogCaptureFixture) -> None:
    """A build's log tells whether the part forked and on what figures (the decision is otherwise silent)."""
    with caplog.at_level(logging.INFO, logger="search.aside"):
        assert not Room(3 << 30, 1 << 30).fits()
    assert re.search(r"\+ this worker and its child 3072 MB over the limit 1024 MB", caplog.text)


def test_room_waits_for_the_tree_to_shrink_within_its_wait():
    """Room reads the tree again until the child fits or its wait has passed: a process of the tree letting go of
    its memory meanwhile makes room."""
    import subprocess
    import sys

    before = tree_bytes(os.getppid()) - _rss_bytes(os.getpid())
    held = subprocess.Popen([sys.executable, "-c", "import time; b = bytearray(256 << 20); time.sleep(3)"])
    try:
        for _ in range(100):  # until the other process holds its 256 MB
            if tree_bytes(os.getppid()) - _rss_bytes(os.getpid()) - before > 250 << 20:
                break
            time.sleep(0.1)
        limit = before + (128 << 20)  # room only once the 256 MB are let go of
        assert not Room(1 << 20, limit).fits()  # no wait: the reading of now
        assert Room(1 << 20, limit, wait_s=30).fits()  # it ends within 3 s
    finally:
        held.kill()
        held.wait()


def test_a_busy_marker_exists_until_let_go_or_the_block_ends():
    with busy() as marker:
        assert marker.exists()
        let_go(marker)
        assert not marker.exists()
    with busy() as marker:
        assert marker.exists()
    assert not marker.exists()
    let_go(None)  # nothing held: nothing to let go of


def _holding(mb: int, seconds: float):
    """Another process of the tree holding ``mb`` MB for ``seconds``, and the rest of the tree without it."""
    import subprocess
    import sys

    before = tree_bytes(os.getppid()) - _rss_bytes(os.getpid())
    held = subprocess.Popen([sys.executable, "-c", f"import time; b = bytearray({mb} << 20); time.sleep({seconds})"])
    for _ in range(100):  # until it holds them
        if tree_bytes(os.getppid()) - _rss_bytes(os.getpid()) - before > (mb - 6) << 20:
            break
        time.sleep(0.1)
    return held, before


def test_room_waits_longer_while_the_build_is_busy_letting_go():
    """While the busy marker exists, Room reads the tree past its wait: the build's process is about to let go of
    what it holds (the dense index made beside the parts)."""
    held, before = _holding(256, 3)
    try:
        limit = before + (128 << 20)  # room only once the 256 MB are let go of
        with busy() as marker:
            assert not Room(1 << 20, limit, wait_s=0.5).fits()  # not told: its own wait only
            assert Room(1 << 20, limit, wait_s=0.5, busy=marker, busy_wait_s=30).fits()  # it ends within 3 s
    finally:
        held.kill()
        held.wait()


def test_room_waits_its_own_wait_once_let_go_of_and_no_longer_than_both(caplog: pytest.LogCaptureFixture):
    """Once the marker is gone Room waits ``wait_s`` more at most; it never waits past ``wait_s`` + ``busy_wait_s``;
    the log says how long it waited for the busy process."""
    import threading

    with busy() as marker:
        threading.Timer(1.0, let_go, (marker,)).start()
        started = time.monotonic()
        with caplog.at_level(logging.INFO, logger="search.aside"):
            assert not Room(1 << 40, 1 << 30, wait_s=1.0, busy=marker, busy_wait_s=60).fits()
        assert 1.4 <= time.monotonic() - started < 10  # busy when last read (~0.5-1 s), then 1 s of its own
    assert re.search(r"over the limit 1024 MB \(after \d\.\d s, [01]\.\d s of it while the build's process was busy\)",
                     caplog.text)
    with busy() as marker:  # never let go of within the wait
        started = time.monotonic()
        assert not Room(1 << 40, 1 << 30, wait_s=0.5, busy=marker, busy_wait_s=1.0).fits()
        assert 1.4 <= time.monotonic() - started < 5
