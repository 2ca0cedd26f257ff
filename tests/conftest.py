"""Shared fixtures: the real graph built once per session into a temporary data directory."""

from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "jinpu-consortium-2024-05-17.txt"


@pytest.fixture(scope="session")
def built_config(tmp_path_factory) -> BuildConfig:
    """A BuildConfig whose data directory holds a fresh build of the real curated data."""
    config = BuildConfig(data_dir=tmp_path_factory.mktemp("data"))
    build(config)
    return config


@pytest.fixture(scope="session")
def kg(built_config):
    """The real knowledge graph, opened read-only."""
    return open_graph(built_config.data_dir)


@pytest.fixture(scope="session")
def article() -> str:
    """The source article as the user gave it in ../shared (not the project's copy)."""
    if not CORPUS.is_file():
        pytest.skip(f"the shared corpus is not beside the repository ({CORPUS})")
    return CORPUS.read_text(encoding="utf-8")
