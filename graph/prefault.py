"""Make a forked process's copy-on-write pages its own at once, instead of one fault at a time.

A query worker forked from the fact loader (graph.fact_loader) shares the loader's in-memory copy of
the fact graphs copy-on-write. Oxigraph's in-memory store writes into the nodes it reads (reference
counts, version locks), so a query's first touch of each shared 4 KB page faults and copies it: the
first GROUP BYs over every organisation after ready ran 2-3x slower at 1000x the seed
(bench/results/lead15-restart-1000x-quiet-2026-12-03.md). The freeing of Python's collector
(gc.freeze) cannot help: the pages are Rust's, not Python objects'.

``own_shared_pages()`` finds this process's private writable pages that are present and not
exclusively its own (/proc/self/pagemap: present bit 63, exclusively-mapped bit 56) and asks the
kernel to make them writable now (madvise MADV_POPULATE_WRITE, Linux 5.14+): the copies are made in
one pass per run of pages, before the worker says it is ready. Pages never touched are left alone
(populating them would allocate memory never used). The cost is the memory the worker's queries
would have made private anyway, paid before ready rather than by the first queries.
"""

from __future__ import annotations

import ctypes
import os
from array import array
from collections.abc import Iterator
from pathlib import Path

MADV_POPULATE_WRITE = 23
PRESENT = 1 << 63
EXCLUSIVE = 1 << 56
_ENTRY_BYTES = 8


class PrefaultUnavailable(OSError):
    """/proc/self/maps or /proc/self/pagemap cannot be read."""


def private_writable(maps: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every private writable mapping of a /proc/PID/maps text."""
    for line in maps.splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[1].startswith("rw") and fields[1][3] == "p":
            start, end = (int(x, 16) for x in fields[0].split("-"))
            yield start, end


def shared_runs(entries: array, start: int, page: int) -> Iterator[tuple[int, int]]:
    """(address, length) of each run of pages present but not exclusively mapped, from the pagemap
    ``entries`` of the mapping starting at ``start``."""
    run_start = None
    for i, entry in enumerate(entries):
        shared = entry & PRESENT and not entry & EXCLUSIVE
        if shared and run_start is None:
            run_start = i
        elif not shared and run_start is not None:
            yield start + run_start * page, (i - run_start) * page
            run_start = None
    if run_start is not None:
        yield start + run_start * page, (len(entries) - run_start) * page


def memory_kb(pid: int | str = "self") -> dict[str, int]:
    """The fields of /proc/PID/smaps_rollup in kB (Rss, Pss, Shared_Dirty, Private_Dirty, ...): what of a
    process's memory it shares and what is its own."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            fields[parts[0].rstrip(":")] = int(parts[1])
    return fields


def own_shared_pages() -> int:
    """Make every shared copy-on-write page of this process its own now; the bytes copied. A run the
    kernel refuses (before Linux 5.14 every one: EINVAL; out of memory: ENOMEM) is left shared, to be
    copied on its first write as before. PrefaultUnavailable when /proc cannot be read."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    page = os.sysconf("SC_PAGE_SIZE")
    copied = 0
    try:
        maps = Path("/proc/self/maps").read_text(encoding="ascii")
        with open("/proc/self/pagemap", "rb") as pagemap:
            for start, end in list(private_writable(maps)):
                pagemap.seek(start // page * _ENTRY_BYTES)
                entries = array("Q")
                entries.frombytes(pagemap.read((end - start) // page * _ENTRY_BYTES))
                for address, length in list(shared_runs(entries, start, page)):
                    if libc.madvise(address, length, MADV_POPULATE_WRITE) == 0:
                        copied += length
    except OSError as exc:
        raise PrefaultUnavailable(*exc.args) from exc
    return copied
