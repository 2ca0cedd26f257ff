"""What the build's index step reads faster reads what the old definitions read (build16, issue #18):
rows streamed as plain values (graph.embedded.value_of) are the Terms converted by graph.terms.to_python,
and question answering's own-words index (search.qa_own_words.made, its values read by property) is
the index of OWN_VALUES's rows over the whole graph as it was made, on the seed's graph and on a
build of generated data at twice the seed."""

from collections import defaultdict

import pytest

from graph.routing import PROVENANCE
from graph.store import KnowledgeGraph, open_build
from graph.store import current_store_dir
from graph.terms import to_python
from search import qa_fact_queries, qa_fact_tables, qa_graph, qa_own_words, qa_sentences
from search.qa_match import tokens
from search.qa_own_values import DESCRIPTIONS
from search.qa_yes_no import OWN_VALUES
from search.text import normalize

# Queries the facts are read by: IRIs, language-tagged and typed literals (numbers, dates), unbound
# OPTIONAL values, blank-node-free DISTINCT rows.
QUERIES = (qa_graph.TYPES, qa_fact_queries.LABELS, qa_fact_queries.FIGURES.replace("?lang", '"zh"'),
           qa_fact_queries.FIGURE_VERSIONS, qa_fact_queries.QUANTITY_OWNERS, qa_fact_queries.OWNER_NAMES,
           qa_fact_queries.DATED,
           qa_fact_queries.HELD_DATES, qa_fact_queries.POSITION_DATES, OWN_VALUES)


@pytest.fixture(scope="module", params=["seed", "generated 2x"])
def graph(request, kg):
    if request.param == "seed":
        yield kg
        return
    two = open_build(current_store_dir(request.getfixturevalue("scale_two") / "data"))
    yield two
    two.close()


def _old_words_of(rows, within=None) -> dict[str, set[str]]:
    """search.qa_own_words._words_of as it was: one text of an entity's values joined, then its words."""
    texts: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if within is None or row["x"] in within:
            texts[row["x"]].append(normalize(str(row["v"])))
    return {x: tokens(" ".join(vs)) for x, vs in texts.items()}


def _old_own_words(kg: KnowledgeGraph) -> qa_own_words.OwnWords:
    """The own-words index as it was made: OWN_VALUES unbound, every row of it."""
    valued = _old_words_of(kg.select(OWN_VALUES))
    described = _old_words_of(kg.select(DESCRIPTIONS), set(valued))  # before _index empties ``valued``
    return qa_own_words.OwnWords(qa_own_words._index(valued), qa_own_words._index(described))


@pytest.mark.parametrize("sparql", QUERIES, ids=lambda q: " ".join(q.split())[:40])
def test_streamed_plain_values_are_the_terms_converted(graph, sparql):
    plain = list(graph.stream(sparql))
    converted = [{name: to_python(term) for name, term in row.items()} for row in graph.store.iter_select(sparql)]
    assert plain and len(plain) == len(converted)
    # two evaluations of a query without ORDER BY may give its rows in two orders (Oxigraph's joins)
    assert sorted(map(_typed, plain)) == sorted(map(_typed, converted))
    assert {tuple(row) for row in plain} == {tuple(row) for row in converted}  # the variables in one order


def _typed(row: dict) -> tuple:
    """A row as sortable items, each value with its type (3 and 3.0, "1" and 1 told apart)."""
    return tuple((name, type(value).__name__, repr(value)) for name, value in row.items())


def test_own_values_by_property_are_the_pairs_own_values_reads(graph):
    by_property = [(r["x"], r["v"]) for r in qa_own_words.own_values(graph)]
    assert by_property
    assert set(by_property) == {(r["x"], r["v"]) for r in graph.select(OWN_VALUES)}


def test_the_own_words_index_is_the_old_definitions(graph):
    made, old = qa_own_words.made(graph), _old_own_words(graph)
    assert made.valued  # the generated data have no descriptions; the seed has
    assert made == old


def test_plain_values_of_each_kind_of_term():
    kg = KnowledgeGraph.from_turtle("""
        @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:a ex:n 3 ; ex:d 2.50 ; ex:f "1e2"^^xsd:double ; ex:b true ; ex:z "0"^^xsd:boolean ; ex:bad "abc"^^xsd:integer ;
             ex:l "名"@zh ; ex:s "plain" ; ex:t "2023-01-02"^^xsd:date ; ex:k [ ex:n 0 ] .""", ontology=False)
    sparql = "SELECT ?p ?o ?none WHERE { <http://example.org/a> ?p ?o . OPTIONAL { ?o <http://example.org/none> ?none } }"
    plain = {row["p"].rsplit("/", 1)[-1]: row for row in kg.stream(sparql)}
    assert [plain[k]["o"] for k in ("n", "d", "f", "b", "z", "bad", "l", "s", "t")] == \
        [3, 2.5, 100.0, True, False, "abc", "名", "plain", "2023-01-02"]
    assert plain["k"]["o"].startswith("_:") and all(row["none"] is None for row in plain.values())
    converted = [{n: to_python(t) for n, t in row.items()} for row in kg.store.iter_select(sparql)]
    assert sorted(map(_typed, kg.stream(sparql))) == sorted(map(_typed, converted))


# The joins the index step reads by hash-joined subqueries (parts25), as they were written before.
OLD_PARTICIPATION_EVIDENCE = """SELECT ?s ?o ?doc ?start ?end ?quote WHERE {
  ?st rdf:predicate cj:participant ; rdf:subject ?s ; rdf:object ?o ; cj:evidence ?ev .
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote . } ORDER BY ?start"""
OLD_CITED_IN = "SELECT DISTINCT ?doc ?x WHERE { ?x cj:evidence ?ev . ?ev cj:sourceDocument ?doc }"
OLD_ACTED = """SELECT DISTINCT ?e WHERE { ?e prov:wasAssociatedWith ?a . ?a a cj:Organization .
  FILTER NOT EXISTS { ?signed cj:signedAt ?e } }"""
OLD_CITED_FACTS = """SELECT ?doc ?start ?end ?quote ?s ?p ?o (isIRI(?o) AS ?iri) (LANG(?o) AS ?lang) WHERE {
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
  ?st cj:evidence ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . }"""


def test_typed_nodes_read_class_by_class_are_the_rows_of_types_in_their_order(graph):
    assert list(qa_graph.typed(graph)) == [(r["x"], r["cls"]) for r in graph.stream(qa_graph.TYPES)] != []


def test_participation_spans_joined_by_a_subquery_are_the_rows_joined_by_patterns(graph):
    rows = list(graph.stream(qa_fact_queries.PARTICIPATION_EVIDENCE))
    assert rows and sorted(map(_typed, rows)) == sorted(map(_typed, graph.stream(OLD_PARTICIPATION_EVIDENCE)))


def test_each_participations_spans_are_the_old_rows_by_their_start(graph):
    old: dict[tuple, list[tuple]] = defaultdict(list)
    for r in graph.stream(OLD_PARTICIPATION_EVIDENCE):  # ordered by start, ties in the store's order
        old[(r["s"], r["o"])].append((r["doc"], r["start"], r["end"], r["quote"]))
    spans = qa_fact_tables.participation_spans(graph)
    assert spans and spans.keys() == old.keys()
    for key, stated in spans.items():
        assert sorted(stated) == sorted(old[key]) and [s[1] for s in stated] == [s[1] for s in old[key]]


def test_spans_of_one_participation_starting_alike_are_ordered_by_document():
    def span(name: str, doc: str, start: int, end: int) -> str:
        return (f'ex:{name} cj:sourceDocument ex:{doc} ; cj:start {start} ; cj:end {end} ; cj:quote "{name}" .')
    kg = KnowledgeGraph.from_turtle(f"""
        @prefix ex: <http://example.org/> . @prefix cj: <https://w3id.org/chanjiao/ontology#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        ex:st rdf:subject ex:party ; rdf:predicate cj:participant ; rdf:object ex:coop ;
              cj:evidence ex:late, ex:b, ex:a, ex:early .
        ex:other rdf:subject ex:party ; rdf:predicate cj:member ; rdf:object ex:coop ; cj:evidence ex:late .
        {span("late", "d1", 9, 12)} {span("b", "d2", 5, 7)} {span("a", "d1", 5, 8)} {span("early", "d3", 1, 4)}
        """, ontology=False)
    ex = "http://example.org/"
    assert qa_fact_tables.participation_spans(kg) == {(ex + "party", ex + "coop"): [
        (ex + "d3", 1, 4, "early"), (ex + "d1", 5, 8, "a"), (ex + "d2", 5, 7, "b"), (ex + "d1", 9, 12, "late")]}


def test_the_events_organisations_acted_in_joined_by_subqueries_are_the_old_events(graph):
    events = [r["e"] for r in graph.stream(qa_fact_queries.ACTED)]
    assert events and len(events) == len(set(events)) == len({r["e"] for r in graph.stream(OLD_ACTED)})
    assert set(events) == {r["e"] for r in graph.stream(OLD_ACTED)}


def test_the_entities_a_document_cites_are_the_old_rows_without_the_reified_statements(graph):
    statements = {r["st"] for r in graph.stream("SELECT ?st WHERE { ?st a rdf:Statement }")}
    rows = list(graph.stream(qa_fact_queries.CITED_IN, provenance=graph.graph_iri(PROVENANCE)))
    old = [r for r in graph.stream(OLD_CITED_IN) if r["x"] not in statements]
    assert rows and sorted(map(_typed, rows)) == sorted(map(_typed, old))


def _cited_in_python(row: dict) -> dict:
    """A row of OLD_CITED_FACTS with its object tested as qa_sentences.made tested it before the store did."""
    cites = row["o"] if row["iri"] and row["p"] != "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" else None
    english = row["o"] if not cites and str(row["lang"] or "").startswith("en") else None
    return {**{n: row[n] for n in ("doc", "start", "end", "quote", "s")}, "cites": cites, "english": english}


def test_cited_facts_read_apart_from_their_spans_are_the_rows_read_with_them(graph):
    cited = [{"doc": k[0], "start": k[1], "end": k[2], "quote": q, **{n: row[n] for n in ("s", "cites", "english")}}
             for k, q, row in qa_sentences._cited(graph)]
    assert any(row["cites"] for row in cited) and any(row["english"] for row in cited)
    assert sorted(map(_typed, cited)) == sorted(map(_typed, map(_cited_in_python, graph.stream(OLD_CITED_FACTS))))


def test_spans_joined_by_hash_tables_are_the_spans_looked_up(graph):
    rows = list(graph.stream(qa_fact_queries.SPANS_HASHED))
    assert rows and sorted(map(_typed, rows)) == sorted(map(_typed, graph.stream(qa_fact_queries.SPANS)))
