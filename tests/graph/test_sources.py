"""Many sources: two test articles (tests/graph/sources/, written for these tests) built beside the seed.

Expected values are read off the three articles' texts, not off their YAML; the graph is queried
through SPARQL. The test sources go where accepted ingests go, ``{data_dir}/accepted/``.
"""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from graph.build import build
from graph.config import BuildConfig
from graph.errors import CuratedDataError
from graph.store import current_store_dir, open_graph
from search.qa import QuestionAnswerer
from tests.graph.conftest import copy_test_sources
from tests.shared import copy_of

REPO = Path(__file__).resolve().parents[2]
TEST_SOURCES = Path(__file__).resolve().parent / "sources"
SEED = "dalian-daily-2024-05-17-jinpu-consortium"
FOLLOWUP, HUNNAN = "jinpu-followup-2024-11-08", "hunnan-robot-alliance-2025-03-20"
DOC = "https://w3id.org/chanjiao/id/document/"


def accepted_dir(data_dir: Path) -> Path:
    return copy_test_sources(data_dir)


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


# --- bad input: each breaks a copy of the test sources in one way ------------------------------

def _facts(name: str, fn, file: str = "facts.yaml"):
    def apply(accepted: Path):
        path = accepted / name / file
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        fn(doc)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return apply


def _unlink(name: str, file: str):
    return lambda accepted: (accepted / name / file).unlink()


def _copy_seed(accepted: Path):
    shutil.copytree(REPO / "graph" / "data" / "sources" / SEED, accepted / SEED)


def _seed_quote(doc):
    doc["projects"][0]["evidence"] = "近日,金普新区在通用技术集团大连机床有限责任公司召开"


def _text_changed(accepted: Path):
    with open(accepted / FOLLOWUP / "text.txt", "a", encoding="utf-8") as fh:
        fh.write("补记。\n")


BAD_SOURCES = {
    "folder without its text": (_unlink(FOLLOWUP, "text.txt"), f"accepted/{FOLLOWUP}/source.yaml", FOLLOWUP,
                                "text 'text.txt' is missing"),
    "folder without source.yaml": (_unlink(HUNNAN, "source.yaml"), f"accepted/{HUNNAN}/source.yaml", HUNNAN,
                                   "has no source.yaml"),
    "quote of another source": (_facts(FOLLOWUP, _seed_quote), f"accepted/{FOLLOWUP}/facts.yaml",
                                "jinpu-nev-industry-college", f"not found verbatim in its source accepted/{FOLLOWUP}"),
    "two sources with one id": (_copy_seed, f"accepted/{SEED}/source.yaml", SEED,
                                f"two sources with this id: sources/{SEED} and accepted/{SEED}"),
    "text changed after hashing": (_text_changed, f"accepted/{FOLLOWUP}/source.yaml", FOLLOWUP,
                                   "sha256 does not match"),
    "mention of an unknown id": (_facts(HUNNAN, lambda d: d["mentions"].append({"id": "ghost", "evidence": "記者 周文"})),
                                 f"accepted/{HUNNAN}/facts.yaml", "ghost", "defined nowhere"),
    "entity redefining a registry id": (_facts(FOLLOWUP, lambda d: d["organisations"][0].update(id="dlut"), "entities.yaml"),
                                        f"accepted/{FOLLOWUP}/entities.yaml", "dlut", "duplicate id"),
    "fact reusing the id of a merged entity": (_facts(HUNNAN, lambda d: d["projects"][0].update(id="dlut-hant")),
                                               f"accepted/{HUNNAN}/facts.yaml", "dlut-hant", "duplicate id"),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES))
def test_bad_source_names_file_and_entry(case, tmp_path):
    breakage, file, entry, message = BAD_SOURCES[case]
    breakage(accepted_dir(tmp_path))
    with pytest.raises(CuratedDataError) as info:
        build(BuildConfig(data_dir=tmp_path))
    assert (info.value.file, info.value.entry) == (file, entry)
    assert message in info.value.detail


def test_registry_entry_named_by_no_source_names_file_and_entry(tmp_path):
    curated = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", curated)
    path = curated / "registry" / "organisations.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["organisations"].append({"id": "nobody-college", "type": "HigherVocationalCollege",
                                 "label_zh": "无名职业学院", "label_en": "Nameless College"})
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CuratedDataError) as info:
        build(BuildConfig(data_dir=tmp_path / "data", curated_dir=curated))
    assert (info.value.file, info.value.entry) == ("registry/organisations.yaml", "nobody-college")
    assert "referenced by no source" in info.value.detail


def test_bad_source_keeps_the_published_store_and_exits_65(tmp_path):
    accepted = accepted_dir(tmp_path)
    shutil.rmtree(accepted / HUNNAN)
    build(BuildConfig(data_dir=tmp_path))
    before = current_store_dir(tmp_path)
    shutil.copytree(TEST_SOURCES / HUNNAN, accepted / HUNNAN)
    _facts(HUNNAN, _seed_quote)(accepted)
    command = [sys.executable, "cli.py", "--data", str(tmp_path), "build"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 65, result.stderr
    assert f"accepted/{HUNNAN}/facts.yaml" in result.stderr and "hunnan-cobot-joint-lab" in result.stderr
    assert "Traceback" not in result.stderr
    assert current_store_dir(tmp_path) == before
    assert open_graph(tmp_path).ask('ASK { ?p rdfs:label "新能源汽车产业学院"@zh }')


def test_accepted_sources_change_the_input_hash(tmp_path):
    from graph.build import input_hash

    config = BuildConfig(data_dir=tmp_path)
    alone = input_hash(config)
    accepted_dir(tmp_path)
    assert input_hash(config) != alone


def test_a_quotes_only_source_builds(tmp_path):
    """A source whose licence forbids a copy keeps only the quoted spans (quotes.txt)."""
    from graph.curated import all_quotes

    folder = accepted_dir(tmp_path) / FOLLOWUP
    quotes = []
    for name in ("source.yaml", "facts.yaml", "entities.yaml"):
        doc = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        items = [doc] if name == "source.yaml" else [i for v in doc.values() for i in v]
        quotes += [q for item in items for q in all_quotes(item)]
    (folder / "text.txt").unlink()
    (folder / "quotes.txt").write_text("\n".join(dict.fromkeys(quotes)), encoding="utf-8")
    meta = yaml.safe_load((folder / "source.yaml").read_text(encoding="utf-8"))
    meta.update(quotes_only=True, sha256=None)
    (folder / "source.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    report = build(BuildConfig(data_dir=tmp_path))
    assert report.sources == 3
    assert open_graph(tmp_path).ask('ASK { ?p rdfs:label "新能源汽车产业学院"@zh }')


def test_text_must_stay_inside_its_folder(tmp_path):
    folder = accepted_dir(tmp_path) / FOLLOWUP
    meta = yaml.safe_load((folder / "source.yaml").read_text(encoding="utf-8"))
    meta["text"] = "../hunnan-robot-alliance-2025-03-20/text.txt"
    (folder / "source.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CuratedDataError, match="inside the source's folder"):
        build(BuildConfig(data_dir=tmp_path))


def test_cli_merges_an_accepted_folder_given_by_option(built_config, tmp_path):
    shutil.copytree(TEST_SOURCES, tmp_path / "elsewhere")
    # beside the session's build of the seed alone: the new build's index embeds only what changed
    copy_of(built_config.data_dir, tmp_path / "data")
    command = [sys.executable, "cli.py", "--data", str(tmp_path / "data"), "build", "--accepted",
               str(tmp_path / "elsewhere")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "from 3 source(s)" in result.stdout and "resolution: merged dlut-hant" in result.stdout
    assert "citing their own span" in result.stdout


def test_one_consortium_defined_by_two_sources_is_reported(tmp_path):
    """A source that defines the seed's consortium again (instead of mentioning it) builds a second
    entity; the build says so for a curator to decide."""
    def define_again(doc):
        doc["consortia"] = [{"id": "jinpu-again", "type": "CityRegionConsortium", "label_zh": "金普新区市域产教联合体",
                             "label_en": "Jinpu consortium", "located_in": "jinpu-new-area",
                             "member_counts": [{"category": "total", "value": 105, "evidence": "联合体成员单位已增至105家"}],
                             "evidence": "金普新区市域产教联合体召开年度工作会议"}]
    _facts(FOLLOWUP, define_again)(accepted_dir(tmp_path))
    report = build(BuildConfig(data_dir=tmp_path))
    assert any(n.startswith("same name in two sources: jinpu-consortium") and "jinpu-again" in n
               for n in report.notes), report.notes


def _conforms(turtle: str) -> None:
    """SHACL-validate inline data (with its entailments) as the build does; raise if it does not conform."""
    from graph.build import validated_graphs
    from graph.store import KnowledgeGraph
    from graph.validation import validate_nquads

    kg = KnowledgeGraph.from_turtle("@prefix cj: <https://w3id.org/chanjiao/ontology#> .\n"
                                    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" + turtle)
    validate_nquads(kg.quads("nquads"), validated_graphs(kg.base_iri))


@pytest.mark.parametrize("leaf", ["ResearchInstitution", "SocialOrganization", "KeyLaboratory", "IndustryAssociation"])
def test_new_leaf_types_conform(leaf):
    _conforms(f'<urn:o> a cj:{leaf} ; rdfs:label "某机构"@zh , "Some body"@en .')


def test_shapes_reject_a_malformed_source_hash_and_a_city_consortium_without_a_place():
    from graph.errors import GraphValidationError

    with pytest.raises(GraphValidationError, match="sha256"):
        _conforms('<urn:d> a cj:NewsArticle ; <http://purl.org/dc/terms/title> "t"@zh ; cj:sha256 "XYZ" .')
    with pytest.raises(GraphValidationError, match="locatedIn"):
        _conforms("""<urn:c> a cj:CityRegionConsortium ; rdfs:label "某联合体"@zh , "A consortium"@en ;
                     cj:memberCount <urn:q> . <urn:q> a cj:MemberCount ; cj:value 3 ; cj:memberCategory cj:Organization .""")


@pytest.mark.parametrize("types", ["cj:KeyLaboratory , cj:ComputingCentre", "cj:Enterprise , cj:ResearchInstitution",
                                   "cj:IndustryAssociation , cj:GovernmentBody"])
def test_two_leaf_types_are_rejected(types):
    from graph.errors import GraphValidationError

    with pytest.raises(GraphValidationError, match="leaf"):
        _conforms(f'<urn:o> a {types} ; rdfs:label "某机构"@zh , "Some body"@en .')


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


def test_a_new_project_category_in_a_sources_data_builds_with_no_code_change(tmp_path):
    """Project categories are SKOS concepts kept as data: a source introduces one in its
    entities.yaml and files its project under it; the build (with its SHACL shapes) accepts it."""
    def new_category(doc):
        doc["project_categories"] = [{"id": "joint-laboratory", "label_zh": "联合实验室类",
                                      "label_en": "joint-laboratory projects"}]

    accepted = accepted_dir(tmp_path)
    _facts(HUNNAN, new_category, "entities.yaml")(accepted)
    _facts(HUNNAN, lambda doc: doc["projects"][0].update(category="joint-laboratory"))(accepted)
    build(BuildConfig(data_dir=tmp_path))
    kg = open_graph(tmp_path)
    lab = "https://w3id.org/chanjiao/id/project/hunnan-cobot-joint-lab"
    rows = kg.select("""SELECT ?label ?scheme { ?p a cj:CooperationProject ; cj:projectCategory ?c .
        ?c a skos:Concept ; skos:inScheme ?scheme ; rdfs:label ?label FILTER(lang(?label) = "zh") }""", p=lab)
    assert rows == [{"label": "联合实验室类", "scheme": "https://w3id.org/chanjiao/id/category/scheme"}]
    seed = kg.select("""SELECT (COUNT(?c) AS ?n) { ?c skos:inScheme <https://w3id.org/chanjiao/id/category/scheme> }""")
    assert seed[0]["n"] == 4  # the seed's three categories and the new one
    assert not kg.select("SELECT ?c { ?p a ?c . ?c rdfs:subClassOf cj:CooperationProject }", p=lab)
