"""Bad curated data fails the build's SHACL validation with a message naming the file and the entry."""

import shutil
from pathlib import Path

import pytest
import yaml

from graph.build import build
from graph.config import BuildConfig
from graph.errors import GraphValidationError
from graph.store import published_dir

REPO = Path(__file__).resolve().parents[2]


def test_a_project_with_one_participant_fails_naming_its_file_and_entry(tmp_path):
    curated = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", curated)
    source = next((curated / "sources").iterdir())
    facts = source / "facts.yaml"
    doc = yaml.safe_load(facts.read_text(encoding="utf-8"))
    project = doc["projects"][0]
    project["participants"] = project["participants"][:1]
    facts.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(GraphValidationError) as failure:
        build(BuildConfig(data_dir=tmp_path / "data", curated_dir=curated))
    message = str(failure.value)
    where = f"sources/{source.name}/facts.yaml: entry {project['id']!r}"
    assert any(line.strip().startswith(where) and "participant" in line for line in message.splitlines()), message
    assert published_dir(tmp_path / "data") is None  # nothing published
