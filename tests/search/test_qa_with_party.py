"""Cooperations with a party of a kind (search/qa_with_party.py) are read off a table made once per
build (search.qa_reach), per class the cooperations having a party of it: on the real graph the
answers are exactly those a scan of every cooperation's parties gives. Worded unlike the dev sets."""

import pytest

from search.qa_fact_indexes import by_label
from search.qa_graph import ORGANIZATION
from tests.search.spies import calls_of

QUESTIONS = ["有企业参与的合作项目有哪些？", "哪些项目同时有高校和企业参加", "Which projects involve a company?",
             "有几个项目有大学参与？"]


def _scanned(graph, answer_classes, kinds) -> set[str]:
    """The cooperations of ``answer_classes`` with, for every kind, a party of it: read from every one."""
    return {coop for coop in graph.of_class(answer_classes)
            if all(any(graph.classes.get(p, frozenset()) & kind for p in graph.parties.get(coop, ())) for kind in kinds)}


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_table_gives_what_a_scan_gives(qa, monkeypatch, question):
    operators = qa.operators
    asked = calls_of(monkeypatch, operators, "with_party")
    qa.answer(question)
    read = [(form.understanding, outcome) for (form,), outcome in asked if outcome is not None]
    assert read, f"not read as cooperations with a party of a kind: {question}"
    u, outcome = read[0]
    kinds = list(operators._party_kinds(u).values())
    expected = _scanned(operators.graph, u.answer_classes, kinds)
    assert expected and {e["id"] for e in outcome.answers} == expected


def test_answers_sorted_by_label_from_the_order_made_once(qa):
    """by_label sorts as a label read per item does (ties by IRI), also with a thing that has no label."""
    facts, graph = qa.operators.facts, qa.operators.graph
    organisations = graph.of_class({ORGANIZATION})
    assert len(organisations) > 20
    assert by_label(facts, organisations) == sorted(organisations, key=lambda x: (facts.label(x), x))
    unlabelled = {*list(organisations)[:5], "https://w3id.org/chanjiao/id/org/none-such"}
    assert by_label(facts, unlabelled) == sorted(unlabelled, key=lambda x: (facts.label(x), x))
