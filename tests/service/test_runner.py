"""The query runner and the results writers, in process (no HTTP server)."""

from __future__ import annotations

import csv
import io
import time

import pyoxigraph as ox
import pytest

from graph.embedded import EmbeddedStore
from graph.errors import BadInput, QueryError, QueryRefused, QueryTimeout
from graph.results import FORMATS, GRAPH, SOLUTIONS, NoAcceptableFormat, find_format, write_solutions
from graph.query_shape import inspect_query
from graph.runner import QueryJob, QueryOutOfMemory, QueryRunner, RunnerConfig, StoreSource
from graph.store import KnowledgeGraph

EX = "http://example.org/"
GRAPH_1 = ox.NamedNode(f"{EX}g1")
GRAPH_2 = ox.NamedNode(f"{EX}g2")


def sample_store(n: int = 40) -> ox.Store:
    store = ox.Store()
    for i in range(n):
        graph = GRAPH_1 if i % 2 else GRAPH_2
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(f"v{i}", language="zh"), graph))
    store.add(ox.Quad(ox.NamedNode(f"{EX}s0"), ox.NamedNode(f"{EX}n"),
                      ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), GRAPH_1))
    store.add(ox.Quad(ox.NamedNode(f"{EX}s0"), ox.NamedNode(f"{EX}q"), ox.Literal('a,"b"\n\tc'), GRAPH_1))
    store.add(ox.Quad(ox.NamedNode(f"{EX}s0"), ox.NamedNode(f"{EX}b"), ox.BlankNode("x1"), GRAPH_1))
    return store


def in_memory(store: ox.Store) -> KnowledgeGraph:
    return KnowledgeGraph(EmbeddedStore(store), EX, content_hash="sample")


@pytest.fixture(scope="module")
def runner():
    pool = QueryRunner(StoreSource.of(in_memory(sample_store())), RunnerConfig(workers=2)).start()
    yield pool
    pool.close()


def job(query: str, solutions: str = "json", graph: str = "turtle", cap: int = 1000, **dataset) -> QueryJob:
    return QueryJob(query, {SOLUTIONS: solutions, GRAPH: graph}, cap, **dataset)


@pytest.mark.parametrize("query, form, has_dataset", [
    ("SELECT * { ?s ?p ?o }", "SELECT", False),
    ("BASE <http://b/> PREFIX ex: <http://e/> PREFIX : <http://d/> ask { :a ex:b ?c }", "ASK", False),
    ("# CONSTRUCT\nDESCRIBE <http://x/>", "DESCRIBE", False),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", False),
    ("SELECT * FROM <http://x/> FROM NAMED <http://y/> { ?s ?p ?o }", "SELECT", True),
    ("SELECT ?service WHERE { ?service <urn:p> 'SERVICE' . ?s <urn:SERVICE> _:SERVICE . ?x ?y 'x'@service }", "SELECT", False),
    ("not sparql at all", None, False),
])
def test_inspect_query(query, form, has_dataset):
    assert inspect_query(query) == (shape := inspect_query(query)) and (shape.form, shape.has_dataset) == (form, has_dataset)


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o.SERVICE <http://x/> { } }",
    "SELECT * { ?s ?p ?o . \\u0053ERVICE <http://x/> { } }",
    "SELECT * { ?s ?p ?o . \\U00000053ervice <http://x/> { } }",
    "INSERT DATA { <a:b> <a:c> <a:d> }",
    "PREFIX a: <a:> delete where { ?s ?p ?o }",
    "LOAD <http://x/>",
    "WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_refused(query):
    with pytest.raises(QueryRefused):
        inspect_query(query)


def test_select_json_with_terms(runner):
    result = runner.run(job("SELECT ?p ?o WHERE { <http://example.org/s0> ?p ?o } ORDER BY ?p"), 5)
    parsed = list(ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON))
    assert len(parsed) == result.count == 4 and not result.truncated
    by_predicate = {row["p"].value: row["o"] for row in parsed}
    assert by_predicate[f"{EX}n"] == ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert by_predicate[f"{EX}p"].language == "zh"
    assert isinstance(by_predicate[f"{EX}b"], ox.BlankNode)


def comparable(term):
    """A term with blank node labels erased (a worker's copy of the store relabels them)."""
    return "_:" if isinstance(term, ox.BlankNode) else term


@pytest.mark.parametrize("fmt", [f.name for f in FORMATS[SOLUTIONS] if f.name != "csv"])
def test_solution_formats_round_trip(runner, fmt):
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s ?o"
    result = runner.run(job(query, solutions=fmt), 5)
    expected = [comparable(row["o"]) for row in sample_store().query(query, use_default_graph_as_union=True)]
    parse_format = ox.QueryResultsFormat.from_media_type(result.media_type.split(";")[0])
    parsed = list(ox.parse_query_results(result.body, format=parse_format))
    assert [comparable(row["o"]) for row in parsed] == expected
    assert all(row["unbound"] is None for row in parsed)


def test_csv_quotes_and_uses_plain_values(runner):
    query = "SELECT ?o ?unbound WHERE { <http://example.org/s0> ?p ?o } ORDER BY ?p"
    body = runner.run(job(query, solutions="csv"), 5).body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert rows[0] == ["o", "unbound"]
    assert [r[0] for r in rows[1:]][1:] == ["1", "v0", 'a,"b"\n\tc']
    assert rows[1][0].startswith("_:") and all(r[1] == "" for r in rows[1:])


def test_row_cap_stops_reading(runner):
    result = runner.run(job("SELECT * WHERE { ?s ?p ?o }", cap=7), 5)
    assert result.count == 7 and result.truncated
    assert len(list(ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON))) == 7


def test_graph_formats_and_cap(runner):
    for fmt in FORMATS[GRAPH]:
        result = runner.run(job("CONSTRUCT WHERE { ?s ?p ?o }", graph=fmt.name, cap=5), 5)
        assert result.count == 5 and result.truncated
        assert len(list(ox.parse(result.body, format=fmt.rdf_format))) == 5


def test_dataset_options(runner):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(result) -> int:
        return int(next(iter(ox.parse_query_results(result.body, format=ox.QueryResultsFormat.JSON)))["n"].value)

    assert n(runner.run(job(count), 5)) == 43
    assert n(runner.run(job(count, default_graphs=(GRAPH_2.value,)), 5)) == 20
    assert n(runner.run(job(count, named_graphs=(GRAPH_1.value,)), 5)) == 0
    assert n(runner.run(job(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_1.value}> WHERE {{ ?s ?p ?o }}"), 5)) == 23
    assert n(runner.run(job("SELECT (COUNT(*) AS ?n) FROM <http://nowhere/> WHERE { ?s ?p ?o }"), 5)) == 0


def test_errors_are_named(runner):
    with pytest.raises(QueryError, match=r"error at 1:\d+"):
        runner.run(job("SELECT * WHERE { ?s ?p"), 5)
    with pytest.raises(NoAcceptableFormat):
        runner.run(QueryJob("CONSTRUCT WHERE { ?s ?p ?o }", {SOLUTIONS: "json"}, 10), 5)
    with pytest.raises(BadInput):
        job("SELECT * {}", default_graphs=("not an iri",))
    with pytest.raises(BadInput):
        job("SELECT * {}", solutions="pdf")


def test_timeout_kills_and_replaces_the_worker(runner):
    cartesian = job("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }")
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        runner.run(cartesian, 0.5)
    assert time.monotonic() - started < 1.5
    assert runner.run(job("ASK { ?s ?p ?o }"), 5).body == b'{"head":{},"boolean":true}'
    deadline = time.monotonic() + 30
    while not runner.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert runner.ready


def test_a_worker_killed_while_idle_is_not_counted_ready_and_is_replaced_without_a_query():
    pool = QueryRunner(StoreSource.of(in_memory(sample_store())), RunnerConfig(workers=2)).start()
    try:
        assert pool.ready
        killed = next(iter(pool._live))
        killed.process.kill()
        killed.process.join(5)
        assert not pool.ready  # no query met the dead worker: readiness itself found it
        assert pool.wait_ready(30) and killed not in pool._live and pool.live == 2
        assert all(worker.alive for worker in pool._live)
        pool._retire(killed)  # retired again (as a job's caller would): its slot is not restarted twice
        assert pool._starting == 0 and pool.live == 2
    finally:
        pool.close()


def test_find_format_aliases():
    assert find_format(SOLUTIONS, "application/json").name == "json"
    assert find_format(GRAPH, "json").name == "jsonld"
    assert find_format(GRAPH, "xml").name == "rdfxml"
    assert find_format(SOLUTIONS, "pdf") is None


def test_writer_reads_no_more_than_the_cap():
    class Rows:
        variables = [ox.Variable("x")]

        def __init__(self):
            self.read = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.read += 1
            return (ox.Literal(str(self.read)),)

    rows = Rows()
    result = write_solutions(rows, find_format(SOLUTIONS, "csv"), 3)
    assert rows.read == 4 and result.truncated and result.body == b"x\r\n1\r\n2\r\n3\r\n"


def test_memory_limit_stops_a_query_and_the_worker_is_replaced():
    config = RunnerConfig(workers=1, memory_mb=700)
    pool = QueryRunner(StoreSource.of(in_memory(sample_store())), config).start()
    try:
        with pytest.raises(QueryOutOfMemory):
            pool.run(job("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?d ?g ?j"), 120)  # generous: a loaded machine is slow to fill 700 MB
        assert pool.wait_ready(30)
        assert pool.run(job("ASK { ?s ?p ?o }"), 30).body == b'{"head":{},"boolean":true}'
    finally:
        pool.close()


def test_workers_keep_serving_their_build_after_a_rebuild(built_config, tmp_path):
    """A rebuild publishes a new store beside the old one; running workers stay on the build they opened."""
    import shutil
    from dataclasses import replace

    from graph.build import build
    from graph.store import open_graph

    data_dir = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data_dir)
    graph = open_graph(data_dir)
    pool = QueryRunner(StoreSource.of(graph), RunnerConfig(workers=1)).start()
    try:
        build(replace(built_config, data_dir=data_dir, base_iri="https://example.org/kg/"), force=True)
        assert open_graph(data_dir).path != graph.path
        result = pool.run(job("ASK { ?p a <https://w3id.org/chanjiao/ontology#CooperationProject> }"), timeout=10)
        assert b"true" in bytes(result.body)
    finally:
        pool.close()
