"""Deadline-bound, read-only SPARQL execution in worker processes.

pyoxigraph cannot interrupt a running query, so every query runs in one of a pool of
worker processes; a worker still busy at the job's deadline is killed and replaced, and the
caller gets QueryTimeout. Each worker opens the store itself (read-only on disk, copied into
its memory when small, or loaded from N-Quads for in-memory test graphs) and serialises the
result with a row cap, so the deadline covers evaluation and serialisation alike.

Before anything runs, ``inspect_query`` refuses updates and SERVICE lexically (after
SPARQL's ``\\u`` escapes are expanded and comments, strings and IRIs are stripped): no
worker ever sees a query that could write or open a connection.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import queue
import re
import resource
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import BadInput, ChanjiaoError, QueryError, QueryRefused, QueryTimeout
from graph.namespaces import PREFIXES
from graph.results import NoAcceptableFormat, Serialised, format_named, serialise

log = logging.getLogger(__name__)

QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
PROLOGUE_KEYWORDS = frozenset({"BASE", "PREFIX"})
INSPECTED_QUERIES = 256

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""(?P<skip>
          \#[^\n\r]*
        | <[^<>"{}|^`\\\x00-\x20]*>
        | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
        | [?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*
        | _:[\w.\-\u00B7]*
        | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
        | (?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%.\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%])* )
      | (?P<word>[A-Za-z_]\w*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


class ServerBusy(ChanjiaoError):
    """No query worker became free before the job's deadline."""


class WorkerFailed(ChanjiaoError):
    """A query worker died or could not read the store; it has been replaced."""


class QueryOutOfMemory(ChanjiaoError):
    """A query needed more memory than a worker may use; the worker has been replaced."""


_RETIRING = (QueryTimeout, WorkerFailed, QueryOutOfMemory)
OUT_OF_MEMORY = "the query needed more memory than a query worker may use"
_DIED = (WorkerFailed, "a query worker died")
# Rust aborts the process when an allocation fails under the worker's address-space limit.
_EXIT_ERRORS = {-signal.SIGABRT: (QueryOutOfMemory, OUT_OF_MEMORY)}


@dataclass(frozen=True)
class QueryShape:
    """What the lexer sees: the query form (None if it cannot tell) and whether FROM is used."""

    form: str | None
    has_dataset: bool


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)


def keywords(query: str) -> list[str]:
    """The bare keywords of a query, upper-cased, outside comments, strings, IRIs and names."""
    text = _UNICODE_ESCAPE.sub(_unescape, query)
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.group("word")]


@functools.lru_cache(maxsize=INSPECTED_QUERIES)
def inspect_query(query: str) -> QueryShape:
    """The shape of a query; raises QueryRefused for updates and federated (SERVICE) queries.

    Memoised (refusals are not): the lexer costs more than a small query's evaluation, and an
    endpoint sees the same texts again and again (the web layer and QueryJob both ask).
    """
    words = keywords(query)
    if "SERVICE" in words:
        raise QueryRefused("SERVICE (federated query) is not allowed on this endpoint")
    first = next((w for w in words if w not in PROLOGUE_KEYWORDS), None)
    if first in UPDATE_KEYWORDS:
        raise QueryRefused(f"{first} is a SPARQL Update operation; this endpoint is read-only")
    return QueryShape(first if first in QUERY_FORMS else None, "FROM" in words)


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
    def of(cls, graph, memory_max_quads: int = 0) -> "StoreSource":
        """The source of a KnowledgeGraph: its build directory if it has one, else an N-Quads copy."""
        if graph.path is not None:
            return cls(store_dir=Path(graph.path), memory_max_quads=memory_max_quads)
        return cls(nquads=graph.store.dump(format=ox.RdfFormat.N_QUADS))

    def open(self) -> ox.Store:
        if self.store_dir is None:
            return _in_memory(self.nquads)
        from graph.errors import StoreNotBuilt
        from graph.store import Manifest, open_build

        try:
            graph = open_build(self.store_dir)
        except StoreNotBuilt as exc:
            raise WorkerFailed(f"the build the server opened is gone: {exc}") from exc
        if Manifest.read(self.store_dir).triples <= self.memory_max_quads:
            return _in_memory(graph.store.dump(format=ox.RdfFormat.N_QUADS))
        return graph.store


def _in_memory(nquads: bytes) -> ox.Store:
    store = ox.Store()
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    return store


def execute(store: ox.Store, job: QueryJob) -> Serialised:
    """Run a job on a store and serialise its result; raises the library's named errors."""
    formats = {family: format_named(family, name) for family, name in job.formats.items()}
    try:
        results = store.query(job.query, prefixes=PREFIXES, **job.options())
        return serialise(results, formats, job.row_cap, PREFIXES)
    except SyntaxError as exc:
        raise QueryError(str(exc)) from exc
    except MemoryError as exc:
        raise QueryOutOfMemory(OUT_OF_MEMORY) from exc
    except OSError as exc:
        raise WorkerFailed(f"reading the store failed: {exc}") from exc


_READY = "ready"


def _worker_main(conn, source: StoreSource, memory_bytes: int | None) -> None:
    """A worker process: open the store, then answer jobs until EOF or None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    store = source.open()
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

    def __init__(self, context, source: StoreSource, memory_bytes: int | None, start_timeout: float):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, source, memory_bytes), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(start_timeout) or self._receive() != _READY:
            self.kill()
            raise WorkerFailed("a query worker did not start")

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
            raise WorkerFailed(_DIED[1]) from exc
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
    """Pool size, per-worker address-space limit (None: unlimited) and worker start timeout."""

    workers: int = 2
    memory_mb: int | None = None
    start_timeout_s: float = 60.0
    restart_attempts: int = 5


class QueryRunner:
    """A pool of query workers; ``run`` executes a job under a deadline.

    Thread-safe: each call checks a worker out for its whole duration. ``start`` blocks
    until every worker is up; a worker that times out, dies or runs out of memory is
    killed at once and replaced in the background.
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

    def start(self) -> "QueryRunner":
        """Start every worker (concurrently) and return once all are ready."""
        threads = [threading.Thread(target=self._add_worker, daemon=True) for _ in range(self.config.workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if not self.ready:
            raise WorkerFailed("the query workers did not start")
        return self

    @property
    def ready(self) -> bool:
        """True when every worker of the pool is alive."""
        with self._lock:
            return not self._closed and len(self._live) >= self.config.workers

    def run(self, job: QueryJob, timeout: float) -> Serialised:
        """Run ``job`` within ``timeout`` seconds, counted from now, queueing included.

        Raises QueryError, NoAcceptableFormat, QueryTimeout, ServerBusy, QueryOutOfMemory
        or WorkerFailed (updates and SERVICE never get this far: see QueryJob).
        """
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=max(0.0, timeout))
        except queue.Empty:
            raise ServerBusy("every query worker stayed busy until the deadline") from None
        try:
            return worker.call(job, deadline)
        except _RETIRING:
            self._retire(worker)
            worker = None
            raise
        finally:
            if worker is not None:
                self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker; running jobs fail with WorkerFailed."""
        with self._lock:
            self._closed = True
            workers = list(self._live)
            self._live.clear()
        for worker in workers:
            worker.stop()

    def _add_worker(self) -> None:
        for attempt in range(self.config.restart_attempts):
            if self._closed:
                return
            try:
                worker = _Worker(self._context, self.source, self._memory_bytes, self.config.start_timeout_s)
            except WorkerFailed:
                log.warning("query worker failed to start (attempt %d)", attempt + 1)
                time.sleep(min(2.0**attempt, 10.0))
                continue
            with self._lock:
                if self._closed:
                    worker.stop()
                    return
                self._live.add(worker)
            self._idle.put(worker)
            return
        log.error("gave up starting a query worker")

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._live.discard(worker)
        worker.kill()
        threading.Thread(target=self._add_worker, daemon=True, name="query-worker-restart").start()

    @property
    def _memory_bytes(self) -> int | None:
        return self.config.memory_mb * 2**20 if self.config.memory_mb else None
