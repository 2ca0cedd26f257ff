"""State read off a graph at start, kept in its build so that the next start reads it back.

A snapshot is one file in ``{build}/search-index/``: a pickled header (the graph's content hash,
a digest of the code that makes the state, the payload's sha256) and the pickled state. A
snapshot made from another graph or by other code is stale; a stale, truncated or corrupted one
is ignored and the state made again from the graph (and saved again when the directory can be
written). Files are written only by this project, into the build's own directory (as the dense
index beside them), and never read from anywhere else.

The search catalogue (search.documents.load_catalogue: some ten SPARQL queries over the whole
graph, 13 s at 10x the seed on a busy machine) is kept this way by ``catalogue``, the tokens
of the documents' texts (jieba, 9 s at 10x) by ``with_kept_tokens``, and question answering's
facts by search.qa_prepared.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from graph.publish import atomic_write
from graph.store import KnowledgeGraph
from search import documents, lexical, text
from search.config import SEARCH_INDEX_DIR
from search.documents import Catalogue, load_catalogue
from search.lexical import Tokenizer

log = logging.getLogger(__name__)

FORMAT = 1
CATALOGUE_FILE = "catalogue.pickle"
TOKENS_FILE = "tokens.pickle"
T = TypeVar("T")
# What unpickling a damaged file raises.
UNREADABLE = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, ImportError, KeyError)


def path_in(kg: KnowledgeGraph, name: str) -> Path | None:
    """Where the snapshot ``name`` of ``kg``'s build is kept; None for a graph with no build directory."""
    return Path(kg.path) / SEARCH_INDEX_DIR / name if kg.path is not None else None


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
    if path is not None:
        try:
            save(path, key, state)
        except OSError as exc:
            log.warning("could not save %s: %s", path, exc)
    return state


def catalogue(kg: KnowledgeGraph) -> Catalogue:
    """The search catalogue of ``kg``: kept in its build, else composed by SPARQL (and kept)."""
    return kept(path_in(kg, CATALOGUE_FILE), key_of(kg, (documents,)), lambda: load_catalogue(kg))


def with_kept_tokens(kg: KnowledgeGraph, tokenizer: Tokenizer, make: Callable[[], T]) -> T:
    """``make()`` with ``tokenizer`` remembering the tokens kept in ``kg``'s build; when none were kept,
    the tokens ``make`` computed are kept for the next start."""
    path, key = path_in(kg, TOKENS_FILE), key_of(kg, (lexical, text))
    memo = load(path, key) if path is not None else None
    if isinstance(memo, dict):
        tokenizer.remember(memo)
    made = make()
    if memo is None and path is not None:
        try:
            save(path, key, tokenizer.memo())
        except OSError as exc:
            log.warning("could not save %s: %s", path, exc)
    return made
