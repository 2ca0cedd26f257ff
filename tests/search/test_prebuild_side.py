"""The build's index step with question answering's chain and the engine's indexes side by side
(search.prebuild.StepConfig.side_by_side) keeps the same states as with every part one after
the other, on the real curated data and at twice the seed; two chains run at once, and a failing one
fails the step."""

import functools
import io
import logging
import re
import time
from pathlib import Path

import numpy
import pytest

from graph.store import current_store_dir, open_build
from search import SearchConfig, qa_prepared, qa_tables, snapshot
from search.prebuild import StepConfig, index_dir, prepare
from search.step_parts import Parts
from search.step_peaks import Line, Peaks
from tests.shared import copy_of

# Every state a part keeps besides the dense index (reused, not made again).
KEPT = (snapshot.CATALOGUE_FILE, snapshot.DICTIONARY_FILE, snapshot.TOKENS_FILE, snapshot.INDEXES_FILE,
        qa_prepared.FILE, qa_tables.FILE, "pinyin.json")

# Estimates of no memory at all: every layout fits.
FREE = Peaks(*(Line(0.0, 0.0),) * 6)


class _Names(dict):
    """Each live object of a snapshot (search.snapshot.save) as its name, whatever the name."""

    def __contains__(self, name):
        return True

    def __missing__(self, name):
        return ("live", name)


def _plain(obj: object) -> object:
    """``obj`` as plain, comparable values: an object as its class name and attributes, a set sorted by
    repr, a mapping as sorted pairs (two equal states compare equal whatever objects pickle shared)."""
    if isinstance(obj, numpy.ndarray):
        return (obj.dtype.str, obj.shape, obj.tobytes())
    if isinstance(obj, dict):
        return sorted(((repr(k), _plain(v)) for k, v in obj.items()), key=lambda kv: kv[0])
    if isinstance(obj, (set, frozenset)):
        return sorted(repr(_plain(v)) for v in obj)
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if hasattr(obj, "__dict__") or hasattr(obj, "__slots__"):
        names = getattr(obj, "__slots__", None) or vars(obj)
        return (type(obj).__name__, [(n, _plain(getattr(obj, n, None))) for n in sorted(names)])
    return obj


def _remade(data: Path, target: Path, step: StepConfig) -> dict[str, object]:
    """Each state ``KEPT`` in a copy of ``data``'s build made again by ``step``: a snapshot's state
    unpickled (its bytes may differ where pickle shares one object for two equal ones), the whole
    file's text of the pinyin readings."""
    build = current_store_dir(copy_of(data, target))
    for name in KEPT:
        (index_dir(build) / name).unlink()
    prepare(functools.partial(open_build, build), SearchConfig(), step=step)
    found = {}
    for name in KEPT:
        path = index_dir(build) / name
        found[name] = (_plain(snapshot._Unpickler(io.BytesIO(snapshot.read(path)[1]), _Names()).load()) if name.endswith(".pickle")
                       else path.read_text("utf-8"))
    return found


@pytest.fixture(scope="module", params=["seed", "scale two"])
def data(request, built_config, scale_two) -> Path:
    return built_config.data_dir if request.param == "seed" else scale_two / "data"


@pytest.mark.timeout(900)  # the step made twice, each part in a worker process
def test_side_by_side_keeps_what_one_after_the_other_keeps(data, tmp_path, monkeypatch, caplog):
    # one string hash for every worker: the sets' order, and so the pickles' bytes, follow it
    monkeypatch.setenv("PYTHONHASHSEED", "0")
    caplog.set_level(logging.INFO, logger="search.prebuild")
    caplog.set_level(logging.INFO, logger="search.step_parts")
    # the limit the memory available, not the 4 GB budget: the room for the child is asked of the whole tree, and
    # pytest's own process (with a full run's fixtures) may hold more than the budget leaves
    apart = StepConfig(apart_quads=0, side_by_side=False, peak_budget_bytes=None)
    side = StepConfig(apart_quads=0, side_by_side=True, peaks=FREE)  # side by side whatever the memory
    one_after = _remade(data, tmp_path / "one-after", apart)
    # one after the other, the indexes part's name index was made in a child of its worker (search.aside)
    assert re.search(r"index part indexes: .* CPU of it in its children", caplog.text)
    assert one_after == _remade(data, tmp_path / "side", side)


def _meet(kg, mine: str, other: str, where: str) -> None:
    """Leave the marker ``mine`` in ``where`` and wait for ``other`` (a part that needs another beside it)."""
    Path(where, mine).touch()
    waited = time.monotonic()
    while not Path(where, other).exists():
        if time.monotonic() - waited > 120:
            raise TimeoutError(f"{other} never came")
        time.sleep(0.05)


def _fails(kg, where: str) -> None:
    raise LookupError(f"no such part of {kg.content_hash}")


def _apart(built_config, side_by_side: bool):
    build = current_store_dir(built_config.data_dir)
    return Parts(functools.partial(open_build, build), open_build(build), side_by_side)


def test_two_chains_run_at_once(built_config, tmp_path):
    parts = _apart(built_config, side_by_side=True)
    try:
        parts.chains(((_meet, "a", "b", str(tmp_path)),), ((_meet, "b", "a", str(tmp_path)),))
    finally:
        parts.kg.close()
    assert {p.name for p in tmp_path.iterdir()} == {"a", "b"}


@pytest.mark.parametrize("side_by_side", [True, False])
def test_a_failing_chain_fails_the_step_after_the_others_end(built_config, tmp_path, side_by_side):
    parts = _apart(built_config, side_by_side)
    try:
        with pytest.raises(LookupError, match="no such part"):
            parts.chains(((_fails, str(tmp_path)),), ((_meet, "b", "b", str(tmp_path)),))
    finally:
        parts.kg.close()
    assert (tmp_path / "b").exists() == side_by_side  # one after the other, the first failure ends it


@pytest.mark.timeout(900)  # the step made once, each part in a worker process, the dense index made again
def test_the_indexes_part_is_told_while_the_dense_index_is_made_beside(built_config, tmp_path, monkeypatch,
                                                                       use_embedder):
    """One after the other with the dense index made beside the parts, the indexes part's room (search.aside.Room)
    is given a busy marker that exists while this process makes the dense index and is gone once it is made."""
    from search import persist, prebuild

    build = current_store_dir(copy_of(built_config.data_dir, tmp_path / "data"))
    (index_dir(build) / persist.MANIFEST_FILE).unlink()  # the dense index made again, beside the parts
    for name in KEPT:
        (index_dir(build) / name).unlink(missing_ok=True)
    seen: dict[str, object] = {}
    room, dense = prebuild._room, prebuild._dense

    def told(step, quads, held):
        seen["held"] = held
        return room(step, quads, held)

    def making(*args):
        seen["while made"] = seen["held"].exists()
        dense(*args)

    monkeypatch.setattr(prebuild, "_room", told)
    monkeypatch.setattr(prebuild, "_dense", making)
    step = StepConfig(apart_quads=0, side_by_side=False, peak_budget_bytes=None)
    prepare(functools.partial(open_build, build), SearchConfig(), use_embedder, step)
    assert seen["held"] is not None and seen["while made"] is True
    assert not seen["held"].exists()
