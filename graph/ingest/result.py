"""The one result shape of extraction, and the Extractor interface.

Every fact carries ``evidence``: character spans into the stored text (Document.text),
and a ``confidence`` in 0..1. Linking later fills ``iri`` and ``new`` on organisations,
people and consortia.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Protocol

from graph.ingest.read import Document

if TYPE_CHECKING:  # proposals imports this module: the names are for the annotations only
    from graph.ingest.proposals import ProposedIndustry, ProposedPlace


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int


class SpanIndex:
    """Spans with values, sorted by start, for range look-ups in O(log n + hits)."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda x: (x[0].start, x[0].end))
        self.starts = [s.start for s, _ in self.items]

    def within(self, start: int, end: int) -> list:
        """(span, value) of every span inside [start, end), in text order."""
        out = []
        for i in range(bisect_left(self.starts, start), len(self.items)):
            span, value = self.items[i]
            if span.start >= end:
                break
            if span.end <= end:
                out.append((span, value))
        return out

    def before(self, at: int, keep=lambda value: True):
        """The last (span, value) ending at or before ``at`` whose value ``keep`` accepts."""
        for i in range(bisect_left(self.starts, at) - 1, -1, -1):
            span, value = self.items[i]
            if span.end <= at and keep(value):
                return span, value
        return None


@dataclass
class Organisation:
    label: str  # full name, simplified script, brackets as written
    type: str  # leaf class local name
    aliases: list[str] = field(default_factory=list)  # short forms and the written (traditional) form
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    iri: str | None = None
    new: bool = True


@dataclass
class Position:
    title: str
    organisation: str | None  # organisation label


@dataclass
class Person:
    name: str
    positions: list[Position] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    iri: str | None = None
    new: bool = True


@dataclass
class MemberCount:
    category: str  # total | EducationalInstitution | Enterprise | ...
    value: int
    unit: str
    text: str
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Consortium:
    label: str
    kind: str  # CityRegionConsortium | IndustryCommunity | Alliance
    leads: list[str] = field(default_factory=list)
    level: str | None = None
    member_counts: list[MemberCount] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    iri: str | None = None
    new: bool = True
    # Filled by linking (graph.ingest.proposals.complete) for a new consortium: what its kind's
    # shape needs, known (ids) or proposed (ProposedIndustry / ProposedPlace).
    industry_ids: list[str] = field(default_factory=list)
    place_ids: list[str] = field(default_factory=list)
    proposed_industry: ProposedIndustry | None = None
    proposed_place: ProposedPlace | None = None


@dataclass
class Cooperation:
    label: str | None
    participants: list[str]  # organisation labels
    category: str | None = None
    industries: list[str] = field(default_factory=list)  # industry labels
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    industry_ids: list[str] = field(default_factory=list)  # their registry ids (filled by linking)
    # When the gazetteer finds no industry: the field the statement names, as a new concept
    # (graph.ingest.proposals.ProposedIndustry), or None.
    proposed_industry: ProposedIndustry | None = None


@dataclass
class Figure:
    value: float | int
    unit: str
    text: str
    bound: str = "exact"  # exact | at-least | more-than
    rank_of: int | None = None  # for ranks "第5名": N when the text says "out of N"
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.7


@dataclass
class Event:
    label: str
    date: str | None
    place: str | None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Extraction:
    """Everything extracted from one document."""

    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    consortia: list[Consortium] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.organisations or self.people or self.consortia or self.cooperations or self.figures)

    def to_dict(self) -> dict:
        return asdict(self)


class Extractor(Protocol):
    """Anything that turns a read document into an Extraction."""

    def extract(self, doc: Document) -> Extraction: ...
