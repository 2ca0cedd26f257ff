"""The tables question answering compares every instance of a class by, made once per graph
(search.qa_counts, search.qa_own_words): each level holds what counting the real graph gives, and
the answers read from the tables are the answers counted at the question."""

import re
from dataclasses import fields, replace

from search.qa_counts import Aggregates
from search.qa_match import tokens
from search.qa_own_values import DESCRIPTIONS
from search.qa_yes_no import OWN_VALUES
from search.text import normalize

# Worded unlike the development sets: fewest, count bounds, most partners, a rank, own words.
QUESTIONS = ["哪家企业参与的项目最少", "which company is in the fewest projects?", "参与方最少的合作是哪个",
             "参与项目不少于1个的大学有哪些？", "which projects have at least three participants?",
             "参与项目不超过1个的高校", "哪个企业合作的高校最多？", "which company has the most partners?",
             "按参与的项目数，国创氢能在企业里排第几？", "哪个联合体是国家级的"]
ANSWERED = re.compile(r"最少|最多|排第|符合该数量条件|fewest|most|meeting that count|国家级")


def _counted_now(graph, name: str, x: str, kind) -> int:
    """The count each table keeps, as an operator counted it at the question before the tables."""
    if name == "parties":
        return sum(1 for p in graph.parties.get(x, ()) if kind is None or graph.classes[p] & kind)
    if name == "own_cooperations":
        return sum(1 for p in graph.cooperations(x, kind).values() if p == x)
    if name == "cooperations":
        return len(graph.cooperations(x, kind))
    return len(graph.partners(x, kind))


def test_every_level_holds_what_counting_the_graph_gives(qa):
    graph, aggregates = qa.operators.graph, qa.operators.aggregates
    for table in fields(Aggregates):
        held = getattr(aggregates, table.name).held
        assert held, table.name
        for (asked, kind), levels in held.items():
            expected: dict[int, list[str]] = {}
            for x in sorted(graph.of_class(asked)):
                if n := _counted_now(graph, table.name, x, kind):
                    expected.setdefault(n, []).append(x)
            assert levels == {n: tuple(xs) for n, xs in expected.items()}, (table.name, asked, kind)


def test_a_pair_no_class_word_names_is_counted_at_the_question(qa):
    """Two kinds of party at once are no table's: counted now, as the table would hold them."""
    graph, parties = qa.operators.graph, qa.operators.aggregates.parties
    asked = next(a for a, k in parties.held if k is None)
    kind = frozenset().union(*(k for a, k in parties.held if k and len(k) == 1))
    assert (asked, kind) not in parties.held
    counted = parties.of(graph, asked, kind)
    assert counted and all(_counted_now(graph, "parties", x, kind) == n for n, xs in counted.items() for x in xs)


def test_answers_read_from_the_tables_are_those_counted_at_the_question(qa):
    operators = qa.operators
    from_tables = [qa.answer(q).to_dict() for q in QUESTIONS]
    assert all(a["answers"] and ANSWERED.search(a["answer_text"]) for a in from_tables), \
        [a["answer_text"] for a in from_tables]
    kept = operators.aggregates
    operators.aggregates = Aggregates(*(replace(getattr(kept, f.name), held={}) for f in fields(Aggregates)))
    try:
        assert [qa.answer(q).to_dict() for q in QUESTIONS] == from_tables
    finally:
        operators.aggregates = kept


def test_the_own_words_index_holds_each_entitys_own_values_and_descriptions(qa, kg):
    index, graph = qa.operators.own_words, qa.operators.graph
    entities = sorted(set().union(*index.valued.values()))
    assert entities
    for x in entities:
        valued = tokens(" ".join(normalize(str(r["v"])) for r in kg.select(OWN_VALUES, x=x)))
        described = tokens(" ".join(normalize(str(r["v"])) for r in kg.select(DESCRIPTIONS, x=x))) - valued
        classes = graph.classes[x]
        assert all(x in index.holding(graph, classes, {w}) for w in valued), x
        assert not any(x in index.holding(graph, classes, {w}) for w in described), x  # one own value at least
        if described:
            assert x in index.holding(graph, classes, {min(valued), min(described)}), x
        assert x not in index.holding(graph, frozenset(), {min(valued)})  # no instance of the classes asked
