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
facts by search.qa_prepared; the jieba dictionary with the graph's names added by ``tokenizer``; the
answerer's tables by search.qa_tables.

A snapshot's key is the graph's content hash and a digest of the code that BUILDS the state
(search.builder_code: its builders and what they reach, with the snapshot format ``FORMAT``), not of
the modules that use it to answer: a change to code a question runs keeps the snapshots, a change
to code that makes them makes them again at the next start.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import json
import logging
import os
import pickle
import struct
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO

from graph.publish import atomic_write, atomic_write_with
from graph.store import KnowledgeGraph
from search import builder_code, canonical, index
from search.config import SEARCH_INDEX_DIR
from search.documents import Catalogue, EntityDoc, load_catalogue
from search.engine_setup import made_indexes
from search.index import Indexes
from search.lexical import Tokenizer, names_tokenizer

log = logging.getLogger(__name__)

FORMAT = 4  # 2: keyed by the code that builds a state (search.builder_code); 3: the header after the state; 4: live
# objects referred to by a call (``_Pickler``), not by persistent IDs
# A snapshot file starts with this (and ends with its header, then the header's length: ``save``).
MAGIC = b"chanjiao-snapshot-3\n"
_LENGTH = struct.Struct("<Q")
CATALOGUE_FILE = "catalogue.pickle"
TOKENS_FILE = "tokens.pickle"
INDEXES_FILE = "indexes.pickle"
PASSAGES_FILE = "passages-hash.pickle"
DICTIONARY_FILE = "jieba-names.pickle"
CODE_FILE = "code-digests.json"
# What makes each state (search.builder_code follows what they reach): a change there makes kept ones stale.
CATALOGUE_BUILDERS = (load_catalogue,)
PASSAGES_BUILDERS = (index.passages, index.passages_hash, *CATALOGUE_BUILDERS)
DICTIONARY_BUILDERS = (names_tokenizer, *CATALOGUE_BUILDERS)
TOKENS_BUILDERS = (Tokenizer.tokens, *DICTIONARY_BUILDERS)  # the cutting, and the dictionary cut with
INDEX_BUILDERS = (made_indexes, *TOKENS_BUILDERS)
# What unpickling a damaged file raises.
UNREADABLE = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, ImportError, KeyError)


def path_in(kg: KnowledgeGraph, name: str) -> Path | None:
    """Where the snapshot ``name`` of ``kg`` is kept: in the search index of its ``home`` (an embedded
    build's directory, a remote store's data directory); None for a graph held nowhere."""
    return Path(kg.home) / SEARCH_INDEX_DIR / name if kg.home is not None else None


def key_of(kg: KnowledgeGraph, builders: tuple[object, ...], version: int = 1) -> dict[str, str]:
    """What a snapshot of ``kg`` made by ``builders`` (functions, methods, classes: search.builder_code)
    in the state format ``version`` must have been made from."""
    return {"graph_hash": kg.content_hash, "code": code_digest(builders, version)}


def code_digests(kg: KnowledgeGraph | None = None) -> None:
    """Have the digest of the code of every kept state now, search's and question answering's (one walk
    a process: ``code_digest``): read back from ``kg``'s build (``CODE_FILE``) when they were computed
    from the project's sources as they are (search.builder_code.sources_digest), else computed (and
    kept there). SearchEngine.open calls this before the embedder loads on a thread of its own:
    ast.parse is not safe beside another thread's parse (CPython gh-106905: the interpreter's AST
    state is shared), and the keys' walk parses the project's modules."""
    from search import qa_prepared, qa_tables  # imported here: they import this module

    every = (CATALOGUE_BUILDERS, PASSAGES_BUILDERS, DICTIONARY_BUILDERS, TOKENS_BUILDERS, INDEX_BUILDERS,
             qa_prepared.BUILDERS, qa_tables.BUILDERS)
    path = path_in(kg, CODE_FILE) if kg is not None else None
    sources = builder_code.sources_digest()
    saved = _saved_digests(path, sources)
    for builders in every:
        _digests.setdefault((builders, 1), saved.get(builder_code.label(*builders)) or code_digest(builders))
    if path is not None and any(builder_code.label(*b) not in saved for b in every):
        digests = {builder_code.label(*b): _digests[(b, 1)] for b in every}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, json.dumps({"sources": sources, "digests": digests}, sort_keys=True).encode())
        except OSError as exc:
            log.warning("could not save %s: %s", path, exc)


def _saved_digests(path: Path | None, sources: str) -> dict[str, str]:
    """The digests kept at ``path`` when computed from the sources whose digest is ``sources``, else {}."""
    try:
        saved = json.loads(path.read_bytes()) if path is not None else {}
    except (OSError, ValueError):
        return {}
    ok = isinstance(saved, dict) and saved.get("sources") == sources and isinstance(saved.get("digests"), dict)
    return saved["digests"] if ok else {}


_digests: dict[tuple[tuple[object, ...], int], str] = {}  # (builders, version) -> digest, this process's


def code_digest(builders: tuple[object, ...], version: int = 1) -> str:
    """The digest of the code that builds a state (``builders`` and what they reach), its format
    ``version`` and the snapshot format: one walk of the code per process (or none: ``code_digests``)."""
    found = _digests.get((builders, version))
    if found is None:
        found = hashlib.sha256(f"{FORMAT}\0{version}\0{builder_code.digest(*builders)}".encode()).hexdigest()
        _digests[(builders, version)] = found
    return found


def _live(name: Hashable) -> object:
    """What a state's reference to the live object ``name`` is pickled as a call of (``_Pickler``); reading it
    back, ``_Unpickler`` calls its own table instead. Called otherwise, there is no such object."""
    raise pickle.UnpicklingError(f"a reference to {name!r} read without its live objects")


class _Pickler(pickle.Pickler):
    """Pickles the objects of ``live`` as references to them: a call of ``_live`` with the name, by the pickler's
    dispatch table of their types, looked up in C for objects of other classes only (a ``persistent_id`` is a call
    into Python for every object pickled: ~6% of the tables part, 1.9 M objects at 100x the seed)."""

    def __init__(self, file: io.BytesIO | _Hashing, live: Mapping[Hashable, object]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._ids = {id(obj): name for name, obj in live.items()}
        self.dispatch_table = {**copyreg.dispatch_table, **dict.fromkeys({type(obj) for obj in live.values()},
                                                                          self._reduced)}

    def _reduced(self, obj: object) -> str | tuple:
        name = self._ids.get(id(obj))
        return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL) if name is None else (_live, (name,))


class _Unpickler(pickle.Unpickler):
    """Reads the references ``_Pickler`` wrote back as the objects of ``live`` of the same names (and those of a
    file of format 3, pickle's persistent IDs: bench/scale/same_index.py compares builds of older code)."""

    def __init__(self, file: io.BytesIO, live: Mapping[Hashable, object]):
        super().__init__(file)
        self._live = live

    def find_class(self, module: str, name: str) -> Any:
        return self.persistent_load if (module, name) == (__name__, _live.__name__) else super().find_class(module, name)

    def persistent_load(self, pid: Hashable) -> object:
        if pid not in self._live:
            raise pickle.UnpicklingError(f"a reference to {pid!r}, which is not given")
        return self._live[pid]


def save(path: Path, key: dict[str, str], state: Any, live: Mapping[Hashable, object] = MappingProxyType({})) -> None:
    """Persist ``state`` at ``path`` under ``key``, atomically. The objects of ``live`` that ``state``
    holds (the catalogue and its documents: search.snapshot.live_catalogue) are kept as references by
    name, given again to ``load``; they are instances of classes of their own (``_Pickler`` finds them by their
    type: a dict, list or other built-in given there would be copied). Equal immutable values of ``state`` are made one object each first, in
    place (search.canonical): the file holds each once and ``load`` makes each once."""
    state = canonical.share_equal(state, live.values())
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_with(path, lambda fh: _write(fh, key, state, live))


def _write(fh: BinaryIO, key: dict[str, str], state: Any, live: Mapping[Hashable, object]) -> None:
    """The file of ``save``: ``MAGIC``, the pickled state, then its header and the header's length. The
    state is pickled straight into the file and hashed as it goes, never held whole: the pickle held in
    memory was the largest item of a part's peak at save (the engine's indexes: 414 MB at 1000x)."""
    fh.write(MAGIC)
    hashing = _Hashing(fh)
    # with no live objects, pickle's own Pickler: the same bytes, and no dispatch table of its own to look types up in
    (_Pickler(hashing, live) if live else pickle.Pickler(hashing, protocol=pickle.HIGHEST_PROTOCOL)).dump(state)
    header = pickle.dumps({**key, "sha256": hashing.sha256.hexdigest()}, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(header)
    fh.write(_LENGTH.pack(len(header)))


class _Hashing:
    """A file written through: what is written is hashed on its way."""

    def __init__(self, fh: BinaryIO):
        self.fh, self.sha256 = fh, hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        return self.fh.write(data)


def read(path: Path) -> tuple[Any, bytes]:
    """The header and the still pickled state of the file ``save`` wrote at ``path``, the state read once
    into memory (no copy of it made); FileNotFoundError when there is none, pickle.UnpicklingError (or
    another of ``UNREADABLE``) when it is no such file."""
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size < len(MAGIC) + _LENGTH.size or fh.read(len(MAGIC)) != MAGIC:
            raise pickle.UnpicklingError("not a snapshot file")
        fh.seek(-_LENGTH.size, os.SEEK_END)
        (length,) = _LENGTH.unpack(fh.read(_LENGTH.size))
        if length > size - len(MAGIC) - _LENGTH.size:
            raise pickle.UnpicklingError("a header longer than the file")
        fh.seek(-_LENGTH.size - length, os.SEEK_END)
        header = pickle.loads(fh.read(length))
        fh.seek(len(MAGIC))
        return header, fh.read(size - len(MAGIC) - _LENGTH.size - length)


def payload(path: Path, key: dict[str, str]) -> bytes | None:
    """The verified, still pickled state saved at ``path`` under ``key``; None when there is none or it
    is stale (logged), truncated or corrupted (logged as a warning)."""
    try:
        header, data = read(path)
    except FileNotFoundError:
        return None
    except UNREADABLE as exc:
        log.warning("unreadable snapshot %s (%s): made again", path, exc)
        return None
    if not isinstance(header, dict):
        log.warning("unreadable snapshot %s (no header): made again", path)
        return None
    if stale := sorted(k for k in key if header.get(k) != key[k]):
        log.info("stale snapshot %s (another %s): made again", path, " and ".join(stale))
        return None
    if header.get("sha256") != hashlib.sha256(data).hexdigest():
        log.warning("corrupted snapshot %s (its digest does not match): made again", path)
        return None
    return data


def load(path: Path, key: dict[str, str], live: Mapping[Hashable, object] = MappingProxyType({})) -> Any | None:
    """The state saved at ``path`` under ``key`` (``live``: as given to ``save``), or None (see ``payload``)."""
    data = payload(path, key)
    if data is None:
        return None
    try:
        return _Unpickler(io.BytesIO(data), live).load()
    except UNREADABLE as exc:
        log.warning("unreadable snapshot %s (%s): made again", path, exc)
        return None


def kept(path: Path | None, key: dict[str, str], make: Callable[[], Any],
         live: Mapping[Hashable, object] = MappingProxyType({})) -> Any:
    """The state saved at ``path`` under ``key``, else ``make()`` (saved at ``path`` for the next start
    when it can be written). ``live``: as for ``save``."""
    state = load(path, key, live) if path is not None else None
    if state is not None:
        return state
    state = make()
    _save_if_possible(path, key, state, live)
    return state


def _save_if_possible(path: Path | None, key: dict[str, str], state: Any,
                      live: Mapping[Hashable, object] = MappingProxyType({})) -> None:
    """``save``, when there is a build directory and it can be written (else logged: the next start
    makes the state again)."""
    if path is not None:
        try:
            save(path, key, state, live)
        except OSError as exc:
            log.warning("could not save %s: %s", path, exc)


def live_catalogue(catalogue: Catalogue) -> dict[Hashable, object]:
    """The catalogue and its documents by name, for a state holding them (``save``'s ``live``): the
    state is then kept without copies of them, and read back holding the catalogue given."""
    return {"catalogue": catalogue, **{("doc", i): doc for i, doc in enumerate(catalogue.docs)}}


def catalogue(kg: KnowledgeGraph) -> Catalogue:
    """The search catalogue of ``kg``: kept in its build, else composed by SPARQL (and kept)."""
    return kept(path_in(kg, CATALOGUE_FILE), key_of(kg, CATALOGUE_BUILDERS), lambda: load_catalogue(kg))


def has_catalogue(kg: KnowledgeGraph) -> bool:
    """True when ``kg``'s build keeps a current catalogue (made from its graph by this code)."""
    return _has(kg, CATALOGUE_FILE, CATALOGUE_BUILDERS)


def _has(kg: KnowledgeGraph, name: str, builders: tuple[object, ...]) -> bool:
    """True when ``kg``'s build keeps the snapshot ``name`` current (made from its graph by ``builders``)."""
    path = path_in(kg, name)
    return path is not None and payload(path, key_of(kg, builders)) is not None


def passages_digest(kg: KnowledgeGraph, docs: tuple[EntityDoc, ...],
                    composed: Callable[[], tuple[list[str], list[str]]] | None = None) -> str:
    """``search.index.passages_hash`` of ``docs`` (``kg``'s catalogue), kept in its build: composing
    and folding every passage to check the dense index took ~14% of a start at 100x. Keyed by the
    code that composes and folds them (a changed OpenCC table alone would go unnoticed). ``composed``
    gives ``search.index.passages(docs)`` when the caller has composed them already (a build)."""
    return kept(path_in(kg, PASSAGES_FILE), key_of(kg, PASSAGES_BUILDERS),
                lambda: index.passages_hash(*(composed() if composed else index.passages(docs))))


def tokenizer(kg: KnowledgeGraph, catalogue: Catalogue) -> Tokenizer:
    """The tokenizer of ``kg``'s catalogue (search.lexical.names_tokenizer): its dictionary kept in the
    build (adding every name to jieba's cuts each name: 15% of a restart at 1000x), else made (and kept)."""
    path, key = path_in(kg, DICTIONARY_FILE), key_of(kg, DICTIONARY_BUILDERS)
    added = load(path, key) if path is not None else None
    if isinstance(added, tuple):
        return Tokenizer((), dictionary=added)
    made = names_tokenizer(catalogue)
    _save_if_possible(path, key, made.dictionary())
    return made


def has_indexes(kg: KnowledgeGraph) -> bool:
    """True when ``kg``'s build keeps current indexes (made from its graph by this code)."""
    return _has(kg, INDEXES_FILE, INDEX_BUILDERS)


def indexes(kg: KnowledgeGraph, tokenizer: Tokenizer, make: Callable[[], Indexes]) -> Indexes:
    """The engine's indexes of ``kg``: kept in its build, else ``make()`` (and kept). ``tokenizer``
    remembers the tokens kept beside them (``make`` then tokenises only texts new to them, and
    results' snippets none); when none were kept, those ``make`` computed are kept."""
    path, key = path_in(kg, TOKENS_FILE), key_of(kg, TOKENS_BUILDERS)
    memo = load(path, key) if path is not None else None
    if isinstance(memo, dict):
        tokenizer.remember(memo)

    kept_at, kept_key = path_in(kg, INDEXES_FILE), key_of(kg, INDEX_BUILDERS)
    state = load(kept_at, kept_key) if kept_at is not None else None
    if isinstance(state, Indexes):
        return state
    state = make()
    _save_if_possible(kept_at, kept_key, state)
    if memo is None:
        _save_if_possible(path, key, tokenizer.memo())
    return state
