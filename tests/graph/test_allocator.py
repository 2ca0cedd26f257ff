"""graph.allocator: the variables that preload a C allocator into a worker (graph.apart), and the graph part's
worker started with the build's."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from graph import allocator, apart
from graph.build import build

REPO = Path(__file__).resolve().parents[2]
MIMALLOC = ctypes.util.find_library("mimalloc")


def _found(monkeypatch, found: str | None) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: found)


def test_no_allocator_or_one_not_installed_asks_for_nothing(monkeypatch):
    assert allocator.environment(None) == {}
    _found(monkeypatch, None)
    assert allocator.environment("mimalloc") == {}


def test_an_installed_allocator_is_preloaded_after_what_is_preloaded_already(monkeypatch):
    _found(monkeypatch, "libmimalloc.so.2")
    monkeypatch.delenv(allocator.PRELOAD, raising=False)
    assert allocator.environment("mimalloc") == {"LD_PRELOAD": "libmimalloc.so.2"}
    monkeypatch.setenv(allocator.PRELOAD, "libother.so")
    assert allocator.environment("mimalloc") == {"LD_PRELOAD": "libother.so libmimalloc.so.2"}
    monkeypatch.setenv(allocator.PRELOAD, "libother.so libmimalloc.so.2")
    assert allocator.environment("mimalloc") == {}


def _variable(name: str) -> str | None:
    return os.environ.get(name)


def _preloads_mimalloc() -> bool:
    return hasattr(ctypes.CDLL(None), "mi_version")


def test_a_worker_apart_starts_with_the_environment_given_and_this_process_keeps_its_own(monkeypatch):
    monkeypatch.delenv("CHANJIAO_TEST_APART", raising=False)
    assert apart.call(_variable, "CHANJIAO_TEST_APART", environment={"CHANJIAO_TEST_APART": "工作"}) == "工作"
    assert "CHANJIAO_TEST_APART" not in os.environ
    assert apart.call(_variable, "CHANJIAO_TEST_APART") is None


@pytest.mark.skipif(MIMALLOC is None, reason="mimalloc is not installed (Debian: libmimalloc2.0)")
def test_a_worker_started_with_mimalloc_allocates_with_it_and_trims_its_heap():
    assert not _preloads_mimalloc()
    assert apart.call(_preloads_mimalloc, environment=allocator.environment("mimalloc"))
    code = "from graph import heap; import sys; sys.exit(0 if heap.trim() else 1)"
    env = {**os.environ, **allocator.environment("mimalloc")}
    assert subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, check=False).returncode == 0


def test_the_graph_part_apart_is_started_with_the_configured_allocator(built_config, tmp_path, monkeypatch):
    given: list[dict] = []
    real = apart.call

    def recorded(function, *args, environment=None):
        given.append(dict(environment or {}))
        return real(function, *args, environment=environment)

    monkeypatch.setattr(apart, "call", recorded)
    monkeypatch.setattr(allocator, "environment", lambda name: {"CHANJIAO_TEST_ALLOCATOR": str(name)})
    build(replace(built_config, data_dir=tmp_path, apart_bytes=0, allocator="mimalloc"), force=True)
    assert given == [{"CHANJIAO_TEST_ALLOCATOR": "mimalloc"}]
