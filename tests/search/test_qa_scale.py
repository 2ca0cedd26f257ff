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


def test_the_kinds_read_off_the_participation_graph_are_those_of_a_scan_of_the_kinds_cooperations(scaled):
    """Participation.in_kind (made once) gives what scanning every cooperation of the kind gave: each
    organisation of the asked classes → the cooperations it is counted in, a unit before its group."""
    graph = scaled[1].operators.graph
    cj = "https://w3id.org/chanjiao/ontology#"
    kinds = [frozenset({cls}) for cls in graph.kinds] + [frozenset(list(graph.kinds)[:2])]
    for kind in kinds:
        for asked in (graph.of_class([f"{cj}Enterprise"]), graph.of_class([f"{cj}Organization"])):
            scanned: dict[str, list[str]] = {}
            for coop in sorted(graph.of_class(kind)):
                parties = graph.parties.get(coop, set())
                for org in parties & asked:
                    if org not in graph.units or not any(unit < org for unit in graph.units[org] & parties):
                        scanned.setdefault(org, []).append(coop)
            assert graph.in_kind(kind, asked) == dict(sorted(scanned.items()))
    assert any(graph.in_kind(frozenset({cls}), graph.of_class([f"{cj}Organization"])) for cls in graph.kinds)


@pytest.mark.parametrize("question", ["2024年签约了哪些项目？", "联合体有多少家成员单位？", "推进会是什么时候举行的？",
                                      "How many member units does the consortium have?", "文章提到了哪些数字？",
                                      "金普新区在全国排第几名？"])
def test_the_word_index_picks_what_scoring_every_candidate_picks(scaled, question):
    """WordIndex.best (the candidates sharing a word or linked to a named entity) picks the candidate a
    scan scoring every one picks, ties to the greatest IRI, within a subset too."""
    from search.qa_match import SAID_AS, TIE_BREAK, WEAK_TOKENS, WordIndex, tokens, without_question_words
    from search.text import normalize
    from search.understand import understand

    qa = scaled[1]
    u = understand(normalize(question), qa.lexicon)

    def scanned(words, links, among=None, bonus=None):
        asked = {t for t in tokens(without_question_words(u.question)) if not t.isdigit()}
        asked |= {SAID_AS[t] for t in asked if t in SAID_AS}
        named = {m.doc.iri for m in u.mentions}
        scored = ((c, len(asked & w) + TIE_BREAK * len(asked & w - WEAK_TOKENS) + (2.0 if links.get(c, set()) & named else 0.0)
                   + (bonus or {}).get(c, 0.0))
                  for c, w in words.items() if among is None or c in among)
        return max(scored, key=lambda item: (item[1], item[0]), default=None)

    facts = qa.facts
    for words, links in ((facts.dated_words, facts.dated_links), (facts.quote_words, facts.quote_speakers)):
        index = WordIndex(words, links)
        few = set(sorted(words)[:3])
        for among in (None, facts.document_iris, few, set(words) - few, set()):
            assert index.best(u, among=among) == scanned(words, links, among)
    owners = {q: {owner} for q, (owner, _) in facts.quantity_owner.items()}
    figures = WordIndex(facts.quantity_words, owners)
    ordinal = dict.fromkeys(sorted(facts.quantity_owner)[::2], 1.0)  # a bonus for some, and only those (a rank question's)
    assert figures.best(u, ordinal) == scanned(facts.quantity_words, owners, None, ordinal)
    assert figures.best(u, ordinal, among=ordinal.keys()) == scanned(facts.quantity_words, owners, ordinal, ordinal)
