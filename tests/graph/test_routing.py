"""Routing to the fact graphs (graph.routing): what the build keeps, which queries are proven, and
that the query workers give the same results with an in-memory copy of the fact graphs as on the
whole store, for routed queries and for GRAPH and provenance queries alike (the real 1x build)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import routing
from graph.results import SOLUTIONS
from graph.runner import QueryJob, QueryRunner, RunnerConfig, StoreSource

TYPES_PER_ORGANISATION = """SELECT ?type (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }
GROUP BY ?type ORDER BY DESC(?n) ?type"""
# (query, proven fact-only): the same shapes as the scale benchmark's, in other wording, and queries
# that must stay on the whole store (provenance, GRAPH ?g, an unanchored variable predicate).
QUERIES = [
    (TYPES_PER_ORGANISATION, True),
    ("""SELECT ?member (COUNT(DISTINCT ?p) AS ?projects) WHERE { ?p cj:participant ?member . ?member a cj:Organization }
        GROUP BY ?member ORDER BY DESC(?projects) ?member LIMIT 5""", True),
    ("SELECT ?u ?name WHERE { ?u a cj:University ; rdfs:label ?name } ORDER BY ?u ?name", True),
    ("SELECT ?u ?p ?o WHERE { ?u a cj:Consortium ; ?p ?o } ORDER BY ?u ?p ?o", True),
    ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/chanjiao/graph/inferred> { ?s ?p ?o } }", True),
    ("SELECT ?x WHERE { ?x a cj:Organization FILTER NOT EXISTS { ?x cj:participant ?y } } ORDER BY ?x", True),
    ("""SELECT ?o ?l WHERE { ?o a cj:Organization OPTIONAL { ?o rdfs:label ?l FILTER(LANG(?l) = "en") } }
        ORDER BY ?o ?l""", True),
    ("""SELECT ?o ?v WHERE { ?o a cj:University { ?o rdfs:label ?v } UNION { ?o ?p ?v FILTER(isIRI(?v)) } }
        ORDER BY ?o ?v""", True),
    ("SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class", False),
    ("SELECT ?x WHERE { ?x a cj:Organization MINUS { ?x ?p ?o . ?o a cj:CooperationProject } } ORDER BY ?x", False),
    ("""SELECT ?org ?n WHERE { ?org a cj:Organization { SELECT ?org (COUNT(?o) AS ?n) WHERE { ?org ?p ?o } GROUP BY ?org } }
        ORDER BY ?org""", False),
    ("""SELECT ?s ?predicate ?o ?evidence WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?predicate ;
        rdf:object ?o ; cj:evidence ?evidence } ORDER BY ?s ?predicate ?o ?evidence LIMIT 50""", False),
    ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", False),
    ("SELECT ?d WHERE { ?d a cj:DerivedStatement ; prov:wasGeneratedBy ?a } ORDER BY ?d LIMIT 20", False),
    ("SELECT ?x ?p WHERE { ?org a cj:Organization . ?x ?p ?org } ORDER BY ?x ?p LIMIT 50", False),
]


@pytest.fixture(scope="module")
def partition(kg) -> routing.Partition:
    kept = routing.kept(Path(kg.path), kg.content_hash)
    assert kept is not None, "the build keeps its partition"
    return kept


def job(query: str) -> QueryJob:
    return QueryJob(query, {SOLUTIONS: "csv"}, row_cap=100_000, routable=True)


def rows(runner: QueryRunner, query: str) -> Counter:
    body = runner.run(job(query), 60.0).body.decode("utf-8")
    return Counter(tuple(row) for row in csv.reader(io.StringIO(body)))


def test_the_build_keeps_what_its_provenance_graph_holds(kg, partition):
    graphs = {row["g"]: row["n"] for row in kg.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert partition.facts == sum(n for g, n in graphs.items() if g in partition.fact_graphs)
    assert set(graphs) - set(partition.fact_graphs) == {kg.graph_iri("provenance")}
    rdf, cj = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://w3id.org/chanjiao/ontology#"
    assert {rdf + "Statement", cj + "DerivedStatement"} <= partition.classes
    assert {rdf + "subject", rdf + "type"} <= partition.predicates and cj + "participant" not in partition.predicates
    assert partition.disjoint
    assert routing.kept(Path(kg.path), "another build") is None


@pytest.mark.parametrize("shared", [None, "iri", "blank"])
def test_a_subject_in_a_fact_graph_and_in_provenance_is_found_whatever_its_kind(shared):
    base = "https://example.org/"
    data, provenance = (ox.NamedNode(routing.graph_iri(base, name)) for name in ("inferred", routing.PROVENANCE))
    node = {"iri": ox.NamedNode(base + "id/x"), "blank": ox.BlankNode("b")}.get(shared or "", ox.NamedNode(base + "id/y"))
    label, statement = ox.NamedNode("urn:p"), ox.NamedNode(base + "id/statement")
    store = ox.Store()
    store.extend([ox.Quad(node, label, ox.Literal("x"), data), ox.Quad(ox.NamedNode(base + "id/z"), label, node, data),
                  ox.Quad(statement, ox.NamedNode("urn:q"), node, provenance)])
    if shared:
        store.add(ox.Quad(node, ox.NamedNode("urn:q"), ox.Literal("stated"), provenance))
    assert routing.measure(store, base).disjoint is (shared is None)


@pytest.mark.parametrize("query,proven", QUERIES)
def test_which_queries_are_proven_to_need_only_the_fact_graphs(partition, query, proven):
    assert routing.fact_only(query, partition) is proven


def test_a_variable_predicate_or_class_is_not_proven_when_subjects_are_shared(partition):
    shared = routing.Partition(partition.fact_graphs, partition.facts, partition.predicates, partition.classes, False)
    assert not routing.fact_only(TYPES_PER_ORGANISATION, shared)
    assert routing.fact_only("SELECT * WHERE { ?x a cj:Enterprise ; cj:participant ?y }", shared)


@pytest.mark.parametrize("query", ["DESCRIBE ?x WHERE { ?x a cj:Organization }", "SELECT * WHERE { ?s nope:p ?o }",
                                   "SELECT * WHERE { ?s cj:participant/rdfs:label ?o }",
                                   "SELECT * WHERE { ?s !(cj:participant) ?o }", "SELECT * WHERE {"])
def test_what_rdflib_cannot_read_or_routing_cannot_prove_runs_on_the_whole_store(partition, query):
    assert not routing.fact_only(query, partition)


def test_a_worker_copies_only_the_fact_graphs_and_runs_only_proven_queries_on_them(kg, partition):
    source = StoreSource(Path(kg.path), partition=partition, facts_max_quads=partition.facts)
    assert source.copy_bytes() > 0  # added to the worker's address-space limit
    opened = source.open()
    assert opened.copied.is_set()  # made before the worker answers (StoreSource.copy_in_background: after)
    assert opened.facts is not None and len(opened.facts) == partition.facts < len(opened.store)
    assert opened.for_job(job(TYPES_PER_ORGANISATION)) is opened.facts
    assert opened.for_job(job(QUERIES[-1][0])) is opened.store
    dataset = QueryJob(TYPES_PER_ORGANISATION, {SOLUTIONS: "csv"}, 10, default_graphs=(kg.graph_iri("data"),),
                       routable=True)
    assert opened.for_job(dataset) is opened.store  # a dataset of the client's own is never routed
    own = QueryJob(TYPES_PER_ORGANISATION, {SOLUTIONS: "csv"}, 10)
    assert opened.for_job(own) is opened.store  # the product's own queries are never routed (no parse cost)
    assert StoreSource(Path(kg.path), partition=partition, facts_max_quads=partition.facts - 1).open().facts is None
    whole = StoreSource(Path(kg.path), memory_max_quads=10**9, partition=partition, facts_max_quads=partition.facts)
    assert whole.copy_bytes() == 0 and whole.open().facts is None  # a build copied whole needs no routing


def test_the_workers_answer_every_query_the_same_with_and_without_the_fact_copy(kg, partition):
    whole = QueryRunner(StoreSource(Path(kg.path)), RunnerConfig(workers=1)).start()
    routed = QueryRunner(StoreSource(Path(kg.path), partition=partition, facts_max_quads=partition.facts,
                                     copy_in_background=False), RunnerConfig(workers=1, memory_mb=2048)).start()
    try:
        for query, _ in QUERIES:
            expected = rows(whole, query)
            assert len(expected) > 1, query  # a header and at least one row: the comparison means something
            assert rows(routed, query) == expected, query
    finally:
        whole.close()
        routed.close()


def test_the_kept_partition_round_trips(partition, tmp_path):
    state = json.loads(json.dumps(partition.to_dict()))
    assert routing.Partition.from_dict(state) == partition
