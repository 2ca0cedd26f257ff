"""Deadline-bound, read-only SPARQL execution in a pool of worker processes.

Every query runs in one of a pool of worker processes (graph.query_worker); a worker still
busy at the job's deadline is killed and replaced, and the caller gets QueryTimeout. A pool
whose workers cannot cut themselves off the network refuses to start. Admission is bounded:
at most ``workers + max_waiting`` queries are in at once, so queued queries never hold more
than a few web threads.

The job, the store source and the worker errors live in graph.query_worker and are importable
from here too, where the web layer and tests have always found them.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field

from graph.errors import ChanjiaoError, QueryTimeout
from graph.fact_loader import FactLoader, LoaderGone, LoaderUnavailable
from graph.query_worker import (
    QueryJob,
    QueryOutOfMemory,
    StoreSource,
    Worker,
    WorkerFailed,
    WorkerGone,
    WorkerSetup,
)
from graph.result_cache import CacheConfig, ResultCache
from graph.results import Serialised
from graph.sandbox import METHODS as ISOLATION_METHODS
from graph.sandbox import IsolationUnavailable

__all__ = ["NoWorkers", "QueryJob", "QueryOutOfMemory", "QueryRunner", "RunnerConfig", "ServerBusy",
           "StoreSource", "WorkerFailed"]

log = logging.getLogger(__name__)


class ServerBusy(ChanjiaoError):
    """No query worker became free before the job's deadline."""


class NoWorkers(ServerBusy):
    """No query worker is running (they failed to start and are being restarted)."""


_RETIRING = (QueryTimeout, WorkerFailed, QueryOutOfMemory)


@dataclass(frozen=True)
class RunnerConfig:
    """The pool: its size, each worker's address-space limit (None: unlimited), the
    network-isolation methods workers may use, how long a worker may take to start (and, when it
    copies the fact graphs into memory before it is ready, how much longer: graph.query_worker.StoreSource), how long
    a query may wait for a free worker before ServerBusy, how many queries may wait at once
    (more are refused at once, so queued queries never hold more than a few web threads), how
    long it may wait when no worker is alive but some are restarting
    (a pool whose every worker was just replaced recovers in a second or two), and the
    longest pause between attempts to restart a worker."""

    workers: int = 2
    memory_mb: int | None = None
    isolation: tuple[str, ...] = tuple(ISOLATION_METHODS)
    start_timeout_s: float = 60.0
    copy_timeout_s: float = 900.0  # 1000x the seed: ~10 s of CPU a worker; minutes of wall on a loaded machine
    admission_wait_s: float = 1.0
    max_waiting: int = 4
    restart_wait_s: float = 5.0
    max_backoff_s: float = 30.0
    cache: CacheConfig = field(default_factory=CacheConfig)  # clients' results kept for their next run (graph.result_cache)
    # Workers that copy the fact graphs before they are ready are forked from one process holding the
    # one copy (graph.fact_loader); False: each worker loads its own (the fallback, and for comparison).
    share_copy: bool = True
    # A forked worker makes the shared copy's pages its own before it is ready (graph.prefault): at 100x
    # the seed 0.1 s of CPU a worker, and its first GROUP BY is no longer 2-3x slower (copy-on-write
    # faults); the memory is that of a copy a worker, as once its queries have scanned the copy anyway.
    own_pages: bool = True


# How the query workers hold their copy of the fact graphs (server.py --fact-copy): forked from one
# loader and made their own before ready, forked and shared copy-on-write, or each worker's own load:
# (RunnerConfig.share_copy, RunnerConfig.own_pages).
FACT_COPIES: dict[str, tuple[bool, bool]] = {"owned": (True, True), "shared": (True, False), "each": (False, False)}


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
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._live: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starting = 0  # slots whose worker is being (re)started
        self._admitted = threading.BoundedSemaphore(config.workers + config.max_waiting)
        self.last_failure: str | None = None
        self.results = ResultCache(config.cache)  # this runner's build only: a reload makes a new runner
        self._share = config.share_copy and source.copies_before_ready()
        self._loader: FactLoader | None = None
        self._loader_lock = threading.Lock()

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
    def shares_copy(self) -> bool:
        """True while its workers are forked from a fact loader holding the one copy (graph.fact_loader)."""
        return self._loader is not None

    @property
    def ready(self) -> bool:
        """True when every worker of the pool is alive. A worker found dead (killed from outside while
        idle: nothing else notices until a job is handed it, and a client's kept result needs no worker)
        is retired here, its slot restarted, so readiness never counts a dead worker."""
        with self._lock:
            dead = [worker for worker in self._live if not worker.alive]
        for worker in dead:
            self._retire(worker)
        with self._lock:
            return not self._closed and len(self._live) >= self.config.workers

    def run(self, job: QueryJob, timeout: float) -> Serialised:
        """Run ``job`` within ``timeout`` seconds, counted from now.

        Refused at once (ServerBusy) when ``workers + max_waiting`` queries are already in;
        otherwise waits at most ``admission_wait_s`` for a free worker (ServerBusy, or
        NoWorkers when none is running). Raises QueryError, NoAcceptableFormat, QueryTimeout,
        QueryOutOfMemory or WorkerFailed from the job itself. A client's result kept from an earlier
        run of the same job (graph.result_cache) is returned without a worker.
        """
        key = self.results.key(job)
        kept = self.results.get(key)
        if kept is not None:
            return kept
        started = time.monotonic()
        result = self._run(job, started + timeout)
        self.results.put(key, result, time.monotonic() - started)
        return result

    def _run(self, job: QueryJob, deadline: float) -> Serialised:
        """``run`` on a worker, the result not looked up nor kept."""
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

    def _call(self, worker: Worker, job: QueryJob, deadline: float) -> Serialised:
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
        loader, self._loader = self._loader, None  # not under _loader_lock: a loader starting sees _closed
        if loader is not None:
            loader.close()

    def _checkout(self, deadline: float) -> Worker:
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
        timeout = self.config.start_timeout_s + (self.config.copy_timeout_s if self.source.copies_before_ready() else 0.0)
        attempt = 0
        while not self._closed:
            try:
                worker = self._new_worker(timeout)
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

    def _new_worker(self, timeout: float) -> Worker:
        """A worker forked from the fact loader (started once, for every slot) when the workers share
        its copy, else one spawned that opens the store itself. A loader found gone is dropped: the
        slot's next attempt starts another (graph.fact_loader)."""
        loader = self._fact_loader()
        if loader is None:
            return Worker.spawn(self._context, self.source, self._setup, timeout)
        try:
            return loader.fork(self.config.start_timeout_s)
        except LoaderGone:
            with self._loader_lock:
                if self._loader is loader:
                    self._loader = None
            loader.close()
            raise

    def _fact_loader(self) -> FactLoader | None:
        """The pool's fact loader, started by the first slot that needs it; None when the workers do not
        share a copy, or the loader cannot make one (each worker then makes its own)."""
        with self._loader_lock:
            if self._loader is None and self._share and not self._closed:
                timeout = self.config.start_timeout_s + self.config.copy_timeout_s
                try:
                    self._loader = FactLoader(self.source, self._setup, timeout)
                    log.info("the query workers share one copy of the fact graphs, forked from process %d",
                             self._loader.process.pid)
                except LoaderUnavailable as exc:
                    log.warning("each query worker makes its own copy of the fact graphs: %s", exc)
                    self._share = False
                if self._closed and self._loader is not None:  # closed while it loaded
                    self._loader.close()
                    self._loader = None
            return self._loader

    def _retire(self, worker: Worker) -> None:
        """Kill ``worker`` and restart its slot, once: a worker already retired (by a job's caller and by
        a readiness check alike) is not replaced twice."""
        with self._lock:
            retiring = worker in self._live
            self._live.discard(worker)
        worker.kill()
        if retiring:
            self._spawn_slot()

    @property
    def _setup(self) -> WorkerSetup:
        memory = self.config.memory_mb * 2**20 if self.config.memory_mb else None
        return WorkerSetup(memory, self.config.isolation, self.config.own_pages)
