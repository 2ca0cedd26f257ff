"""A graph whose SELECT and ASK queries run on the query runner, each within a deadline.

Question answering reads the graph through ``KnowledgeGraph.select``; on the embedded store
that runs in the web process, where nothing can stop a query (pyoxigraph has no timeout).
Over ``bounded(kg, runner, ...)`` each SELECT or ASK is a job of the query runner (graph.runner:
worker processes, or graph.remote_runner), so a query still running at its deadline is ended
there with QueryTimeout, as /sparql's are, and answers queue with /sparql's queries for the
same workers. Rows come back in the SPARQL JSON results format and are read into Terms
(graph.terms.from_json): the rows every Store gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Protocol

from graph.errors import QueryError
from graph.results import SOLUTIONS, Serialised
from graph.runner import QueryJob
from graph.store import KnowledgeGraph, Store
from graph.terms import Term, Triple, json_boolean, json_rows


class TooManyRows(QueryError):
    """A bounded query's rows exceeded the row cap: its answer would have been cut short."""


class JobRunner(Protocol):
    def run(self, job: QueryJob, timeout: float) -> Serialised: ...


class RunnerStore:
    """graph.store.Store whose ``select`` and ``ask`` run on ``runner`` within ``timeout_s`` (at most ``row_cap``
    rows, else TooManyRows); everything else is answered by ``inner``, which this does not own."""

    def __init__(self, runner: JobRunner, inner: Store, timeout_s: float, row_cap: int):
        self.runner, self.inner, self.timeout_s, self.row_cap = runner, inner, timeout_s, row_cap

    def _run(self, sparql: str) -> dict:
        result = self.runner.run(QueryJob(sparql, {SOLUTIONS: "json"}, self.row_cap), self.timeout_s)
        if result.truncated:
            raise TooManyRows(f"a query of the answer has more than {self.row_cap} rows")
        return json.loads(result.body)

    def select(self, sparql: str) -> list[dict[str, Term | None]]:
        return json_rows(self._run(sparql))

    def iter_select(self, sparql: str) -> Iterator[dict[str, Term | None]]:
        return iter(self.select(sparql))  # the worker's JSON body arrives whole

    def ask(self, sparql: str) -> bool:
        return json_boolean(self._run(sparql))

    def construct(self, sparql: str) -> list[Triple]:
        return self.inner.construct(sparql)

    def describe(self, resource: str) -> list[Triple]:
        return self.inner.describe(resource)

    def quads(self, fmt: str = "nquads") -> bytes:
        return self.inner.quads(fmt)

    def count(self) -> int:
        return self.inner.count()

    def close(self) -> None:
        """Nothing: the runner and the inner store belong to whoever made them."""


def bounded(kg: KnowledgeGraph, runner: JobRunner, timeout_s: float, row_cap: int) -> KnowledgeGraph:
    """``kg`` with every SELECT and ASK run on ``runner`` within ``timeout_s`` seconds (see RunnerStore).
    It holds no lease of its own: ``kg`` must stay open while it is used."""
    return KnowledgeGraph(RunnerStore(runner, kg.store, timeout_s, row_cap), kg.base_iri, kg.content_hash)
