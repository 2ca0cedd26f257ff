"""Publishing a build so that no step, interrupted, breaks a reader.

A build is written into ``stores/<name>.tmp-PID``, renamed to a name no directory has yet
(never over an existing one), and only then published by atomically replacing ``CURRENT``.
At every instant ``CURRENT`` names a complete build. Old builds are pruned afterwards, and
only those no process holds a lease on (graph.lease); leftovers of killed builds are removed
by the next build once their process is gone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, replace
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from graph import lease
from graph.errors import StoreCorrupt
from graph.triples import Spool
from graph.store import CURRENT_FILE, MANIFEST_FILE, STORE_SUBDIR, Manifest, published_dir
from graph.store_load import load_graphs
from graph.verify import store_digests

STORES_DIR = "stores"
KEEP_STORES = 2
# What killed builds leave: "<name>.tmp-PID" (a build or a pointer being written) and
# ".trash-<name>-PID" (a pruned build being deleted).
_LEFTOVER = re.compile(rf"(?:\.tmp|^{re.escape(lease.TRASH_PREFIX)}.+)-(\d+)$")


def write_store(stores: Path, name: str, graphs: Mapping[str, Iterable[tuple] | Spool], manifest: Manifest,
                check: Callable[[ox.Store], object] | None = None) -> Path:
    """Write ``graphs`` as a complete build under ``stores`` and return its directory.

    ``check`` is called with the loaded store before the build is completed; if it raises,
    nothing is left under ``stores`` (SHACL validation runs there: graph.build).

    The directory is ``name``, or ``name-2``, ``name-3``... when that exists already (a forced
    rebuild or a damaged build of the same inputs): a build a reader may have open is never
    replaced or removed here.
    """
    def fill(build_dir: Path) -> ox.Store:
        store = ox.Store(str(build_dir / STORE_SUBDIR))
        load_graphs(store, graphs)
        return store

    return write_build(stores, name, fill, manifest, check)


def build_tmp(stores: Path, name: str, fresh: bool = True) -> Path:
    """The temporary directory of this process's build ``name`` under ``stores`` (emptied and made when
    ``fresh``): its store may be begun before ``write_build`` (graph.streaming.StatedLoad)."""
    tmp = stores / f"{name}.tmp-{os.getpid()}"
    if fresh:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    return tmp


def write_build(stores: Path, name: str, fill: Callable[[Path], ox.Store], manifest: Manifest,
                check: Callable[[ox.Store], object] | None = None,
                complete: Callable[[Path, int], object] | None = None, begun: bool = False) -> Path:
    """``write_store`` with the store made by ``fill``: called with the new build's (temporary)
    directory, it returns the store it opened in its STORE_SUBDIR (and may write files beside it).
    ``complete``, if given, is called with that directory and the store's count of quads (the
    manifest's) once the store is checked: what it writes beside the store is part of the build.
    The count reads every quad (~2.5 s of CPU at 1000x): counted once, here. ``begun``: the
    directory (``build_tmp``) was made before, and ``fill`` goes on with what is in it."""
    tmp = build_tmp(stores, name, fresh=not begun)
    try:
        store = fill(tmp)
        if check is not None:
            check(store)
        triples = len(store)
        if complete is not None:
            complete(tmp, triples)
        store.flush()
        del store  # closes RocksDB, so that the digests below are of the final files
        built_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        full = replace(manifest, triples=triples, built_at=built_at, files=store_digests(tmp))
        (tmp / lease.LEASE_FILE).touch()
        atomic_write(tmp / MANIFEST_FILE, json.dumps(asdict(full), indent=2))
        return _rename_fresh(tmp, stores, name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _rename_fresh(tmp: Path, stores: Path, name: str) -> Path:
    for attempt in itertools.count(1):
        target = stores / (name if attempt == 1 else f"{name}-{attempt}")
        if target.exists():
            continue
        try:
            os.rename(tmp, target)
        except OSError:
            if target.exists():  # another build took the name meanwhile
                continue
            raise
        _fsync_dir(stores)
        return target
    raise AssertionError("unreachable")


def atomic_write(path: Path, content: str | bytes) -> None:
    """Replace ``path`` with ``content`` (text is written as UTF-8) at once: readers see the old
    or the new content, never a mix; the file and its directory are fsynced."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """``atomic_write`` of what ``write`` writes into the open file: a large content streamed into
    the file without first being made whole in memory."""
    # the thread too: two builds in threads of one process publish at once (tests/graph/test_emit_cache.py)
    tmp = path.with_name(f".{path.name}-{threading.get_ident()}.tmp-{os.getpid()}")  # _LEFTOVER: the pid last
    try:
        with open(tmp, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(data_dir: Path, target: Path) -> None:
    """Point ``CURRENT`` at the complete build ``target``; nothing is written when it already does (a build of
    unchanged inputs writes nothing into a data directory others may be reading or copying)."""
    current, line = data_dir / CURRENT_FILE, str(target.relative_to(data_dir)) + "\n"
    if current.is_file() and current.read_bytes() == line.encode("utf-8"):  # bytes: a garbled pointer is replaced
        return
    atomic_write(current, line)


def prune(data_dir: Path, keep: Path) -> list[Path]:
    """Remove killed builds' leftovers and the complete builds beyond the newest KEEP_STORES,
    except ``keep``, the published build and any build a process has open. Returns what went."""
    stores = data_dir / STORES_DIR
    removed = clean_leftovers(stores) + clean_leftovers(data_dir)
    try:
        published = published_dir(data_dir)
    except StoreCorrupt:
        published = None
    complete = sorted((p for p in stores.iterdir() if (p / MANIFEST_FILE).is_file()),
                      key=lambda p: (p / MANIFEST_FILE).stat().st_mtime, reverse=True)
    for old in complete[KEEP_STORES:]:
        if old not in (keep, published) and lease.remove_if_unleased(old):
            removed.append(old)
    return removed


def clean_leftovers(directory: Path) -> list[Path]:
    """Remove the temporary files and directories in ``directory`` whose process has died."""
    removed = []
    for path in directory.iterdir():
        match = _LEFTOVER.search(path.name)
        if match is None or _alive(int(match.group(1))):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        return True
    return True
