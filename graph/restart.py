"""A server's start on its published build: not read again when nothing changed since it was checked.

``current_build(config)`` is graph.build.ensure_built for a start. ensure_built checks the
published build in full (graph.store.verify_build: every file's digest, its quad count), which at
1000x the seed took 20-100 s before the server listened. A build that check passed before, whose
manifest and files (sizes, mtimes) are unchanged and that was built from the inputs at hand, is
served as it is; anything else goes to ensure_built (checked in full, rebuilt when stale or damaged).
This module is apart from graph.build because that module's code is part of every build's input
hash (graph.build.BUILD_CODE): a change to it makes every published build stale.
"""

from __future__ import annotations

from pathlib import Path

from graph.build import ensure_built, input_hash
from graph.config import BuildConfig
from graph.errors import StoreCorrupt
from graph.store import published_dir, verified_before


def current_build(config: BuildConfig) -> Path | str:
    """The published build to serve: the embedded one as it is when unchanged since it was checked in
    full and built from ``config``'s inputs, else what graph.build.ensure_built returns."""
    store_dir = None if config.store else _published(Path(config.data_dir))
    if store_dir is not None:
        manifest = verified_before(store_dir)
        if manifest is not None and manifest.content_hash == input_hash(config):
            return store_dir
    return ensure_built(config)


def _published(data_dir: Path) -> Path | None:
    try:
        return published_dir(data_dir)
    except StoreCorrupt:
        return None  # ensure_built says why and rebuilds
