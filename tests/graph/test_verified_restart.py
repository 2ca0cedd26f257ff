"""A restart's check of the published build: a build checked in full before, whose manifest and files
have not changed since and that was built from the inputs at hand, is served without reading it
again (graph.restart.current_build, graph.verify.verified_before); any change makes it a full check."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from graph import build, published, verify
from graph.restart import current_build
from graph.store import MANIFEST_FILE, STORE_SUBDIR, current_store_dir
from graph.verify import VERIFIED_FILE, verified_before, verify_build
from search.config import SEARCH_INDEX_DIR


@pytest.fixture
def unchecked(built_config, tmp_path):
    """The session's build config on a copy of its data directory, with no record of a check."""
    copy = tmp_path / "data"
    shutil.copytree(built_config.data_dir, copy, ignore=shutil.ignore_patterns(SEARCH_INDEX_DIR, VERIFIED_FILE))
    return replace(built_config, data_dir=copy)


@pytest.fixture
def config(unchecked):
    """The copy after one start, which checked its build in full and recorded that."""
    assert current_build(unchecked) == current_store_dir(unchecked.data_dir)
    return unchecked


def files_under(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` (relative path → size and mtime)."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def test_the_check_alone_writes_nothing(unchecked):
    store_dir = current_store_dir(unchecked.data_dir)
    before = files_under(unchecked.data_dir)
    assert verify_build(store_dir).triples > 0
    assert files_under(unchecked.data_dir) == before
    assert verified_before(store_dir) is None  # so a restart still checks it in full


def largest_table(store_dir: Path) -> Path:
    return max((store_dir / STORE_SUBDIR).glob("*.sst"), key=lambda p: p.stat().st_size)


def test_an_unchanged_build_is_served_without_reading_it_again(config, monkeypatch):
    store_dir = current_store_dir(config.data_dir)
    assert largest_table(store_dir).name in json.loads((store_dir / VERIFIED_FILE).read_text(encoding="utf-8"))["files"]
    monkeypatch.setattr(verify, "store_digests", lambda _: pytest.fail("an unchanged build was read again"))
    for module in (build, published):
        monkeypatch.setattr(module, "verify_build", lambda _: pytest.fail("an unchanged build was checked again"))
    assert current_build(config) == store_dir


def test_a_rewritten_table_is_checked_in_full_once_and_rebuilt(config, monkeypatch):
    damaged = current_store_dir(config.data_dir)
    table = largest_table(damaged)
    data = bytearray(table.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, new mtime
    table.write_bytes(bytes(data))
    assert verified_before(damaged) is None
    hashed: list[Path] = []
    digests = verify.store_digests
    monkeypatch.setattr(verify, "store_digests", lambda path: hashed.append(Path(path)) or digests(path))
    assert current_build(config) != damaged
    assert hashed.count(damaged) == 1  # the start's check: neither reuse nor an update from it hashes it again


def test_a_changed_manifest_is_not_taken_as_checked(config):
    store_dir = current_store_dir(config.data_dir)
    manifest = json.loads((store_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["triples"] += 1
    (store_dir / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    assert verified_before(store_dir) is None


def test_a_touched_table_is_checked_in_full_and_recorded_again(config):
    store_dir = current_store_dir(config.data_dir)
    table = largest_table(store_dir)
    os.utime(table, ns=(table.stat().st_atime_ns, table.stat().st_mtime_ns + 1))
    assert verified_before(store_dir) is None
    assert current_build(config) == store_dir  # intact: checked in full, not rebuilt
    assert verified_before(store_dir) is not None
