"""Building the engine's indexes from a catalogue: dense passages, lexical fields, names.

Each document yields the passages of PASSAGES, each embedded as one vector; a document's
dense score is its best passage's. The dense index is reused from ``index_dir`` when its
manifest matches (embedder, graph content hash, passage texts, index layout), otherwise
rebuilt and saved.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from pathlib import Path
from collections.abc import Callable

import numpy as np

from search import persist, vectors
from search.config import SearchConfig
from search.dense import DenseIndex, IndexParams
from search.documents import EntityDoc
from search.embedders import Embedder
from search.errors import IndexInvalid
from search.snippets import FIELD_NAMES
from search.text import fold

log = logging.getLogger(__name__)

NAME_FIELDS = ("label", "label_en", "alias")


def name_passage(doc: EntityDoc) -> str:
    """The entity's names: zh label, en label, aliases."""
    return " / ".join(dict.fromkeys(doc.name_values))


def full_passage(doc: EntityDoc) -> str:
    """Names, then every other field as 'field：value、value' sentences."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for field, value in doc.fields:
        if field not in NAME_FIELDS and value not in grouped[field]:
            grouped[field].append(value)
    body = "。".join(f"{FIELD_NAMES.get(f, f)}：{'、'.join(vs)}" for f, vs in grouped.items())
    return f"{name_passage(doc)}。{body}"


PASSAGES: dict[str, Callable[[EntityDoc], str]] = {"name": name_passage, "full": full_passage}


def passages(docs: tuple[EntityDoc, ...]) -> tuple[list[str], list[str]]:
    """(texts, iris): every passage of every document, folded, with the IRI it belongs to."""
    texts, iris = [], []
    for doc in docs:
        for compose in PASSAGES.values():
            texts.append(fold(compose(doc)))
            iris.append(doc.iri)
    return texts, iris


def passages_hash(texts: list[str], iris: list[str]) -> str:
    """A digest of what the vectors encode and which entity each belongs to."""
    return hashlib.sha256("\x1e".join(texts + iris).encode("utf-8")).hexdigest()


def open_dense(
    docs: tuple[EntityDoc, ...], embedder: Embedder, config: SearchConfig, index_dir: Path | None, graph_hash: str,
    reuse: tuple[Path, ...] = (),
) -> tuple[DenseIndex, np.ndarray]:
    """The dense index over ``docs`` and its row→document array, loaded if valid, else built:
    then only the passages whose vector is in no index of ``index_dir`` and ``reuse`` (by
    content key, search.vectors) are embedded."""
    texts, iris = passages(docs)
    fingerprint = persist.Fingerprint(embedder.name, embedder.version, embedder.dim, graph_hash, passages_hash(texts, iris))
    position = {doc.iri: i for i, doc in enumerate(docs)}
    params = IndexParams.for_size(len(texts), config)
    if index_dir is not None:
        try:
            index, ids = persist.load(Path(index_dir), fingerprint, params)
            return index, np.array([position[i] for i in ids], dtype=np.int64)
        except IndexInvalid as exc:
            log.info("rebuilding the dense index: %s", exc)
    matrix, keys, report = vectors.embed(texts, embedder, vectors.known_vectors((index_dir, *reuse)))
    log.info("dense index: %d passages, %d embedded, %d reused", report.passages, report.embedded, report.reused)
    index = DenseIndex.build(matrix, params)
    if index_dir is not None:
        vectors.save_keys(Path(index_dir), persist.save(Path(index_dir), index, iris, fingerprint), keys)
    return index, np.array([position[i] for i in iris], dtype=np.int64)
