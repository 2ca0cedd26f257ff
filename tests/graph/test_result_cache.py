"""A query runner keeps the results of clients' queries for their next run on the same build
(graph/result_cache.py): the same bytes without a worker; never a result that may change between runs,
a cheap one, a failure or the product's own queries; bounded in bytes, least recently used dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.result_cache import CacheConfig, ResultCache
from graph.results import SOLUTIONS, Serialised
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource

ORGANISATIONS_BY_TYPE = """PREFIX cj: <https://w3id.org/chanjiao/ontology#>
SELECT ?kind (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a ?kind . ?o a cj:Organization } GROUP BY ?kind ORDER BY ?kind"""


def _job(query: str, routable: bool = True, fmt: str = "csv") -> QueryJob:
    return QueryJob(query, {SOLUTIONS: fmt}, row_cap=1000, routable=routable)


def _result(size: int) -> Serialised:
    return Serialised(b"x" * size, "text/csv", 1, False)


@pytest.mark.parametrize("query", ["SELECT (NOW() AS ?t) WHERE {}", "SELECT (rand () AS ?r) WHERE {}",
                                   "SELECT ?s (STRUUID() AS ?u) WHERE { ?s ?p ?o } LIMIT 1",
                                   "SELECT (BNODE() AS ?b) WHERE {}", "select (uuid() as ?u) where {}"])
def test_a_query_that_may_differ_between_runs_is_never_kept(query):
    assert ResultCache.key(_job(query)) is None


def test_the_key_tells_formats_datasets_and_the_product_s_own_queries_apart():
    query = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"
    assert ResultCache.key(_job(query)) == ResultCache.key(_job(query))
    assert ResultCache.key(_job(query)) != ResultCache.key(_job(query, fmt="json"))
    assert ResultCache.key(_job(query, routable=False)) is None  # an answer's own query: new texts, cheap
    dataset = QueryJob(query, {SOLUTIONS: "csv"}, 1000, default_graphs=("https://w3id.org/chanjiao/graph/data",),
                       routable=True)
    assert ResultCache.key(dataset) != ResultCache.key(_job(query))


def test_bounded_in_bytes_least_recently_used_dropped_cheap_and_large_results_not_kept():
    cache = ResultCache(CacheConfig(max_bytes=300, max_entry_bytes=150, min_ms=10.0))
    keys = [ResultCache.key(_job(f"SELECT ?s WHERE {{ ?s ?p {n} }}")) for n in range(5)]
    for key in keys[:3]:
        cache.put(key, _result(100), 0.5)
    assert cache.get(keys[0]) is not None  # now the most recently used: keys[1] goes first
    cache.put(keys[3], _result(100), 0.5)
    assert [cache.get(k) is not None for k in keys[:4]] == [True, False, True, True]
    cache.put(keys[4], _result(200), 0.5)  # above max_entry_bytes
    cache.put(keys[1], _result(10), 0.001)  # cost less than min_ms
    assert cache.get(keys[4]) is None and cache.get(keys[1]) is None and len(cache) == 3


def test_the_runner_answers_a_repeated_query_with_the_same_bytes_without_a_worker(kg):
    runner = QueryRunner(StoreSource(Path(kg.path)), RunnerConfig(workers=1, cache=CacheConfig(min_ms=0.0))).start()
    try:
        first = runner.run(_job(ORGANISATIONS_BY_TYPE), 60.0)
        assert first.count > 3 and runner.results.hits == 0
        runner.close()  # no worker left: only a kept result can answer
        assert runner.run(_job(ORGANISATIONS_BY_TYPE), 60.0) == first and runner.results.hits == 1
    finally:
        runner.close()


def test_a_failed_query_is_not_kept(kg):
    runner = QueryRunner(StoreSource(Path(kg.path)), RunnerConfig(workers=1, cache=CacheConfig(min_ms=0.0))).start()
    try:
        for _ in range(2):
            with pytest.raises(QueryError):
                runner.run(_job("SELECT ?s WHERE { ?s ?p ?o . FILTER(?s = ) }"), 60.0)
        assert len(runner.results) == 0
    finally:
        runner.close()
