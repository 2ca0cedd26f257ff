"""Question answering over a deadline-bound graph (graph.bounded): its queries run on real query
workers, give the rows the store gives in process, and a query past its deadline is stopped."""

import pytest

from graph.bounded import TooManyRows, bounded
from graph.errors import QueryTimeout
from graph.runner import QueryRunner, RunnerConfig, StoreSource
from search.qa import QuestionAnswerer
from search.qa_fact_queries import EVIDENCE, FIGURES, LABELS
from search.qa_graph import PARTICIPANT

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
QUESTIONS = ["哪些高校参与了氢能相关的合作？", "联合体有多少家成员单位？", "Which companies took part in the talent cultivation projects?",
             "实训基地总投资多少？", "大连理工大学参与了哪些项目？"]


@pytest.fixture(scope="module")
def runner(kg):
    pool = QueryRunner(StoreSource.of(kg), RunnerConfig(workers=2)).start()
    yield pool
    pool.close()


@pytest.fixture(scope="module")
def bounded_kg(kg, runner):
    return bounded(kg, runner, timeout_s=30.0, row_cap=100_000)


def test_bounded_queries_give_the_rows_of_the_store(kg, bounded_kg):
    for query, bindings in ((LABELS, {}), (FIGURES.replace("?lang", '"zh"'), {}),
                            (EVIDENCE, {"p": PARTICIPANT})):
        assert sorted(map(repr, bounded_kg.select(query, **bindings))) == sorted(map(repr, kg.select(query, **bindings)))
    assert bounded_kg.ask("ASK { ?s a cj:Organization }") is True


def test_a_bounded_query_past_its_deadline_is_stopped(kg, runner):
    with pytest.raises(QueryTimeout):
        bounded(kg, runner, timeout_s=0.5, row_cap=10).select(CARTESIAN)


def test_a_bounded_query_with_more_rows_than_the_cap_is_refused_not_cut(kg, runner):
    with pytest.raises(TooManyRows):
        bounded(kg, runner, timeout_s=30.0, row_cap=10).select(LABELS)


def test_answers_over_the_bounded_graph_are_the_in_process_answers(kg, real_engine, bounded_kg):
    plain, deadline_bound = QuestionAnswerer(kg, real_engine), QuestionAnswerer(kg, real_engine, queries=bounded_kg)
    assert deadline_bound.kg is bounded_kg and deadline_bound.facts.kg is bounded_kg
    for question in QUESTIONS:
        assert deadline_bound.answer(question).to_dict() == plain.answer(question).to_dict(), question
