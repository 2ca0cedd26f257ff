"""The search index of a build, made when the build is made and kept in the build's directory
(for a remote store, which has none here, in the data directory: graph.store.KnowledgeGraph.home).

``{build}/search-index/`` holds the dense index (search.persist) and the pinyin readings of
that build, the engine's other indexes, the jieba dictionary and the catalogue (search.snapshot),
and the facts and tables question answering starts from (search.qa_prepared, search.qa_tables).
``prepare`` is what graph.build calls between writing a build and publishing it (after publishing,
for a remote store): a server that starts on the build then loads the index, those facts and
tables instead of embedding, querying and making them. Passages whose vector is in a sibling
build's index (same text, same embedder) are not embedded again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.store import KnowledgeGraph
from search import index, persist, qa_prepared, qa_tables, snapshot, vectors
from search.config import SEARCH_INDEX_DIR, SearchConfig
from search.documents import Catalogue
from search.embedders import Embedder, make_embedder
from search.engine import SearchEngine
from search.errors import IndexInvalid


def index_dir(store_dir: Path) -> Path:
    """Where the search index of the build ``store_dir`` lives."""
    return Path(store_dir) / SEARCH_INDEX_DIR


def sibling_indexes(store_dir: Path) -> tuple[Path, ...]:
    """The search indexes of the other builds beside ``store_dir``, newest first."""
    parent = Path(store_dir).parent
    others = [p for p in parent.iterdir() if p != Path(store_dir) and (index_dir(p) / persist.MANIFEST_FILE).is_file()]
    others.sort(key=lambda p: (index_dir(p) / persist.MANIFEST_FILE).stat().st_mtime, reverse=True)
    return tuple(index_dir(p) for p in others)


def serving_dirs(store_dir: Path | None, elsewhere: Path) -> tuple[Path, tuple[Path, ...]]:
    """Where an engine opened on the build ``store_dir`` keeps its index, and the sibling indexes
    whose vectors of unchanged passages it reuses: the build's own index (made with the build, so
    opening it embeds nothing), or ``elsewhere`` with nothing to reuse for a build that has no
    directory here (a remote store)."""
    if store_dir is None:
        return elsewhere, ()
    return index_dir(store_dir), sibling_indexes(store_dir)


def is_prepared(directory: Path, content_hash: str) -> bool:
    """True when the index directory ``directory`` holds an index made for the graph ``content_hash``."""
    try:
        return persist.read_manifest(directory).fingerprint.graph_hash == content_hash
    except IndexInvalid:
        return False


def prepare(open_graph: Callable[[], KnowledgeGraph], config: SearchConfig = SearchConfig(),
            embedder: Embedder | None = None) -> Path:
    """Make and persist the search indexes of the complete graph ``open_graph()`` and question
    answering's start-up facts in its ``home``'s index directory (graph.store.KnowledgeGraph.home:
    the embedded build's directory, or the data directory of a remote store) unless it has them;
    return that directory. Raises what SearchEngine.open raises (SearchError); ValueError for a
    graph held nowhere (no ``home``)."""
    kg = open_graph()
    try:
        if kg.home is None:
            raise ValueError("a graph held nowhere has no place to keep its search index")
        directory, reuse = serving_dirs(kg.path, index_dir(kg.home))
        catalogue = snapshot.catalogue(kg)  # composed by SPARQL (and kept) unless the build keeps it
        dense_kept = is_prepared(directory, kg.content_hash)
        if dense_kept and snapshot.has_indexes(kg):
            snapshot.tokenizer(kg, catalogue)  # the jieba dictionary, kept when the indexes were kept before it
            _answering(kg, catalogue)
        else:
            embedder = embedder or make_embedder(config)
            texts, known = ((), {}) if dense_kept else \
                (index.passages(catalogue.docs)[0], vectors.known_vectors((directory, *reuse)))
            with vectors.Ahead(texts, embedder, known) as ahead:
                _answering(kg, catalogue)  # single-threaded, beside the passages embedded ahead
                SearchEngine.open(kg, config, directory, embedder, reuse, None if dense_kept else ahead.vectors)
    finally:
        kg.close()
    return directory


def _answering(kg: KnowledgeGraph, catalogue: Catalogue) -> None:
    """Make and keep question answering's start-up facts and tables of ``kg`` (search.qa_prepared,
    search.qa_tables) unless the build keeps current ones."""
    qa_prepared.prepare(kg, lambda: catalogue)
    qa_tables.prepare(kg, catalogue)
