"""The seed plus the two test sources (tests/graph/sources/), built once per session."""

import shutil
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph

TEST_SOURCES = Path(__file__).resolve().parent / "sources"


def copy_test_sources(data_dir: Path) -> Path:
    """Copy the test sources where accepted ingests go, ``{data_dir}/accepted``; return that folder."""
    shutil.copytree(TEST_SOURCES, data_dir / "accepted")
    return data_dir / "accepted"


@pytest.fixture(scope="session")
def three(tmp_path_factory):
    """(build report, graph) of the seed and the two test sources."""
    data_dir = tmp_path_factory.mktemp("three")
    copy_test_sources(data_dir)
    report = build(BuildConfig(data_dir=data_dir), force=True)
    return report, open_graph(data_dir)
