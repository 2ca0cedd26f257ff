"""What the search engine is made from besides the dense index: the other indexes, with the pinyin
readings of names kept beside the dense index, and each document's type prior.

Contract: ``made_indexes`` makes the indexes of a catalogue (search.index.make_indexes), reading
the pinyin readings saved in the index directory under ``names_digest`` and saving them when new
names were read; ``type_priors`` gives per document the factor its score is scaled by
(SearchConfig.type_priors). Neither touches the graph.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from search import persist
from search.config import SearchConfig
from search.documents import CJ, Catalogue
from search.index import Indexes, document_names, make_indexes
from search.lexical import Tokenizer
from search.shortforms import Places


def names_digest(catalogue: Catalogue) -> str:
    """A digest of every document's names, naming the pinyin readings computed from them."""
    return hashlib.sha256(json.dumps(document_names(catalogue), ensure_ascii=False).encode("utf-8")).hexdigest()


def made_indexes(catalogue: Catalogue, tokenizer: Tokenizer, directory: Path | None) -> Indexes:
    """The indexes made from ``catalogue``, with the pinyin readings kept in ``directory`` (the
    readings of names new to it saved there)."""
    digest = names_digest(catalogue)
    readings = persist.load_readings(directory, digest) if directory else {}
    indexes = make_indexes(catalogue, tokenizer, readings, Places.of(catalogue.places))
    if directory and indexes.name_index.readings != readings:
        persist.save_readings(directory, digest, indexes.name_index.readings)
    return indexes


def type_priors(catalogue: Catalogue, config: SearchConfig) -> np.ndarray:
    """Per document, the smallest prior of the classes it belongs to (1.0 when none has one)."""
    priors = {f"{CJ}{name}": factor for name, factor in config.type_priors}
    return np.array([min([priors[t] for t in d.types if t in priors], default=1.0) for d in catalogue.docs])
