"""Shared fixtures: the real graph built once per test run (for all xdist workers, tests/shared.py)
into a temporary data directory, with its search index, as `chanjiao build` makes it; the session's
server.py on it; a real Oxigraph server."""

import os
import tempfile
from functools import partial
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph, published_dir
from tests.shared import building_apart, made_once, make_scheduler

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "jinpu-consortium-2024-05-17.txt"
# The build the run's data directory (built_config) publishes, once this worker has it: no test may publish another
# there (a server on it follows a new publication and would serve it to every later test).
SHARED_PUBLISHED: dict[Path, Path | None] = {}
# Hypothesis (under schemathesis) keeps a cache of the source's constants in ./.hypothesis: a test run
# must not write into the working tree. Read when first needed, so setting it here is in time.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "chanjiao-tests-hypothesis"))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    return make_scheduler(config, log)


def build_with_index(data_dir: Path, embedder=None) -> None:
    """Build the real curated data into ``data_dir`` with the build's search index (search.prebuild),
    embedded by ``embedder`` (None: the default's own instance)."""
    from search.prebuild import prepare

    build(BuildConfig(data_dir=data_dir), prepare=partial(prepare, embedder=embedder))


@pytest.fixture(scope="session")
def use_embedder():
    """The default embedder, one per worker: its model loads at the first encode (or warm), once,
    for every engine and build of the worker that passes it instead of loading its own."""
    from search.embedders import UseEmbedder

    return UseEmbedder()


@pytest.fixture(scope="session")
def built_config(tmp_path_factory, use_embedder) -> BuildConfig:
    """A BuildConfig whose data directory holds a fresh build of the real curated data, shared
    read-only by the whole run: a test that changes it works on a copy."""
    data_dir = made_once(tmp_path_factory, "data", partial(build_with_index, embedder=use_embedder))
    SHARED_PUBLISHED[data_dir] = published_dir(data_dir)
    return BuildConfig(data_dir=data_dir)


@pytest.fixture(autouse=True)
def _shared_build_kept():
    """Fails the test after which the run's shared data directory publishes another build than it was made with (a
    build into ``built_config``'s directory instead of a copy): round 30's session server, on that directory, served
    a remote test's build under another base IRI to the tests after it. A test on the other worker may be named too."""
    yield
    for data_dir, made in SHARED_PUBLISHED.items():
        assert published_dir(data_dir) == made, f"a test published another build into the shared {data_dir}"


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
def server(built_config, tmp_path_factory):
    """The session's server.py on the shared build, ready (store, query workers and search index
    up), with the limits of tests/service/conftest.py. The service and browser tests that only
    read share it: the scheduler (tests/shared.py: GROUPS) runs them on one worker."""
    from tests.service.conftest import start_server, stop_server, wait_for

    running = start_server(Path(built_config.data_dir), tmp_path_factory.mktemp("server-logs"))
    wait_for(running, "/readyz")
    yield running
    assert stop_server(running) == 0, running.stderr.read_text(encoding="utf-8")[-4000:]


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory):
    """The base URL of a real Oxigraph server (an empty store) for the session."""
    from tests.oxigraph_server import running_oxigraph

    root = tmp_path_factory.mktemp("oxigraph")
    with running_oxigraph(root / "db", root / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def remote_config(built_config, oxigraph_url, tmp_path_factory):
    """The real curated data built into the Oxigraph server, from a copy of the run's data directory (a remote build
    makes and publishes its embedded build in its data directory first)."""
    config = building_apart(built_config, tmp_path_factory.mktemp("remote-build") / "data", store=oxigraph_url,
                            store_kind="oxigraph")
    build(config)
    return config
