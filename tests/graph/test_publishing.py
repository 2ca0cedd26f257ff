"""Publishing: CURRENT names a complete build whatever step a build dies at, open builds are
never pruned, killed builds' leftovers go, and a damaged store is rebuilt from the curated data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from graph import kept_beside, lease
from graph.build import build
from graph.published import ensure_built
from graph.config import BuildConfig
from graph.errors import StoreCorrupt, StoreNotBuilt, StoreWriteError
from graph.publish import KEEP_STORES, STORES_DIR, prune
from graph.store import CURRENT_FILE, MANIFEST_FILE, STORE_SUBDIR, current_store_dir, open_build
from graph.verify import verify_build
from search.config import SEARCH_INDEX_DIR

REPO = Path(__file__).resolve().parents[2]
ORIGINAL = "label_en: Dalian Daily\n"


@pytest.fixture
def data_dir(built_config, tmp_path) -> Path:
    """A copy of the session's data directory (one published build)."""
    copy = tmp_path / "data"
    shutil.copytree(built_config.data_dir, copy, ignore=shutil.ignore_patterns(SEARCH_INDEX_DIR))
    return copy


@pytest.fixture
def changed(built_config, data_dir, tmp_path) -> BuildConfig:
    """A config on ``data_dir`` whose curated copy differs from the published build's by one label."""
    curated = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", curated)
    path = curated / "registry" / "organisations.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(ORIGINAL, "label_en: Dalian Daily (changed)\n", 1),
                    encoding="utf-8")
    return replace(built_config, data_dir=data_dir, curated_dir=curated)


def published_is_complete(data_dir: Path) -> Path:
    store_dir = current_store_dir(data_dir)
    assert verify_build(store_dir).triples > 0
    return store_dir


# Where a build subprocess kills itself with SIGKILL: the function it dies in (when its
# arguments mention the given text), and whether CURRENT then names the new build.
KILL_POINTS = {
    "writing the store": ("graph.publish", "store_digests", "", False),
    "renaming it into place": ("os", "rename", ".tmp-", False),
    "replacing CURRENT": ("os", "replace", CURRENT_FILE + "'", False),
    # the prune after publishing, on the stores directory itself: a build also cleans its own directory's leftovers
    # before it writes its counts there (graph.aggregates.keep), which is before publishing
    "pruning": ("graph.publish", "clean_leftovers", f"{STORES_DIR}')", True),
}
KILLER = textwrap.dedent("""
    import importlib, os, signal, sys
    from pathlib import Path
    from graph.build import build
    from graph.config import BuildConfig
    module, name, when, data, curated = sys.argv[1:]
    target = importlib.import_module(module)
    original = getattr(target, name)
    def die_there(*args, **kwargs):
        if when in repr(args):
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)
    setattr(target, name, die_there)
    build(BuildConfig(data_dir=Path(data), curated_dir=Path(curated)))
""")


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_a_build_killed_at_any_step_leaves_a_complete_store_published(changed, point):
    module, name, when, publishes = KILL_POINTS[point]
    data_dir = Path(changed.data_dir)
    before = current_store_dir(data_dir)
    killed = subprocess.run([sys.executable, "-c", KILLER, module, name, when, str(data_dir), str(changed.curated_dir)],
                            cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert killed.returncode == -9, killed.stderr
    after = published_is_complete(data_dir)
    assert (after != before) is publishes
    leftovers = [p.name for p in (data_dir / "stores").iterdir() if ".tmp-" in p.name]
    leftovers += [p.name for p in data_dir.iterdir() if ".tmp-" in p.name]
    report = build(changed)  # the next build cleans up after the killed one
    assert current_store_dir(data_dir) == report.store_dir and verify_build(report.store_dir)
    for name in leftovers:
        assert not (data_dir / "stores" / name).exists() and not (data_dir / name).exists()


def test_a_failed_publish_step_keeps_the_previous_store(changed, monkeypatch):
    data_dir = Path(changed.data_dir)
    before = current_store_dir(data_dir)

    original = os.replace

    def refuse_current(source, target):
        if Path(target).name == CURRENT_FILE:
            raise OSError(28, "No space left on device")
        original(source, target)

    monkeypatch.setattr(os, "replace", refuse_current)
    with pytest.raises(StoreWriteError, match="No space left on device"):
        build(changed)
    assert published_is_complete(data_dir) == before
    assert not [p for p in data_dir.iterdir() if ".tmp-" in p.name]


def test_a_failure_keeping_void_beside_the_index_step_fails_the_build_after_the_step(changed, monkeypatch):
    data_dir = Path(changed.data_dir)
    before = current_store_dir(data_dir)
    prepared = []

    def refuse_void(target: Path, clock, niced) -> float:
        raise OSError(28, "No space left on device")

    def prepare(open_graph) -> None:
        open_graph().close()
        prepared.append(True)

    monkeypatch.setattr(kept_beside, "keep", refuse_void)
    with pytest.raises(StoreWriteError, match="No space left on device"):
        build(changed, prepare=prepare)
    assert prepared == [True]  # the step ran to its end beside the failing thread
    assert published_is_complete(data_dir) == before


def test_a_forced_rebuild_never_replaces_the_directory_a_reader_has_open(built_config, data_dir):
    config = replace(built_config, data_dir=data_dir)
    opened = open_build(current_store_dir(data_dir))
    try:
        report = build(config, force=True)
        assert report.store_dir != opened.path and report.store_dir.name.startswith(opened.path.name)
        assert opened.ask("ASK { ?s ?p ?o }") and verify_build(opened.path)
    finally:
        opened.close()


def fake_build(stores: Path, name: str, age: int) -> Path:
    """A directory that looks complete to pruning (a manifest), ``age`` seconds old."""
    path = stores / name
    path.mkdir(parents=True)
    (path / MANIFEST_FILE).write_text("{}")
    os.utime(path / MANIFEST_FILE, (1_000_000 - age, 1_000_000 - age))
    return path


def test_pruning_keeps_the_newest_the_published_and_the_leased(tmp_path):
    stores = tmp_path / "stores"
    builds = [fake_build(stores, f"b{i}", age=i) for i in range(6)]  # b0 newest
    (tmp_path / CURRENT_FILE).write_text("stores/b5\n")
    lease.acquire(builds[4])
    try:
        prune(tmp_path, keep=builds[0])
        assert [b.name for b in builds if b.exists()] == [b.name for b in builds[:KEEP_STORES]] + ["b4", "b5"]
        assert lease.is_leased(builds[4])
    finally:
        lease.release(builds[4])
    assert not lease.is_leased(builds[4])
    prune(tmp_path, keep=builds[0])
    assert not builds[4].exists() and builds[5].exists()


def test_a_pruned_build_cannot_be_opened_half_deleted(tmp_path):
    gone = fake_build(tmp_path / "stores", "gone", age=0)
    assert lease.remove_if_unleased(gone)
    with pytest.raises(StoreNotBuilt):
        open_build(gone)


def test_leftovers_of_dead_builds_are_removed_and_live_ones_kept(built_config, data_dir):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    stores = data_dir / "stores"
    leftovers = [stores / f"0123abcd.tmp-{pid}", stores / f"{lease.TRASH_PREFIX}0123abcd-{pid}"]
    for path in leftovers:
        (path / STORE_SUBDIR).mkdir(parents=True)
    pointer = data_dir / f".{CURRENT_FILE}.tmp-{pid}"
    pointer.write_text("stores/nothing\n")
    ours = stores / f"0123abcd.tmp-{os.getpid()}"
    ours.mkdir()
    build(replace(built_config, data_dir=data_dir))
    assert not any(p.exists() for p in (*leftovers, pointer))
    assert ours.exists()


def truncate_a_table(store_dir: Path) -> None:
    table = max((store_dir / STORE_SUBDIR).glob("*.sst"), key=lambda p: p.stat().st_size)
    os.truncate(table, 500)


def garble_the_manifest(store_dir: Path) -> None:
    (store_dir / MANIFEST_FILE).write_text('{"base_iri": ', encoding="utf-8")


def wrong_count(store_dir: Path) -> None:
    manifest = json.loads((store_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["triples"] += 1
    (store_dir / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")


DAMAGES = {"truncated table": truncate_a_table, "garbled manifest": garble_the_manifest, "wrong count": wrong_count}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_store_is_detected_and_rebuilt(built_config, data_dir, damage):
    damaged = current_store_dir(data_dir)
    DAMAGES[damage](damaged)
    with pytest.raises(StoreCorrupt, match=str(damaged)):
        verify_build(damaged)
    healed = ensure_built(replace(built_config, data_dir=data_dir))
    assert healed != damaged and published_is_complete(data_dir) == healed


def test_a_garbled_pointer_is_rebuilt(built_config, data_dir):
    (data_dir / CURRENT_FILE).write_bytes(b"\xff\xfe\x00")
    with pytest.raises(StoreCorrupt, match=CURRENT_FILE):
        current_store_dir(data_dir)
    ensure_built(replace(built_config, data_dir=data_dir))
    published_is_complete(data_dir)
