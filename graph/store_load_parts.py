"""A file of rows cut into parts for bulk loads of their own (graph.streaming.LoadsBehind): where the parts
begin (``cuts``: at line ends, by rows), and a part copied beside its file by the kernel (``copy_range``)."""

from __future__ import annotations

import mmap
import os
from pathlib import Path

import numpy as np

CHUNK = 16 << 20  # bytes of a file read at a time to count or find its rows
BLANK = b"_:"  # a file holding this anywhere (a blank node, or a literal's text) is loaded whole


def copy_range(path: Path, span: tuple[int, int], target: Path) -> None:
    """Write the bytes ``span`` (start, end) of ``path`` to ``target``, copied by the kernel."""
    start, end = span
    with open(path, "rb") as source, open(target, "wb") as out:
        while start < end:  # the kernel may copy less than asked at a time
            done = os.copy_file_range(source.fileno(), out.fileno(), end - start, start)
            if not done:
                raise OSError(f"{path} ended at byte {start}, before {end}")
            start += done


def lines(path: Path) -> int:
    """How many lines (ends of line) the file ``path`` holds."""
    with open(path, "rb") as rows:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: rows.read(CHUNK), b""))


def cuts(path: Path, part_rows: int) -> list[int]:
    """The byte offsets where the parts of ``path`` begin, then its size: [0, size] for one part. Each part holds
    at most ``part_rows`` rows, all about as many (a short last part would cost a load of its own); a file that
    may hold a blank node is one part."""
    size = path.stat().st_size
    if part_rows <= 0 or (rows := lines(path)) <= part_rows:
        return [0, size]
    with open(path, "rb") as source, mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        if mapped.find(BLANK) != -1:
            return [0, size]
    count = -(-rows // part_rows)
    return [0, *_line_ends(path, [rows * part // count for part in range(1, count)]), size]


def _line_ends(path: Path, after: list[int]) -> list[int]:
    """The byte offset just past the end of each line numbered (from 1) in ``after`` (ascending) of ``path``."""
    ends: list[int] = []
    seen = offset = 0
    with open(path, "rb") as rows:
        while len(ends) < len(after) and (chunk := rows.read(CHUNK)):
            here = chunk.count(b"\n")
            if after[len(ends)] <= seen + here:  # numpy finds this chunk's ends of line at C speed
                found = np.flatnonzero(np.frombuffer(chunk, dtype=np.uint8) == ord("\n"))
                while len(ends) < len(after) and after[len(ends)] <= seen + here:
                    ends.append(offset + int(found[after[len(ends)] - seen - 1]) + 1)
            seen, offset = seen + here, offset + len(chunk)
    return ends
