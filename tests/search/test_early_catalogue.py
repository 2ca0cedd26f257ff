"""The search catalogue composed from inference's scratch store once inference ends (graph.handover,
search.prebuild.EarlyCatalogue): kept in the build as the index step would keep it, so that the step
does not compose it again; not run when it is not wanted."""

import logging
import multiprocessing
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.build import _nice_this_thread, build
from graph.config import BuildConfig
from graph.handover import set_back, unniced_children
from graph.store import current_store_dir, open_build
from search import snapshot
from search.prebuild import EarlyCatalogue
from search.step_peaks import Peaks


def _catalogue(build_dir: Path) -> object:
    kg = open_build(build_dir)
    try:
        return snapshot.load(snapshot.path_in(kg, snapshot.CATALOGUE_FILE),
                             snapshot.key_of(kg, snapshot.CATALOGUE_BUILDERS))
    finally:
        kg.close()


@dataclass(frozen=True)
class _Never(EarlyCatalogue):
    def wanted(self, quads: int) -> bool:
        return False


def test_the_early_catalogue_is_the_one_the_index_step_keeps(scale_two, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    report = build(BuildConfig(data_dir=tmp_path / "data", curated_dir=scale_two / "curated"),
                   early=EarlyCatalogue(min_quads=0))
    assert "early: after inference" in caplog.text
    assert not (Path(report.store_dir) / "early-rows.nq").exists()  # the hand-over's file removed
    # the same inputs and code as scale_two's build, whose index step composed it from the complete store
    made = _catalogue(current_store_dir(scale_two / "data"))
    assert made is not None and _catalogue(Path(report.store_dir)) == made


def test_an_unwanted_hook_hands_nothing_over(scale_two, tmp_path):
    report = build(BuildConfig(data_dir=tmp_path / "data", curated_dir=scale_two / "curated"), early=_Never())
    assert _catalogue(Path(report.store_dir)) is None
    assert not (Path(report.store_dir) / "early-rows.nq").exists()


def test_the_early_catalogue_is_wanted_only_when_the_tree_fits():
    assert not EarlyCatalogue(min_quads=0, peak_budget_bytes=1).wanted(10)
    assert not EarlyCatalogue(min_quads=100).wanted(10)  # a small catalogue: not worth a process
    peaks = Peaks()
    # the graph part's process grows in SHACL: what it holds counts with that growth, beside the worker
    assert peaks.early(1_000_000, 1 << 30) > peaks.early(1_000_000, 0) + (1 << 30)
    assert peaks.early(2_000_000, 0) > peaks.early(1_000_000, 0)


def test_a_thread_is_niced_alone():
    seen = {}

    def niced() -> None:
        _nice_this_thread(5)
        seen["thread"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    before = os.getpriority(os.PRIO_PROCESS, 0)
    worker = threading.Thread(target=niced)
    worker.start()
    worker.join()
    assert seen["thread"] == min(before + 5, 19)
    assert os.getpriority(os.PRIO_PROCESS, 0) == before  # the process (its main thread) unchanged


def _niced(seconds: float) -> None:
    os.nice(5)
    time.sleep(seconds)


@pytest.mark.skipif(os.geteuid() != 0, reason="lowering a niceness needs the privilege to")
def test_a_niced_worker_the_build_waits_for_is_set_back_to_the_build_s_niceness():
    worker = multiprocessing.get_context("spawn").Process(target=_niced, args=(5.0,))
    worker.start()
    try:
        own = os.getpriority(os.PRIO_PROCESS, 0)
        deadline = time.monotonic() + 20
        while os.getpriority(os.PRIO_PROCESS, worker.pid) == own and time.monotonic() < deadline:
            time.sleep(0.05)  # until it has niced itself
        assert os.getpriority(os.PRIO_PROCESS, worker.pid) == min(own + 5, 19)
        unniced_children()
        assert os.getpriority(os.PRIO_PROCESS, worker.pid) == own
    finally:
        worker.terminate()
        worker.join()


@pytest.mark.skipif(os.geteuid() != 0, reason="lowering a niceness needs the privilege to")
def test_a_niced_thread_is_set_back_to_the_process_s_niceness():
    seen, niced, done = {}, threading.Event(), threading.Event()

    def thread() -> None:
        _nice_this_thread(5)
        seen["tid"] = threading.get_native_id()
        niced.set()
        done.wait(20)
        seen["after"] = os.getpriority(os.PRIO_PROCESS, seen["tid"])

    worker = threading.Thread(target=thread)
    worker.start()
    niced.wait(20)
    set_back(seen["tid"], "test thread")
    done.set()
    worker.join()
    assert seen["after"] == os.getpriority(os.PRIO_PROCESS, 0)
