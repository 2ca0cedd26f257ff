"""The one result shape of search and autocomplete."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchResult:
    """One ranked entity: its IRI, zh and en labels, zh type label, score and why it matched."""

    id: str
    label: str
    label_en: str
    type: str
    type_iri: str
    score: float
    snippet: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "label": self.label,
            "label_en": self.label_en,
            "type": self.type,
            "score": round(self.score, 6),
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class Suggestion(SearchResult):
    """An autocomplete suggestion: a result plus the label or alias the prefix matched."""

    matched: str = ""

    def to_dict(self) -> dict:
        return {**super().to_dict(), "matched": self.matched}
