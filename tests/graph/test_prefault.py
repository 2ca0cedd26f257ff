"""graph.prefault: a forked process makes the pages it shares copy-on-write with its parent its own
at once, keeping their contents; only present, shared pages of private writable mappings are touched."""

from __future__ import annotations

import json
import os
from array import array

from graph import prefault

MB = 2**20
PAGE = 4096
MAPS = """\
55d0c0a00000-55d0c0a21000 rw-p 00000000 00:00 0                          [heap]
7f1e2c000000-7f1e2c021000 r--p 00000000 fd:01 1234                       /usr/lib/libc.so.6
7f1e2d000000-7f1e2d004000 rw-s 00000000 00:05 99                         /dev/shm/x
7f1e2e000000-7f1e2e002000 rw-p 00002000 fd:01 1234                       /usr/lib/libc.so.6
"""


def test_only_private_writable_mappings_are_looked_at():
    assert list(prefault.private_writable(MAPS)) == [(0x55D0C0A00000, 0x55D0C0A21000), (0x7F1E2E000000, 0x7F1E2E002000)]


def test_runs_are_the_present_pages_not_exclusively_mapped():
    shared, own, absent = prefault.PRESENT, prefault.PRESENT | prefault.EXCLUSIVE, 0
    entries = array("Q", [shared, shared, own, absent, shared, own, shared])
    assert list(prefault.shared_runs(entries, 0x1000, PAGE)) == [(0x1000, 2 * PAGE), (0x5000, PAGE), (0x7000, PAGE)]
    assert list(prefault.shared_runs(array("Q", [own, absent]), 0, PAGE)) == []


def test_a_forked_child_owns_the_pages_it_shares_with_its_parent_and_keeps_their_contents():
    data = bytearray(os.urandom(16 * MB))  # written: present in the parent, shared with the child after the fork
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            before = prefault.memory_kb()
            copied = prefault.own_shared_pages()
            after = prefault.memory_kb()
            os.write(writer, json.dumps([before, after, copied, data[::MB].hex()]).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        before, after, copied, sample = json.loads(pipe.read())
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    assert copied >= 16 * MB
    assert after["Private_Dirty"] - before["Private_Dirty"] >= 15 * 1024
    assert before["Shared_Dirty"] - after["Shared_Dirty"] >= 15 * 1024
    assert sample == data[::MB].hex()
