"""What a build takes from source folders and what it refuses: each bad folder named by file and
entry (the published store kept, exit 65), quotes-only sources, the --accepted option, a consortium
defined twice, a new project category as data, and the SHACL shapes new sources are checked by. The
test sources (tests/graph/sources/) are copied where accepted ingests go, ``{data_dir}/accepted/``.
"""

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
from tests.graph.conftest import FOLLOWUP, HUNNAN, SEED, TEST_SOURCES, copy_test_sources
from tests.shared import copy_of

REPO = Path(__file__).resolve().parents[2]


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
    breakage(copy_test_sources(tmp_path))
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
    accepted = copy_test_sources(tmp_path)
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
    copy_test_sources(tmp_path)
    assert input_hash(config) != alone


def test_a_quotes_only_source_builds(tmp_path):
    """A source whose licence forbids a copy keeps only the quoted spans (quotes.txt)."""
    from graph.curated import all_quotes

    folder = copy_test_sources(tmp_path) / FOLLOWUP
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
    folder = copy_test_sources(tmp_path) / FOLLOWUP
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
    _facts(FOLLOWUP, define_again)(copy_test_sources(tmp_path))
    report = build(BuildConfig(data_dir=tmp_path))
    assert any(n.startswith("same name in two sources: jinpu-consortium") and "jinpu-again" in n
               for n in report.notes), report.notes


def _conforms(turtle: str) -> None:
    """SHACL-validate inline data (with its entailments) as the build does; raise if it does not conform."""
    from graph.assembly import validated_graphs
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




def test_a_new_project_category_in_a_sources_data_builds_with_no_code_change(tmp_path):
    """Project categories are SKOS concepts kept as data: a source introduces one in its
    entities.yaml and files its project under it; the build (with its SHACL shapes) accepts it."""
    def new_category(doc):
        doc["project_categories"] = [{"id": "joint-laboratory", "label_zh": "联合实验室类",
                                      "label_en": "joint-laboratory projects"}]

    accepted = copy_test_sources(tmp_path)
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
