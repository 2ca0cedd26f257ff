"""The search catalogue composed from inference's scratch store once inference ends (graph.handover,
search.prebuild.EarlyCatalogue): kept in the build as the index step would keep it, so that the step
does not compose it again; not run when it is not wanted."""

import logging
import multiprocessing
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graph.build import build
from graph.kept_beside import nice_this_thread
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


@dataclass(frozen=True)
class _Asked(EarlyCatalogue):
    """Records, when asked (in the build's process: a build of 2x the seed runs its graph part there), the quads
    and whether the build had logged its SHACL stage by then; never runs."""

    logged: list = field(default_factory=list)  # the build's log records so far
    seen: list = field(default_factory=list)

    def wanted(self, quads: int) -> bool:
        self.seen.append((quads, any(r.getMessage().startswith("stage: validate") for r in self.logged)))
        return False


def test_the_hook_is_asked_once_shacl_is_done_and_its_rows_removed_when_unwanted(scale_two, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    hook = _Asked()
    recorder = logging.Handler(logging.INFO)
    recorder.emit = hook.logged.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(recorder)
    try:
        report = build(BuildConfig(data_dir=tmp_path / "data", curated_dir=scale_two / "curated"), early=hook)
    finally:
        logging.getLogger().removeHandler(recorder)
    seen = hook.seen
    # asked once, after SHACL (its stage logged), with the scratch store's quads (data, ontology, entailed)
    assert len(seen) == 1 and seen[0][0] > 0 and seen[0][1]
    assert "early hook not run" in caplog.text
    assert not list(Path(report.store_dir).rglob("early-rows.nq"))
    assert _catalogue(Path(report.store_dir)) is None


def test_the_early_catalogue_is_wanted_only_when_the_tree_fits():
    assert not EarlyCatalogue(min_quads=0, peak_budget_bytes=1).wanted(10)
    assert not EarlyCatalogue(min_quads=100).wanted(10)  # a small catalogue: not worth a process
    peaks = Peaks()
    # asked once the scratch store is freed: what the graph part's process holds counts once, with the loads left
    # beside the worker (SHACL's growth is over), and the worker grows with the scratch store's quads
    assert peaks.early(1_000_000, 1 << 30) == peaks.early(1_000_000, 0) + (1 << 30)
    assert peaks.early(1_000_000, 0) >= peaks.loading.bytes_at(0) + peaks.early_catalogue.bytes_at(1_000_000)
    assert peaks.early(2_000_000, 0) > peaks.early(1_000_000, 0)


def test_the_tree_of_round_34_s_1000x_build_fits_from_what_its_graph_part_held_once_shacl_was_done():
    # round 34's 1000x timeline (bench/results/scale35a-*.md): 2,719,593 scratch quads; the graph part's process held
    # 2,128 MB at inference's end (estimated 4,040 MB then) and 832 MB once SHACL's scratch store was freed, 1,418 at
    # most after; the early worker peaked at 1,505 MB, the build's processes beside them 104 MB: their peaks summed
    # (a quiet machine's worst case) are under the estimate made once SHACL was done, and that is under 4 GB
    estimate = Peaks().early(2_719_593, 832 << 20)
    assert (1_418 + 1_505 + 104) << 20 <= estimate <= 4 << 30


def test_a_thread_is_niced_alone():
    seen = {}

    def niced() -> None:
        nice_this_thread(5)
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
        nice_this_thread(5)
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
