"""Every minted IRI dereferences: HTML for browsers, the concise bounded description otherwise."""

from __future__ import annotations

import pytest
import rdflib
import requests

pytestmark = pytest.mark.server

CJ = rdflib.Namespace("https://w3id.org/chanjiao/ontology#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
RDF_FORMATS = [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
               ("application/n-triples", "nt"), ("application/rdf+xml", "xml")]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("accept, fmt", RDF_FORMATS)
def test_entity_cbd_in_every_rdf_format(server, kg, entity_path, accept, fmt):
    iri = rdflib.URIRef(kg.base_iri + entity_path[1:])
    response = requests.get(server.url + entity_path, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    assert "Accept" in response.headers["Vary"]
    graph = rdflib.Graph().parse(data=response.text, format=fmt)
    expected = kg.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{iri}> ?p ?o }}")[0]["n"]
    assert len(set(graph.triples((iri, None, None)))) == expected
    statements = set(graph.subjects(rdflib.RDF.subject, iri))
    # each statement about it either cites its evidence or is derived and names what it rests on
    assert statements and all((s, CJ.evidence, None) in graph or (s, PROV.wasDerivedFrom, None) in graph
                              for s in statements)
    assert any((s, CJ.evidence, None) in graph for s in statements)


def test_entity_default_is_turtle(server, entity_path):
    response = requests.get(server.url + entity_path)
    assert response.headers["Content-Type"].startswith("text/turtle")


def test_format_parameter(server, entity_path):
    response = requests.get(server.url + entity_path, params={"format": "jsonld"}, headers={"Accept": BROWSER})
    assert response.headers["Content-Type"].startswith("application/ld+json")


def test_entity_page_for_browsers(server, kg, entity_path):
    iri = kg.base_iri + entity_path[1:]
    label = kg.select(f"SELECT ?l WHERE {{ <{iri}> rdfs:label ?l FILTER(lang(?l) = 'zh') }}")[0]["l"]
    project = kg.select(f"SELECT ?p WHERE {{ <{iri}> cj:participatesIn ?p }} ORDER BY ?p LIMIT 1")[0]["p"]
    quote = kg.select(f"SELECT ?q WHERE {{ <{iri}> cj:evidence/cj:quote ?q }} LIMIT 1")[0]["q"]
    response = requests.get(server.url + entity_path, headers={"Accept": BROWSER})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    html = response.text
    assert label in html and quote in html
    assert f'href="/{project[len(kg.base_iri):]}"' in html
    assert 'href="/ontology#University"' in html
    assert "Content-Security-Policy" in response.headers
    linked = requests.get(f"{server.url}/{project[len(kg.base_iri):]}", headers={"Accept": BROWSER})
    assert linked.status_code == 200


def test_evidence_and_statement_nodes_dereference(server, kg, entity_path):
    iri = kg.base_iri + entity_path[1:]
    row = kg.select(f"SELECT ?st ?ev WHERE {{ ?st rdf:subject <{iri}> ; cj:evidence ?ev }} LIMIT 1")[0]
    for node in (row["st"], row["ev"]):
        assert requests.get(f"{server.url}/{node[len(kg.base_iri):]}").status_code == 200


@pytest.mark.parametrize("path", ["/id/org/no-such-org", "/id/nothing/dlut", "/id/org/UPPER", "/id/org/a b"])
def test_unknown_entities_are_404(server, path):
    for accept in ("text/turtle", BROWSER, "application/ld+json"):
        response = requests.get(server.url + path, headers={"Accept": accept})
        assert response.status_code == 404
    assert requests.get(server.url + path).json()["error"]["code"] == "not_found"


def test_unacceptable_entity_format_is_406(server, entity_path):
    assert requests.get(server.url + entity_path, headers={"Accept": "image/png"}).status_code == 406


@pytest.mark.parametrize("accept, fmt", RDF_FORMATS)
def test_ontology_in_every_format(server, accept, fmt):
    response = requests.get(f"{server.url}/ontology", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.text, format=fmt)
    assert (CJ.University, rdflib.RDFS.subClassOf, CJ.EducationalInstitution) in graph
    assert (rdflib.URIRef("https://w3id.org/chanjiao/ontology"), rdflib.RDF.type, rdflib.OWL.Ontology) in graph


def test_ontology_is_whole_in_every_format_beyond_the_row_cap(server):
    # the test server's row cap (1000) is below the ontology's size: it bounds query answers, not the ontology
    graphs = [rdflib.Graph().parse(data=requests.get(f"{server.url}/ontology", headers={"Accept": accept}).text, format=fmt)
              for accept, fmt in RDF_FORMATS]
    assert len(graphs[0]) > 1000 and len({len(g) for g in graphs}) == 1


def test_ontology_page(server):
    response = requests.get(f"{server.url}/ontology", headers={"Accept": BROWSER})
    assert response.headers["Content-Type"].startswith("text/html")
    assert 'id="University"' in response.text and "本科高校" in response.text


def test_void_describes_the_dataset_with_the_stores_real_counts(server):
    """VoID at /.well-known/void, parsed by rdflib, against counts asked of the endpoint itself."""
    from rdflib import Graph, Namespace, URIRef

    void = Namespace("http://rdfs.org/ns/void#")
    response = requests.get(server.url + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=response.text, format="turtle")
    dataset = next(g.subjects(void.sparqlEndpoint, URIRef(server.sparql)))

    def count(query: str) -> int:
        body = requests.get(server.sparql, params={"query": query},
                            headers={"Accept": "application/sparql-results+json"}).json()
        return int(body["results"]["bindings"][0]["n"]["value"])

    assert int(g.value(dataset, void.triples)) == count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    universities = next(p for p in g.objects(dataset, void.classPartition)
                        if g.value(p, void["class"]) == URIRef("https://w3id.org/chanjiao/ontology#University"))
    assert int(g.value(universities, void.entities)) == count("SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE { ?u a cj:University }")
    assert g.value(dataset, URIRef("http://purl.org/dc/terms/license")) is not None
    assert len(list(g.objects(dataset, void.exampleResource))) >= 3
