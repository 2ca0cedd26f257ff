"""The scale generator's data: it builds, conforms to the shapes, and is the same for the same seed."""

import importlib.util
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("scale_generate", REPO / "bench" / "scale" / "generate.py")
generate_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate_module)

PARTICIPANTS = """SELECT ?project (COUNT(DISTINCT ?org) AS ?n) WHERE {
  ?project a cj:CooperationProject ; cj:participant ?org } GROUP BY ?project"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return generate_module.generate(1, tmp_path_factory.mktemp("scale") / "curated")


def test_generated_data_builds_and_conforms(generated, tmp_path):
    # build() runs the curated checks (every quote found in its text) and SHACL; either failing raises.
    report = build(BuildConfig(data_dir=tmp_path / "data", curated_dir=generated))
    assert report.sources == 1
    assert report.triples > 10000
    rows = open_graph(tmp_path / "data").select(PARTICIPANTS)
    assert len(rows) == 16  # the seed's number of signed projects
    assert all(3 <= row["n"] <= 15 for row in rows)


def test_generation_is_deterministic(generated, tmp_path):
    again = generate_module.generate(1, tmp_path / "again")
    files = sorted(p.relative_to(generated) for p in generated.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for name in files:
        assert (generated / name).read_bytes() == (again / name).read_bytes(), name


def test_generator_rejects_a_scale_below_one(tmp_path):
    assert generate_module.main(["0", str(tmp_path / "out")]) == 64
