"""The search engine: hybrid (dense + BM25, fused by SearchConfig.fusion) retrieval and autocomplete.

``SearchEngine.open(kg, config, index_dir)`` composes the documents from the graph, loads or
builds the indexes, and answers ``search`` and ``autocomplete`` with one result shape.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graph.store import KnowledgeGraph
from search.autocomplete import TIER_NAMES, PrefixIndex
from search.config import SearchConfig
from search.documents import CJ, Catalogue, load_catalogue
from search.embedders import Embedder, make_embedder
from search.errors import BadQuery
from search.fusion import FUSIONS
from search.filters import class_mentions, document_mask, mentioned_classes
from search.index import PASSAGES, open_dense
from search.lexical import LexicalIndex, Tokenizer
from search.results import SearchResult, Suggestion
from search.snippets import IndexedField, explain
from search.text import fold, normalize, validate_k, validate_query


@dataclass(frozen=True)
class Query:
    """A validated query in the forms the retrievers use."""

    text: str
    norm: str
    terms: tuple[str, ...]


class VectorCache:
    """A small thread-safe LRU of query vectors keyed by the folded query text."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, compute) -> np.ndarray:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        vector = compute(key)
        with self._lock:
            self._items[key] = vector
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return vector


class SearchEngine:
    """Entity search over one graph. Immutable once open: ``reopen`` builds a new engine."""

    def __init__(self, catalogue: Catalogue, embedder: Embedder, config: SearchConfig, dense, tokenizer: Tokenizer):
        self.catalogue, self.embedder, self.config = catalogue, embedder, config
        self._dense, self._row_doc = dense
        self._tokenizer = tokenizer
        docs = catalogue.docs
        self._lexical = LexicalIndex([d.fields for d in docs], tokenizer)
        self._fields = [tuple(IndexedField(f, v, frozenset(tokenizer.tokens(v))) for f, v in d.fields) for d in docs]
        self._prefix = PrefixIndex([((d.names.zh, d.names.en), d.names.aliases) for d in docs])
        self._names: dict[str, set[int]] = defaultdict(set)
        for i, doc in enumerate(docs):
            for value in doc.name_values:
                self._names[normalize(value)].add(i)
        self._names_longest_first = sorted((n for n in self._names if len(n) >= 2), key=len, reverse=True)
        self._vectors = VectorCache(config.query_cache_size)
        self._priors = type_priors(catalogue, config)
        self._class_mentions = class_mentions(catalogue)

    @classmethod
    def open(cls, kg: KnowledgeGraph, config: SearchConfig = SearchConfig(), index_dir: Path | str | None = None,
             embedder: Embedder | None = None) -> "SearchEngine":
        """An engine over ``kg``; the dense index persists in ``index_dir`` (None: memory only)."""
        embedder = embedder or make_embedder(config)
        catalogue = load_catalogue(kg)
        tokenizer = Tokenizer(v for d in catalogue.docs for v in d.name_values)
        dense = open_dense(catalogue.docs, embedder, config, Path(index_dir) if index_dir else None, kg.content_hash)
        return cls(catalogue, embedder, config, dense, tokenizer)

    def reopen(self, kg: KnowledgeGraph, index_dir: Path | str | None = None) -> "SearchEngine":
        """A new engine over ``kg`` with the same embedder; on failure this one is untouched."""
        return SearchEngine.open(kg, self.config, index_dir, self.embedder)

    @property
    def size(self) -> int:
        return len(self.catalogue.docs)

    def search(self, query: str, k: int = 10, type: str | None = None, industry: str | None = None,
               mode: str = "hybrid") -> list[SearchResult]:
        """The ``k`` best entities for ``query``, optionally only of a type and/or an industry.

        ``mode`` is 'hybrid' (default), 'dense' or 'lexical'. Raises BadQuery for unusable input.
        """
        q = self._query(query)
        k = validate_k(k, self.config.max_k)
        if mode not in MODES:
            raise BadQuery(f"unknown search mode {mode!r}; known: {', '.join(MODES)}")
        mask = self._mask(type, industry)
        ranked = self._prioritised(MODES[mode](self, q, mask))[:k]
        return [self._result(doc, score, q) for doc, score in ranked]

    def _prioritised(self, ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The ranking with every score scaled by its document's type prior, re-sorted."""
        scaled = [(doc, score * float(self._priors[doc])) for doc, score in ranking]
        return sorted(scaled, key=lambda item: (-item[1], item[0]))

    def autocomplete(self, prefix: str, k: int = 8, type: str | None = None) -> list[Suggestion]:
        """Up to ``k`` entities whose label or alias matches ``prefix`` (no encoder involved)."""
        validate_query(prefix, self.config.max_query_chars, "prefix")
        k = validate_k(k, self.config.max_k)
        matches = self._prefix.lookup(prefix, k, self._mask(type, None))
        return [self._suggestion(m) for m in matches]

    def _query(self, query: str) -> Query:
        validate_query(query, self.config.max_query_chars)
        return Query(query, normalize(query), tuple(self._tokenizer.tokens(query)))

    def _mask(self, type: str | None, industry: str | None) -> np.ndarray | None:
        for term, what in ((type, "type"), (industry, "industry")):
            if term is not None:
                validate_query(term, self.config.max_query_chars, what)
        return document_mask(self.catalogue, type, industry)

    def query_vector(self, text: str) -> np.ndarray:
        """The embedding of a query (cached by its folded text)."""
        return self._vectors.get(fold(text), lambda t: self.embedder.encode([t])[0])

    def dense_ranking(self, q: Query, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """Documents by their best passage's cosine similarity, best first."""
        want = self.config.candidates * len(PASSAGES)
        if mask is not None:
            want *= -(-self.size // max(1, int(mask.sum())))
        best: dict[int, float] = {}
        for row, score in self._dense.search(self.query_vector(q.text), min(want, self._dense.count)):
            doc = int(self._row_doc[row])
            if (mask is None or mask[doc]) and doc not in best:
                best[doc] = score
        return list(best.items())

    def lexical_ranking(self, q: Query, mask: np.ndarray | None, group: str | None = None) -> list[tuple[int, float]]:
        """Documents with a positive BM25 score (all field groups, or one), best first."""
        scores = self._lexical.scores(q.terms, group)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[: self.config.candidates]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def lexical_coverage(self, query: str) -> dict[str, float]:
        """Per entity IRI whose text holds any term of ``query``, the fraction of the query's
        distinct terms it holds: 量子计算 shares 计算 with 人工智能计算中心, half its terms."""
        coverage = self._lexical.coverage(self._query(query).terms)
        return {self.catalogue.docs[i].iri: float(coverage[i]) for i in np.flatnonzero(coverage)}

    def exact_matches(self, q: Query, mask: np.ndarray | None) -> set[int]:
        """Documents one of whose labels or aliases equals the query once normalised."""
        return {d for d in self._names.get(q.norm, ()) if mask is None or mask[d]}

    def hybrid_ranking(self, q: Query, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """The dense and lexical rankings fused (SearchConfig.fusion), scaled up for documents
        of a type the query names; exact name matches of entities (prior 1) first."""
        c = self.config
        inputs = ((self.dense_ranking(q, mask), c.dense_weight, None),
                  (self.lexical_ranking(q, mask), c.lexical_weight, 0.0))
        fused = FUSIONS[c.fusion](inputs, c.rrf_k)
        wanted = mentioned_classes(self._without_names(q.norm), self._class_mentions)
        for doc in fused:
            if wanted & self.catalogue.docs[doc].types:
                fused[doc] *= 1.0 + c.type_mention_boost
        for doc in self.exact_matches(q, mask):
            if self._priors[doc] >= 1.0:
                fused[doc] += c.exact_bonus
        return sorted(fused.items(), key=lambda item: (-item[1], item[0]))

    def _without_names(self, norm: str) -> str:
        """The normalised query with every entity label or alias in it blanked out, so that a
        type word inside a name ('学院' in '大连职业技术学院') does not count as a type mention."""
        for name in self._names_longest_first:
            if name in norm:
                norm = norm.replace(name, " ")
        return norm

    def _result(self, doc: int, score: float, q: Query) -> SearchResult:
        d = self.catalogue.docs[doc]
        exact = next((v for v in d.name_values if normalize(v) == q.norm), None)
        snippet = explain(self._fields[doc], frozenset(q.terms), exact)
        return SearchResult(d.iri, d.label, d.names.en, self.catalogue.type_label(d), d.type_iri, score, snippet)

    def _suggestion(self, match) -> Suggestion:
        d = self.catalogue.docs[match.doc]
        score = 1.0 / (1 + match.tier)
        snippet = f"{TIER_NAMES[match.tier]}: {match.text}"
        return Suggestion(d.iri, d.label, d.names.en, self.catalogue.type_label(d), d.type_iri, score, snippet, match.text)


def type_priors(catalogue: Catalogue, config: SearchConfig) -> np.ndarray:
    """Per document, the smallest prior of the classes it belongs to (1.0 when none has one)."""
    priors = {f"{CJ}{name}": factor for name, factor in config.type_priors}
    return np.array([min([priors[t] for t in d.types if t in priors], default=1.0) for d in catalogue.docs])


MODES = {
    "hybrid": SearchEngine.hybrid_ranking,
    "dense": SearchEngine.dense_ranking,
    "lexical": SearchEngine.lexical_ranking,
}
