"""The C allocator a build's graph part runs with: mimalloc where it is installed, preloaded into its worker.

Oxigraph's bulk loader (the store's loads: about two thirds of the store stages' CPU) builds each batch's keys as
small heap blocks, six orders of them for a named graph's quads, sorts and frees them: glibc's malloc and free
were a quarter of a load's CPU (``unlink_chunk``, ``_int_free``: bench/results/store24-*.md), and glibc's own
tunables did not change that. pyoxigraph exposes no allocator of its own, and a Rust library allocates through
the C library's ``malloc``, so the allocator is chosen for the whole process, at its start, by the dynamic
linker (``LD_PRELOAD``): the graph part's worker process (graph.apart) is started with ``environment(name)``
(BuildConfig.allocator), and its own workers (SHACL's, the early hook's) inherit it. Where the library is not
installed (Debian: libmimalloc2.0; the Makefile's system-deps installs it) the worker runs with glibc's, as before:
the same build, more CPU.
"""

from __future__ import annotations

import ctypes.util
import os

PRELOAD = "LD_PRELOAD"


def environment(name: str | None) -> dict[str, str]:
    """The variables that start a process with the C library ``name`` (e.g. "mimalloc") preloaded, after what
    this process preloads; empty for None, a library the dynamic linker does not find, or one preloaded already."""
    found = ctypes.util.find_library(name) if name else None
    preloaded = os.environ.get(PRELOAD, "").split()
    if found is None or found in preloaded:
        return {}
    return {PRELOAD: " ".join([*preloaded, found])}
