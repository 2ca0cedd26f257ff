"""Every statement cites its own span or says how it was derived, over the seed and the two test
sources: in the graph, on every entity page (graph.entities.describe, what the pages and
/api/entity render) and in every answer to the dev sets' questions.

Spans are checked against each document's own text as the graph stores it (schema:text).
"""

import json
from pathlib import Path

import pytest

from search.qa import QuestionAnswerer
from graph.entities import describe

REPO = Path(__file__).resolve().parents[2]
DEV_SETS = (REPO.parent / "shared" / "eval" / "qa-dev.jsonl", REPO / "tests" / "search" / "qa-dev-compositional.jsonl")
ID = "https://w3id.org/chanjiao/id/"
# Controlled vocabularies (industries, modes, project categories) and their schemes are no source's statements; the
# helper nodes (evidence, statements, activities) are the citations themselves.
UNSOURCED = {"industry", "mode", "category", "evidence", "statement", "activity"}
# A document's own metadata (its text, hash, licence, language, URL, free-text names) is not quoted from it.
METADATA = {"https://schema.org/text", "https://schema.org/url", "https://w3id.org/chanjiao/ontology#sha256",
            "https://w3id.org/chanjiao/ontology#evidence", "http://purl.org/dc/terms/language",
            "http://purl.org/dc/terms/rights"}
ASSERTED = """SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), "%s")) }"""
CITED = """SELECT ?s ?p ?o ?quote WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev .
  ?ev cj:quote ?quote }"""
DERIVED = """SELECT ?s ?p ?o ?premise ?activity WHERE { ?st a cj:DerivedStatement ; rdf:subject ?s ;
  rdf:predicate ?p ; rdf:object ?o ; prov:wasGeneratedBy ?activity ; prov:wasDerivedFrom ?premise .
  ?premise rdf:subject ?ps }"""


def kind(iri: str) -> str:
    return iri[len(ID):].split("/", 1)[0]


@pytest.fixture(scope="module")
def statements(three):
    """(asserted triples of entities, {triple: quotes citing it}, {triple: activities deriving it})."""
    _, kg = three

    def key(row: dict) -> tuple:
        return row["s"], row["p"], row["o"]

    asserted = {key(r) for r in kg.select(ASSERTED % ID, g=kg.graph_iri("data"))
                if kind(r["s"]) not in UNSOURCED and r["p"] not in METADATA}
    quotes, derived = {}, {}
    for r in kg.select(CITED):
        quotes.setdefault(key(r), []).append(r["quote"])
    for r in kg.select(DERIVED):
        derived.setdefault(key(r), set()).add(r["activity"])
    return asserted, quotes, derived


def test_every_asserted_statement_cites_a_span_or_is_derived(statements):
    asserted, quotes, derived = statements
    assert len(asserted) > 1500
    bare = [t for t in asserted if t not in quotes and t not in derived]
    both = [t for t in asserted if t in quotes and t in derived]
    assert not bare, f"{len(bare)} statements neither cite a span nor are derived: {sorted(map(str, bare))[:5]}"
    assert not both, both[:5]
    assert len(derived.keys() & asserted) > 100 and len(quotes.keys() & asserted) > 800


def test_a_cited_name_is_written_in_each_span_it_cites(statements):
    """A label, alias or title cites only the spans that write it; the rest says how it was made."""
    asserted, quotes, _ = statements
    names = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
             "http://www.w3.org/2004/02/skos/core#prefLabel", "http://purl.org/dc/terms/title"}
    checked = 0
    for s, p, o in asserted:
        if p in names and (s, p, o) in quotes:
            assert all(str(o) in q for q in quotes[(s, p, o)]), (s, p, o, quotes[(s, p, o)])
            checked += 1
    assert checked > 300


def test_registry_facts_cite_their_own_span_or_their_derivation(statements):
    """大连理工大学 (a registry entity named by all three sources): each alias cites the span that
    writes it, in its own document; the English name is a translation; the classification and the
    summary are the curator's, resting on the cited type."""
    _, quotes, derived = statements
    dlut = ID + "org/dlut"
    alt, label = "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2000/01/rdf-schema#label"
    assert quotes[(dlut, alt, "大工")] == ["大工与大连职业技术学院"]
    assert all("大連理工大學" in q for q in quotes[(dlut, alt, "大連理工大學")])
    assert derived[(dlut, label, "Dalian University of Technology")] == {ID + "activity/translation"}
    assert derived[(dlut, alt, "DUT")] == {ID + "activity/translation"}
    assert derived[(dlut, "https://w3id.org/chanjiao/ontology#industry", ID + "industry/higher-education")] == \
        {ID + "activity/curation"}
    spans = {tuple(sorted(v)) for (s, _, _), v in quotes.items() if s == dlut}
    assert len(spans) >= 4, "not the same coarse quotes for every statement"


def test_every_statement_on_every_entity_page_has_its_own_span_or_derivation(three, statements):
    _, kg = three
    entities = sorted({s for s, _, _ in statements[0]})
    assert len(entities) > 120
    values = 0
    for iri in entities:
        entity = describe(kg, iri)
        document = kind(iri) == "document"
        for prop in entity.properties:
            if document and prop.predicate.value in METADATA:
                continue
            for value in prop.values:
                assert value.evidence or value.derived_from, (iri, prop.predicate.value, value.node.value)
                for i in value.evidence:
                    ev = entity.evidence[i]
                    assert ev.document is not None and ev.start < ev.end, (iri, ev)
                    if value.node.lang and not value.derived_from and prop.predicate.value.endswith("altLabel"):
                        assert value.node.value in ev.quote, (iri, value.node.value, ev.quote)
                values += 1
        for link in entity.neighbours:
            if link.direction == "in" and kind(link.node.value) not in UNSOURCED:
                key = (link.node.value, link.predicate.value, iri)
                assert link.evidence or key in statements[2], key
    assert values > 500


def _cases():
    for path in DEV_SETS:
        if path.is_file():
            yield from (json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_every_answer_evidence_on_the_dev_sets_has_a_span_or_a_derivation(three, three_engine):
    _, kg = three
    questions = list(_cases())
    if len(questions) < 100:
        pytest.skip("the dev sets are not beside the repository")
    texts = {r["d"]: r["t"] for r in kg.select("SELECT ?d ?t { ?d a cj:SourceDocument ; schema:text ?t }")}
    qa = QuestionAnswerer(kg, three_engine)
    items = 0
    for q in questions:
        for item in qa.answer(q).to_dict()["evidence"]:
            source = item.get("source")
            assert source or item.get("derivation"), (q, item)
            if source:
                assert texts[source["document"]][source["start"]:source["end"]] == source["text"], (q, source)
            items += 1
    assert items > 200
