"""The search engine: hybrid (dense + BM25, fused by SearchConfig.fusion) retrieval and autocomplete.

``SearchEngine.open(kg, config, index_dir)`` composes the documents from the graph, loads or
builds the indexes, and answers ``find`` (a SearchResponse: results above the relevance
floor, "did you mean", nearest entities, facets), ``complete`` (name suggestions) and their
list-returning shorthands ``search`` and ``autocomplete``, with one result shape. Names are
matched as typed, in pinyin, by initials, by inner words and short forms, and with one typo
(search.names); ``match_names`` offers that matching to entity linking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graph.store import KnowledgeGraph
from search import relevance, snapshot
from search.config import SearchConfig
from search.documents import Catalogue, EntityDoc
from search.embedders import Embedder, make_embedder
from search.engine_setup import made_indexes, type_priors, warming
from search.errors import BadQuery
from search.fusion import FUSIONS
from search.filters import class_mentions, document_mask, mentioned_classes
from search.index import PASSAGES, Indexes, make_indexes, open_dense
from search.lexical import Tokenizer, top_positive
from search.nameshape import distinctive
from search.names import TYPO, WHOLE_TIERS, NameMatch, describe
from search.relevance import Evidence, Floor
from search.shortforms import Places
from search.results import Completion, Ranked, SearchResponse, SearchResult, Suggestion
from search.snippets import IndexedField, explain
from search.text import fold, normalize, validate_k, validate_lang, validate_query
from search.vector_cache import VectorCache


@dataclass(frozen=True)
class Query:
    """A validated query in the forms the retrievers use."""

    text: str
    norm: str
    terms: tuple[str, ...]
    words: frozenset[str] = frozenset()


class SearchEngine:
    """Entity search over one graph. Immutable once open: ``reopen`` builds a new engine."""

    def __init__(self, catalogue: Catalogue, embedder: Embedder, config: SearchConfig, dense, tokenizer: Tokenizer,
                 readings: dict[str, str] | None = None, indexes: Indexes | None = None):
        """``indexes``: those made from ``catalogue`` before (search.index.make_indexes, kept in the
        build); made here when None, with the pinyin ``readings`` computed before."""
        self.catalogue, self.embedder, self.config = catalogue, embedder, config
        self._dense, self._row_doc = dense
        self._tokenizer = tokenizer
        self._places = Places.of(catalogue.places)
        made = indexes or make_indexes(catalogue, tokenizer, dict(readings or {}), self._places)
        self._lexical, self._idf, self._name_index, self._names = made.lexical, made.idf, made.name_index, made.names
        self._doc_postings, self._own_postings = made.doc_postings, made.own_postings
        self._fields: dict[int, tuple[IndexedField, ...]] = {}  # per document shown, its fields' terms
        self._vectors = VectorCache(config.query_cache_size)
        # a filter's mask looks at every document: made once per filter, not per search (the
        # answerer filters by type on every question; 20 ms a search at 100x the seed)
        self._masks = VectorCache(config.query_cache_size)
        self._filtered_rows = VectorCache(config.query_cache_size)  # a mask's dense rows and vectors, by its id
        self._priors = type_priors(catalogue, config)
        self._people = np.array([relevance.PERSON in d.types for d in catalogue.docs], dtype=bool)
        self._class_mentions = class_mentions(catalogue)
        self._doc_of = {d.iri: i for i, d in enumerate(catalogue.docs)}

    @classmethod
    def open(cls, kg: KnowledgeGraph, config: SearchConfig = SearchConfig(), index_dir: Path | str | None = None,
             embedder: Embedder | None = None, reuse: tuple[Path, ...] = (),
             known: Callable[[], Mapping[str, np.ndarray]] | None = None) -> SearchEngine:
        """An engine over ``kg``; the dense index persists in ``index_dir`` (None: memory only).
        Building it reuses the vectors of unchanged passages found there or in ``reuse`` (or given
        by ``known``: search.index.open_dense); the other indexes are kept in ``kg``'s build (search.snapshot)."""
        embedder = embedder or make_embedder(config)
        snapshot.code_digests(kg)  # every key's walk of the code before the embedder's thread starts (gh-106905)
        warmed = warming(embedder)  # beside the graph's tables, which need no embedder
        catalogue = snapshot.catalogue(kg)  # kept in the build (search.snapshot)
        tokenizer = snapshot.tokenizer(kg, catalogue)  # its dictionary kept in the build too
        directory = Path(index_dir) if index_dir else None
        indexes = snapshot.indexes(kg, tokenizer, lambda: made_indexes(catalogue, tokenizer, directory))
        warmed.result()  # before the dense index, which may embed passages
        dense = open_dense(catalogue.docs, embedder, config, directory, kg.content_hash, reuse,
                           lambda: snapshot.passages_digest(kg, catalogue.docs), known)
        return cls(catalogue, embedder, config, dense, tokenizer, indexes=indexes)

    def reopen(self, kg: KnowledgeGraph, index_dir: Path | str | None = None,
               reuse: tuple[Path, ...] = ()) -> SearchEngine:
        """A new engine over ``kg`` with the same embedder; on failure this one is untouched."""
        return SearchEngine.open(kg, self.config, index_dir, self.embedder, reuse)

    @property
    def size(self) -> int:
        return len(self.catalogue.docs)

    def search(self, query: str, k: int = 10, type: str | None = None, industry: str | None = None,
               mode: str = "hybrid") -> list[SearchResult]:
        """The results of ``find`` as a list (at most ``k``, none below the floor in hybrid mode)."""
        return list(self.find(query, k, type, industry, mode).results)

    def find(self, query: str, k: int = 10, type: str | None = None, industry: str | None = None,
             mode: str = "hybrid", lang: str = "zh") -> SearchResponse:
        """The ``k`` best entities for ``query``, optionally only of a type and/or an industry.

        ``mode`` is 'hybrid' (default: name matching, dense and lexical retrieval fused, then
        the relevance floor), 'dense' or 'lexical' (one retriever, unfloored, for comparison).
        A query that reads as a name in pinyin or with a typo is searched as that name.
        ``lang`` ('zh' or 'en') is the language of type labels and snippets. Raises BadQuery.
        """
        q = self._query(query)
        k = validate_k(k, self.config.max_k)
        if mode not in MODES:
            raise BadQuery(f"unknown search mode {mode!r}; known: {', '.join(MODES)}")
        lang = validate_lang(lang)
        mask = self._mask(type, industry)
        if mode != "hybrid":
            ranked = self._prioritised(MODES[mode](self, q, mask))
            return SearchResponse(query, tuple(self._result(d, s, q, lang) for d, s in ranked[:k]), len(ranked))
        q, names, reading = self._read(q, mask)
        kept, cosines = self._floored(q, mask, names)
        results = tuple(self._result(d, s, q, lang) for d, s in kept[:k])
        # unfiltered, the dense ranking the candidates came from is the one to offer from
        nearest = {} if results else self._nearest(q, lang, list(cosines.items()) if mask is None else None)
        return SearchResponse(query, results, len(kept), reading.typed if reading and reading.tier == TYPO else None,
                              reading.typed if reading else None, nearest,
                              relevance.facets(self.catalogue, [d for d, _ in kept]))

    def ranked(self, query: str, k: int, type: str | None = None, mode: str = "dense") -> list[Ranked]:
        """The ``k`` best entities by one retriever ('dense' or 'lexical', unfloored), as ``find`` ranks
        them in that mode, without the snippets a shown result needs: for question answering's topic
        resolution and linking, which show none (a snippet is 0.5 ms a result at 100x the seed)."""
        q = self._query(query)
        ranked = self._prioritised(MODES[mode](self, q, self._mask(type, None)))[:validate_k(k, self.config.max_k)]
        docs = self.catalogue.docs
        return [Ranked(docs[d].iri, docs[d].label, docs[d].names.en, s) for d, s in ranked]

    def _floored(self, q: Query, mask, names: list[NameMatch]) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """(the hybrid ranking with name bonuses, prioritised, without what is below the floor;
        the dense ranking's cosines, best first)."""
        c = self.config
        floor = Floor(c.floor_coverage, c.floor_cosine, c.floor_combined, c.floor_distinctive)
        docs, scores, evidence, cosines = self._candidates(q, mask, names)
        kept = relevance.passing(evidence, self._people[docs], floor)
        return list(zip(docs[kept].tolist(), scores[kept].tolist())), cosines

    def scored(self, q: Query, mask, names: list[NameMatch]) -> list[tuple[int, float, Evidence]]:
        """Every candidate of the hybrid ranking with name bonuses, prioritised, best first,
        with the evidence the floor judges (search.calibrate reads it too)."""
        docs, scores, evidence, _ = self._candidates(q, mask, names)
        return [(int(doc), float(score), evidence.at(i)) for i, (doc, score) in enumerate(zip(docs, scores))]

    def _candidates(self, q: Query, mask, names: list[NameMatch]) -> tuple[np.ndarray, np.ndarray, Evidence, dict]:
        """(documents, scores, evidence as arrays) of the hybrid ranking with name bonuses,
        prioritised, best first (ties by document); and the dense ranking's cosines."""
        fused, cosines = self._named(q, mask, names)
        docs = np.fromiter(fused, dtype=np.int64, count=len(fused))
        scores = np.fromiter(fused.values(), dtype=np.float64, count=len(fused)) * self._priors[docs]
        order = np.lexsort((docs, -scores))
        docs, scores = docs[order], scores[order]
        names_entity = bool(names) or bool(self._names_in(q))
        weights = self._idf.of(frozenset(q.terms))
        shape = None if names_entity else distinctive(q.text, self._places)
        covered, own = self._doc_postings.coverage(weights, docs), self._own_postings.coverage(weights, docs)
        shaped = self._own_postings.coverage(self._idf.of(frozenset(self._tokenizer.tokens(shape))), docs) if shape else None
        listed, named = docs.tolist(), {m.doc for m in names}
        cosine = np.fromiter((cosines.get(d, 0.0) for d in listed), dtype=np.float64, count=len(docs))
        found = np.fromiter((d in named for d in listed), dtype=bool, count=len(docs))
        return docs, scores, Evidence(found, covered, own, cosine, names_entity, shaped), cosines

    def read(self, query: str, mask=None) -> tuple[Query, list[NameMatch], NameMatch | None]:
        """(the query to search, its name matches, the name match it was read as, if any): a
        query spelled in pinyin or mistyped is searched as what it spells ('shukong' → 数控)."""
        return self._read(self._query(query), mask)

    def _read(self, q: Query, mask) -> tuple[Query, list[NameMatch], NameMatch | None]:
        names = self._name_index.lookup(q.text, NAME_CANDIDATES, mask, prefix=False)
        reading = _reading(q, names)
        if reading is not None:
            q = self._query(reading.typed)
            names = self._name_index.lookup(reading.typed, NAME_CANDIDATES, mask, prefix=False)
        return q, names, reading

    def _nearest(self, q: Query, lang: str, ranking: list[tuple[int, float]] | None = None,
                 n: int = 3) -> dict[str, tuple[SearchResult, ...]]:
        """The industries and the other entities (people aside) closest in meaning, below the
        floor, from ``ranking`` (the unfiltered dense ranking, searched when not given)."""
        ranking = self.dense_ranking(q, None) if ranking is None else ranking
        out: dict[str, list[SearchResult]] = {"industries": [], "entities": []}
        for doc, score in ranking:
            d = self.catalogue.docs[doc]
            kind = "industries" if relevance.INDUSTRY in d.types else None if relevance.PERSON in d.types else "entities"
            if kind and len(out[kind]) < n:
                out[kind].append(self._result(doc, score, q, lang))
        return {kind: tuple(items) for kind, items in out.items()}

    def _prioritised(self, ranking: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """The ranking with every score scaled by its document's type prior, re-sorted."""
        scaled = [(doc, score * float(self._priors[doc])) for doc, score in ranking]
        return sorted(scaled, key=lambda item: (-item[1], item[0]))

    def autocomplete(self, prefix: str, k: int = 8, type: str | None = None,
                     industry: str | None = None) -> list[Suggestion]:
        """The suggestions of ``complete`` as a list."""
        return list(self.complete(prefix, k, type, industry).results)

    def complete(self, prefix: str, k: int = 8, type: str | None = None, industry: str | None = None,
                 lang: str = "zh") -> Completion:
        """Up to ``k`` entities one of whose names (label, alias, short form) ``prefix`` matches
        as typed, in pinyin or by initials, at its start or at a word inside, or with one typo
        (then ``suggestion`` is the name meant). No encoder involved."""
        validate_query(prefix, self.config.max_query_chars, "prefix")
        k = validate_k(k, self.config.max_k)
        lang = validate_lang(lang)
        matches = self._name_index.lookup(prefix, k, self._mask(type, industry))
        typo = next((m.typed for m in matches if m.tier == TYPO), None)
        return Completion(prefix, tuple(self._suggestion(m, lang) for m in matches), typo)

    def match_names(self, text: str, k: int = 5, whole: bool = True) -> list[tuple[EntityDoc, NameMatch]]:
        """Entities ``text`` names, best first: as typed, in pinyin, by initials, by short form
        or with one typo; with ``whole`` only matches of a whole name (for entity linking)."""
        validate_query(text, self.config.max_query_chars, "name")
        matches = self._name_index.lookup(text, k, prefix=not whole)
        return [(self.catalogue.docs[m.doc], m) for m in matches if not whole or m.tier in WHOLE_TIERS | {TYPO}]

    def may_name_short(self, text: str) -> bool:
        """Whether ``text`` can be a whole short form (tier EXACT_SHORT): a set test, no lookup."""
        return self._name_index.may_be_short(text)

    def _query(self, query: str) -> Query:
        validate_query(query, self.config.max_query_chars)
        return Query(query, normalize(query), tuple(self._tokenizer.tokens(query)),
                     frozenset(self._tokenizer.words(query)))

    def _mask(self, type: str | None, industry: str | None) -> np.ndarray | None:
        for term, what in ((type, "type"), (industry, "industry")):
            if term is not None:
                validate_query(term, self.config.max_query_chars, what)
        if type is None and industry is None:
            return None
        return self._masks.get((type, industry), lambda key: document_mask(self.catalogue, *key))

    def query_vector(self, text: str) -> np.ndarray:
        """The embedding of a query (cached by its folded text)."""
        return self._vectors.get(fold(text), lambda t: self.embedder.encode([t])[0])

    def dense_ranking(self, q: Query, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """Documents by their best passage's cosine similarity, best first."""
        want = self.config.dense_candidates * len(PASSAGES)
        if mask is not None:
            want *= -(-self.size // max(1, int(mask.sum())))
        if mask is not None and want >= self._dense.count and self._dense.params.kind != "flat":
            # every row would be asked of an approximate index (a filter keeping few documents):
            # the filter's own rows, scored exactly (at 100x the seed, 10 ms a search was HNSW's)
            kept = self._filtered_rows.get(id(mask), lambda _: self._rows_of(mask))
            rows, vectors = (kept if kept[0] is mask else self._rows_of(mask))[1:]
            scores = vectors @ np.asarray(self.query_vector(q.text), dtype=np.float32)
            order = np.argsort(-scores, kind="stable")
            rows, scores = rows[order], scores[order]
            docs = self._row_doc[rows]
        else:
            rows, scores = self._dense.nearest(self.query_vector(q.text), min(want, self._dense.count))
            docs = self._row_doc[rows]
            if mask is not None:
                docs, scores = docs[mask[docs]], scores[mask[docs]]
        first = np.sort(np.unique(docs, return_index=True)[1])  # each document at its best passage
        return list(zip(docs[first].tolist(), scores[first].tolist()))

    def _rows_of(self, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(the mask, kept so its id stays its own; the dense rows of its documents; their vectors)."""
        rows = np.flatnonzero(mask[self._row_doc])
        return mask, rows, self._dense.vectors_at(rows)

    def lexical_ranking(self, q: Query, mask: np.ndarray | None, group: str | None = None) -> list[tuple[int, float]]:
        """Documents with a positive BM25 score (all field groups, or one), best first."""
        docs, scores = self._lexical.matches(q.terms, group)
        if mask is not None:
            docs, scores = docs[mask[docs]], scores[mask[docs]]
        best = top_positive(scores, self.config.candidates)
        return list(zip(docs[best].tolist(), scores[best].tolist()))

    def word_weights(self, text: str) -> dict[str, tuple[float, bool]]:
        """The words of ``text`` (the tokenizer's, stop words out), each with its IDF weight and whether any document holds it."""
        idf = self._idf.of(frozenset(self._tokenizer.words(text)))
        return {w: (weight, self._idf.df.get(w, 0) > 0) for w, weight in idf.items()}

    def lexical_coverage(self, query: str, among: Iterable[str] | None = None) -> dict[str, float]:
        """Per entity IRI whose text holds any term of ``query``, the fraction of the query's
        distinct terms it holds: 量子计算 shares 计算 with 人工智能计算中心, half its terms.
        ``among``: only these entities (every holder's IRI was 2.6 ms a call at 100x the seed)."""
        coverage = self.coverage_rows(query)
        docs = np.flatnonzero(coverage) if among is None else self.doc_rows(among)
        return {self.iri_at(i): float(coverage[i]) for i in docs.tolist() if coverage[i]}

    def coverage_rows(self, query: str) -> np.ndarray:
        """``lexical_coverage`` of every document by row (``doc_rows``, ``iri_at``): no dict of every holder."""
        return self._lexical.coverage(self._query(query).terms)

    def doc_rows(self, iris: Iterable[str]) -> np.ndarray:
        """The rows of the entities ``iris`` (in their order; an IRI no document has left out)."""
        return np.fromiter((self._doc_of[i] for i in iris if i in self._doc_of), dtype=np.int64)

    def iri_at(self, row: int) -> str:
        return self.catalogue.docs[row].iri

    def hybrid_ranking(self, q: Query, mask: np.ndarray | None) -> list[tuple[int, float]]:
        """The dense and lexical rankings fused, with the name bonuses, unfloored, best first."""
        names = self._name_index.lookup(q.text, NAME_CANDIDATES, mask, prefix=False)
        fused, _ = self._named(q, mask, names)
        return sorted(fused.items(), key=lambda item: (-item[1], item[0]))

    def _named(self, q: Query, mask: np.ndarray | None, names: list[NameMatch]) -> tuple[dict[int, float], dict[int, float]]:
        """``_fused`` with each name match's bonus added (SearchConfig.name_bonus)."""
        fused, cosines = self._fused(q, mask)
        for m in names:
            if self._priors[m.doc] >= self.config.name_bonus_min_prior:
                fused[m.doc] = fused.get(m.doc, 0.0) + self.config.name_bonus[m.tier]
        return fused, cosines

    def _fused(self, q: Query, mask: np.ndarray | None) -> tuple[dict[int, float], dict[int, float]]:
        """(fused scores, dense cosines): the dense and lexical rankings fused
        (SearchConfig.fusion), scaled up for documents of a type the query names."""
        c = self.config
        dense = self.dense_ranking(q, mask)
        inputs = ((dense, c.dense_weight, None), (self.lexical_ranking(q, mask), c.lexical_weight, 0.0))
        fused = dict(FUSIONS[c.fusion](inputs, c.rrf_k))
        wanted = mentioned_classes(self._without_names(q), self._class_mentions)
        for doc in fused if wanted else ():
            if wanted & self.catalogue.docs[doc].types:
                fused[doc] *= 1.0 + c.type_mention_boost
        return fused, dict(dense)

    def _names_in(self, q: Query) -> list[str]:
        """The entity labels and aliases among the query's words (the tokenizer keeps names whole)."""
        return [w for w in q.words if w in self._names]

    def _without_names(self, q: Query) -> str:
        """The normalised query with every entity name in it blanked out, so that a type word
        inside a name ('学院' in '大连职业技术学院') does not count as a type mention."""
        norm = q.norm
        for name in sorted(self._names_in(q), key=len, reverse=True):
            norm = norm.replace(name, " ")
        return norm

    def _result(self, doc: int, score: float, q: Query, lang: str = "zh") -> SearchResult:
        d = self.catalogue.docs[doc]
        exact = next((v for v in d.name_values if normalize(v) == q.norm), None)
        snippet = explain(self._indexed_fields(doc), frozenset(q.terms), exact, lang)
        return SearchResult(d.iri, d.label, d.names.en, self.catalogue.type_label(d, lang), d.type_iri, score,
                            snippet, self.catalogue.type_label(d, "en"))

    def _indexed_fields(self, doc: int) -> tuple[IndexedField, ...]:
        """The fields of a document with their terms, for its snippet: made the first time the
        document is shown (from the tokens kept in the build), not for every document at start."""
        found = self._fields.get(doc)
        if found is None:
            fields = self.catalogue.docs[doc].fields
            found = self._fields.setdefault(doc, tuple(IndexedField(f, v, frozenset(self._tokenizer.tokens(v)))
                                                       for f, v in fields))
        return found

    def _suggestion(self, match: NameMatch, lang: str) -> Suggestion:
        d = self.catalogue.docs[match.doc]
        return Suggestion(d.iri, d.label, d.names.en, self.catalogue.type_label(d, lang), d.type_iri,
                          1.0 / (1 + match.tier), describe(match, lang), self.catalogue.type_label(d, "en"),
                          matched=match.text)


def _reading(q: Query, names: list[NameMatch]) -> NameMatch | None:
    """The best name match when the query is to be searched as what it spells: found in pinyin
    or by initials ('shukong' → 数控), or a typo correction (a Han query reads as itself)."""
    best = names[0] if names else None
    if best is None or best.via == "text":
        return None
    return best if normalize(best.typed) != q.norm else None


NAME_CANDIDATES = 20  # name matches a search boosts: the best few, as a name query means one entity


MODES = {
    "hybrid": SearchEngine.hybrid_ranking,
    "dense": SearchEngine.dense_ranking,
    "lexical": SearchEngine.lexical_ranking,
}
