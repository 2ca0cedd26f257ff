"""The participation plans' rows come from the participation index (search/qa_index.py), not from the
store: on the real graph and on generated data at twice the seed, the index gives exactly the rows
the plan's SPARQL gives. A long list names its first answers and counts them all."""

import re

import pytest

from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search import qa as qa_module
from search import qa_index
from search.prebuild import index_dir
from search.qa import QAConfig, QuestionAnswerer

# Each kind of participation plan, worded unlike the dev sets: a topic, a named partner, a named
# cooperation, "the most", industries of a named organisation, no constraint at all; a topic describing the asked
# kind, its makers answering whatever their cooperation's industry (qa_planners.made_anchors).
QUESTIONS = ["哪些学校参与了燃料电池方面的合作？", "Which companies work on hydrogen energy?",
             "和大连机床一起做项目的学院有哪些？", "大连理工大学参加了哪些项目？", "哪个项目的参与单位最多？",
             "大连交通大学的合作涉及哪些产业？", "哪些单位参与了合作项目？", "有哪些企业？",
             "Which projects does Dalian University of Technology take part in?", "哪所高校参与的项目最多？",
             "数控机床领域有哪些合作项目？", "质子交换膜燃料电池金属石墨复合双极板开发项目有哪些参与方？",
             "大连职业技术学院和哪家做互感器的企业合作了？", "Which instrument-transformer maker signed a deal?",
             # two topics named apart, each a condition (search/qa_joint_topics): a party's industry, the project's
             "做生物医药的企业跟哪所大学合作培养中药人才？", "搞算力的单位参与了哪些人工智能的项目？"]
KINDS = {"participants", "cooperations", "industries"}


def _plans(qa: QuestionAnswerer, monkeypatch) -> list:
    """Every plan the answers to QUESTIONS were composed with."""
    return _plans_of(qa, monkeypatch, QUESTIONS)


def _plans_of(qa: QuestionAnswerer, monkeypatch, questions: list[str]) -> list:
    """Every plan the answers to ``questions`` were composed with."""
    plans: list = []
    compose = qa_module.compose
    monkeypatch.setattr(qa_module, "compose", lambda form, facts: plans.append(compose(form, facts)) or plans[-1])
    for question in questions:
        qa.answer(question)
    return [p for p in plans if p is not None]


def _same_rows(qa: QuestionAnswerer, monkeypatch) -> set[str]:
    indexed = [p for p in _plans(qa, monkeypatch) if p.index is not None]
    for plan in indexed:
        by_store = {frozenset(r.items()) for r in qa.kg.select(plan.sparql)}
        assert {frozenset(r.items()) for r in plan.index(qa.operators.graph)} == by_store, plan.sparql
    return {p.kind for p in indexed}


def test_the_index_gives_the_rows_of_the_plans_query(qa, monkeypatch):
    assert _same_rows(qa, monkeypatch) == KINDS


@pytest.fixture(scope="module")
def scaled(scale_two, use_embedder):
    kg = open_graph(scale_two / "data")
    engine = SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder)
    yield kg, engine
    kg.close()


def test_the_index_gives_the_rows_of_the_plans_query_at_twice_the_seed(scaled, monkeypatch):
    assert {"participants", "cooperations"} <= _same_rows(QuestionAnswerer(*scaled), monkeypatch)


def test_no_participation_plan_runs_its_query(scaled, monkeypatch):
    from graph.store import KnowledgeGraph

    qa = QuestionAnswerer(*scaled)
    run: list[str] = []
    rows = KnowledgeGraph.rows
    monkeypatch.setattr(KnowledgeGraph, "rows", lambda kg, sparql, **b: run.append(sparql) or rows(kg, sparql, **b))
    answer = qa.answer("哪些高校参与了合作？")
    assert answer.answers and answer.sparql  # the response still shows the query, to rerun
    assert not [q for q in run if "cj:participant ?answer" in q]


def test_a_long_list_names_its_first_answers_and_counts_them_all(scaled):
    kg, engine = scaled
    whole = QuestionAnswerer(kg, engine).answer("哪些单位参与了合作项目？")
    short = QuestionAnswerer(kg, engine, QAConfig(max_answers=5)).answer("哪些单位参与了合作项目？")
    assert whole.total is not None and whole.total >= len(whole.answers) > 8
    assert len(short.answers) == 5 and short.total == whole.total
    assert short.to_dict()["total"] == whole.total
    assert short.answers == whole.answers[:5]
    assert re.search(rf"等{whole.total}个", short.answer_text)
    companies = QuestionAnswerer(kg, engine).answer("哪些企业参与了合作项目？").total
    counted = QuestionAnswerer(kg, engine, QAConfig(max_answers=5)).answer(
        "How many companies take part in cooperation projects?")
    assert companies is not None and companies > 5 and len(counted.answers) == 5
    assert re.match(rf"{companies} companies", counted.answer_text), counted.answer_text


# The same need worded three ways (zh, en, traditional and colloquial): one match naming nothing.
NAMING_NOTHING = ["哪些单位参加过合作项目？", "Which organisations take part in cooperation projects?", "有啥單位參與了合作項目"]


def test_the_rows_of_a_match_naming_nothing_are_made_once_and_kept(qa, monkeypatch):
    """A plan naming no organisation, cooperation or topic reads rows kept with the graph: made by the first such
    question, the same list for the next, equal to those read anew and to those of the plan's query."""
    plans = [p for p in _plans_of(qa, monkeypatch, NAMING_NOTHING) if p.index is not None]
    assert plans and all(p.index.func is qa_index.prepared for p in plans)
    graph = qa.operators.graph
    for plan in plans:
        kept = plan.index(graph)
        assert plan.index(graph) is kept
        m, read, args = plan.index.keywords["m"], plan.index.keywords["read"], plan.index.keywords["args"]
        assert kept == read(graph, m=m, **dict(args))
        assert {frozenset(r.items()) for r in kept} == {frozenset(r.items()) for r in qa.kg.select(plan.sparql)}
    assert len({id(p.index(graph)) for p in plans}) < len(plans)  # the wordings share their rows


def test_a_topic_or_a_name_is_read_anew_and_few_rows_are_kept(qa, monkeypatch):
    plans = _plans_of(qa, monkeypatch, ["哪些学校参与了燃料电池方面的合作？", "大连理工大学参加了哪些项目？"])
    assert all(p.index.func is not qa_index.prepared for p in plans if p.index is not None)
    assert len(qa_index._prepared.get(qa.operators.graph, {})) <= qa_index.PREPARED_KEPT
