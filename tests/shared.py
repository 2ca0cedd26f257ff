"""What the test run makes once and every xdist worker reuses: expensive builds, and the schedule.

A session fixture runs once per worker (each worker is its own pytest session), so a build that
several test files read would be made once per worker. ``made_once`` makes it once per run, in
the directory the workers of this run share (the parent of each worker's base temp), under a
file lock: the first worker to ask makes it, the others wait and read it. Nothing is kept from
one run to the next, so every run tests what the code builds now.

``CostScheduling`` is the xdist scheduler: a test file runs on one worker (its module fixtures
are made once), the tests that share a costly session fixture (a server, a browser) run together
on one worker, and the costliest units start first, so that the two workers finish together.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from graph.config import BuildConfig

# Units of work (a file, a group below, or a test of a SPLIT file) with their rough cost in seconds,
# from a full run's --durations on two busy cores; the others count one second per test. Only the
# order matters: a long unit left to the end runs alone while the other worker waits, so every
# unit of more than a few seconds is listed.
COSTS = {
    "servers": 350,  # first: the first of its tests makes the run's build (tests/conftest.py) ...
    "torch": 140,  # ... while the other worker starts on this, which needs no build
    "scale-two": 90,  # test_prebuild and test_qa_scale: one generated build between them
    "tests/search/test_qa.py": 40,  # many quick tests: counted one second each, it would come before torch
    "tests/ingest/test_cli.py": 60,
    "tests/ingest/test_accept.py::test_two_accepts_at_once_both_publish": 60,
    "tests/ingest/test_accept.py::test_which_colleges_cooperate_in_hydrogen": 45,
    "tests/ingest/test_accept.py": 25,  # each of its other tests (SPLIT); the first pays the shared accepts
    "tests/service/test_live_rebuilds.py": 60,
    "tests/service/test_shutdown.py": 50,
    "tests/notebooks/test_notebooks.py::test_notebook_runs[01-sparql-cookbook]": 35,
    "tests/notebooks/test_notebooks.py::test_notebook_runs[03-search-and-ask]": 35,
    "tests/notebooks/test_notebooks.py::test_notebook_runs[02-partnership-network]": 20,
    "tests/service/test_runner.py": 35,
    "tests/service/test_accept_live.py": 30,
    "tests/graph/test_build_determinism.py": 70,  # two builds with their search index, each in a process of its own
    "tests/graph/test_statement_citations.py": 30,
    "tests/search/test_qa_prepared.py": 25,
    "tests/graph/test_validation.py": 22,
    "tests/graph/test_publishing.py": 20,
    "tests/web/test_launch.py": 15,
}
# path prefix → the unit its files share: the files that read the session's server.py (tests/conftest.py),
# among them the browser tests (with their one Chromium) and the read replicas (whose first replica
# it is), and the session's Oxigraph server; the embedder tests share one import of torch
# (sentence-transformers); the scale-two files read one generated build (tests/search/conftest.py:
# on two workers, one would wait for the other's).
GROUPS = {
    "tests/search/test_prebuild.py": "scale-two",
    "tests/search/test_qa_scale.py": "scale-two",
    "tests/browser/": "servers",
    "tests/search/test_engine.py": "torch",
    "tests/search/test_embedders.py": "torch",
    "tests/graph/test_remote.py": "servers",
    "tests/search/test_remote_prebuild.py": "servers",
    **{f"tests/service/test_{name}.py": "servers" for name in (
        "api", "api_fuzz", "citations", "linked_data", "protocol", "reliability", "remote_store", "replicas",
        "safety")},
}


def run_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory every worker of this run shares (the base temp itself without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes (or the holder dies)
        yield


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """``{run root}/shared/{name}``, made by ``make(that directory)`` once per run for all workers.

    A worker that died while making it leaves no ``.done`` mark: the next one starts afresh."""
    root = run_root(tmp_path_factory) / "shared"
    root.mkdir(exist_ok=True)
    target, done = root / name, root / f"{name}.done"
    with _exclusive(root / f"{name}.lock"):
        if not done.exists():
            if target.exists():
                shutil.rmtree(target)
            make(target)
            done.touch()
    return target


def copy_of(source: Path, target: Path, *ignore: str) -> Path:
    """A private copy of a shared data directory, for a test that changes it."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(*ignore) if ignore else None)
    return target


def building_apart(config: BuildConfig, target: Path, **changes) -> BuildConfig:
    """``config`` with ``changes`` on a private copy of its data directory at ``target``: a build with other settings (a
    remote store, another base IRI) writes its embedded build, counts and pointer there (its unchanged rows reused from
    the copy), never into a directory other tests read or a server serves from."""
    return replace(config, data_dir=copy_of(Path(config.data_dir), target), **changes)


# files whose tests are units of their own: they share only what made_once makes, and they are
# too costly to run one after another on one worker.
SPLIT = ("tests/ingest/test_accept.py", "tests/notebooks/test_notebooks.py")


def unit_of(nodeid: str) -> str:
    """The unit of work a test belongs to: its group, else itself in a SPLIT file, else its file."""
    for prefix, group in GROUPS.items():
        if nodeid.startswith(prefix):
            return group
    return nodeid if nodeid.startswith(SPLIT) else nodeid.split("::", 1)[0]


def cost_of(unit: str, tests: int) -> int:
    """A unit's rough cost: from COSTS (a SPLIT file's cost for each of its tests), else its tests."""
    return COSTS.get(unit, COSTS.get(unit.split("::", 1)[0], tests))


def make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class CostScheduling(LoadScopeScheduling):
        """--dist loadfile with each group of GROUPS as one unit and the costliest units first."""

        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

        def _assign_work_unit(self, node) -> None:
            costliest = max(self.workqueue, key=lambda unit: cost_of(unit, len(self.workqueue[unit])))
            self.workqueue.move_to_end(costliest, last=False)
            super()._assign_work_unit(node)

    return CostScheduling(config, log)
