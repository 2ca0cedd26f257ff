"""The embedding shared by the process holding the vectors once nothing else runs (search.prebuild, search.step_peaks):
taken when the estimated tree so fits the limit, and only once the parts beside it ended."""

import contextlib
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

import pytest

from search import prebuild
from search.config import SearchConfig
from search.prebuild import StepConfig
from search.step_peaks import Line, Peaks

# The builds the estimates were fitted on and the judged one, in quads (as test_prebuild_apart).
X100, X300, X1000 = 1_321_870, 3_932_111, 13_070_952
BUDGET, PLENTY = 4 << 30, 20 << 30


def test_the_embedding_is_shared_where_two_encoders_beside_the_holder_fit_the_budget():
    assert StepConfig().layout_for(X100, PLENTY).share  # ~1.6 GB estimated
    assert StepConfig().layout_for(X300, PLENTY).share  # ~1.9 GB
    assert StepConfig().layout_for(X1000, PLENTY).share  # two encoders of ~0.9 GB beside the holder: ~2.6 GB
    assert not StepConfig(peak_budget_bytes=5 << 29).layout_for(X1000, PLENTY).share  # the budget bounds it
    assert not StepConfig().layout_for(X100, 1 << 30).share  # the memory available bounds it too
    assert StepConfig(peak_budget_bytes=None).layout_for(X1000, 30 << 30).share


def test_the_dense_index_apart_shares_though_no_part_fits_beside_it():
    # parts too large for any layout: the most frugal, the dense index apart; alone, it may still share
    peaks = Peaks(*(Line(0.0, 0.0),) * 3, facts=Line(1e6, 0.0))
    plan = StepConfig(peaks=peaks).layout_for(X1000, PLENTY)
    assert (plan.side_by_side, plan.embed_beside, plan.share) == (False, False, True)


def _pending() -> Future:
    return Future()


def _done() -> Future:
    future: Future = Future()
    future.set_result(None)
    return future


def test_waiting_ends_with_the_parts_or_with_every_batch():
    prebuild._either(_done(), [_pending(), _pending()])  # the parts ended: the batches left are this process's
    prebuild._either(_pending(), [_done(), _done()])  # every batch embedded: the index is made beside the parts
    parts, batch = _pending(), _pending()
    threading.Timer(0.2, batch.set_result, (None,)).start()
    started = time.monotonic()
    prebuild._either(parts, [batch])
    assert batch.done() and not parts.done() and time.monotonic() - started < 10


class _Run:
    """A stand-in of search.step_parts.Parts run apart: its chains take ``seconds``, then are marked ended."""

    opener, kg = object(), None

    def __init__(self, seconds: float, fails: bool = False):
        self.seconds, self.fails, self.ended, self.began = seconds, fails, False, threading.Event()

    def chains(self, *chains) -> None:
        self.began.set()
        time.sleep(self.seconds)
        self.ended = True
        if self.fails:
            raise LookupError("a part failed")


def _beside(monkeypatch, run: _Run, batch: Future, share: bool, calls: list | None = None) -> list[tuple[bool, bool, bool]]:
    """(share asked, told it runs alone, parts ended when asked) of each call making the dense index in ``_beside``
    (into ``calls``): alone, its HNSW graph is made on every core, beside the parts on one."""
    calls = [] if calls is None else calls

    @contextlib.contextmanager
    def embedding(*args):
        yield SimpleNamespace(futures=[batch]), lambda shares, alone: calls.append((shares, alone, run.ended))

    monkeypatch.setattr(prebuild, "_embedding", embedding)
    prebuild._beside(run, None, SearchConfig(), Path("unused"), (), (), share)  # type: ignore[arg-type]
    return calls


def test_the_holder_shares_only_once_the_parts_ended(monkeypatch):
    assert _beside(monkeypatch, _Run(0.1), _pending(), share=True) == [(True, True, True)]
    assert _beside(monkeypatch, _Run(0.1), _pending(), share=False) == [(False, True, True)]
    # every batch embedded while the parts run: the index is made beside them, nothing shared
    assert _beside(monkeypatch, _Run(0.5), _done(), share=True) == [(False, False, False)]


def test_a_part_failing_is_raised_after_the_dense_index_is_made(monkeypatch):
    calls: list = []
    with pytest.raises(LookupError, match="a part failed"):
        _beside(monkeypatch, _Run(0.1, fails=True), _pending(), share=True, calls=calls)
    assert calls == [(True, True, True)]


def test_the_parts_start_before_the_passages_to_embed_are_composed(monkeypatch):
    # they need none of it: the catalogue read back, the passages composed and their keys hashed (~10 s at 1000x)
    run, began = _Run(0.1), []

    @contextlib.contextmanager
    def embedding(*args):
        began.append(run.began.wait(timeout=10))
        yield SimpleNamespace(futures=[_done()]), lambda shares, alone: None

    monkeypatch.setattr(prebuild, "_embedding", embedding)
    prebuild._beside(run, None, SearchConfig(), Path("unused"), (), (), False)  # type: ignore[arg-type]
    assert began == [True] and run.ended
