"""The one result shape of search and autocomplete, and the responses that carry them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ranked:
    """An entity as one retriever ranks it: its IRI, zh and en labels and score."""

    id: str
    label: str
    label_en: str
    score: float


@dataclass(frozen=True)
class SearchResult:
    """One ranked entity: its IRI, zh and en labels, type label (of the response's language),
    score and why it matched."""

    id: str
    label: str
    label_en: str
    type: str
    type_iri: str
    score: float
    snippet: str
    type_en: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "label_en": self.label_en,
            "type": self.type,
            "type_en": self.type_en,
            "score": round(self.score, 6),
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class Suggestion(SearchResult):
    """An autocomplete suggestion: a result plus the label or alias the prefix matched."""

    matched: str = ""

    def to_dict(self) -> dict:
        return {**super().to_dict(), "matched": self.matched}


@dataclass(frozen=True)
class Facet:
    """One value of a facet (a type or an industry) and how many results have it."""

    value: str
    label_en: str
    count: int

    def to_dict(self) -> dict:
        return {"value": self.value, "label_en": self.label_en, "count": self.count}


@dataclass(frozen=True)
class SearchResponse:
    """Results above the relevance floor, best first, with what the UI shows around them.

    ``suggestion``: the name a mistyped query most likely meant ("did you mean"), else None.
    ``reading``: the name a pinyin or mistyped query was read as, else None.
    ``total``: how many entities passed the floor (``results`` holds at most k of them).
    ``nearest``: only when nothing passed the floor, the closest industries and entities
    below it, labelled as such. ``facets``: per facet ('type', 'industry'), counts over the
    entities that passed the floor.
    """

    query: str
    results: tuple[SearchResult, ...]
    total: int = 0
    suggestion: str | None = None
    reading: str | None = None
    nearest: dict[str, tuple[SearchResult, ...]] = field(default_factory=dict)
    facets: dict[str, tuple[Facet, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "results": [r.to_dict() for r in self.results],
            "total": self.total,
            "suggestion": self.suggestion,
            "reading": self.reading,
            "nearest": {kind: [r.to_dict() for r in items] for kind, items in self.nearest.items()},
            "facets": {name: [f.to_dict() for f in values] for name, values in self.facets.items()},
        }


@dataclass(frozen=True)
class Completion:
    """Autocomplete suggestions, and a "did you mean" when they come from a typo correction."""

    query: str
    results: tuple[Suggestion, ...]
    suggestion: str | None = None

    def to_dict(self) -> dict:
        return {"query": self.query, "results": [r.to_dict() for r in self.results], "suggestion": self.suggestion}
