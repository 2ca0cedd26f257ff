"""What inference's scratch store holds, handed over to a worker process once SHACL has checked it.

A full build entails on a scratch store of the rows the rules read (graph.incremental): the data,
the ontology and, once inference ends, what it entailed of them. Everything but the provenance
(which no rule reads and nothing composed for search reads either) is there, ~100 s of the
1000x build's graph part before its store is complete (the bulk loads, the compaction).
``Handover.keep`` writes the scratch store's quads to a file in the build's directory once SHACL has
checked them; ``Handover.start``, called once the scratch store is freed, calls the build's ``Early``
hook on them in a spawned worker (graph.apart) on a thread, beside the loads:
search.prebuild.early_catalogue composes the search catalogue there and keeps it in the build under
the build's content hash, so that the index step finds it kept. The hook is asked whether it runs only
then: the scratch store (~0.5 GB a million quads) and SHACL's work on it are the graph part's largest
holding after inference, gone by then. Asked at inference's end, what the process held counted that
holding about to go (1000x: 2,128 MB in round 34's build, 832 MB once it was gone; 2,617 MB in round
35's, which then made its catalogue after the store: bench/results/scale35a-*.md). ``Handover.wait``
waits for it; a worker killed (out of memory) is logged and the catalogue made later as before, any
other failure raised.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from graph import apart
from graph.embedded import EmbeddedStore
from graph.store import KnowledgeGraph
from graph.timing import Stopwatch

log = logging.getLogger(__name__)

ROWS_FILE = "early-rows.nq"  # in the build's temporary directory while the hook's worker runs


class Early(Protocol):
    """The hook a build calls in a worker once SHACL has checked inference's scratch store and it is freed
    (picklable: module-level or a frozen dataclass): with the N-Quads file of the scratch store's quads, the
    build's directory, its content hash and base IRI; it returns (its CPU seconds, its peak RSS in MB, its pid).
    ``wanted`` says, from the scratch store's quads (and what it measures of this process, the scratch store
    freed), whether it runs at all."""

    def __call__(self, rows: Path, home: Path, content_hash: str, base_iri: str) -> tuple[float, int, int]: ...

    def wanted(self, quads: int) -> bool: ...


@dataclass(frozen=True)
class Kept:
    """The scratch store's quads written for the hook: the file and how many quads it holds."""

    rows: Path
    quads: int


@dataclass(frozen=True)
class Handover:
    """Starts ``early`` on the scratch store of the build ``content_hash`` (base IRI ``base_iri``), at most once."""

    early: Early
    content_hash: str
    base_iri: str

    def keep(self, scratch: ox.Store, home: Path) -> Kept:
        """``scratch``'s quads written into ``home`` (the build's directory) for ``start``, which is called once
        ``scratch`` is freed (written whether or not the hook then runs: whether it fits is known only once the
        store is freed; the time it took is logged)."""
        started, rows = time.perf_counter(), home / ROWS_FILE
        scratch.dump(str(rows), format=ox.RdfFormat.N_QUADS)
        kept = Kept(rows, len(scratch))
        log.info("kept %d quads of the scratch store for the early hook: %.1f s", kept.quads, time.perf_counter() - started)
        return kept

    def start(self, kept: Kept, home: Path, pool: ThreadPoolExecutor, clock: Stopwatch) -> Future[None] | None:
        """``early`` on the quads ``keep`` wrote, in a worker run from a thread of ``pool``, its CPU left out of
        ``clock``'s stages (it logs its own); None (the file removed) when ``early.wanted`` says no."""
        if not self.early.wanted(kept.quads):
            log.info("early hook not run: %d quads in the scratch store", kept.quads)
            kept.rows.unlink(missing_ok=True)
            return None
        return pool.submit(self._run, kept.rows, home, clock)

    def _run(self, rows: Path, home: Path, clock: Stopwatch) -> None:
        started = time.perf_counter()
        try:
            cpu, peak_mb, pid = apart.call(self.early, rows, home, self.content_hash, self.base_iri)
        finally:
            rows.unlink(missing_ok=True)
        clock.aside(cpu)  # reaped by now: in this process's children's CPU, which the stages count
        log.info("index part catalogue: %.1f s wall, %.1f s CPU, peak %d MB (worker process %d, early: after inference)",
                 time.perf_counter() - started, cpu, peak_mb, pid)


def wait(started: Future[None] | None) -> None:
    """Wait for a hook ``Handover.start`` started: its failure raised, its worker's death logged (what it made
    is then made by the index step). Its worker, niced to run on what the build leaves, is given this process's
    priority first (``unniced_children``): the build now waits for it, and beside other load on the machine a
    niced worker got ~1% of a core (100x, load ~25: 4.5 s of CPU over 411 s, the build waiting 290 s)."""
    if started is None:
        return
    if not started.done():
        unniced_children()
    try:
        started.result()
    except BrokenProcessPool as exc:
        log.warning("the early hook's worker died (%s): the index step makes its part", exc)


def unniced_children() -> None:
    """This process's worker processes (multiprocessing's) niced above it set back to its niceness, where the
    system allows it (lowering a niceness needs the privilege to: else logged and left niced)."""
    for pid in (child.pid for child in multiprocessing.active_children() if child.pid is not None):
        set_back(pid, "worker process")


def set_back(who: int, what: str) -> None:
    """The process or (Linux) thread ``who`` set back to this process's niceness when niced above it, where the
    system allows it (lowering a niceness needs the privilege to: else logged and left niced)."""
    own = os.getpriority(os.PRIO_PROCESS, 0)
    try:
        if os.getpriority(os.PRIO_PROCESS, who) > own:
            os.setpriority(os.PRIO_PROCESS, who, own)
            log.info("%s %d set back to niceness %d: the build waits for it", what, who, own)
    except ProcessLookupError:
        pass  # it has just ended
    except PermissionError as exc:
        log.info("%s %d left niced: %s", what, who, exc)


def scratch_graph(rows: Path, base_iri: str, content_hash: str, home: Path) -> KnowledgeGraph:
    """The quads of the N-Quads file ``rows`` in a store in memory, as the graph of the build ``content_hash``
    kept in ``home`` (what is made from it is kept there: graph.store.KnowledgeGraph.home)."""
    store = ox.Store()
    store.bulk_load(path=str(rows), format=ox.RdfFormat.N_QUADS)
    return KnowledgeGraph(EmbeddedStore(store), base_iri, content_hash, home=home)

