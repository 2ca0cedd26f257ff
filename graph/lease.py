"""Leases on build directories: a build stays on disk while any process has it open.

A process that opens a build holds a shared ``flock`` on the build's lease file until it
closes the graph (``release``) or exits; pruning removes a build only while it holds the
exclusive lock. flock rather than a pid file: the kernel drops the lock when its holder dies,
even by SIGKILL, so a killed server or query worker never pins a build for ever. flock locks
belong to open file descriptions, so the rule holds between threads of one process too.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreNotBuilt

LEASE_FILE = "lease"
TRASH_PREFIX = ".trash-"


@dataclass
class _Lease:
    fd: int | None  # None: the lease file could not be opened (a read-only build), nothing is locked
    count: int = 1


_held: dict[Path, _Lease] = {}  # build directory → its lease and how many opens hold it
_lock = threading.Lock()


def _open_lease(store_dir: Path) -> int | None:
    """A descriptor on the lease file (created if missing); None when it cannot be created
    (a read-only data directory, where nothing can prune either)."""
    path = store_dir / LEASE_FILE
    try:
        return os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    except FileNotFoundError as exc:
        raise StoreNotBuilt(f"{store_dir} is gone") from exc
    except (PermissionError, OSError):
        if not store_dir.is_dir():
            raise StoreNotBuilt(f"{store_dir} is gone") from None
        return None


def acquire(store_dir: Path) -> None:
    """Hold a shared lease on ``store_dir`` (counted: each call needs one ``release``).

    Raises StoreNotBuilt when the directory is gone or was pruned while we waited for it.
    """
    store_dir = Path(store_dir).resolve()
    with _lock:
        if store_dir in _held:
            _held[store_dir].count += 1
            return
        fd = _open_lease(store_dir)
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_SH)
            if not _same_file(fd, store_dir / LEASE_FILE):
                os.close(fd)
                raise StoreNotBuilt(f"{store_dir} was removed while it was being opened")
        _held[store_dir] = _Lease(fd)


def release(store_dir: Path) -> None:
    """Give back one lease taken by ``acquire``; the last one unlocks the build."""
    store_dir = Path(store_dir).resolve()
    with _lock:
        entry = _held.get(store_dir)
        if entry is None:
            return
        entry.count -= 1
        if entry.count <= 0:
            del _held[store_dir]
            if entry.fd is not None:
                os.close(entry.fd)


def _lock_exclusive(fd: int) -> bool:
    """Take the exclusive lock on a lease file without waiting; False while anyone holds a lease."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def remove_if_unleased(store_dir: Path) -> bool:
    """Remove ``store_dir`` unless some process holds a lease on it; True if it was removed.

    The directory is first renamed aside under the exclusive lock, so a process that opens it
    at the same moment either gets its lease first (and the build stays) or finds it gone.
    """
    try:
        fd = os.open(store_dir / LEASE_FILE, os.O_RDONLY | os.O_CREAT, 0o644)
    except FileNotFoundError:
        return False
    if not _lock_exclusive(fd):
        os.close(fd)
        return False
    trash = store_dir.with_name(f"{TRASH_PREFIX}{store_dir.name}-{os.getpid()}")
    try:
        os.rename(store_dir, trash)
    finally:
        os.close(fd)
    shutil.rmtree(trash, ignore_errors=True)
    return True


def is_leased(store_dir: Path) -> bool:
    """True while some process holds a lease on ``store_dir`` (for reports and tests)."""
    try:
        fd = os.open(Path(store_dir) / LEASE_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        return not _lock_exclusive(fd)
    finally:
        os.close(fd)
