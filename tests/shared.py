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
from pathlib import Path

import pytest

# Units of work (a file, or a group below) with their rough cost in seconds on two busy cores,
# measured with --durations; the others count one second per test. Only the order matters.
COSTS = {
    "browser": 200,
    "service-server": 70,
    "torch": 40,
    "tests/service/test_live_rebuilds.py": 120,
    "tests/ingest/test_accept.py": 110,
    "tests/notebooks/test_notebooks.py": 60,
    "tests/service/test_replicas.py": 60,
    "tests/search/test_prebuild.py": 50,
    "tests/service/test_accept_live.py": 50,
    "tests/graph/test_publishing.py": 40,
    "tests/ingest/test_cli.py": 40,
    "tests/service/test_remote_store.py": 40,
}
# path prefix → the unit its files share: the browser tests share one Chromium and two servers,
# the embedder tests one import of torch (sentence-transformers), these service tests the
# session's server (tests/service/conftest.py).
GROUPS = {
    "tests/browser/": "browser",
    "tests/search/test_engine.py": "torch",
    "tests/search/test_embedders.py": "torch",
    **{f"tests/service/test_{name}.py": "service-server"
       for name in ("api", "api_fuzz", "citations", "linked_data", "protocol", "reliability", "safety")},
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


def unit_of(nodeid: str) -> str:
    """The unit of work a test belongs to: its group, else its file."""
    for prefix, group in GROUPS.items():
        if nodeid.startswith(prefix):
            return group
    return nodeid.split("::", 1)[0]


def make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class CostScheduling(LoadScopeScheduling):
        """--dist loadfile with the browser files as one unit and the costliest units first."""

        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

        def _assign_work_unit(self, node) -> None:
            costliest = max(self.workqueue, key=lambda unit: COSTS.get(unit, len(self.workqueue[unit])))
            self.workqueue.move_to_end(costliest, last=False)
            super()._assign_work_unit(node)

    return CostScheduling(config, log)
