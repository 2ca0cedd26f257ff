"""Citations readers can check: every statement cites its own span, every span links to the
document page, every answer's evidence points at a span; no page hard-codes one consortium.

What pages and answers are checked against (each statement's spans, the entities, the documents) is
read from the built store through the library (``kg``: the very build the server serves; never the
curated YAML). These tests are about citations, not about /sparql: read through the session
server's endpoint, whose deadline is a deliberately short 2 s, paging every statement of the graph
failed under load; the endpoint's own deadline and row cap are tests/service/test_safety.py's, its
formats test_protocol.py's.
What the server serves (/api/entity, entity and document pages, /api/ask, the home pages) is read
from the real server process with a real client. Every entity's description is made in process by
the library function /api/entity serves (graph.entities.describe): one HTTP request per entity cost
minutes; that the API serves exactly this JSON is checked on sampled entities below.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
import requests

from graph.entities import describe

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[2]
QA_DEV = REPO.parent / "shared" / "eval" / "qa-dev.jsonl"
SPAN_URL = re.compile(r"^/id/document/[a-z0-9][a-z0-9-]*#char=(\d+),(\d+)$")
BROWSER = "text/html,application/xhtml+xml"
# Controlled vocabularies (industries, cooperation modes, project categories) are no source's statements, and a
# document's own metadata (licence, hash, text) is not quoted from it.
UNSOURCED_KINDS = {"industry", "mode", "category", "document"}
HELPER_KINDS = {"evidence", "statement", "activity"}
STATEMENT_SPANS = """PREFIX cj: <https://w3id.org/chanjiao/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o ?doc ?start ?end WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev .
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end }"""
ENTITIES = """SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "%sid/")) } ORDER BY ?s"""
FORBIDDEN = ("金普", "大连日报", "Jinpu", "Dalian Daily")
# Files that make pages: no consortium's name may be written into them.
PAGE_SOURCES = ("web/templates/*.html", "web/static/js/*.js", "web/static/queries/*.rq", "web/*.py",
                "ontology/chanjiao.ttl")


def select(kg, query: str) -> list[dict]:
    """The rows of a SELECT query on the built store, each value as its lexical form (as /sparql's JSON
    and /api/entity give it)."""
    return [{k: term.value for k, term in row.items() if term is not None} for row in kg.rows(query)]


@pytest.fixture(scope="module")
def statement_spans(kg) -> dict:
    """(subject, predicate, object) → {(document, start, end)} of every reified statement, from the store."""
    spans = defaultdict(set)
    for row in select(kg, STATEMENT_SPANS):
        spans[(row["s"], row["p"], row["o"])].add((row["doc"], int(row["start"]), int(row["end"])))
    return spans


def kind_of(base: str, iri: str) -> str:
    return iri[len(base) + len("id/"):].split("/", 1)[0]


def cited(entity: dict, indices: list[int]) -> set:
    return {(entity["evidence"][i]["document"]["value"], entity["evidence"][i]["start"], entity["evidence"][i]["end"])
            for i in indices}


@pytest.fixture(scope="module")
def entities(kg, base_iri) -> list[str]:
    """Every entity with a page (helper nodes excepted), from the store."""
    return [row["s"] for row in select(kg, ENTITIES % base_iri) if kind_of(base_iri, row["s"]) not in HELPER_KINDS]


def entity_json(kg, iri: str) -> dict:
    """What /api/entity answers for ``iri``, made in process (as JSON, so tuples become lists)."""
    view = describe(kg, iri)
    assert view is not None, iri
    return json.loads(json.dumps(view.to_dict()))


def test_the_api_serves_the_library_description(server, kg, entities):
    """The in-process descriptions below are what the server serves: every 25th entity, each kind."""
    kinds = {}
    for iri in entities:
        kinds.setdefault(kind_of(kg.base_iri, iri), iri)
    for iri in sorted({*entities[::25], *kinds.values()}):
        response = requests.get(f"{server.url}/api/entity", params={"iri": iri})
        assert response.status_code == 200 and response.json() == entity_json(kg, iri), iri


def test_every_statement_on_every_entity_page_cites_its_own_span(kg, base_iri, entities, statement_spans):
    assert len(entities) > 100
    checked = 0
    for iri in entities:
        entity = entity_json(kg, iri)
        sourced = kind_of(base_iri, iri) not in UNSOURCED_KINDS
        for prop in entity["properties"]:
            for value in prop["values"]:
                own = statement_spans.get((iri, prop["predicate"]["value"], value["value"]), set())
                if value.get("derived_from"):  # no span states it: it says what it rests on
                    assert not own, (iri, prop["predicate"]["value"], value["value"])
                    checked += 1
                    continue
                assert cited(entity, value["evidence"]) == own, (iri, prop["predicate"]["value"], value["value"])
                assert own or not sourced, f"{iri} {prop['predicate']['value']} {value['value']} cites nothing"
                checked += 1
        for link in entity["neighbours"]:
            key = (iri, link["predicate"]["value"], link["value"]) if link["direction"] == "out" else \
                (link["value"], link["predicate"]["value"], iri)
            assert cited(entity, link["evidence"]) == statement_spans.get(key, set()), key
        for prop in entity["inferred"] if sourced else ():
            for value in prop["values"]:
                assert value.get("derived_from"), f"{iri} {prop['predicate']['value']} {value['value']}: no derivation"
        for ev in entity["evidence"]:
            match = SPAN_URL.match(ev["url"])
            assert match and (int(match[1]), int(match[2])) == (ev["start"], ev["end"])
            assert ev["url"].startswith(ev["document"]["path"] + "#")
    assert checked > 500


def test_a_university_page_cites_each_project_with_its_own_span(server, kg):
    """大连理工大学-like: a university in several projects shows one distinct span per participation."""
    rows = select(kg, """PREFIX cj: <https://w3id.org/chanjiao/ontology#>
        SELECT ?u (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c cj:participant ?u . ?u a cj:University }}
        GROUP BY ?u ORDER BY DESC(?n) ?u LIMIT 1""")
    iri, projects = rows[0]["u"], int(rows[0]["n"])
    assert projects >= 2
    entity = requests.get(f"{server.url}/api/entity", params={"iri": iri}).json()
    participations = [link for link in entity["neighbours"]
                      if link["direction"] == "in" and link["predicate"]["value"].endswith("#participant")]
    assert len(participations) == projects
    spans = [frozenset(cited(entity, link["evidence"])) for link in participations]
    assert all(spans) and len(set(spans)) == projects, "each participation cites its own span"
    html = requests.get(server.url + entity["path"], headers={"Accept": BROWSER}).text
    for ev in entity["evidence"]:
        assert f'href="{ev["url"]}"' in html


def test_every_answer_evidence_on_the_dev_set_points_at_a_span(server):
    if not QA_DEV.is_file():
        pytest.skip(f"the dev set is not beside the repository ({QA_DEV})")
    cases = [json.loads(line) for line in QA_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = []
    for case in cases:
        answer = requests.get(f"{server.url}/api/ask", params={"q": case["q"]}).json()
        for item in answer["evidence"]:
            source = item.get("source")
            if not source:
                missing.append((case["q"], item["path"]))
                continue
            match = SPAN_URL.match(source["url"])
            assert match and (int(match[1]), int(match[2])) == (source["start"], source["end"]), source
    assert not missing, f"{len(missing)} evidence items without a source span: {missing[:5]}"


def test_the_document_page_and_its_rdf(server, kg, base_iri):
    rows = select(kg, """PREFIX cj: <https://w3id.org/chanjiao/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?doc ?title ?sha WHERE { ?doc a cj:SourceDocument ; schema:text ?text ; cj:sha256 ?sha ;
        dcterms:title ?title FILTER(lang(?title) = "zh") }""")
    assert rows
    for row in rows:
        path = "/" + row["doc"][len(base_iri):]
        html = requests.get(server.url + path, headers={"Accept": BROWSER})
        assert html.status_code == 200 and row["title"] in html.text and row["sha"] in html.text
        assert 'class="document-text"' in html.text and '<mark id="char=' in html.text
        turtle = requests.get(server.url + path, headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and turtle.headers["Content-Type"].startswith("text/turtle")


def test_no_page_source_names_one_consortium():
    offending = [f"{path.relative_to(REPO)}: {word}" for pattern in PAGE_SOURCES for path in sorted(REPO.glob(pattern))
                 for word in FORBIDDEN if word in path.read_text(encoding="utf-8")]
    assert not offending


def test_pages_name_the_site_generically_and_count_the_graphs_sources(server, kg):
    count = int(select(kg, "PREFIX cj: <https://w3id.org/chanjiao/ontology#> "
                               "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a cj:SourceDocument }")[0]["n"])
    for path in ("/", "/query", "/ontology"):
        html = requests.get(server.url + path, headers={"Accept": BROWSER}).text
        assert "产教融合知识图谱" in html
        assert (f"{count} 篇来源文档" in html) if count > 1 else ("数据来源：<a href=\"/id/document/" in html)
