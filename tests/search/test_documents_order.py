"""The catalogue is the same whatever order the store gives its rows in.

A store in memory gives a query's rows in another order than the build's on-disk store: a catalogue
that took the first label of the shortest length, or aliases and descriptions as their rows came,
differed for a third of the documents (bench/results/early27-2026-12-06.md), so the passages could
not be composed from inference's scratch store ahead of the build's. Here every query's rows are
given reversed and shuffled, and the catalogue must not change.
"""

import random

import pytest

from graph.store import KnowledgeGraph
from search.documents import load_catalogue


class _Reordered:
    """``kg`` whose SELECT rows come in another order (``order`` rearranges a list of them)."""

    def __init__(self, kg, order):
        self.kg, self.order = kg, order

    def stream(self, sparql, **bindings):
        return iter(self.order(list(self.kg.stream(sparql, **bindings))))

    def stream_rows(self, sparql, **bindings):
        return iter(self.order(list(self.kg.stream_rows(sparql, **bindings))))

    def rows(self, sparql, **bindings):
        return self.order(list(self.kg.rows(sparql, **bindings)))


def _shuffled(rows: list) -> list:
    random.Random(28).shuffle(rows)
    return rows


@pytest.mark.parametrize("graph", ["kg", "small_kg"])
@pytest.mark.parametrize("order", [lambda rows: rows[::-1], _shuffled], ids=["reversed", "shuffled"])
def test_the_catalogue_does_not_follow_the_stores_row_order(graph, order, request):
    kg = request.getfixturevalue(graph)
    catalogue = load_catalogue(kg)
    assert load_catalogue(_Reordered(kg, order)) == catalogue
    # Not vacuous: some node has more than one alias whose order the rows decided.
    assert any(len(doc.names.aliases) > 1 for doc in catalogue.docs)


NAMED = """
@prefix cj: <https://w3id.org/chanjiao/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/chanjiao/id/org/x> a cj:University ;
    rdfs:label "乙校"@zh , "甲校"@zh , "甲乙大学"@zh , "Y College"@en , "X College"@en ;
    skos:altLabel "丙"@zh , "Alpha"@en , "乙"@zh ;
    dcterms:description "第二。"@zh , "第一。"@zh , "Second."@en .
"""


def test_a_label_is_the_shortest_and_first_in_text_order_the_rest_in_text_order():
    names = load_catalogue(KnowledgeGraph.from_turtle(NAMED)).docs[0].names
    assert (names.zh, names.en) == ("乙校", "X College")
    assert names.aliases == ("甲乙大学", "甲校", "Y College", "Alpha", "丙", "乙")
    assert names.descriptions == ("第一。", "第二。", "Second.")
