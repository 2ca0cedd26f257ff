"""The published build kept built, current and intact: ``ensure_built`` builds when it is missing,
stale or damaged, ``repair`` only when it is missing or damaged, ``is_stale`` says whether it was
built from other inputs. Apart from graph.build, whose code is part of every build's input hash
(graph.build.BUILD_CODE): a change to these would make every published build stale.
"""

from __future__ import annotations

import logging
from pathlib import Path

from graph.build import build, input_hash
from graph.config import BuildConfig
from graph.errors import StoreCorrupt, StoreNotBuilt
from graph.store import Manifest, current_store_dir
from graph.verify import verify_build

log = logging.getLogger(__name__)

DAMAGED = "the published store is damaged; rebuilding it from the curated data: %s"


def is_stale(config: BuildConfig) -> bool:
    """True when no store is published or the published one was built from other inputs."""
    try:
        return Manifest.read(current_store_dir(Path(config.data_dir))).content_hash != input_hash(config)
    except (StoreNotBuilt, StoreCorrupt):
        return True


def ensure_built(config: BuildConfig) -> Path | str:
    """Build if the published store is missing, stale or damaged; return the published store's directory.

    A damaged store (graph.verify.verify_build) is rebuilt from the curated data, into a new
    directory, and published; the damaged one is pruned once no process has it open.
    """
    if config.store:
        from graph.remote_build import ensure_published
        return ensure_published(config)
    intact, damaged = _checked_published(config)
    if intact is not None and Manifest.read(intact).content_hash == input_hash(config):
        return intact
    return build(config, damaged=damaged).store_dir


def repair(config: BuildConfig) -> Path:
    """Rebuild the published store from the curated data only if it is missing or damaged.

    An intact store built from other inputs stays published: a running server healing its
    store must not undo a newer build published by someone else.
    """
    intact, damaged = _checked_published(config)
    return intact if intact is not None else Path(build(config, damaged=damaged).store_dir)  # local: a directory


def _checked_published(config: BuildConfig) -> tuple[Path | None, Path | None]:
    """(the published build if it is intact, the published build if its check found it damaged)."""
    try:
        store_dir = current_store_dir(Path(config.data_dir))
    except StoreCorrupt as exc:
        log.warning(DAMAGED, exc)
        return None, None
    except StoreNotBuilt:
        return None, None
    try:
        verify_build(store_dir)
        return store_dir, None
    except StoreCorrupt as exc:
        log.warning(DAMAGED, exc)
        return None, store_dir
    except StoreNotBuilt:
        return None, None
