"""Bulk-load N-Quads into a store while they are being written, through a named pipe.

Writing a large build's rows (serialising and hashing them, in Python) and Oxigraph's bulk load
(parsing, then sorting each index, in Rust) used to run one after the other. pyoxigraph lets go
of the GIL while it loads, so the loader reads the pipe in another thread while this one writes:
both cores work. The loader opens the pipe by its path, so it reads without calling back into
Python; a loader that fails drains the pipe, so the writer never blocks on it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

import pyoxigraph as ox

T = TypeVar("T")

PIPE_FILE = "rows.fifo"
PIPE_BUFFER = 1 << 20  # bytes the writer gathers before each write to the pipe


def load_while_writing(store: ox.Store, write: Callable[[BinaryIO], T], directory: Path) -> T:
    """Call ``write`` with a binary stream and bulk-load what it writes (N-Quads, as one document)
    into ``store`` as it is written; return what ``write`` returns once both are done. The pipe is
    made in ``directory`` and removed. Raises what the load raises (SyntaxError on a bad row)."""
    fifo = Path(directory) / PIPE_FILE
    os.mkfifo(fifo)
    failed: list[Exception] = []

    def load() -> None:
        try:
            store.bulk_load(path=str(fifo), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            failed.append(exc)
            _drain(fifo)

    loader = threading.Thread(target=load, name="bulk-load", daemon=True)
    loader.start()
    try:
        with open(fifo, "wb", buffering=PIPE_BUFFER) as pipe:
            result = write(pipe)
    except BrokenPipeError:
        loader.join()
        if failed:
            raise failed[0] from None
        raise
    finally:
        loader.join()
        fifo.unlink()
    if failed:
        raise failed[0]
    return result


def _drain(fifo: Path) -> None:
    """Read the pipe to its end (opened without waiting for a writer: there may be none left)."""
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(fd, True)  # from now on a read waits for the writer's rows, or its end
        while os.read(fd, PIPE_BUFFER):
            pass
    finally:
        os.close(fd)
