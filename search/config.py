"""Typed, frozen configuration of the search engine."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BACKEND = "use"
# Inside a data directory, and inside each build: the search index lives beside the stores.
SEARCH_INDEX_DIR = "search-index"


@dataclass(frozen=True)
class SearchConfig:
    """How the engine embeds, indexes and ranks.

    ``embedder`` names a row of ``search.embedders.BACKENDS``; ``model`` is that backend's model
    name or local directory (required by ``sentence-transformers``, unused by ``use``).
    ``fusion`` names a row of ``search.fusion.FUSIONS``: 'mnz' (the default: weighted sum of
    min-max normalised scores, which keeps score gaps, times the number of retrievers that
    found the document, so one retriever's confident outlier does not win alone), 'sum'
    (the same without the vote) or 'rrf' (reciprocal rank fusion).
    ``type_priors``: (cj class local name, factor) pairs scaling the score of documents of that
    class in every mode (a document takes its smallest factor). Concepts (industries) classify
    the entities people look for, so a query naming one brings up the projects and organisations
    in it first; a project outranks its own participants when both match a topic equally.
    ``type_mention_boost`` scales up documents of a class the query names outside any entity
    name ('柴油机企业' → enterprises).
    ``name_bonus``: per name-match tier (search.names.TIERS: exact, short form, prefix, short
    form prefix, inner word, typo), what is added to the fused score of a document whose name
    the query matched, for documents whose type prior is at least ``name_bonus_min_prior``
    (industries are topics: a query naming one asks for what is in it). An exact name's bonus
    exceeds any fused score, so exact name matches come first.
    ``floor_coverage``, ``floor_cosine``, ``floor_combined`` and ``floor_distinctive``: the relevance floor
    (search.relevance), calibrated by ``python -m search.calibrate`` for the default embedder.
    ``hnsw_threshold``: a dense index with at least this many vectors is HNSW, below it flat
    inner product. The default is the measured crossover (bench/search_bench.py: on two cores
    HNSW's single-query p50 first beats flat's by 10 % at 10k vectors, 0.56 vs 0.75 ms); the
    HNSW defaults (M 48, efConstruction 200, efSearch 256) reach recall@10 0.96 at 100k.
    ``candidates``: documents the lexical ranking passes to fusion; ``dense_candidates``: the
    documents the dense ranking passes (times the passages per document in vectors read). Fewer
    dense candidates change the min-max normalisation of cosines; 70 ranks the dev sets as 100
    did, 50 loses one first place.
    """

    embedder: str = DEFAULT_BACKEND
    model: str | None = None
    hnsw_threshold: int = 10_000
    hnsw_m: int = 48
    hnsw_ef_construction: int = 200
    hnsw_ef_search: int = 256
    fusion: str = "mnz"
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    type_mention_boost: float = 0.25
    name_bonus: tuple[float, ...] = (10.0, 9.0, 1.0, 0.8, 0.4, 8.0)
    name_bonus_min_prior: float = 0.5
    floor_coverage: float = 0.7
    floor_cosine: float = 0.44
    floor_combined: float = 0.75
    floor_distinctive: float = 0.6
    type_priors: tuple[tuple[str, float], ...] = (("Industry", 0.3), ("Organization", 0.85))
    candidates: int = 100
    dense_candidates: int = 70
    query_cache_size: int = 256
    max_query_chars: int = 512
    max_k: int = 100

    def __post_init__(self):
        if min(self.hnsw_threshold, self.candidates, self.dense_candidates, self.max_k) < 1:
            raise ValueError("hnsw_threshold, candidates, dense_candidates and max_k must be positive")
        if self.rrf_k < 0 or self.query_cache_size < 0:
            raise ValueError("rrf_k and query_cache_size must not be negative")
