"""One published build and what the app makes from it: graph, query runner, search, answerer.

Requests pin a generation for their whole duration (``enter``/``leave``), so a request sees
one build's graph, workers and index, never a mix. A generation replaced by a newer one is
closed once its last request has left: its workers stop and its lease on the build ends.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from graph import fact_files
from graph.errors import ChanjiaoError
from graph.results import Serialised
from graph.runner import FACT_COPIES, QueryJob, QueryRunner, RunnerConfig, StoreSource
from graph.store import KnowledgeGraph
from graph.verify import file_signature
from web.config import ServerConfig

if TYPE_CHECKING:  # imported lazily at run time: search is an optional part
    from search import SearchEngine

log = logging.getLogger(__name__)

T = TypeVar("T")
# The rows one query of an answer may return: an answer is made from all of its rows (the deadline
# bounds the time, this the memory); /sparql's row cap only cuts what a client is sent.
ANSWER_ROW_CAP = 500_000


class ServiceUnavailable(ChanjiaoError):
    """A collaborator (search, question answering) is not installed or failed to start."""


class SearchBackend(Protocol):
    """What the API needs from ``search.SearchEngine`` (``config.max_k`` bounds k): ``find`` and
    ``complete`` return objects with ``to_dict()``; ``search`` returns the results of ``find``."""

    config: Any

    def search(self, query: str, k: int = ..., type: str | None = ...) -> list: ...

    def find(self, query: str, k: int = ..., type: str | None = ..., industry: str | None = ...,
             mode: str = ..., lang: str = ...) -> Any: ...

    def complete(self, prefix: str, k: int = ..., type: str | None = ..., industry: str | None = ...,
                 lang: str = ...) -> Any: ...


class Runner(Protocol):
    """What the endpoint needs from a query runner: graph.runner.QueryRunner (worker processes
    over the embedded store) or graph.remote_runner.RemoteRunner (the remote store)."""

    @property
    def ready(self) -> bool: ...

    def wait_ready(self, timeout: float) -> bool: ...

    def run(self, job: QueryJob, timeout: float) -> Serialised: ...

    def close(self) -> None: ...


class Answerer(Protocol):
    """What the API needs from ``search.qa.QuestionAnswerer``: ``answer(q).to_dict()``."""

    def answer(self, question: str) -> Any: ...


class WarmingUp(ServiceUnavailable):
    """A collaborator is being started by another thread; the request should be retried shortly."""


class Lazy(Generic[T]):
    """A value made by ``factory`` on first ``get`` (once, thread-safe); a failed attempt is retried.

    While one thread makes the value, ``get`` in other threads raises WarmingUp at once instead
    of queueing behind it (a request must not hold a web thread through a start-up).
    """

    def __init__(self, name: str, factory: Callable[[], T], value: T | None = None):
        self.name, self._factory, self._value = name, factory, value
        self._lock = threading.Lock()

    def get(self) -> T:
        if self._value is None:
            if not self._lock.acquire(blocking=False):
                raise WarmingUp(f"the service is warming up ({self.name} is starting); retry shortly")
            try:
                if self._value is None:
                    self._value = self._factory()
            finally:
                self._lock.release()
        return self._value

    def peek(self) -> T | None:
        """The value if it has been made, without making it."""
        return self._value


class Generation:
    """The collaborators made from one build; each is made on first use (or by ``warm``).

    ``open_graph`` opens the build; ``previous`` (the generation this one replaces) lends its
    search engine's embedder so a reload does not load the model again. Tests inject ready-made
    objects through ``ready``.
    """

    def __init__(self, config: ServerConfig, open_graph: Callable[[], KnowledgeGraph],
                 previous: Generation | None = None, **ready: Any):
        self.config = config
        self.graph: Lazy[KnowledgeGraph] = Lazy("the store", open_graph, ready.get("graph"))
        self.runner: Lazy[Runner] = Lazy("the query workers", self._start_runner, ready.get("runner"))
        self.search: Lazy[SearchBackend] = Lazy("the search index", self._open_search, ready.get("search"))
        self.answerer: Lazy[Answerer] = Lazy("question answering", self._open_answerer, ready.get("answerer"))
        self._previous_search = previous.search.peek() if previous is not None else None
        self.store_dir: Path | None = None
        self.signature: dict = {}
        self.suspect = False
        self.copying = False  # its query workers copy the fact graphs before they are ready
        self.verified_at = float("-inf")
        self._users = 0
        self._idle = threading.Condition()

    def warm(self) -> None:
        """Make the graph and the workers (their errors propagate), then search and answerer
        (their errors are logged: the API answers 503 for them until they come up)."""
        self.opened()
        self.runner.get()
        for name in ("search", "answerer"):
            try:
                getattr(self, name).get()
            except ChanjiaoError as exc:
                log.error("%s is unavailable: %s", name, exc)

    def opened(self) -> KnowledgeGraph:
        """The graph, remembering which build it came from and that build's file signature."""
        graph = self.graph.get()
        if self.store_dir is None and graph.path is not None:
            self.store_dir = Path(graph.path)
            self.signature = file_signature(self.store_dir)
        return graph

    def enter(self) -> Generation:
        with self._idle:
            self._users += 1
        return self

    def leave(self) -> None:
        with self._idle:
            self._users -= 1
            self._idle.notify_all()

    def close(self, grace_s: float = 0.0) -> None:
        """Wait (at most ``grace_s``) until no request uses this generation, then stop its
        workers and give back its lease on the build."""
        deadline = time.monotonic() + grace_s
        with self._idle:
            while self._users > 0 and time.monotonic() < deadline:
                self._idle.wait(max(0.0, deadline - time.monotonic()))
        runner, graph = self.runner.peek(), self.graph.peek()
        if runner is not None:
            runner.close()
        if graph is not None:
            graph.close()

    def _start_runner(self) -> Runner:
        if self.config.build.store:  # the remote store runs the queries (graph.remote_runner)
            from graph.remote import RemoteStore
            from graph.remote_counts import RemoteCounts
            from graph.remote_runner import RemoteRunner

            graph = self.opened()
            if not isinstance(graph.store, RemoteStore):
                raise ServiceUnavailable(f"the store {self.config.build.store} did not open as a remote store")
            return RemoteRunner(graph.store, self.config.workers, self.config.admission_wait_s, RemoteCounts.of(graph))
        graph = self.opened()
        source = StoreSource.of(graph, self.config.worker_memory_copy_max_quads,
                                self.config.worker_fact_copy_max_quads, copy_in_background=self.config.fast_start)
        if source.copies_facts():
            self.copying = not source.copy_in_background
            try:
                fact_files.keep(graph)  # a build made before builds kept them: once (graph.fact_files)
            except OSError as exc:  # the workers then copy from the store, slower
                log.warning("the fact graphs could not be kept as files: %s", exc)
        share, own = FACT_COPIES[self.config.fact_copy]
        config = RunnerConfig(workers=self.config.workers, memory_mb=self.config.worker_memory_mb,
                              admission_wait_s=self.config.admission_wait_s, share_copy=share, own_pages=own)
        return QueryRunner(source, config).start()

    def _open_search(self) -> SearchBackend:
        graph = self.opened()
        try:
            from search import SearchEngine, SearchError
            from search.prebuild import serving_dirs
        except ImportError as exc:
            raise ServiceUnavailable(f"search is not installed: {exc}") from exc
        reopen = getattr(self._previous_search, "reopen", None)  # reuses the loaded embedder
        self._previous_search = None  # nor keep the old engine (and its store) alive
        index_dir, reuse = serving_dirs(graph.path, self.config.index_dir)
        index_dir = self.config.search_index_dir or index_dir  # a place named in the config wins
        try:
            if reopen is not None:
                return reopen(graph, index_dir=index_dir, reuse=reuse)
            return SearchEngine.open(graph, index_dir=index_dir, reuse=reuse)
        except SearchError as exc:
            raise ServiceUnavailable(f"search could not start: {exc}") from exc

    def _open_answerer(self) -> Answerer:
        from graph.bounded import bounded
        from search.qa import QuestionAnswerer

        # an answer's queries run on the query workers, each within the query deadline (graph.bounded)
        graph = self.opened()
        queries = bounded(graph, _Deferred(self.runner), self.config.query_timeout_s, ANSWER_ROW_CAP)
        # the search backend is the SearchEngine _open_search made (a test may inject a look-alike)
        return QuestionAnswerer(graph, cast("SearchEngine", self.search.get()), queries=queries)


class _Deferred:
    """The generation's query runner, looked up when a query runs: the answerer is made while the
    workers may still be starting (web.services.warm_up makes them side by side)."""

    def __init__(self, runner: Lazy[Runner]):
        self._runner = runner

    def run(self, job: QueryJob, timeout: float) -> Serialised:
        return self._runner.get().run(job, timeout)
