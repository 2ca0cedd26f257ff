"""State read off a graph at start, kept in its build so that the next start reads it back.

A snapshot is one file in ``{build}/search-index/`` (for a remote store, ``{data}/search-index/``): a pickled header (the graph's content hash,
a digest of the code that makes the state, the payload's sha256) and the pickled state. A
snapshot made from another graph or by other code is stale; a stale, truncated or corrupted one
is ignored and the state made again from the graph (and saved again when the directory can be
written). Files are written only by this project, into the build's own directory (as the dense
index beside them), and never read from anywhere else.

The search catalogue (search.documents.load_catalogue: some ten SPARQL queries over the whole
graph, 13 s at 10x the seed on a busy machine) is kept this way by ``catalogue``; the engine's
indexes besides the dense one (search.index.Indexes: BM25, term postings, names, made by
tokenising every field and reading every name in pinyin) and the tokens of the documents' texts
(jieba, 9 s at 10x; read back for the snippets of results) by ``indexes``; question answering's
facts by search.qa_prepared.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from graph import han
from graph.publish import atomic_write
from graph.store import KnowledgeGraph
from search import documents, index, lexical, names, pinyin, relevance, shortforms, text
from search.config import SEARCH_INDEX_DIR
from search.documents import Catalogue, EntityDoc, load_catalogue
from search.index import Indexes
from search.lexical import Tokenizer

log = logging.getLogger(__name__)

FORMAT = 1
CATALOGUE_FILE = "catalogue.pickle"
TOKENS_FILE = "tokens.pickle"
INDEXES_FILE = "indexes.pickle"
PASSAGES_FILE = "passages-hash.pickle"
# The code that makes the catalogue and the indexes from it: a change to any makes kept ones stale.
INDEX_CODE = (documents, index, lexical, names, pinyin, relevance, shortforms, text)
# What unpickling a damaged file raises.
UNREADABLE = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, ImportError, KeyError)


def path_in(kg: KnowledgeGraph, name: str) -> Path | None:
    """Where the snapshot ``name`` of ``kg`` is kept: in the search index of its ``home`` (an embedded
    build's directory, a remote store's data directory); None for a graph held nowhere."""
    return Path(kg.home) / SEARCH_INDEX_DIR / name if kg.home is not None else None


def key_of(kg: KnowledgeGraph, modules: tuple[ModuleType, ...]) -> dict[str, str]:
    """What a snapshot of ``kg`` made by the code of ``modules`` must have been made from."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for module in modules:
        digest.update(Path(module.__file__ or "").read_bytes())
    return {"graph_hash": kg.content_hash, "code": digest.hexdigest()}


def save(path: Path, key: dict[str, str], state: Any) -> None:
    """Persist ``state`` at ``path`` under ``key``, atomically."""
    payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    header = {**key, "sha256": hashlib.sha256(payload).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, pickle.dumps((header, payload), protocol=pickle.HIGHEST_PROTOCOL))


def payload(path: Path, key: dict[str, str]) -> bytes | None:
    """The verified, still pickled state saved at ``path`` under ``key``; None when there is none or it
    is stale, truncated or corrupted."""
    try:
        header, data = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except UNREADABLE as exc:
        log.warning("unreadable snapshot %s (%s): made again from the graph", path, exc)
        return None
    if not isinstance(header, dict) or not isinstance(data, bytes) or {k: header.get(k) for k in key} != key:
        return None
    return data if header.get("sha256") == hashlib.sha256(data).hexdigest() else None


def load(path: Path, key: dict[str, str]) -> Any | None:
    """The state saved at ``path`` under ``key``, or None (see ``payload``)."""
    data = payload(path, key)
    if data is None:
        return None
    try:
        return pickle.loads(data)
    except UNREADABLE as exc:
        log.warning("unreadable snapshot %s (%s): made again from the graph", path, exc)
        return None


def kept(path: Path | None, key: dict[str, str], make: Callable[[], Any]) -> Any:
    """The state saved at ``path`` under ``key``, else ``make()`` (saved at ``path`` for the next start
    when it can be written)."""
    state = load(path, key) if path is not None else None
    if state is not None:
        return state
    state = make()
    _save_if_possible(path, key, state)
    return state


def _save_if_possible(path: Path | None, key: dict[str, str], state: Any) -> None:
    """``save``, when there is a build directory and it can be written (else logged: the next start
    makes the state again)."""
    if path is not None:
        try:
            save(path, key, state)
        except OSError as exc:
            log.warning("could not save %s: %s", path, exc)


def catalogue(kg: KnowledgeGraph) -> Catalogue:
    """The search catalogue of ``kg``: kept in its build, else composed by SPARQL (and kept)."""
    return kept(path_in(kg, CATALOGUE_FILE), key_of(kg, (documents,)), lambda: load_catalogue(kg))


def passages_digest(kg: KnowledgeGraph, docs: tuple[EntityDoc, ...]) -> str:
    """``search.index.passages_hash`` of ``docs`` (``kg``'s catalogue), kept in its build: composing
    and folding every passage to check the dense index took ~14% of a start at 100x. Keyed by the
    code that composes and folds them (a changed OpenCC table alone would go unnoticed)."""
    return kept(path_in(kg, PASSAGES_FILE), key_of(kg, (documents, index, text, han)),
                lambda: index.passages_hash(*index.passages(docs)))


def has_indexes(kg: KnowledgeGraph) -> bool:
    """True when ``kg``'s build keeps current indexes (made from its graph by this code)."""
    path = path_in(kg, INDEXES_FILE)
    return path is not None and payload(path, key_of(kg, INDEX_CODE)) is not None


def indexes(kg: KnowledgeGraph, tokenizer: Tokenizer, make: Callable[[], Indexes]) -> Indexes:
    """The engine's indexes of ``kg``: kept in its build, else ``make()`` (and kept). ``tokenizer``
    remembers the tokens kept beside them (``make`` then tokenises only texts new to them, and
    results' snippets none); when none were kept, those ``make`` computed are kept."""
    path, key = path_in(kg, TOKENS_FILE), key_of(kg, (lexical, text))
    memo = load(path, key) if path is not None else None
    if isinstance(memo, dict):
        tokenizer.remember(memo)

    kept_at, kept_key = path_in(kg, INDEXES_FILE), key_of(kg, INDEX_CODE)
    state = load(kept_at, kept_key) if kept_at is not None else None
    if isinstance(state, Indexes):
        return state
    state = make()
    _save_if_possible(kept_at, kept_key, state)
    if memo is None:
        _save_if_possible(path, key, tokenizer.memo())
    return state
