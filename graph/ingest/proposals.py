"""What the shapes need and the graph lacks: proposed industry concepts and places.

A published cooperation project needs at least one cj:industry (ontology/shapes.ttl). When
the gazetteer finds none in the cooperation's statement, the field the statement names
(在机械设计制造方向…, 围绕智慧港口领域…) is proposed as a new industry concept, placed under its
nearest broader concept of the scheme: the concept whose names share the longest ending
with it (Chinese compounds are right-headed: 机械设计制造 is a kind of 制造, so 装备制造),
the concept with most such names winning a tie. A field with no such relative is not
proposed (the cooperation is then held back for review, see graph.ingest.draft).

A new consortium's kind has needs too: an industry community names its industry (the words
before 行业产教融合共同体, a top concept when nothing in the scheme is broader), a city-region
consortium its place (the words before 市域产教联合体: a known place, else a new one typed by
its ending). ``complete`` fills them; a consortium whose needs cannot be met is drafted as a
plain cj:Consortium.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from graph.han import HAN_CHARS
from graph.ingest.lexicon import Lexicon
from graph.ingest.link import iri_slug
from graph.ingest.result import Consortium, Span
from graph.han import normalize

# The field a statement names: 在/围绕/面向/聚焦 … 方向/领域/产业/行业/专业.
FIELD = re.compile(rf"(?:在|围绕|面向|聚焦|针对)([{HAN_CHARS}]{{2,10}}?)(?:方向|领域|产业|行业|专业)")
MIN_HEAD = 2  # the shared ending must be a word, not one character
CONFIDENCE = 0.4  # a proposal is a guess a reviewer confirms


@dataclass(frozen=True)
class ProposedIndustry:
    """A new industry concept: its name as written, the broader concept's IRI, and where it is named."""

    label: str
    broader_iri: str | None  # None: a top concept
    evidence: Span | None  # None: the label itself is the quote
    confidence: float = CONFIDENCE


@dataclass(frozen=True)
class ProposedPlace:
    """A new place a consortium is located in, typed by its name's ending."""

    label: str
    type: str
    confidence: float = CONFIDENCE


# The words a consortium's name puts before its kind, and the prefixes that say where, not what.
KIND_ENDINGS = {"IndustryCommunity": re.compile(r"^(.+?)(?:行业)?产教融合共同体$"),
                "CityRegionConsortium": re.compile(r"^(.+?)(?:国家级|省级)?市域产教联合体$")}
REGION_PREFIX = re.compile(rf"^(?:全国|国家|中国|[{HAN_CHARS}]{{2,3}}省|[{HAN_CHARS}]{{2,3}}市)")
# Place name ending -> place type (longest first).
PLACE_ENDINGS = (("经济技术开发区", "NewArea"), ("高新技术产业开发区", "NewArea"), ("开发区", "NewArea"),
                 ("新区", "NewArea"), ("高新区", "NewArea"), ("经开区", "NewArea"), ("区", "District"),
                 ("县", "District"), ("市", "City"), ("省", "Province"))


def propose_industry(text: str, start: int, end: int, lexicon: Lexicon) -> ProposedIndustry | None:
    """The field named in ``text[start:end]`` as a new concept under its nearest broader one, if any."""
    for m in FIELD.finditer(text, start, end):
        term = m.group(1)
        broader = nearest_broader(term, lexicon)
        if broader is not None and lexicon.lookup(term, "industry") is None:
            return ProposedIndustry(term, broader, Span(m.start(1), m.end(1)))
    return None


def complete(consortium: Consortium, lexicon: Lexicon) -> None:
    """Fill a new consortium's industry (industry community) or place (city-region consortium)."""
    pattern = KIND_ENDINGS.get(consortium.kind)
    m = pattern.match(consortium.label) if pattern else None
    if m is None:
        return
    if consortium.kind == "IndustryCommunity":
        known = [iri_slug(e.iri) for _, _, e in lexicon.find(consortium.label, kinds=("industry",))]
        term = REGION_PREFIX.sub("", m.group(1))
        consortium.industry_ids = list(dict.fromkeys(known))
        if not known and len(term) >= MIN_HEAD:
            consortium.proposed_industry = ProposedIndustry(term, nearest_broader(term, lexicon), None)
        return
    name = m.group(1)
    place = lexicon.lookup(name, "place") or next((e for _, _, e in lexicon.find(name, kinds=("place",))), None)
    if place is not None:
        consortium.place_ids = [iri_slug(place.iri)]
        return
    place_type = next((t for ending, t in PLACE_ENDINGS if name.endswith(ending)), None)
    if place_type:
        consortium.proposed_place = ProposedPlace(name, place_type)


def nearest_broader(term: str, lexicon: Lexicon) -> str | None:
    """The IRI of the industry whose names share the longest ending (>= MIN_HEAD) with ``term``."""
    folded = normalize(term)
    best, votes = 0, Counter[str]()
    for entry in (e for e in lexicon.entries if e.kind == "industry"):
        for name in entry.names | {entry.label}:
            shared = _common_ending(folded, normalize(name))
            if shared >= MIN_HEAD and shared >= best:
                if shared > best:
                    best, votes = shared, Counter[str]()
                votes[entry.iri] += 1
    return votes.most_common(1)[0][0] if votes else None


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n
