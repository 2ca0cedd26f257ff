"""The app's heavy collaborators, each created once, on first use or by ``warm_up``.

Routes reach them through ``services()``; nothing here is built when the module is imported
or when ``create_app`` runs. Tests inject ready-made objects through the constructor.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Generic, Protocol, TypeVar

from flask import current_app

from graph.errors import ChanjiaoError
from graph.runner import QueryRunner, RunnerConfig, StoreSource
from graph.store import KnowledgeGraph, open_graph
from web.config import ServerConfig
from web.openapi import Limits
from web.quota import ClientQuotas

log = logging.getLogger(__name__)

EXTENSION = "chanjiao"
T = TypeVar("T")


class ServiceUnavailable(ChanjiaoError):
    """A collaborator (search, question answering) is not installed or failed to start."""


class SearchBackend(Protocol):
    """What the API needs from ``search.SearchEngine`` (``config.max_k`` bounds k)."""

    config: Any

    def search(self, query: str, k: int = ..., type: str | None = ...) -> list: ...

    def autocomplete(self, prefix: str, k: int = ..., type: str | None = ...) -> list: ...


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


class Services:
    """The graph, the query runner, the search engine and the question answerer of one app."""

    def __init__(self, config: ServerConfig, graph: KnowledgeGraph | None = None,
                 search: SearchBackend | None = None, answerer: Answerer | None = None,
                 runner: QueryRunner | None = None):
        self.config = config
        self.quotas = ClientQuotas(config.quota)
        self._graph = Lazy("the store", lambda: open_graph(config.data_dir), graph)
        self._runner = Lazy("the query workers", self._start_runner, runner)
        self._search = Lazy("the search index", self._open_search, search)
        self._answerer = Lazy("question answering", self._open_answerer, answerer)

    @property
    def graph(self) -> KnowledgeGraph:
        return self._graph.get()

    @property
    def runner(self) -> QueryRunner:
        return self._runner.get()

    @property
    def search(self) -> SearchBackend:
        return self._search.get()

    @property
    def answerer(self) -> Answerer:
        return self._answerer.get()

    def warm_up(self) -> None:
        """Create the graph, the workers and the search engine now; log what fails."""
        for name in ("graph", "runner", "search", "answerer"):
            try:
                getattr(self, name)
            except WarmingUp:
                continue  # a request is starting it already
            except ChanjiaoError as exc:
                log.error("%s is unavailable: %s", name, exc)

    def search_config(self):
        """The search engine's configuration, or the default one while the engine is not up."""
        engine = self._search.peek()
        if engine is not None:
            return engine.config
        from search.config import SearchConfig

        return SearchConfig()

    def api_limits(self) -> Limits:
        """The input limits of the search, autocomplete and ask routes, for the OpenAPI document."""
        from search.qa import QAConfig

        search = self.search_config()
        return Limits(search.max_k, search.max_query_chars, QAConfig().max_question_chars)

    def readiness(self) -> dict[str, bool]:
        """Which of the store, the query workers, the search index and question answering are up."""
        runner = self._runner.peek()
        return {
            "store": self._graph.peek() is not None,
            "workers": runner is not None and runner.ready,
            "search": self._search.peek() is not None,
            "answerer": self._answerer.peek() is not None,
        }

    def close(self) -> None:
        """Stop the query workers."""
        runner = self._runner.peek()
        if runner is not None:
            runner.close()

    def _start_runner(self) -> QueryRunner:
        graph = self.graph
        source = StoreSource.of(graph, self.config.worker_memory_copy_max_quads)
        config = RunnerConfig(workers=self.config.workers, memory_mb=self.config.worker_memory_mb,
                              admission_wait_s=self.config.admission_wait_s)
        return QueryRunner(source, config).start()

    def _open_search(self) -> SearchBackend:
        graph = self.graph
        try:
            from search import SearchEngine, SearchError
        except ImportError as exc:
            raise ServiceUnavailable(f"search is not installed: {exc}") from exc
        try:
            return SearchEngine.open(graph, index_dir=self.config.index_dir)
        except SearchError as exc:
            raise ServiceUnavailable(f"search could not start: {exc}") from exc

    def _open_answerer(self) -> Answerer:
        from search.qa import QuestionAnswerer

        return QuestionAnswerer(self.graph, self.search)


def services() -> Services:
    """The Services of the current app."""
    found: Any = current_app.extensions[EXTENSION]
    return found
