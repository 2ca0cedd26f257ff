"""KnowledgeGraph.stream and stream_rows: the rows of select and rows, in their order, one at a time."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from search.documents import NAMES
from search.qa_graph import TYPES

QUERIES = (
    TYPES,  # every typed node's cj: classes: the largest result the index step reads
    NAMES.format(predicate="rdfs:label"),  # literals with languages
    "SELECT ?coop ?party WHERE { ?coop cj:participant ?party } ORDER BY ?coop ?party",
    "SELECT ?x ?date WHERE { ?x a cj:CooperationProject . OPTIONAL { ?x cj:date ?date } }",  # unbound values
)


@pytest.mark.parametrize("sparql", QUERIES)
def test_streamed_rows_are_the_selected_rows_in_their_order(kg, sparql):
    selected = kg.select(sparql)
    assert len(selected) > 10
    assert list(kg.stream(sparql)) == selected
    assert list(kg.stream_rows(sparql)) == kg.rows(sparql)


def test_a_streamed_query_binds_as_select_does(kg):
    party = kg.select(QUERIES[2])[0]["party"]
    bound = "SELECT ?coop WHERE { ?coop cj:participant ?party }"
    assert list(kg.stream(bound, party=party)) == kg.select(bound, party=party) != []


def test_a_bad_query_streamed_is_refused_as_select_refuses_it(kg):
    with pytest.raises(QueryError):
        next(kg.stream("SELECT ?x WHERE { ?x"))
    with pytest.raises(QueryError):
        kg.stream_rows("ASK { ?s ?p ?o }")
