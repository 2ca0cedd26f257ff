"""One query worker process: what it runs (QueryJob, ``execute``), how it opens the store, and
the parent's handle on it (Worker). The pool that dispatches jobs to workers is graph.runner.

pyoxigraph cannot interrupt a running query, so every query runs in a worker process that the
pool kills at the job's deadline. Each worker opens the store itself (read-only on disk, copied
into its memory when small, or loaded from N-Quads for in-memory test graphs) and serialises
the result with a row cap, so the deadline covers evaluation and serialisation alike. A client's aggregate that the counts the
build keeps answer exactly (graph.aggregate_shape) is answered from them, in the same worker.

No query can open a network connection: each worker cuts itself off the network when it
starts (graph.sandbox: a network namespace or a seccomp filter, enforced by the kernel). A
query that still asks for a SERVICE reaches a worker with no network; its failure is reported
as a refusal, never with the remote side's answer. In front of that, ``inspect_query`` (run
when a QueryJob is made) refuses updates and SERVICE lexically and bounds a query's tokens and
nesting before Oxigraph's recursive parser sees it. The stores opened by workers are only
ever read.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import BadInput, ChanjiaoError, QueryError, QueryRefused, QueryTimeout
from graph.namespaces import PREFIXES
from graph.query_shape import QueryShape, inspect_query
from graph import aggregate_shape, aggregates, fact_files, routing
from graph.aggregates import Aggregates
from graph.routing import Partition
from graph.worker_store import OpenedStore
from graph.results import NoAcceptableFormat, Serialised, format_named, serialise
from graph.sandbox import METHODS as ISOLATION_METHODS
from graph.sandbox import IsolationUnavailable, isolate_network


# Query workers yield the CPU to the web process once started, so that search, ask and short
# queries stay responsive while long queries run (bench/load_bench.py: at 5, throughput under
# runaway queries fell to about half; at 15 it stays above 90%).
WORKER_NICENESS = 15


class WorkerFailed(ChanjiaoError):
    """A query worker died or could not read the store; it has been replaced."""


class WorkerGone(WorkerFailed):
    """The worker was gone before it could take the job (not killed by it): try another."""


class QueryOutOfMemory(ChanjiaoError):
    """A query needed more memory than a worker may use; the worker has been replaced."""


OUT_OF_MEMORY = "the query needed more memory than a query worker may use"
_DIED = (WorkerFailed, "a query worker died")
# Rust aborts the process when an allocation fails under the worker's address-space limit; a
# worker killed from outside (SIGKILL) did not die of its job, which may go to another worker.
_EXIT_ERRORS = {-signal.SIGABRT: (QueryOutOfMemory, OUT_OF_MEMORY),
                -signal.SIGKILL: (WorkerGone, "a query worker was killed")}


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise BadInput(f"not an absolute IRI: {iri!r} ({exc})") from exc


@dataclass(frozen=True)
class QueryJob:
    """One query to run: ``formats`` maps a result family to a format name (see results.FORMATS).

    ``default_graphs`` / ``named_graphs`` are the protocol's default-graph-uri and
    named-graph-uri; when both are None the dataset is the query's FROM clauses or, without
    them, the union of all named graphs. Constructing a job runs ``inspect_query``: a job
    for an update or a SERVICE query cannot exist (QueryRefused).
    """

    query: str
    formats: dict[str, str]
    row_cap: int
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    # A client's query (/sparql) may be routed to the fact copy (graph.routing). The product's own
    # queries are bound to IRIs, cheap on RocksDB, and new texts each time: routing them would add
    # rdflib's parse (tens of ms) to every answer, so they are never routed.
    routable: bool = False
    shape: QueryShape = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "shape", inspect_query(self.query))
        for family, name in self.formats.items():
            if format_named(family, name) is None:
                raise BadInput(f"unknown {family} format {name!r}")
        for iri in (*(self.default_graphs or ()), *(self.named_graphs or ())):
            _named_node(iri)

    def options(self) -> dict:
        """Keyword arguments for ``pyoxigraph.Store.query``."""
        if self.default_graphs is not None or self.named_graphs is not None:
            return {
                "default_graph": [_named_node(g) for g in self.default_graphs or ()],
                "named_graphs": [_named_node(g) for g in self.named_graphs or ()],
            }
        return {"use_default_graph_as_union": not self.shape.has_dataset}


@dataclass(frozen=True)
class StoreSource:
    """How a worker opens the store: the build directory the web process opened (so workers
    keep serving that build after a rebuild publishes another), or an in-memory copy of ``nquads``.

    ``memory_max_quads`` is the largest build a worker copies whole into memory (0: none;
    Oxigraph's in-memory store answers 2-4x faster than RocksDB, and sorts by IRI without reading
    RocksDB). Above it, ``facts_max_quads`` is the largest set of fact graphs a worker copies
    (``partition``: the build's graph.routing.Partition); only the queries graph.routing.fact_only
    proves the provenance graph cannot answer run on that copy, loaded from the files the build keeps
    (graph.fact_files), once for the pool by graph.fact_loader, which forks the workers that share it (else
    by each worker). A worker has it before it says it is ready, so a pool is started once every
    copy is made, and a worker replacing one the deadline killed takes no job before its copy is made
    (else the next GROUP BY it takes meets the deadline on RocksDB at 1000x, and its replacement starts
    copying again). With ``copy_in_background`` the copy is made on a thread instead while the worker
    answers from RocksDB. Its memory is added to the worker's address-space limit (``copy_bytes``): the
    limit keeps bounding what a query may use.
    """

    store_dir: Path | None = None
    nquads: bytes | None = field(default=None, repr=False)
    memory_max_quads: int = 0
    partition: Partition | None = None
    facts_max_quads: int = 0
    copy_in_background: bool = False

    @classmethod
    def of(cls, graph, memory_max_quads: int = 0, facts_max_quads: int = 0,
           copy_in_background: bool = False) -> StoreSource:
        """The source of a KnowledgeGraph: its build directory (with the Partition kept there) if it
        has one, else an N-Quads copy."""
        if graph.path is not None:
            path = Path(graph.path)
            return cls(store_dir=path, memory_max_quads=memory_max_quads,
                       partition=routing.kept(path, graph.content_hash), facts_max_quads=facts_max_quads,
                       copy_in_background=copy_in_background)
        return cls(nquads=graph.quads("nquads"))

    def copies_before_ready(self) -> bool:
        """Whether a worker of this source makes the fact copy before it says it is ready."""
        return not self.copy_in_background and self.copies_facts()

    def copies_facts(self) -> bool:
        """Whether a worker copies the fact graphs (not the whole build) into memory."""
        if self.store_dir is None or self.partition is None or self.partition.facts > self.facts_max_quads:
            return False
        from graph.store import Manifest

        return Manifest.read(self.store_dir).triples > self.memory_max_quads

    def copy_bytes(self) -> int:
        """The address space the fact copy needs at its peak (0 when there is none)."""
        return COPY_BYTES_PER_QUAD * self.partition.facts if self.partition is not None and self.copies_facts() else 0

    def open(self) -> OpenedStore:
        if self.store_dir is None:
            if self.nquads is None:
                raise WorkerFailed("the store source holds neither a build directory nor N-Quads")
            return OpenedStore(_in_memory(self.nquads))
        from graph.store import Manifest

        store = self.build_store()
        counts = self.aggregates()
        if Manifest.read(self.store_dir).triples <= self.memory_max_quads:
            # pyoxigraph's stub says bytes | None for want of an overload: with no output it returns bytes
            # no counts: a build copied whole answers an aggregate in milliseconds, less than rdflib's parse
            # of it (~30 ms) that reading it from the counts needs and nothing else here does
            return OpenedStore(_in_memory(store.dump(format=ox.RdfFormat.N_QUADS)))  # type: ignore[arg-type]
        if self.partition is not None and self.copies_facts():
            kept = fact_files.files(self.store_dir, self.partition)
            return OpenedStore(store, self.partition, kept, counts).copy_facts(background=self.copy_in_background)
        return OpenedStore(store, self.partition, aggregates=counts)

    def aggregates(self) -> Aggregates | None:
        """The counts the build keeps for aggregates (graph.aggregates), when it has a Partition."""
        if self.store_dir is None or self.partition is None:
            return None
        from graph.store import Manifest

        return aggregates.kept(self.store_dir, Manifest.read(self.store_dir).content_hash)

    def build_store(self) -> ox.Store:
        """The build's own store (RocksDB, read-only); WorkerFailed when it is gone or not embedded."""
        from graph.embedded import EmbeddedStore
        from graph.errors import StoreNotBuilt
        from graph.store import open_build

        if self.store_dir is None:
            raise WorkerFailed("the store source has no build directory")
        try:
            graph = open_build(self.store_dir)
        except StoreNotBuilt as exc:
            raise WorkerFailed(f"the build the server opened is gone: {exc}") from exc
        if not isinstance(graph.store, EmbeddedStore):  # a build on disk is always embedded
            raise WorkerFailed(f"the build at {self.store_dir} did not open as an embedded store")
        return graph.store.oxigraph


def _in_memory(nquads: bytes) -> ox.Store:
    store = ox.Store()
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    return store


# What a query's evaluation may raise, as the named error the client gets. OSError is handled
# apart: it is either a SERVICE call failing for want of a network, or a broken store.
_QUERY_ERRORS: dict[type[Exception], Callable[[Exception], ChanjiaoError]] = {
    SyntaxError: lambda exc: QueryError(str(exc)),
    MemoryError: lambda exc: QueryOutOfMemory(OUT_OF_MEMORY),
    ValueError: lambda exc: QueryError(f"the query cannot be evaluated: {exc}"),
    TypeError: lambda exc: QueryError(f"the query cannot be evaluated: {exc}"),
    RuntimeError: lambda exc: QueryError(f"the query cannot be evaluated: {exc}"),
    RecursionError: lambda exc: QueryError("the query nests too deeply to evaluate"),
}
SERVICE_ATTEMPTED = ("the query tried to reach another service (SERVICE); federated queries are not "
                     "allowed on this endpoint")


def store_readable(store: ox.Store) -> bool:
    """True when the store still answers a read (a query's OSError is then the query's own)."""
    try:
        next(iter(store.quads_for_pattern(None, None, None)), None)
    except OSError:
        return False
    return True


def execute(store: ox.Store, job: QueryJob) -> Serialised:
    """Run a job on a store and serialise its result; raises the library's named errors.

    The remote side's answer to a SERVICE call is never passed on (it would make the endpoint
    a port scanner): any failed network call is reported as the same refusal.
    """
    # a name no format has is left out: serialise answers NoAcceptableFormat for its family
    formats = {family: fmt for family, name in job.formats.items() if (fmt := format_named(family, name)) is not None}
    try:
        results = store.query(job.query, prefixes=PREFIXES, **job.options())
        return serialise(results, formats, job.row_cap, PREFIXES)
    except OSError as exc:
        if store_readable(store):
            raise QueryRefused(SERVICE_ATTEMPTED) from None
        raise WorkerFailed(f"reading the store failed: {exc}") from exc
    except tuple(_QUERY_ERRORS) as exc:
        translate = next(_QUERY_ERRORS[cls] for cls in type(exc).__mro__ if cls in _QUERY_ERRORS)
        raise translate(exc) from None


READY = "ready"  # what a worker (or graph.fact_loader's loader) sends once it is up
# Peak address space per quad of a worker's in-memory copy of the fact graphs (the N-Triples dump
# and Oxigraph's bulk loader included): 2.72M quads at 1000x raised a worker's VmPeak by ~1.1 GB.
COPY_BYTES_PER_QUAD = 512


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker does to itself before it opens the store: its address-space limit
    (None: unlimited) and the network-isolation methods it may use (see graph.sandbox); and, forked
    from the fact loader, whether it makes the copy's pages its own before it is ready
    (``own_pages``: graph.prefault)."""

    memory_bytes: int | None = None
    isolation: tuple[str, ...] = tuple(ISOLATION_METHODS)
    own_pages: bool = False


def _worker_main(conn, source: StoreSource, setup: WorkerSetup) -> None:
    """A worker process: cut itself off the network, open the store, then answer jobs until
    EOF or None. A failure to isolate or to open is sent to the parent instead of ``ready``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        isolate_network(setup.isolation)
        limit_memory(setup, source)
        opened = source.open()
    except (IsolationUnavailable, WorkerFailed) as exc:
        conn.send(exc)
        return
    serve(conn, opened)


def limit_memory(setup: WorkerSetup, source: StoreSource) -> None:
    """Set this process's address-space limit: the setup's, plus what the fact copy needs."""
    if setup.memory_bytes:
        limit = setup.memory_bytes + source.copy_bytes()
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(conn, opened: OpenedStore) -> None:
    """Say ``ready``, then answer jobs on ``opened`` until EOF or None."""
    os.nice(WORKER_NICENESS)  # after start-up: a replacement worker comes up at full speed
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            answer = aggregate_shape.answer(opened, job)
            conn.send(answer if answer is not None else execute(opened.for_job(job), job))
        except (QueryError, NoAcceptableFormat, BadInput, WorkerFailed, QueryOutOfMemory) as exc:
            conn.send(exc)


class Worker:
    """One worker process and the parent's end of its pipe: ``process`` is a multiprocessing
    Process (``spawn``) or a graph.fact_loader.ForkedProcess (forked by the fact loader)."""

    def __init__(self, conn, process, start_timeout: float):
        self.conn, self.process = conn, process
        if not self.conn.poll(start_timeout):
            self.kill()
            raise WorkerFailed("a query worker did not start in time")
        reply = self._receive()
        if reply != READY:
            self.kill()
            raise reply if isinstance(reply, ChanjiaoError) else WorkerFailed("a query worker did not start")

    @classmethod
    def spawn(cls, context, source: StoreSource, setup: WorkerSetup, start_timeout: float) -> Worker:
        """A new process of ``context`` that opens ``source`` itself, once it is ready."""
        conn, child = context.Pipe()
        process = context.Process(target=_worker_main, args=(child, source, setup), daemon=True)
        process.start()
        child.close()
        return cls(conn, process, start_timeout)

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def _receive(self):
        try:
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            self.process.join(1.0)
            error, message = _EXIT_ERRORS.get(self.process.exitcode, _DIED)
            raise error(message) from exc

    def call(self, job: QueryJob, deadline: float) -> Serialised:
        """Send a job and wait for its result until ``deadline`` (time.monotonic)."""
        try:
            self.conn.send(job)
        except OSError as exc:
            raise WorkerGone(_DIED[1]) from exc
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            raise QueryTimeout("the query ran past its deadline and was stopped")
        reply = self._receive()
        if isinstance(reply, ChanjiaoError):
            raise reply
        return reply

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(1.0)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(1.0)
        self.conn.close()
