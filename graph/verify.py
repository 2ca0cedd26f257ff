"""Whether a build on disk is intact: its files' digests and quad count against its manifest
(``verify_build``, a full check), and the record of a full check that a restart may trust while
the files' sizes and mtimes are unchanged (``record_verified``, ``verified_before``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from graph.errors import StoreCorrupt, StoreNotBuilt
from graph.store import STORE_SUBDIR, Manifest, open_read_only

# RocksDB's own lock and info log are not part of the data (a read-only open leaves the rest untouched).
UNCHECKED_FILES = ("LOCK", "LOG")
VERIFIED_FILE = "verified.json"  # beside the manifest: the files' sizes and mtimes when last checked in full


def store_digests(store_dir: Path) -> dict[str, str]:
    """SHA-256 of each data file of a build's Oxigraph directory."""
    root = Path(store_dir) / STORE_SUBDIR
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())
            if p.is_file() and not p.name.startswith(UNCHECKED_FILES)}


def file_signature(store_dir: Path) -> dict[str, tuple[int, int]]:
    """Size and mtime of each data file: a cheap check that nothing was rewritten since."""
    signature = {}
    try:
        for path in (Path(store_dir) / STORE_SUBDIR).iterdir():
            if not path.name.startswith(UNCHECKED_FILES):
                stat = path.stat()
                signature[path.name] = (stat.st_size, stat.st_mtime_ns)
    except FileNotFoundError:
        pass
    return signature


def verify_build(store_dir: Path) -> Manifest:
    """Check a build against its manifest: file digests, that it opens, and its quad count.

    Returns the manifest; raises StoreNotBuilt (incomplete) or StoreCorrupt (damaged). Only a check:
    it writes nothing. A caller that goes on to trust the build records the pass (``record_verified``).
    """
    store_dir = Path(store_dir)
    manifest = Manifest.read(store_dir)
    try:
        found = store_digests(store_dir)
    except OSError as exc:
        raise StoreCorrupt(f"the store in {store_dir} cannot be read: {exc}") from exc
    for name, digest in manifest.files.items():
        if found.get(name) != digest:
            state = "missing" if name not in found else "damaged"
            raise StoreCorrupt(f"{store_dir / STORE_SUBDIR / name} is {state}")
    store = open_read_only(store_dir)
    try:
        quads = len(store)
    except (OSError, RuntimeError) as exc:
        raise StoreCorrupt(f"the store in {store_dir} cannot be read: {exc}") from exc
    if quads != manifest.triples:
        raise StoreCorrupt(f"the store in {store_dir} holds {quads} quads, its manifest says {manifest.triples}")
    return manifest


def record_verified(store_dir: Path, manifest: Manifest, signature: dict[str, tuple[int, int]]) -> None:
    """Record (``VERIFIED_FILE``) that ``verify_build`` passed on ``store_dir`` and returned ``manifest``;
    ``signature`` is its files' ``file_signature`` taken before the check read them, so that a file
    rewritten meanwhile is checked again next time. A build directory that cannot be written is not
    recorded: every start checks it in full."""
    from graph.publish import atomic_write  # graph.publish imports this module

    try:
        atomic_write(Path(store_dir) / VERIFIED_FILE, json.dumps(_record(manifest, signature), sort_keys=True).encode())
    except OSError:
        pass


def verified_before(store_dir: Path) -> Manifest | None:
    """The manifest of a build whose ``verify_build`` pass was recorded (``record_verified``) and whose
    manifest and files (their sizes and mtimes) have not changed since; None otherwise (or for a build it
    cannot read). A restart's check: hashing the 4.8 GB of a 1000x store and counting its quads took
    20-100 s. It is the check the server's watcher makes between two full ones (web.services)."""
    try:
        manifest = Manifest.read(store_dir)
    except (StoreNotBuilt, StoreCorrupt):
        return None
    return manifest if _verified_record(Path(store_dir)) == _record(manifest, file_signature(store_dir)) else None


def _record(manifest: Manifest, signature: dict[str, tuple[int, int]]) -> dict:
    """What ``VERIFIED_FILE`` holds: the manifest checked and the sizes and mtimes of its store's files."""
    return {"manifest": asdict(manifest), "files": {name: list(sig) for name, sig in signature.items()}}


def _verified_record(store_dir: Path) -> dict | None:
    try:
        found = json.loads((store_dir / VERIFIED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None
