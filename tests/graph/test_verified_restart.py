"""A restart's check of the published build: a build checked in full before, whose files have not
changed since, is not read again (graph.store.verify_build's ``trust_unchanged``); any change to
its files or its manifest makes the check a full one again."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from graph import store
from graph.errors import StoreCorrupt
from graph.store import MANIFEST_FILE, STORE_SUBDIR, VERIFIED_FILE, current_store_dir, verify_build
from search.config import SEARCH_INDEX_DIR


@pytest.fixture
def store_dir(built_config, tmp_path) -> Path:
    """The published build of a copy of the session's data directory, checked in full once."""
    copy = tmp_path / "data"
    shutil.copytree(built_config.data_dir, copy, ignore=shutil.ignore_patterns(SEARCH_INDEX_DIR, VERIFIED_FILE))
    found = current_store_dir(copy)
    verify_build(found)
    return found


def largest_table(store_dir: Path) -> Path:
    return max((store_dir / STORE_SUBDIR).glob("*.sst"), key=lambda p: p.stat().st_size)


def test_a_full_check_is_recorded_and_trusted_while_nothing_changes(store_dir, monkeypatch):
    record = json.loads((store_dir / VERIFIED_FILE).read_text(encoding="utf-8"))
    assert largest_table(store_dir).name in record["files"]
    monkeypatch.setattr("graph.store.store_digests", lambda _: pytest.fail("an unchanged build was read again"))
    assert verify_build(store_dir, trust_unchanged=True).triples > 0


def test_a_rewritten_table_is_checked_in_full(store_dir):
    table = largest_table(store_dir)
    data = bytearray(table.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, new mtime
    table.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt, match=table.name):
        verify_build(store_dir, trust_unchanged=True)


def test_a_changed_manifest_is_checked_in_full(store_dir):
    manifest = json.loads((store_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["triples"] += 1
    (store_dir / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="quads"):
        verify_build(store_dir, trust_unchanged=True)


def test_a_touched_table_is_checked_in_full_and_recorded_again(store_dir, monkeypatch):
    table = largest_table(store_dir)
    os.utime(table, ns=(table.stat().st_atime_ns, table.stat().st_mtime_ns + 1))
    read, real = [], store.store_digests
    monkeypatch.setattr(store, "store_digests", lambda d: read.append(d) or real(d))
    verify_build(store_dir, trust_unchanged=True)
    verify_build(store_dir, trust_unchanged=True)
    assert read == [store_dir]  # the second check trusts the new record
