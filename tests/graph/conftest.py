"""The seed plus the two test sources (tests/graph/sources/), built once per test run."""

import pickle
import shutil
from functools import partial
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph
from tests.shared import copy_of, made_once

TEST_SOURCES = Path(__file__).resolve().parent / "sources"
# The seed's folder and the two test sources' (their folder names, which are their ids).
SEED = "dalian-daily-2024-05-17-jinpu-consortium"
FOLLOWUP, HUNNAN = "jinpu-followup-2024-11-08", "hunnan-robot-alliance-2025-03-20"


def copy_test_sources(data_dir: Path) -> Path:
    """Copy the test sources where accepted ingests go, ``{data_dir}/accepted``; return that folder."""
    shutil.copytree(TEST_SOURCES, data_dir / "accepted")
    return data_dir / "accepted"


def _build_three(data_dir: Path, seed: Path, embedder) -> None:
    """Build the seed and the test sources, with the search index, beside a copy of ``seed`` (the
    session's build of the seed alone: the index reuses its vectors of unchanged passages, as
    search.prebuild does for any earlier build); keep the report beside."""
    from search.prebuild import prepare

    copy_of(seed, data_dir)
    copy_test_sources(data_dir)
    report = build(BuildConfig(data_dir=data_dir), force=True, prepare=partial(prepare, embedder=embedder))
    data_dir.with_suffix(".report").write_bytes(pickle.dumps(report))


@pytest.fixture(scope="session")
def three(tmp_path_factory, built_config, use_embedder):
    """(build report, graph) of the seed and the two test sources (shared read-only by the run)."""
    data_dir = made_once(tmp_path_factory, "three", partial(_build_three, seed=built_config.data_dir,
                                                            embedder=use_embedder))
    return pickle.loads(data_dir.with_suffix(".report").read_bytes()), open_graph(data_dir)


@pytest.fixture(scope="session")
def three_engine(three, use_embedder):
    """A search engine over ``three``, its index the one the build made."""
    from search import SearchConfig, SearchEngine
    from search.prebuild import index_dir

    _, kg = three
    return SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder)
