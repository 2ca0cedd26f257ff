"""The dense index on disk: files named by their content, a manifest, atomic replacement.

Layout of the index directory: ``manifest.json`` names ``index-<sha>.faiss`` and
``ids-<sha>.json``. A save writes both files (temp file, fsync, os.replace) before it
replaces the manifest, which is the single commit point: a save that fails midway leaves the
previous manifest and its files intact. ``pinyin.json`` holds the pinyin readings of the names
(search.names), with the digest of the names they were computed for. ``load`` verifies everything the manifest claims and
raises IndexInvalid (stale, truncated, corrupted) instead of returning a bad index.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime, UTC
from pathlib import Path

import numpy as np

from graph.publish import atomic_write, atomic_write_with
from search.dense import DenseIndex, IndexParams
from search.errors import IndexInvalid

MANIFEST_FILE = "manifest.json"
READINGS_FILE = "pinyin.json"
FORMAT = 1


@dataclass(frozen=True)
class Fingerprint:
    """What an index must have been built from to be reusable."""

    embedder: str
    embedder_version: str
    dim: int
    graph_hash: str
    documents_hash: str


@dataclass(frozen=True)
class IndexManifest:
    """The manifest written beside a persisted index."""

    format: int
    fingerprint: Fingerprint
    count: int
    params: IndexParams
    index_file: str
    index_sha256: str
    ids_file: str
    ids_sha256: str
    built_at: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> IndexManifest:
        raw = json.loads(text)
        raw["fingerprint"] = Fingerprint(**raw["fingerprint"])
        raw["params"] = IndexParams(**raw["params"])
        return cls(**raw)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def save(directory: Path, index: DenseIndex, ids: list[str], fingerprint: Fingerprint) -> IndexManifest:
    """Persist ``index`` and its row→IRI list; return the manifest that now publishes them."""
    directory.mkdir(parents=True, exist_ok=True)
    # the index's bytes streamed twice (hashed, then written under the name their hash gives), not made
    # whole: a second serialisation costs ~1 s at 1000x, holding them ~320 MB beside the index
    hashed = hashlib.sha256()
    index.write(hashed.update)
    ids_blob = json.dumps(ids, ensure_ascii=False).encode("utf-8")
    digest, ids_digest = hashed.hexdigest(), sha256(ids_blob)
    manifest = IndexManifest(
        FORMAT, fingerprint, index.count, index.params,
        f"index-{digest[:16]}.faiss", digest, f"ids-{ids_digest[:16]}.json", ids_digest,
        datetime.now(UTC).isoformat(timespec="seconds"),
    )
    atomic_write_with(directory / manifest.index_file, lambda fh: index.write(fh.write))
    atomic_write(directory / manifest.ids_file, ids_blob)
    atomic_write(directory / MANIFEST_FILE, manifest.to_json().encode("utf-8"))
    _remove_unlisted(directory, {manifest.index_file, manifest.ids_file})
    return manifest


def load(directory: Path, expected: Fingerprint, params: IndexParams) -> tuple[DenseIndex, list[str]]:
    """The persisted index and row→IRI list, or IndexInvalid saying what is wrong: built from
    other inputs (``expected``), with another layout (``params``; the HNSW search width
    efSearch is not layout, the index searches with the configured one), truncated or corrupted."""
    manifest = read_manifest(directory)
    if manifest.format != FORMAT or manifest.fingerprint != expected:
        raise IndexInvalid(f"stale index in {directory}: built from {manifest.fingerprint}, need {expected}")
    if replace(manifest.params, ef_search=params.ef_search) != params:
        raise IndexInvalid(f"index in {directory} is laid out as {manifest.params}, configured: {params}")
    blob = _read_verified(directory / manifest.index_file, manifest.index_sha256)
    ids = json.loads(_read_verified(directory / manifest.ids_file, manifest.ids_sha256))
    index = DenseIndex.from_bytes(blob, params)  # efSearch is a query-time width: the configured one
    if not index.count == len(ids) == manifest.count or index.dim != expected.dim:
        raise IndexInvalid(f"index in {directory} holds {index.count} vectors of dimension {index.dim}, "
                           f"the manifest says {manifest.count} of {expected.dim}")
    return index, ids


def load_vectors(directory: Path) -> tuple[IndexManifest, np.ndarray]:
    """The manifest of ``directory`` and its index's vectors, whatever they were built from (for
    reuse by content key, search.vectors); IndexInvalid when missing, truncated or corrupted."""
    manifest = read_manifest(directory)
    index = DenseIndex.from_bytes(_read_verified(directory / manifest.index_file, manifest.index_sha256), manifest.params)
    return manifest, index.vectors()


def read_manifest(directory: Path) -> IndexManifest:
    """The manifest of ``directory``; IndexInvalid if it is missing or unreadable."""
    path = directory / MANIFEST_FILE
    try:
        return IndexManifest.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexInvalid(f"no index in {directory}") from None
    except (ValueError, TypeError, KeyError) as exc:
        raise IndexInvalid(f"unreadable manifest {path}: {exc}") from exc


def _read_verified(path: Path, digest: str) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IndexInvalid(f"{path} is missing") from None
    if sha256(data) != digest:
        raise IndexInvalid(f"{path} is truncated or corrupted (sha256 mismatch)")
    return data


def _remove_unlisted(directory: Path, keep: set[str]) -> None:
    for pattern in ("index-*.faiss", "ids-*.json"):
        for path in directory.glob(pattern):
            if path.name not in keep:
                path.unlink(missing_ok=True)


def load_readings(directory: Path, digest: str) -> dict[str, str]:
    """The pinyin readings saved for the names whose digest is ``digest``; {} when there are
    none, they belong to other names, or the file is unreadable (they are then recomputed)."""
    try:
        saved = json.loads((directory / READINGS_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("names_sha256") != digest or not isinstance(saved.get("readings"), dict):
        return {}
    return saved["readings"]


def save_readings(directory: Path, digest: str, readings: dict[str, str]) -> None:
    """Persist the pinyin readings of the names whose digest is ``digest`` (atomically)."""
    directory.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"names_sha256": digest, "readings": readings}, ensure_ascii=False, sort_keys=True)
    atomic_write(directory / READINGS_FILE, data.encode("utf-8"))
