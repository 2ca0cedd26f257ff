"""Aggregates answered from the counts the build keeps (graph.aggregates, graph.aggregate_shape): every
recognised shape gives the store's own answer on the real 1x build (bench/scale/aggregates_equal.py
does the same at 10x-1000x), every other query is left to the store, and a query worker and /sparql
answer them so."""

from __future__ import annotations

import json
import shutil
import urllib.parse
from pathlib import Path

import pytest
import requests

from graph import aggregate_shape, aggregates, routing
from graph.namespaces import PREFIXES
from graph.results import SOLUTIONS, format_named, serialise, write_rows
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource

# Each recognised shape, in several wordings: ORDER BY the group variable makes the order total, so the
# answers must be the same text.
RECOGNISED = [
    """SELECT ?type (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }
       GROUP BY ?type ORDER BY DESC(?n) ?type""",
    "SELECT ?t (COUNT(?x) AS ?n) WHERE { ?x a cj:Enterprise . ?x a ?t } GROUP BY ?t ORDER BY ?t",
    "SELECT ?t (COUNT(*) AS ?n) WHERE { ?x a ?t ; a cj:CooperationProject } GROUP BY ?t ORDER BY DESC(?t)",
    "SELECT (COUNT(?t) AS ?n) ?t WHERE { ?x a ?t ; a cj:University } GROUP BY ?t ORDER BY ?n ?t",
    """SELECT ?org (COUNT(?p) AS ?projects) WHERE { ?p cj:participant ?org . ?org a cj:Organization }
       GROUP BY ?org ORDER BY DESC(?projects) ?org LIMIT 5""",
    "SELECT ?org (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org ORDER BY ?org OFFSET 3 LIMIT 7",
    """SELECT ?p (COUNT(*) AS ?universities) WHERE { ?p cj:participant ?u . ?u a cj:University }
       GROUP BY ?p ORDER BY DESC(?universities) ?p""",
    """SELECT ?i (COUNT(?p) AS ?n) WHERE { ?p a cj:CooperationProject ; cj:industry ?i . ?i a cj:Industry }
       GROUP BY ?i ORDER BY DESC(?n) ?i""",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?org cj:participatesIn ?p } GROUP BY ?org ORDER BY ?org",
    "SELECT DISTINCT ?org (COUNT(*) AS ?n) WHERE { [] cj:participant ?org } GROUP BY ?org ORDER BY ?org",
    "SELECT ?place (COUNT(?o) AS ?n) WHERE { ?o cj:locatedIn ?place } GROUP BY ?place ORDER BY DESC(?n) ?place",
    """PREFIX x: <https://w3id.org/chanjiao/ontology#>
       SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p x:projectCategory ?c } GROUP BY ?c ORDER BY ?c""",
]
# The same shapes the store orders only by the count: the same rows; tied ones may come in another order.
TIED = [
    """SELECT ?type (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }
       GROUP BY ?type ORDER BY DESC(?n)""",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org",
]
NOT_RECOGNISED = [
    "SELECT ?t (COUNT(?x) AS ?n) WHERE { ?x a ?t . ?x a cj:Organization } GROUP BY ?t HAVING (COUNT(?x) > 3)",
    "SELECT ?t (COUNT(?x) AS ?n) WHERE { ?x a ?t . ?x a cj:Organization FILTER(?t != cj:Organization) } GROUP BY ?t",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org ORDER BY DESC(?n) LIMIT 5",
    "SELECT ?org (COUNT(DISTINCT ?org) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org",
    "SELECT ?org (COUNT(?p) AS ?n) (COUNT(DISTINCT ?p) AS ?d) WHERE { ?p cj:participant ?org } GROUP BY ?org",
    "SELECT ?org (SUM(1) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org",
    "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?st rdf:subject ?s ; rdf:object ?o } GROUP BY ?s",
    "SELECT ?t (COUNT(?x) AS ?n) WHERE { ?x a ?t . ?x a rdf:Statement } GROUP BY ?t",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p cj:participant ?org } } GROUP BY ?org",
    "SELECT ?org (COUNT(?p) AS ?n) FROM <https://w3id.org/chanjiao/graph/data> WHERE { ?p cj:participant ?org } GROUP BY ?org",
    "SELECT ?org ?p (COUNT(*) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org ?p",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org OPTIONAL { ?org rdfs:label ?l } } GROUP BY ?org",
    "SELECT ?t (COUNT(?x) AS ?n) WHERE { ?x a ?t } GROUP BY ?t",
    "SELECT ?org WHERE { ?p cj:participant ?org }",
    "SELECT (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org }",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org . ?p cj:industry ?i } GROUP BY ?org",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p ?q ?org } GROUP BY ?org",
    "SELECT ?x (COUNT(?x) AS ?n) WHERE { ?x cj:participant ?x } GROUP BY ?x",
    "SELECT ?org (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?org } GROUP BY ?org ORDER BY STR(?org) LIMIT 2",
    "SELECT DISTINCT (COUNT(*) AS ?n) WHERE { [] cj:participant ?org } GROUP BY ?org",
]
CSV = format_named(SOLUTIONS, "csv")


@pytest.fixture(scope="module")
def build_dir(kg) -> Path:
    return Path(kg.path)


@pytest.fixture(scope="module")
def partition(kg, build_dir) -> routing.Partition:
    kept = routing.kept(build_dir, kg.content_hash)
    assert kept is not None
    return kept


@pytest.fixture(scope="module")
def counts(kg, build_dir) -> aggregates.Aggregates:
    kept = aggregates.kept(build_dir, kg.content_hash)
    assert kept is not None, "the build keeps its counts"
    return kept


def store_answer(kg, query: str) -> str:
    store = kg.store.oxigraph
    return serialise(store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True), {SOLUTIONS: CSV}, 10**6).body.decode()


def counted_answer(query: str, partition, counts) -> str:
    shape = aggregate_shape.recognise(query, partition)
    assert shape is not None, query
    groups = aggregate_shape.groups(shape, counts)
    assert groups is not None, query
    return write_rows(list(shape.projected), aggregate_shape.rows(shape, groups), CSV, 10**6).body.decode()


@pytest.mark.parametrize("query", RECOGNISED)
def test_each_recognised_aggregate_is_the_stores_own_answer(kg, partition, counts, query):
    expected = store_answer(kg, query)
    assert len(expected.splitlines()) > 2, query  # rows to compare
    assert counted_answer(query, partition, counts) == expected


@pytest.mark.parametrize("query", TIED)
def test_rows_the_order_leaves_tied_are_the_same_rows(kg, partition, counts, query):
    mine, theirs = counted_answer(query, partition, counts).splitlines(), store_answer(kg, query).splitlines()
    assert sorted(mine) == sorted(theirs) and mine[0] == theirs[0]
    if "ORDER BY" in query:
        assert [row.rsplit(",", 1)[1] for row in mine] == [row.rsplit(",", 1)[1] for row in theirs]


@pytest.mark.parametrize("query", NOT_RECOGNISED)
def test_every_other_query_goes_to_the_store(partition, query):
    assert aggregate_shape.recognise(query, partition) is None


def test_a_class_restriction_needs_subjects_apart_from_provenance(partition):
    shared = routing.Partition(partition.fact_graphs, partition.facts, partition.predicates, partition.classes, False)
    assert aggregate_shape.recognise(RECOGNISED[0], shared) is None
    assert aggregate_shape.recognise("SELECT ?o (COUNT(?p) AS ?n) WHERE { ?p cj:participant ?o } GROUP BY ?o", shared)


def test_a_property_the_build_did_not_count_goes_to_the_store(partition, counts):
    shape = aggregate_shape.recognise("SELECT ?s (COUNT(?l) AS ?n) WHERE { ?s skos:prefLabel ?l } GROUP BY ?s", partition)
    assert shape is not None and aggregate_shape.groups(shape, counts) is None  # labels: no object property


def test_counts_of_another_build_or_damaged_ones_are_not_used(build_dir, tmp_path, kg):
    assert aggregates.kept(build_dir, "another build") is None
    copy = tmp_path / "build"
    shutil.copytree(build_dir / aggregates.AGGREGATES_DIR, copy / aggregates.AGGREGATES_DIR)
    (copy / aggregates.AGGREGATES_DIR / aggregates.INDEX_FILE).write_text("{", encoding="utf-8")
    assert aggregates.kept(copy, kg.content_hash) is None


def test_a_worker_answers_a_clients_aggregate_from_the_counts_and_nothing_else(build_dir, partition):
    opened = StoreSource(build_dir, partition=partition).open()
    assert opened.aggregates is not None
    assert StoreSource(build_dir, memory_max_quads=10**9, partition=partition).open().aggregates is None  # copied whole

    def job(query: str, **options) -> QueryJob:
        return QueryJob(query, {SOLUTIONS: "csv"}, row_cap=3, routable=options.pop("routable", True), **options)

    answer = aggregate_shape.answer(opened, job(RECOGNISED[4]))
    assert answer is not None and answer.count == 3 and answer.truncated  # the row cap holds
    assert aggregate_shape.answer(opened, job(RECOGNISED[4], routable=False)) is None  # the product's own queries: the store
    assert aggregate_shape.answer(opened, job(RECOGNISED[4], default_graphs=("https://w3id.org/chanjiao/graph/data",))) is None
    assert aggregate_shape.answer(opened, job(NOT_RECOGNISED[0])) is None
    routing.algebra_of.cache_clear()
    assert aggregate_shape.answer(opened, job("SELECT ?org WHERE { ?p cj:participant ?org }")) is None
    assert routing.algebra_of.cache_info().misses == 0  # an ungrouped query is not parsed for the counts


def test_the_workers_answers_equal_the_stores_in_every_format(kg, build_dir):
    runner = QueryRunner(StoreSource.of(kg), RunnerConfig(workers=1)).start()
    try:
        for query in RECOGNISED[:5]:
            for fmt in ("json", "xml", "tsv", "csv"):
                mine = runner.run(QueryJob(query, {SOLUTIONS: fmt}, 10**5, routable=True), 60.0).body
                theirs = serialise(kg.store.oxigraph.query(query, prefixes=PREFIXES, use_default_graph_as_union=True),
                                   {SOLUTIONS: format_named(SOLUTIONS, fmt)}, 10**5).body
                assert mine == theirs, (query, fmt)
    finally:
        runner.close()


def test_sparql_endpoint_answers_the_aggregates_from_the_counts_as_the_store_does(kg, built_config, tmp_path):
    """A real server.py whose workers read the build as at scale (RocksDB and the fact copy, not a whole
    copy: that one answers from the store, faster than rdflib parses the query for the counts)."""
    from tests.service.conftest import start_server, stop_server, wait_for

    server = start_server(Path(built_config.data_dir), tmp_path, "--memory-copy-max-quads", "0")
    try:
        wait_for(server, "/readyz")
        for query in RECOGNISED[:5]:
            response = requests.get(server.sparql, params={"query": query}, headers={"Accept": "text/csv"}, timeout=60)
            assert response.status_code == 200 and response.text == store_answer(kg, query), (query, response.text[:300])
        response = requests.get(f"{server.sparql}?query={urllib.parse.quote(RECOGNISED[0])}",
                                headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert len(json.loads(response.text)["results"]["bindings"]) > 5
    finally:
        assert stop_server(server) == 0


def test_counts_are_kept_once_and_match_a_fresh_measure(kg, build_dir, partition, counts):
    signatures, typed, tables = aggregates.measure(kg.store.oxigraph, partition, kg.graph_iri("ontology"))
    assert signatures == counts.signatures and typed == counts.typed
    participant = "https://w3id.org/chanjiao/ontology#participant"
    assert tables[(participant, "object")] == counts.table(participant, "object")
    assert set(tables) == set(counts.files)


def test_the_remote_store_answers_the_recognised_aggregates_alike(remote_config, partition, counts):
    """The external store (an Oxigraph server the build publishes into) keeps no counts: it runs these
    queries itself, and gives the answers the counts give."""
    from graph.remote_runner import RemoteRunner
    from graph.store import open_store

    remote = open_store(remote_config)
    runner = RemoteRunner(remote.store, concurrency=1, admission_wait_s=1.0)
    try:
        for query in RECOGNISED:
            body = runner.run(QueryJob(query, {SOLUTIONS: "csv"}, 10**6, routable=True), timeout=30).body.decode()
            assert body == counted_answer(query, partition, counts), query
    finally:
        runner.close()
        remote.close()
