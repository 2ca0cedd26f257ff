"""What the search engine is made from besides the dense index: the other indexes, with the pinyin
readings of names kept beside the dense index, and each document's type prior.

Contract: ``warming`` loads an embedder's model and the pinyin syllable table on a thread of its own;
``made_indexes`` makes the indexes of a catalogue (search.index.make_indexes), reading
the pinyin readings saved in the index directory under ``names_digest`` and saving them when new
names were read; ``type_priors`` gives per document the factor its score is scaled by
(SearchConfig.type_priors). Neither touches the graph.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from search import persist, pinyin
from search.config import SearchConfig
from search.documents import CJ, Catalogue
from search.embedders import Embedder
from search.index import Indexes, document_names, make_indexes
from search.lexical import Tokenizer
from search.shortforms import Places


def names_digest(catalogue: Catalogue) -> str:
    """A digest of every document's names, naming the pinyin readings computed from them."""
    return hashlib.sha256(json.dumps(document_names(catalogue), ensure_ascii=False).encode("utf-8")).hexdigest()


def made_indexes(catalogue: Catalogue, tokenizer: Tokenizer, directory: Path | None, forked: bool = False) -> Indexes:
    """The indexes made from ``catalogue``, with the pinyin readings kept in ``directory`` (the
    readings of names new to it saved there); the name index in a forked child when ``forked``
    (search.index.make_indexes)."""
    digest = names_digest(catalogue)
    readings = persist.load_readings(directory, digest) if directory else {}
    indexes = make_indexes(catalogue, tokenizer, readings, Places.of(catalogue.places), forked)
    if directory and indexes.name_index.readings != readings:
        persist.save_readings(directory, digest, indexes.name_index.readings)
    return indexes


def type_priors(catalogue: Catalogue, config: SearchConfig) -> np.ndarray:
    """Per document, the smallest prior of the classes it belongs to (1.0 when none has one)."""
    priors = {f"{CJ}{name}": factor for name, factor in config.type_priors}
    return np.array([min([priors[t] for t in d.types if t in priors], default=1.0) for d in catalogue.docs])


def warming(embedder: Embedder) -> Future:
    """What the first query would otherwise load, loading on a thread of its own: the embedder's model
    (a loaded index leaves it unloaded; its tokeniser and weights took a third of a restart at 100x)
    and the pinyin syllable table (3.5 s for the first Latin-letter query at 1x). Neither depends on
    the graph, and reading the model's files and unzipping its weights run while the graph's tables
    load. ``result()`` waits for it (and raises what it raised)."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="warm-embedder")
    try:
        return pool.submit(_warm, embedder)
    finally:
        pool.shutdown(wait=False)


def _warm(embedder: Embedder) -> None:
    getattr(embedder, "warm", lambda: None)()
    pinyin.syllables()
