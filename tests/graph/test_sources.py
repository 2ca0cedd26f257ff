"""Many sources: two test articles (tests/graph/sources/, written for these tests) built beside the seed.

Expected values are read off the three articles' texts, not off their YAML; the graph is queried
through SPARQL. The test sources go where accepted ingests go, ``{data_dir}/accepted/``. What a build
takes from source folders and refuses is tests/graph/test_source_folders.py.
"""

import hashlib

import pytest

from search.qa import QuestionAnswerer
from tests.graph.conftest import FOLLOWUP, HUNNAN, SEED, TEST_SOURCES

DOC = "https://w3id.org/chanjiao/id/document/"


@pytest.fixture(scope="module")
def texts(article) -> dict[str, str]:
    """Each document's text: the seed as the user gave it (../shared), the test sources as written."""
    out = {DOC + SEED: article}
    for name in (FOLLOWUP, HUNNAN):
        out[DOC + name] = (TEST_SOURCES / name / "text.txt").read_text(encoding="utf-8")
    return out


def the(kg, name: str) -> set[str]:
    rows = kg.select("SELECT DISTINCT ?x { ?x rdfs:label|skos:altLabel ?l FILTER(str(?l) = ?name) }", name=name)
    return {r["x"] for r in rows}


def test_three_sources_build_and_the_merge_is_reported(three):
    report, kg = three
    assert report.sources == 3
    assert any(n.startswith("merged dlut-hant") and "into dlut" in n for n in report.notes), report.notes
    assert kg.select("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a cj:SourceDocument }")[0]["n"] == 3


def test_university_named_three_ways_is_one_iri(three):
    _, kg = three
    iris = the(kg, "大连理工大学") | the(kg, "大連理工大學") | the(kg, "大工")
    assert len(iris) == 1
    projects = {r["l"] for r in kg.select("""SELECT ?l { ?p cj:participant ?o ; rdfs:label ?l
                                             FILTER(lang(?l) = 'zh') }""", o=iris.pop())}
    # six signed in the seed, one in each test article
    assert len(projects) == 8
    assert {"新能源汽车产业学院", "协作机器人联合实验室", "高低压电器装备制造产业产教融合实训基地项目"} <= projects


def test_every_span_is_in_its_own_document(three, texts):
    _, kg = three
    rows = kg.select("""SELECT ?doc ?start ?end ?quote { ?ev a cj:Evidence ; cj:sourceDocument ?doc ;
                        cj:start ?start ; cj:end ?end ; cj:quote ?quote }""")
    assert {r["doc"] for r in rows} == set(texts)
    for r in rows:
        assert texts[r["doc"]][r["start"]:r["end"]] == r["quote"], r


def test_facts_of_a_source_cite_only_that_source(three):
    _, kg = three
    rows = kg.select("""SELECT DISTINCT ?p ?doc { ?st rdf:subject ?s ; rdf:predicate ?p ; cj:evidence ?ev .
                        ?ev cj:sourceDocument ?doc }""", s="https://w3id.org/chanjiao/id/project/hunnan-cobot-joint-lab")
    assert {r["doc"] for r in rows} == {DOC + HUNNAN}
    assert len({r["p"] for r in rows}) >= 5


def test_a_statement_stated_by_three_sources_cites_all_three(three):
    _, kg = three
    dlut = the(kg, "大连理工大学").pop()
    rows = kg.select("""SELECT DISTINCT ?doc { ?st rdf:subject ?s ; rdf:predicate rdf:type ; rdf:object cj:University ;
                        cj:evidence ?ev . ?ev cj:sourceDocument ?doc }""", s=dlut)
    assert {r["doc"] for r in rows} == {DOC + SEED, DOC + FOLLOWUP, DOC + HUNNAN}


def test_each_participation_cites_a_span_naming_the_participant(three, texts):
    """Not the same spans for every project: each participation cites a span of its own document
    that names the participant (by its label or an alias), and every participation is cited."""
    _, kg = three
    rows = kg.select("""SELECT ?p ?o ?doc ?start ?end (GROUP_CONCAT(?ol; separator="|") AS ?names) {
        ?st rdf:subject ?p ; rdf:predicate cj:participant ; rdf:object ?o ; cj:evidence ?ev .
        ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end . ?o rdfs:label|skos:altLabel ?ol
        } GROUP BY ?p ?o ?doc ?start ?end""")
    assert len({(r["p"], r["o"]) for r in rows}) == kg.select(
        "SELECT (COUNT(*) AS ?n) { ?p cj:participant ?o }")[0]["n"] > 50
    for r in rows:
        assert any(n in texts[r["doc"]][r["start"]:r["end"]] for n in r["names"].split("|")), r


def test_two_member_counts_both_stand_dated_and_sourced(three):
    _, kg = three
    rows = kg.select("""SELECT ?v ?date ?doc { ?c cj:memberCount ?q . ?c rdfs:label ?l .
        ?q cj:memberCategory cj:Organization ; cj:value ?v ; cj:asOf ?date ; dcterms:source ?doc
        FILTER(str(?l) = "大连金普新区(大连经济技术开发区)市域产教联合体") }""")
    assert {(r["v"], str(r["date"]), r["doc"]) for r in rows} == {
        (97, "2024-05-17", DOC + SEED), (105, "2024-11-08", DOC + FOLLOWUP)}


def test_positions_are_dated_by_each_source(three):
    _, kg = three
    rows = kg.select("""SELECT ?date ?doc { ?person rdfs:label "杨跃权"@zh ; cj:holds ?pos .
        ?pos rdfs:label "校长"@zh ; cj:asOf ?date ; dcterms:source ?doc }""")
    assert {(str(r["date"]), r["doc"]) for r in rows} == {("2024-05-17", DOC + SEED), ("2024-11-08", DOC + FOLLOWUP)}


def test_derived_statements_name_what_they_rest_on(three):
    _, kg = three
    dlut = the(kg, "大连理工大学").pop()
    rows = kg.select("""SELECT ?premise ?ev { ?st a cj:DerivedStatement ; rdf:subject ?s ; rdf:predicate rdf:type ;
        rdf:object cj:EducationalInstitution ; prov:wasGeneratedBy ?activity ; prov:wasDerivedFrom ?premise .
        ?premise rdf:subject ?s ; rdf:object cj:University ; cj:evidence ?ev }""", s=dlut)
    assert rows


def test_sources_are_documents_with_metadata(three):
    _, kg = three
    for name in (FOLLOWUP, HUNNAN):
        raw = (TEST_SOURCES / name / "text.txt").read_bytes()
        rows = kg.select("""SELECT ?sha ?issued ?lang ?pub { ?d a cj:NewsArticle , prov:Entity ; cj:sha256 ?sha ;
            dcterms:issued ?issued ; dcterms:language ?lang ; dcterms:publisher ?pub ; dcterms:title ?t }""",
                         d=DOC + name)
        assert {r["sha"] for r in rows} == {hashlib.sha256(raw).hexdigest()}
    assert kg.ask('ASK { ?d dcterms:publisher "遼瀋產教週報" ; dcterms:issued "2025-03-20"^^xsd:date }')


def test_consortium_kinds(three):
    _, kg = three
    assert kg.ask("""ASK { ?a a cj:Alliance , cj:Consortium ; rdfs:label "沈阳市浑南区机器人产教联盟"@zh ;
                     cj:ledBy ?lead . ?lead rdfs:label "辽沈机电职业学院"@zh }""")
    assert kg.ask("""ASK { ?c a cj:CityRegionConsortium ;
                     rdfs:label "大连金普新区(大连经济技术开发区)市域产教联合体"@zh }""")
    counts = {r["v"] for r in kg.select("""SELECT ?v { ?a rdfs:label "沈阳市浑南区机器人产教联盟"@zh ;
                                           cj:memberCount/cj:value ?v }""")}
    assert counts == {18, 6, 10, 2}


def test_search_and_ask_work_over_all_sources(three, three_engine):
    _, kg = three
    engine = three_engine
    assert engine.search("机器人产教联盟", k=3)[0].label == "沈阳市浑南区机器人产教联盟"
    answer = QuestionAnswerer(kg, engine).answer("大连理工大学参与了哪些项目？").to_dict()
    labels = {a["label"] for a in answer["answers"]}
    assert {"新能源汽车产业学院", "协作机器人联合实验室", "开源鸿蒙人才培养中心项目"} <= labels
    held = QuestionAnswerer(kg, engine).answer("许国华担任什么职务？").to_dict()
    assert [a["label"] for a in held["answers"]] == ["董事长"]
    assert held["evidence"][0]["source"]["document"] == DOC + HUNNAN


@pytest.fixture(scope="module")
def qa_three(three, three_engine):
    _, kg = three
    return QuestionAnswerer(kg, three_engine)


@pytest.mark.parametrize("question", ["金普新区产教联合体有多少成员单位？",
                                      "How many members does the Jinpu New Area consortium have?"])
def test_a_count_answers_the_newest_and_lists_the_others_dated_and_sourced(qa_three, question):
    answer = qa_three.answer(question).to_dict()
    assert [a["label"] for a in answer["answers"]][:1] and "105" in answer["answer_text"].split("97")[0], answer["answer_text"]
    assert "2024-11-08" in answer["answer_text"] and "97" in answer["answer_text"] and "2024-05-17" in answer["answer_text"]
    documents = [item["source"]["document"] for item in answer["evidence"]]
    assert documents == [DOC + FOLLOWUP, DOC + SEED], answer["evidence"]


@pytest.mark.parametrize("question", ["这篇报道是谁写的？", "Who wrote the article?"])
def test_who_wrote_the_article_asks_which_document_when_several_have_authors(qa_three, question):
    answer = qa_three.answer(question).to_dict()
    assert {a["id"] for a in answer["answers"]} == {DOC + SEED, DOC + FOLLOWUP, DOC + HUNNAN}
    for author, date in (("周文", "2025-03-20"), ("韩雪", "2024-11-08"), ("杜树泽", "2024-05-17")):
        assert author in answer["answer_text"] and date in answer["answer_text"]
    assert {item["source"]["document"] for item in answer["evidence"]} == {DOC + SEED, DOC + FOLLOWUP, DOC + HUNNAN}


@pytest.mark.parametrize("question, document, authors", [
    ("浑南区机器人产教联盟的报道是谁写的？", HUNNAN, {"周文"}),
    ("2024年11月8日的报道是谁写的？", FOLLOWUP, {"韩雪"}),
    ("《全省唯一市域产教联合体为金普新区产业发展提供人才支撑》的作者是谁？", SEED, {"杜树泽", "周光", "王镔", "郑鸿"}),
])
def test_who_wrote_a_named_document_answers_for_that_one(qa_three, question, document, authors):
    answer = qa_three.answer(question).to_dict()
    assert {a["label"] for a in answer["answers"]} == authors, answer["answer_text"]
    assert {item["source"]["document"] for item in answer["evidence"]} == {DOC + document}


@pytest.mark.parametrize("question", ["杨跃权担任什么职务？", "大连职业技术学院的校长是谁？"])
def test_a_post_stated_by_two_sources_is_answered_once_newest_first(qa_three, question):
    answer = qa_three.answer(question).to_dict()
    assert len([a for a in answer["answers"] if a["label"] in ("校长", "杨跃权")]) == 1, answer["answers"]
    assert "最新：2024-11-08" in answer["answer_text"] and "2024-05-17" in answer["answer_text"]
    president = [item["source"]["document"] for item in answer["evidence"] if item["path"][2] == "校长"]
    assert president == [DOC + FOLLOWUP, DOC + SEED]
