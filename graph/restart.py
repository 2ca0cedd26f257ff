"""A server's start on its published build: not read again when nothing changed since it was checked.

``current_build(config)`` is graph.published.ensure_built for a start. ensure_built checks the
published build in full (graph.verify.verify_build: every file's digest, its quad count), which at
1000x the seed took 20-100 s before the server listened. A build that check passed before, whose
manifest and files (sizes, mtimes) are unchanged and that was built from the inputs at hand, is
served as it is. A build from the inputs at hand not recorded so is checked in full here, and the
pass recorded for the next start (graph.verify.record_verified: the check itself writes nothing);
anything else goes to ensure_built (rebuilt when stale or damaged).
This module is apart from graph.build because that module's code is part of every build's input
hash (graph.build.BUILD_CODE): a change to it makes every published build stale.
"""

from __future__ import annotations

import logging
from pathlib import Path

from graph.build import build, input_hash
from graph.config import BuildConfig
from graph.errors import StoreCorrupt, StoreNotBuilt
from graph.published import DAMAGED, ensure_built
from graph.store import Manifest, published_dir
from graph.verify import file_signature, record_verified, verified_before, verify_build

log = logging.getLogger(__name__)


def current_build(config: BuildConfig) -> Path | str:
    """The published build to serve: the embedded one as it is when built from ``config``'s inputs and
    intact (``_checked``); a rebuild when that check finds it damaged (hashed once, not again by
    ensure_built: 20-100 s at 1000x the seed); else what graph.published.ensure_built returns."""
    store_dir = None if config.store else _published(Path(config.data_dir))
    if store_dir is None:
        return ensure_built(config)
    try:
        if _checked(store_dir, input_hash(config)):
            return store_dir
    except StoreCorrupt as exc:
        log.warning(DAMAGED, exc)
        return build(config, damaged=store_dir).store_dir
    return ensure_built(config)


def _checked(store_dir: Path, content_hash: str) -> bool:
    """Whether the build in ``store_dir`` was built from the inputs hashing to ``content_hash`` and is
    intact: by the record of a full check (graph.verify.verified_before) when nothing changed since it,
    else by a full check now (graph.verify.verify_build), which raises StoreCorrupt for a damaged one.
    A start trusts the build it serves on this check, so it records a pass for the next start. A stale
    build is left to ensure_built, which says why and rebuilds it."""
    manifest = verified_before(store_dir)
    if manifest is not None:
        return manifest.content_hash == content_hash
    try:
        if Manifest.read(store_dir).content_hash != content_hash:
            return False
        signature = file_signature(store_dir)  # before the check reads the files: see record_verified
        manifest = verify_build(store_dir)
    except StoreNotBuilt:
        return False
    record_verified(store_dir, manifest, signature)
    return True


def _published(data_dir: Path) -> Path | None:
    try:
        return published_dir(data_dir)
    except StoreCorrupt:
        return None  # ensure_built says why and rebuilds
