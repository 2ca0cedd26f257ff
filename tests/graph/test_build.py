"""The build: SHACL conformance, determinism, round trips, bad input, and the safe swap."""

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml

from graph.assembly import validated_graphs
from graph.build import build
from graph.config import BuildConfig
from graph.errors import CuratedDataError, GraphValidationError
from graph.export import FORMATS, export
from graph.store import KnowledgeGraph, current_store_dir, open_graph
from graph.validation import validate_nquads
from tests.rdf_sets import parsed_set

REPO = Path(__file__).resolve().parents[2]


def canonical_quads(kg: KnowledgeGraph) -> list[str]:
    """The dataset's quads with blank nodes canonically relabelled (RDFC-1.0), sorted."""
    return parsed_set(kg.quads("nquads"), ox.RdfFormat.N_QUADS)


def test_build_conforms_to_shapes(kg):
    validate_nquads(kg.quads("nquads"), validated_graphs(kg.base_iri))


def test_shapes_reject_a_project_with_one_participant():
    turtle = """
    @prefix cj: <https://w3id.org/chanjiao/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <urn:p> a cj:TechInnovationProject ; rdfs:label "孤项目"@zh , "Lonely project"@en ; cj:participant <urn:o> .
    <urn:o> a cj:Enterprise ; rdfs:label "某公司"@zh , "Some company"@en .
    """
    kg = KnowledgeGraph.from_turtle(turtle)
    with pytest.raises(GraphValidationError, match="participant"):
        validate_nquads(kg.quads("nquads"), validated_graphs(kg.base_iri))


def test_rebuild_is_deterministic(kg, tmp_path):
    config = BuildConfig(data_dir=tmp_path)
    build(config, force=True)
    assert canonical_quads(open_graph(tmp_path)) == canonical_quads(kg)


def test_unchanged_inputs_reuse_the_store(built_config):
    report = build(built_config)
    assert not report.rebuilt


@pytest.fixture(scope="module")
def stored(kg) -> dict[bool, list[str]]:
    """The store's content as sorted sets: by ``keep_graphs``, its quads or its merged triples."""
    nquads = kg.quads("nquads")
    return {keep: parsed_set(nquads, ox.RdfFormat.N_QUADS, keep) for keep in (True, False)}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_reimport_round_trip(kg, stored, fmt):
    """Each export parses back to the store's content: the same quads for a dataset format, the
    same triples (all graphs merged) for a graph format. Compared as sorted sets, blank nodes
    canonically relabelled (the graph has none today; it need not stay so)."""
    keep_graphs = FORMATS[fmt].dataset
    exported = parsed_set(export(kg, fmt), ox.RdfFormat.from_extension(FORMATS[fmt].extension), keep_graphs)
    assert len(exported) == len(stored[keep_graphs]) > 1000
    assert exported == stored[keep_graphs]


def test_inline_turtle_gets_entailments():
    kg = KnowledgeGraph.from_turtle("""
        @prefix cj: <https://w3id.org/chanjiao/ontology#> .
        <urn:u> a cj:University . <urn:p> cj:participant <urn:u> .""")
    assert kg.ask("ASK { <urn:u> a cj:EducationalInstitution , cj:Organization }")
    assert kg.ask("ASK { <urn:u> cj:participatesIn <urn:p> }")


# --- bad input: each breaks a copy of the curated data in one way -------------------------------

SEED = "sources/dalian-daily-2024-05-17-jinpu-consortium"
FACTS = f"{SEED}/facts.yaml"
ORGS = "registry/organisations.yaml"


def _edit(kind_file: str, fn):
    def apply(curated: Path):
        path = curated / kind_file
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        fn(doc)
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return apply


def _first(doc, key="organisations"):
    return doc[key][0]


def _add_unnamed_org(doc):
    doc["organisations"].append({"id": "nobody-names-this", "type": "Enterprise", "label_zh": "无名公司",
                                 "label_en": "Unnamed Co."})


BREAKAGES = {
    "unknown type": (_edit(ORGS, lambda d: _first(d).update(type="Castle")), "unknown type"),
    "dangling reference": (_edit(FACTS, lambda d: _first(d, "projects")["participants"].append("nobody")),
                           "refers to 'nobody'"),
    "duplicate id": (_edit(ORGS, lambda d: d["organisations"].append(dict(_first(d)))), "duplicate id"),
    "missing label": (_edit(ORGS, lambda d: _first(d).pop("label_zh")), "missing or empty 'label_zh'"),
    "malformed number": (_edit(FACTS, lambda d: _first(d, "consortia")["member_counts"][0]
                               .update(value="九十七")), "is not a number"),
    "quote not in source": (_edit(FACTS, lambda d: _first(d, "projects").update(evidence="没有这句话")),
                            "not found verbatim"),
    "registry entry named by no source": (_edit(ORGS, _add_unnamed_org), "referenced by no source"),
}


@pytest.fixture
def broken_copy(tmp_path):
    curated = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", curated)
    return curated


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_broken_curated_data_names_file_and_entry(broken_copy, case, tmp_path):
    breakage, message = BREAKAGES[case]
    breakage(broken_copy)
    config = BuildConfig(data_dir=tmp_path / "data", curated_dir=broken_copy)
    with pytest.raises(CuratedDataError, match=message) as info:
        build(config)
    assert info.value.file.endswith(".yaml") and info.value.file.startswith(("registry/", "sources/"))
    assert info.value.entry


def test_failed_build_keeps_the_published_store(built_config, broken_copy, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data_dir)
    before = current_store_dir(data_dir)
    BREAKAGES["dangling reference"][0](broken_copy)
    with pytest.raises(CuratedDataError):
        build(replace(built_config, data_dir=data_dir, curated_dir=broken_copy))
    assert current_store_dir(data_dir) == before
    assert open_graph(data_dir).ask("ASK { ?p a cj:CooperationProject }")


def test_cli_reports_bad_data_without_a_traceback(broken_copy, tmp_path):
    BREAKAGES["unknown type"][0](broken_copy)
    command = [sys.executable, "cli.py", "--data", str(tmp_path / "data"), "build", "--curated", str(broken_copy)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 65, result.stderr
    assert "registry/organisations.yaml" in result.stderr and "unknown type 'Castle'" in result.stderr
    assert "Traceback" not in result.stderr
