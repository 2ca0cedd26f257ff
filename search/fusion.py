"""Fusion of several rankings into one: a table of methods chosen by SearchConfig.fusion.

Each input is (ranking, weight, floor): a ranking is [(doc, score)] best first; ``floor`` is
the score a document absent from the ranking would have (None: the ranking's own minimum,
for retrievers that score every document, such as dense cosine similarity).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

Ranking = list[tuple[int, float]]
Weighted = tuple[Ranking, float, float | None]


def reciprocal_rank(inputs: Sequence[Weighted], rrf_k: int) -> dict[int, float]:
    """Σ weight / (rrf_k + rank): scale-free, ignores how far apart the scores are."""
    fused: dict[int, float] = defaultdict(float)
    for ranking, weight, _ in inputs:
        for rank, (doc, _) in enumerate(ranking, start=1):
            fused[doc] += weight / (rrf_k + rank)
    return fused


def normalised_sum(inputs: Sequence[Weighted], rrf_k: int) -> dict[int, float]:
    """Σ weight × min-max-normalised score (CombSUM): keeps the gaps between scores."""
    fused: dict[int, float] = defaultdict(float)
    for ranking, weight, floor in inputs:
        if not ranking:
            continue
        high = ranking[0][1]
        low = min(s for _, s in ranking) if floor is None else floor
        span = high - low
        for doc, score in ranking:
            fused[doc] += weight * ((score - low) / span if span > 0 else 1.0)
    return fused


def normalised_sum_mnz(inputs: Sequence[Weighted], rrf_k: int) -> dict[int, float]:
    """CombMNZ: the normalised sum times the number of rankings that returned the document,
    so agreement between retrievers outweighs one retriever's confident outlier."""
    fused = normalised_sum(inputs, rrf_k)
    votes: dict[int, int] = defaultdict(int)
    for ranking, _, _ in inputs:
        for doc, _ in ranking:
            votes[doc] += 1
    return {doc: score * votes[doc] for doc, score in fused.items()}


FUSIONS: dict[str, Callable[[Sequence[Weighted], int], dict[int, float]]] = {
    "rrf": reciprocal_rank,
    "sum": normalised_sum,
    "mnz": normalised_sum_mnz,
}
