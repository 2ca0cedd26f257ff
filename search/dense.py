"""Dense retrieval with faiss: exact inner product (flat) for small sets, HNSW for large ones.

Vectors are L2-normalised, so inner product is cosine similarity. Vector ``i`` is row ``i``
of the matrix the index was built from; callers map it to an IRI. faiss is imported here
only, when an index is built or loaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from search.config import SearchConfig

# faiss's OpenMP pool is process-wide: one thread for single queries (on two cores a second
# thread made a flat 20k search 10x slower), every core for building and batch search, but one
# for building beside other work: HNSW's insertions make the same graph on one thread as on two
# (the saved index byte-identical at 100x and 1000x the seed), and a second thread spent 4-11%
# more CPU for it on two busy cores, where a build makes it beside its index step's parts
# (bench/results/embed32-2026-12-06.md).
SEARCH_THREADS = 1
BATCH_THREADS = os.cpu_count() or 1
BESIDE_THREADS = 1


def _faiss(threads: int):
    import faiss

    faiss.omp_set_num_threads(threads)
    return faiss


@dataclass(frozen=True)
class IndexParams:
    """The index layout: ``kind`` is 'flat' or 'hnsw' (with its graph degree and beam widths)."""

    kind: str
    m: int
    ef_construction: int
    ef_search: int

    @classmethod
    def of(cls, kind: str, config: SearchConfig) -> IndexParams:
        """A ``kind`` layout with the configuration's HNSW parameters."""
        return cls(kind, config.hnsw_m, config.hnsw_ef_construction, config.hnsw_ef_search)

    @classmethod
    def for_size(cls, count: int, config: SearchConfig) -> IndexParams:
        """Flat below ``config.hnsw_threshold`` vectors, HNSW from there on."""
        return cls.of("hnsw" if count >= config.hnsw_threshold else "flat", config)


def _flat(dim: int, params: IndexParams):
    return _faiss(BATCH_THREADS).IndexFlatIP(dim)


def _hnsw(dim: int, params: IndexParams):
    faiss = _faiss(BATCH_THREADS)
    index = faiss.IndexHNSWFlat(dim, params.m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = params.ef_construction
    index.hnsw.efSearch = params.ef_search
    return index


LAYOUTS = {"flat": _flat, "hnsw": _hnsw}


class DenseIndex:
    """A faiss index over unit vectors; ``search`` returns (row, score) best first."""

    def __init__(self, index, params: IndexParams):
        self._index = index
        self.params = params

    @classmethod
    def build(cls, vectors: np.ndarray, params: IndexParams, threads: int = BATCH_THREADS) -> DenseIndex:
        """The index of ``vectors`` (row i: vector i), made on ``threads`` OpenMP threads (the same
        index on any number)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        index = LAYOUTS[params.kind](vectors.shape[1], params)
        _faiss(threads)
        if len(vectors):
            index.add(vectors)
        return cls(index, params)

    @property
    def count(self) -> int:
        return int(self._index.ntotal)

    @property
    def dim(self) -> int:
        return int(self._index.d)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The ``k`` nearest rows to one query vector by inner product, best first."""
        rows, scores = self.nearest(vector, k)
        return list(zip(rows.tolist(), scores.tolist()))

    def nearest(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """``search`` as arrays: (rows, scores) of the ``k`` nearest rows, best first."""
        k = min(k, self.count)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        query = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        _faiss(SEARCH_THREADS)
        scores, rows = self._index.search(query, k)
        found = rows[0] >= 0
        return rows[0][found], scores[0][found]

    def search_many(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Batch search: (scores, rows) arrays of shape (n, k), as faiss returns them."""
        _faiss(BATCH_THREADS)
        return self._index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k, self.count))

    def vectors(self) -> np.ndarray:
        """The stored vectors, row by row (flat and HNSW-flat indexes keep them uncompressed)."""
        if not self.count:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._index.reconstruct_n(0, self.count)

    def vectors_at(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of ``rows``, in their order."""
        if not len(rows):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._index.reconstruct_batch(np.asarray(rows, dtype=np.int64))

    def to_bytes(self) -> bytes:
        return _faiss(BATCH_THREADS).serialize_index(self._index).tobytes()

    def write(self, write: Callable[[bytes], object]) -> None:
        """The bytes of ``to_bytes`` given to ``write`` a chunk at a time, never whole in memory (at 1000x
        the seed they are ~320 MB, and ``to_bytes`` holds them twice beside the index)."""
        faiss = _faiss(BATCH_THREADS)
        faiss.write_index(self._index, faiss.PyCallbackIOWriter(write))

    @classmethod
    def from_bytes(cls, data: bytes, params: IndexParams) -> DenseIndex:
        index = _faiss(BATCH_THREADS).deserialize_index(np.frombuffer(data, dtype=np.uint8))
        if params.kind == "hnsw":
            index.hnsw.efSearch = params.ef_search
        return cls(index, params)
