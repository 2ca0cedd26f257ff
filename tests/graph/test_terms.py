"""graph.terms: plain terms, their SPARQL syntax and values, checked against Oxigraph's own parser."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.embedded import from_ox, to_ox
from graph.errors import BadInput
from graph.store import bind
from graph.terms import blank, from_json, iri, literal, to_python

XSD = "http://www.w3.org/2001/XMLSchema#"
TERMS = [
    iri("https://w3id.org/chanjiao/id/org/dlut"),
    blank("b0"),
    literal("大连理工大学", lang="zh"),
    literal("16", datatype=XSD + "integer"),
    literal('a "quoted"\nline \\ with a tab\t'),
    literal("2024-05-17", datatype=XSD + "date"),
]


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.kind)
def test_n3_is_what_oxigraph_reads_and_writes(term):
    """The syntax of each term parses back to the same term, and equals Oxigraph's own."""
    assert term.n3() == str(to_ox(term))
    parsed = next(iter(ox.parse(f"<urn:s> <urn:p> {term.n3()} .", format=ox.RdfFormat.N_TRIPLES)))
    assert from_ox(parsed.object) == term


def test_string_datatypes_are_implied():
    assert literal("x", datatype=XSD + "string") == literal("x")
    assert from_ox(ox.Literal("x", language="en")) == literal("x", lang="en")


def test_values_convert_like_the_store():
    """SPARQL JSON terms become the Python values KnowledgeGraph.select gives."""
    assert to_python(from_json({"type": "uri", "value": "https://w3id.org/chanjiao/id/org/dlut"})) == \
        "https://w3id.org/chanjiao/id/org/dlut"
    assert to_python(from_json({"type": "literal", "value": "16", "datatype": XSD + "integer"})) == 16
    assert to_python(from_json({"type": "literal", "value": "1.2E8", "datatype": XSD + "double"})) == 1.2e8
    assert to_python(from_json({"type": "literal", "value": "true", "datatype": XSD + "boolean"})) is True
    assert to_python(from_json({"type": "literal", "value": "大连理工大学", "xml:lang": "zh"})) == "大连理工大学"
    assert to_python(from_json({"type": "literal", "value": "2023"})) == "2023"
    assert to_python(from_json({"type": "bnode", "value": "b1"})) == "_:b1"
    assert to_python(from_json(None)) is None


@pytest.mark.parametrize("bad", ["not an iri", "http://x/a b", "http://x/<y>", 'http://x/"'])
def test_binding_refuses_what_is_not_an_iri(bad):
    with pytest.raises(BadInput):
        iri(bad).n3()


def test_bind_writes_iris_and_literals():
    query = bind("SELECT ?n WHERE { ?x rdfs:label ?name }", {"x": "urn:a", "name": 'say "hi"'})
    assert query == 'SELECT ?n WHERE { <urn:a> rdfs:label "say \\"hi\\"" }'
