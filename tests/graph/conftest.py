"""The seed plus the two test sources (tests/graph/sources/), built once per test run."""

import pickle
import shutil
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph
from tests.shared import made_once

TEST_SOURCES = Path(__file__).resolve().parent / "sources"


def copy_test_sources(data_dir: Path) -> Path:
    """Copy the test sources where accepted ingests go, ``{data_dir}/accepted``; return that folder."""
    shutil.copytree(TEST_SOURCES, data_dir / "accepted")
    return data_dir / "accepted"


def _build_three(data_dir: Path) -> None:
    """Build the seed and the test sources, with the search index; keep the report beside."""
    from search.prebuild import prepare

    data_dir.mkdir()
    copy_test_sources(data_dir)
    report = build(BuildConfig(data_dir=data_dir), force=True, prepare=prepare)
    data_dir.with_suffix(".report").write_bytes(pickle.dumps(report))


@pytest.fixture(scope="session")
def three(tmp_path_factory):
    """(build report, graph) of the seed and the two test sources (shared read-only by the run)."""
    data_dir = made_once(tmp_path_factory, "three", _build_three)
    return pickle.loads(data_dir.with_suffix(".report").read_bytes()), open_graph(data_dir)


@pytest.fixture(scope="session")
def three_engine(three):
    """A search engine over ``three``, its index the one the build made."""
    from search import SearchConfig, SearchEngine
    from search.prebuild import index_dir

    _, kg = three
    return SearchEngine.open(kg, SearchConfig(), index_dir(kg.path))
