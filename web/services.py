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

log = logging.getLogger(__name__)

EXTENSION = "chanjiao"
T = TypeVar("T")


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


class Answerer(Protocol):
    """What the API needs from ``search.qa.QuestionAnswerer``: ``answer(q).to_dict()``."""

    def answer(self, question: str) -> Any: ...


class Lazy(Generic[T]):
    """A value made by ``factory`` on first ``get`` (once, thread-safe); a failed attempt is retried."""

    def __init__(self, factory: Callable[[], T], value: T | None = None):
        self._factory, self._value = factory, value
        self._lock = threading.Lock()

    def get(self) -> T:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._factory()
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
        self._graph = Lazy(lambda: open_graph(config.data_dir), graph)
        self._runner = Lazy(self._start_runner, runner)
        self._search = Lazy(self._open_search, search)
        self._answerer = Lazy(self._open_answerer, answerer)

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
        """Which of the store, the query workers and the search index are up."""
        runner = self._runner.peek()
        return {
            "store": self._graph.peek() is not None,
            "workers": runner is not None and runner.ready,
            "search": self._search.peek() is not None,
        }

    def close(self) -> None:
        """Stop the query workers."""
        runner = self._runner.peek()
        if runner is not None:
            runner.close()

    def _start_runner(self) -> QueryRunner:
        graph = self.graph
        source = StoreSource.of(graph, self.config.worker_memory_copy_max_quads)
        config = RunnerConfig(workers=self.config.workers, memory_mb=self.config.worker_memory_mb)
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
