"""Deadline-bound, read-only SPARQL execution in worker processes.

pyoxigraph cannot interrupt a running query, so every query runs in one of a pool of
worker processes; a worker still busy at the job's deadline is killed and replaced, and the
caller gets QueryTimeout. Each worker opens the store itself (read-only on disk, copied into
its memory when small, or loaded from N-Quads for in-memory test graphs) and serialises the
result with a row cap, so the deadline covers evaluation and serialisation alike.

No query can open a network connection: each worker cuts itself off the network when it
starts (graph.sandbox: a network namespace or a seccomp filter, enforced by the kernel), and
a pool whose workers cannot do so refuses to start. A query that still asks for a SERVICE
reaches a worker with no network; its failure is reported as a refusal, never with the
remote side's answer. In front of that, ``inspect_query`` refuses updates and SERVICE
lexically (after SPARQL's ``\\u`` escapes are expanded and comments, strings and IRIs are
stripped) so that the common case gets a clear message, and bounds a query's tokens and
nesting before Oxigraph's recursive parser sees it. The stores opened by workers are only
ever read.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

import pyoxigraph as ox

from graph.errors import BadInput, ChanjiaoError, QueryError, QueryRefused, QueryTimeout
from graph.query_shape import QueryShape, inspect_query
from graph.namespaces import PREFIXES
from graph.results import NoAcceptableFormat, Serialised, format_named, serialise
from graph.sandbox import METHODS as ISOLATION_METHODS
from graph.sandbox import IsolationUnavailable, isolate_network

log = logging.getLogger(__name__)

# Query workers yield the CPU to the web process once started, so that search, ask and short
# queries stay responsive while long queries run (bench/load_bench.py: at 5, throughput under
# runaway queries fell to about half; at 15 it stays above 90%).
WORKER_NICENESS = 15

class ServerBusy(ChanjiaoError):
    """No query worker became free before the job's deadline."""


class NoWorkers(ServerBusy):
    """No query worker is running (they failed to start and are being restarted)."""


class WorkerFailed(ChanjiaoError):
    """A query worker died or could not read the store; it has been replaced."""


class WorkerGone(WorkerFailed):
    """The worker was gone before it could take the job (not killed by it): try another."""


class QueryOutOfMemory(ChanjiaoError):
    """A query needed more memory than a worker may use; the worker has been replaced."""


_RETIRING = (QueryTimeout, WorkerFailed, QueryOutOfMemory)
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

    A build of at most ``memory_max_quads`` quads is copied into memory once the worker has
    opened it read-only: Oxigraph's in-memory store answers 2-4x faster than RocksDB on small
    graphs. 0 always reads RocksDB.
    """

    store_dir: Path | None = None
    nquads: bytes | None = field(default=None, repr=False)
    memory_max_quads: int = 0

    @classmethod
    def of(cls, graph, memory_max_quads: int = 0) -> StoreSource:
        """The source of a KnowledgeGraph: its build directory if it has one, else an N-Quads copy."""
        if graph.path is not None:
            return cls(store_dir=Path(graph.path), memory_max_quads=memory_max_quads)
        return cls(nquads=graph.quads("nquads"))

    def open(self) -> ox.Store:
        if self.store_dir is None:
            if self.nquads is None:
                raise WorkerFailed("the store source holds neither a build directory nor N-Quads")
            return _in_memory(self.nquads)
        from graph.embedded import EmbeddedStore
        from graph.errors import StoreNotBuilt
        from graph.store import Manifest, open_build

        try:
            graph = open_build(self.store_dir)
        except StoreNotBuilt as exc:
            raise WorkerFailed(f"the build the server opened is gone: {exc}") from exc
        if not isinstance(graph.store, EmbeddedStore):  # a build on disk is always embedded
            raise WorkerFailed(f"the build at {self.store_dir} did not open as an embedded store")
        store = graph.store.oxigraph
        if Manifest.read(self.store_dir).triples <= self.memory_max_quads:
            # pyoxigraph's stub says bytes | None for want of an overload: with no output it returns bytes
            return _in_memory(store.dump(format=ox.RdfFormat.N_QUADS))  # type: ignore[arg-type]
        return store


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


_READY = "ready"


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker does to itself before it opens the store: its address-space limit
    (None: unlimited) and the network-isolation methods it may use (see graph.sandbox)."""

    memory_bytes: int | None = None
    isolation: tuple[str, ...] = tuple(ISOLATION_METHODS)


def _worker_main(conn, source: StoreSource, setup: WorkerSetup) -> None:
    """A worker process: cut itself off the network, open the store, then answer jobs until
    EOF or None. A failure to isolate or to open is sent to the parent instead of ``ready``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        isolate_network(setup.isolation)
        if setup.memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (setup.memory_bytes, setup.memory_bytes))
        store = source.open()
    except (IsolationUnavailable, WorkerFailed) as exc:
        conn.send(exc)
        return
    os.nice(WORKER_NICENESS)  # after start-up: a replacement worker comes up at full speed
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        try:
            conn.send(execute(store, job))
        except (QueryError, NoAcceptableFormat, BadInput, WorkerFailed, QueryOutOfMemory) as exc:
            conn.send(exc)


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context, source: StoreSource, setup: WorkerSetup, start_timeout: float):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, source, setup), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout):
            self.kill()
            raise WorkerFailed("a query worker did not start in time")
        reply = self._receive()
        if reply != _READY:
            self.kill()
            raise reply if isinstance(reply, ChanjiaoError) else WorkerFailed("a query worker did not start")

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


@dataclass(frozen=True)
class RunnerConfig:
    """The pool: its size, each worker's address-space limit (None: unlimited), the
    network-isolation methods workers may use, how long a worker may take to start, how long
    a query may wait for a free worker before ServerBusy, how many queries may wait at once
    (more are refused at once, so queued queries never hold more than a few web threads), how
    long it may wait when no worker is alive but some are restarting
    (a pool whose every worker was just replaced recovers in a second or two), and the
    longest pause between attempts to restart a worker."""

    workers: int = 2
    memory_mb: int | None = None
    isolation: tuple[str, ...] = tuple(ISOLATION_METHODS)
    start_timeout_s: float = 60.0
    admission_wait_s: float = 1.0
    max_waiting: int = 4
    restart_wait_s: float = 5.0
    max_backoff_s: float = 30.0


class QueryRunner:
    """A pool of query workers; ``run`` executes a job under a deadline.

    Thread-safe: each call checks a worker out for its whole duration. ``start`` blocks
    until every worker has made its first attempt to start; a worker that times out, dies or
    runs out of memory is killed at once and its slot restarted in the background, with
    backoff, for as long as the pool is open (a slot is never abandoned).
    """

    def __init__(self, source: StoreSource, config: RunnerConfig = RunnerConfig()):
        if config.workers < 1:
            raise ValueError("a query runner needs at least one worker")
        self.source, self.config = source, config
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starting = 0  # slots whose worker is being (re)started
        self._admitted = threading.BoundedSemaphore(config.workers + config.max_waiting)
        self.last_failure: str | None = None

    def start(self) -> QueryRunner:
        """Start every worker (concurrently); raise the last start failure if none came up."""
        started = [threading.Event() for _ in range(self.config.workers)]
        for event in started:
            self._spawn_slot(event)
        for event in started:
            event.wait()
        if self.live == 0:
            message = self._no_workers_message()
            self.close()
            raise NoWorkers(message)
        return self

    def wait_ready(self, timeout: float) -> bool:
        """Wait until every worker is alive (e.g. after one was replaced); True if they are."""
        until = time.monotonic() + timeout
        while not self.ready and time.monotonic() < until:
            time.sleep(0.05)
        return self.ready

    @property
    def live(self) -> int:
        """How many workers are running."""
        with self._lock:
            return len(self._live)

    @property
    def ready(self) -> bool:
        """True when every worker of the pool is alive."""
        with self._lock:
            return not self._closed and len(self._live) >= self.config.workers

    def run(self, job: QueryJob, timeout: float) -> Serialised:
        """Run ``job`` within ``timeout`` seconds, counted from now.

        Refused at once (ServerBusy) when ``workers + max_waiting`` queries are already in;
        otherwise waits at most ``admission_wait_s`` for a free worker (ServerBusy, or
        NoWorkers when none is running). Raises QueryError, NoAcceptableFormat, QueryTimeout,
        QueryOutOfMemory or WorkerFailed from the job itself.
        """
        deadline = time.monotonic() + timeout
        if not self._admitted.acquire(blocking=False):
            raise ServerBusy("every query worker is busy and the queue is full; try again shortly")
        try:
            for _ in range(self.config.workers):
                try:
                    return self._call(self._checkout(deadline), job, deadline)
                except WorkerGone:
                    continue  # that worker was killed from outside: the job goes to another
            raise WorkerFailed("query workers kept disappearing; try again shortly")
        finally:
            self._admitted.release()

    def _call(self, worker: _Worker, job: QueryJob, deadline: float) -> Serialised:
        """Run ``job`` on a checked-out worker; return it to the pool, or retire it if it failed."""
        retired = False
        try:
            return worker.call(job, deadline)
        except _RETIRING:
            self._retire(worker)
            retired = True
            raise
        finally:
            if not retired:
                self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker; running jobs fail with WorkerFailed."""
        with self._lock:
            self._closed = True
            workers = list(self._live)
            self._live.clear()
        for worker in workers:
            worker.stop()

    def _checkout(self, deadline: float) -> _Worker:
        """A live idle worker; dead ones found on the way are retired (their slots restart).

        Waits at most ``admission_wait_s`` while some worker is alive, ``restart_wait_s``
        while none is but some are restarting, and never past ``deadline``.
        """
        entered = time.monotonic()
        while True:
            live = self.live
            if live == 0 and not self._starting:
                raise NoWorkers(self._no_workers_message())
            wait = self.config.admission_wait_s if live else self.config.restart_wait_s
            until = min(deadline, entered + wait)
            try:
                worker = self._idle.get(timeout=max(0.0, until - time.monotonic()))
            except queue.Empty:
                if self.live == 0:
                    raise NoWorkers(self._no_workers_message()) from None
                raise ServerBusy("every query worker is busy; try again shortly") from None
            if worker.alive:
                return worker
            self._retire(worker)

    def _no_workers_message(self) -> str:
        reason = f" (last failure: {self.last_failure})" if self.last_failure else ""
        return f"no query worker is running{reason}"

    def _spawn_slot(self, first_attempt: threading.Event | None = None) -> None:
        """Start a worker for one slot in the background (counted as starting from now on)."""
        with self._lock:
            self._starting += 1
        threading.Thread(target=self._keep_slot, args=(first_attempt,), daemon=True, name="query-worker").start()

    def _keep_slot(self, first_attempt: threading.Event | None) -> None:
        """Start a worker for one slot, retrying with backoff until it runs or the pool closes."""
        try:
            self._start_slot(first_attempt)
        finally:
            with self._lock:
                self._starting -= 1
            if first_attempt is not None:
                first_attempt.set()

    def _start_slot(self, first_attempt: threading.Event | None) -> None:
        attempt = 0
        while not self._closed:
            try:
                worker = _Worker(self._context, self.source, self._setup, self.config.start_timeout_s)
            except (WorkerFailed, IsolationUnavailable) as exc:
                self.last_failure = str(exc)
                log.warning("query worker failed to start (attempt %d): %s", attempt + 1, exc)
                if first_attempt is not None:
                    first_attempt.set()  # start() reports the failure; this slot keeps trying
                time.sleep(min(2.0**attempt, self.config.max_backoff_s))
                attempt += 1
                continue
            with self._lock:
                if self._closed:
                    worker.stop()
                    break
                self._live.add(worker)
            self._idle.put(worker)
            break

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._live.discard(worker)
        worker.kill()
        self._spawn_slot()

    @property
    def _setup(self) -> WorkerSetup:
        memory = self.config.memory_mb * 2**20 if self.config.memory_mb else None
        return WorkerSetup(memory, self.config.isolation)
