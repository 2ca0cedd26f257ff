"""Answers over generated data at twice the seed: a list answer with hundreds of participation
links cites a bounded number of them (each is a span lookup), at least one per answer."""

import pytest

from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.prebuild import index_dir
from search.qa import QuestionAnswerer
from search.qa_plans import CITED_LINKS

QUESTION = "哪些单位参与了合作项目？"
LINKS = """SELECT (COUNT(*) AS ?n) WHERE { ?project cj:participant ?org . ?project a cj:CooperationProject }"""


@pytest.fixture(scope="module")
def scaled(scale_two, use_embedder):
    """The run's generated data at twice the seed (tests/search/conftest.py), its index the build's."""
    kg = open_graph(scale_two / "data")
    yield kg, QuestionAnswerer(kg, SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder))
    kg.close()


def test_a_long_list_answer_cites_a_bounded_share_of_its_links(scaled):
    kg, qa = scaled
    links = kg.select(LINKS)[0]["n"]
    answer = qa.answer(QUESTION)
    assert links > 2 * CITED_LINKS  # the answer rests on many more links than it cites
    assert len(answer.answers) > 10
    assert 0 < len(answer.evidence) <= CITED_LINKS
    cited = {e["path"][0] for e in answer.evidence}
    assert all(a["label"] in cited for a in answer.answers)
    assert all(e["source"] for e in answer.evidence)


WHOLE_GRAPH = {"DOCUMENT_IRIS", "WRITTEN", "PLACED", "LOCATED", "WITHIN"}  # of search.qa_fact_queries, and the places


@pytest.mark.parametrize("question", ["文章的作者是谁？", "哪份文件提出了产教融合？", "推进会在哪里举行？",
                                      "大连理工大学位于哪个城市？"])
def test_an_answer_runs_no_whole_graph_look_up(scaled, question, monkeypatch):
    """What the planner and the where-operator choose among is read with the facts, at start: the
    queries one answer runs are its plan's and look-ups bound to IRIs (their cost must not grow with
    the graph; each also costs a trip to a query worker in the server)."""
    from graph.store import KnowledgeGraph
    from search import documents, qa_fact_queries

    run: list[str] = []
    rows = KnowledgeGraph.rows
    monkeypatch.setattr(KnowledgeGraph, "rows", lambda kg, sparql, **b: run.append(sparql) or rows(kg, sparql, **b))
    scaled[1].answer(question)
    assert not ({getattr(qa_fact_queries, name) for name in WHOLE_GRAPH} | {documents.PLACE_NAMES}) & set(run)


def test_instances_of_a_class_are_looked_up_not_scanned(scaled):
    graph = scaled[1].operators.graph
    for cls in ("University", "Enterprise", "CooperationProject"):
        iri = f"https://w3id.org/chanjiao/ontology#{cls}"
        assert graph.of_class([iri]) == {x for x, classes in graph.classes.items() if iri in classes}
        assert graph.of_class([iri])  # the generated data has some of each


IN_KIND = "哪些企业参与了人才培养项目？"
KIND_LINKS = """SELECT ?org ?project WHERE { ?project a cj:TalentCultivationProject ; cj:participant ?org .
  ?org a/rdfs:subClassOf* cj:Enterprise }"""


def test_an_in_kind_list_cites_the_plain_plans_share_and_counts_every_answer(scaled):
    """The in-a-kind operator (search/qa_kinds.py) cites as many links as a plain plan would, at
    most CITED_LINKS, while its sentence counts every enterprise in the kind."""
    kg, qa = scaled
    links = kg.select(KIND_LINKS)
    orgs = {row["org"] for row in links}
    answer = qa.answer(IN_KIND)
    assert len(links) > CITED_LINKS  # without the cap each of these would be a span look-up
    assert 0 < len(answer.evidence) <= CITED_LINKS
    assert all(e["source"] for e in answer.evidence)
    assert f"（{len(orgs)}个）" in answer.answer_text
    assert answer.answer_text.endswith(f"等{len(orgs)}个。")  # a long list is named as a plain plan names it
    assert len(answer.answers) == min(len(orgs), qa.config.max_answers)
