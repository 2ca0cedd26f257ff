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


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory):
    """The base URL of a real Oxigraph server (an empty store) for the session."""
    from tests.oxigraph_server import running_oxigraph

    root = tmp_path_factory.mktemp("oxigraph")
    with running_oxigraph(root / "db", root / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def remote_config(built_config, oxigraph_url):
    """The real curated data built into the Oxigraph server (beside the embedded build)."""
    from dataclasses import replace

    config = replace(built_config, store=oxigraph_url, store_kind="oxigraph")
    build(config)
    return config
