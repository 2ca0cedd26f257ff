"""SPARQL 1.1 Protocol conformance, seen from real clients (SPARQLWrapper, rdflib, plain HTTP)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import rdflib
import requests
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from rdflib.plugins.stores.sparqlstore import SPARQLStore

pytestmark = pytest.mark.server

UNIVERSITIES = "SELECT ?u ?label WHERE { ?u a cj:University ; rdfs:label ?label FILTER(lang(?label) = 'zh') } ORDER BY ?u"
ASK_UNIVERSITY = "ASK { ?u a cj:University }"
CONSTRUCT_LABELS = "CONSTRUCT { ?u rdfs:label ?label } WHERE { ?u a cj:University ; rdfs:label ?label }"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


def wrapper(server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(server.sparql)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    elif method:
        client.setMethod(method)
    return client


def universities(kg) -> set[str]:
    return {row["u"] for row in kg.select(UNIVERSITIES)}


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY], ids=["GET", "POST-form", "POST-direct"])
def test_select_json_every_method(server, kg, method):
    result = wrapper(server, UNIVERSITIES, JSON, method).query()
    bindings = result.convert()["results"]["bindings"]
    assert {b["u"]["value"] for b in bindings} == universities(kg)
    assert all(b["label"]["xml:lang"] == "zh" for b in bindings)


def test_select_xml(server, kg):
    document = wrapper(server, UNIVERSITIES, XML).query().convert()
    uris = {node.firstChild.data for node in document.getElementsByTagName("uri")}
    assert uris == universities(kg)


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_select_csv_tsv(server, kg, fmt, delimiter):
    body = wrapper(server, UNIVERSITIES, fmt).query().convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(body), delimiter=delimiter))
    header, values = rows[0], rows[1:]
    assert header == (["u", "label"] if fmt == CSV else ["?u", "?label"])
    found = {r[0].strip("<>") for r in values}
    assert found == universities(kg)


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask_every_format(server, fmt):
    converted = wrapper(server, ASK_UNIVERSITY, fmt).query().convert()
    if fmt == JSON:
        assert converted["boolean"] is True
    elif fmt == XML:
        assert converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        assert converted.decode().strip() == "true"


@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
@pytest.mark.parametrize("form", ["construct", "describe"])
def test_graph_results_every_format(server, entity_path, base_iri, fmt, form):
    iri = base_iri + entity_path[1:]
    query = CONSTRUCT_LABELS if form == "construct" else f"DESCRIBE <{iri}>"
    graph = wrapper(server, query, fmt).query().convert()
    if not isinstance(graph, rdflib.Graph):
        graph = rdflib.Graph().parse(data=graph, format="json-ld" if fmt == JSONLD else "turtle")
    subjects = {str(s) for s in graph.subjects()}
    assert iri in subjects
    assert len(graph) > 2


def test_ntriples_by_accept(server):
    response = requests.get(server.sparql, params={"query": CONSTRUCT_LABELS}, headers={"Accept": "application/n-triples"})
    assert response.headers["Content-Type"].startswith("application/n-triples")
    assert len(rdflib.Graph().parse(data=response.text, format="nt")) > 0


def test_rdflib_sparql_store(server, kg):
    store = SPARQLStore(server.sparql)
    rows = store.query(UNIVERSITIES, initNs={"cj": "https://w3id.org/chanjiao/ontology#", "rdfs": str(rdflib.RDFS)})
    assert {str(r[0]) for r in rows} == universities(kg)


def test_accept_q_values_choose_the_best(server):
    accept = "text/csv;q=0.4, application/sparql-results+xml;q=0.9, application/json;q=0.5"
    response = requests.get(server.sparql, params={"query": ASK_UNIVERSITY}, headers={"Accept": accept})
    assert response.headers["Content-Type"].startswith("application/sparql-results+xml")
    assert "Accept" in response.headers["Vary"]


def test_format_parameter_beats_accept(server):
    response = requests.get(server.sparql, params={"query": UNIVERSITIES, "format": "csv"},
                            headers={"Accept": "application/sparql-results+json"})
    assert response.headers["Content-Type"].startswith("text/csv")


@pytest.mark.parametrize("params, accept", [
    ({"query": UNIVERSITIES}, "image/png"),
    ({"query": CONSTRUCT_LABELS}, "application/sparql-results+json"),
    ({"query": UNIVERSITIES, "format": "pdf"}, "*/*"),
])
def test_unsupported_format_is_406(server, params, accept):
    response = requests.get(server.sparql, params=params, headers={"Accept": accept})
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "not_acceptable"


def test_malformed_query_is_400_with_position(server):
    response = requests.get(server.sparql, params={"query": "SELECT * WHERE {\n  ?s ?p \n}"})
    assert response.status_code == 400
    assert re.match(r"SPARQL syntax error at line 3, column \d+: .*'}'.*expected", response.json()["error"]["message"])
    with pytest.raises(QueryBadFormed):
        wrapper(server, "SELECT * WHERE { ?s ?p", JSON).query()


def test_default_and_named_graph_uri(server, kg):
    ontology = kg.graph_iri("ontology")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    expected = kg.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ontology}> {{ ?s ?p ?o }} }}")[0]["n"]
    response = requests.post(server.sparql, data={"query": count, "default-graph-uri": ontology},
                             headers={"Accept": "application/sparql-results+json"})
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) == expected
    named = requests.get(server.sparql, params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                "named-graph-uri": ontology}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [ontology]


def test_union_default_graph_without_dataset(server, kg):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    response = requests.get(server.sparql, params={"query": count}).json()
    assert int(response["results"]["bindings"][0]["n"]["value"]) == kg.select(count)[0]["n"] > 10_000


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                         ("application/rdf+xml", "xml"), ("application/n-triples", "nt")])
def test_service_description(server, kg, accept, fmt):
    response = requests.get(server.sparql, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.text, format=fmt)
    service = rdflib.URIRef(server.sparql)
    assert (service, rdflib.RDF.type, SD.Service) in graph
    assert (service, SD.endpoint, service) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert {str(o) for o in graph.objects(None, SD.name)} == {kg.graph_iri(n) for n in ("data", "ontology", "inferred", "provenance")}


def test_browser_gets_a_query_form(server):
    response = requests.get(server.sparql, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["Content-Type"].startswith("text/html") and "<form" in response.text


def test_two_query_parameters_are_400(server):
    response = requests.get(server.sparql, params=[("query", ASK_UNIVERSITY), ("query", ASK_UNIVERSITY)])
    assert response.status_code == 400


def test_unknown_post_body_is_415(server):
    response = requests.post(server.sparql, data=json.dumps({"query": ASK_UNIVERSITY}),
                             headers={"Content-Type": "application/json"})
    assert response.status_code == 415
    assert response.json()["error"]["message"]


def test_cors_is_open_for_reads(server):
    response = requests.get(server.sparql, params={"query": ASK_UNIVERSITY}, headers={"Origin": "https://example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = requests.options(server.sparql, headers={"Origin": "https://example.org",
                                                         "Access-Control-Request-Method": "POST",
                                                         "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]
