"""Check curated entries: the schema of each kind, references, numbers, dates and evidence.

The entries come from the folder layout read by graph/sources.py (a registry of shared
entities plus one folder per source document). Every problem is reported as a
CuratedDataError naming the file and the entry: an unknown type, a dangling reference,
a duplicate id, a missing label, a malformed number or date, or an evidence quote that
the entry's own source does not contain. docs/design.md describes the format for editors.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.errors import CuratedDataError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # a date at year, month or day precision (also judged by search.qa_eval)

ORG_TYPES = (
    "University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre",
    "Kindergarten", "Enterprise", "ResearchInstitution", "KeyLaboratory", "ComputingCentre",
    "SocialOrganization", "IndustryAssociation", "GovernmentBody", "PartyOrgan", "MediaOrganization",
)
CONSORTIUM_TYPES = ("Consortium", "CityRegionConsortium", "IndustryCommunity", "Alliance")
SOURCE_TYPES = ("NewsArticle", "SourceDocument", "PolicyDocument")
PLACE_TYPES = ("Province", "City", "District", "NewArea")
EVENT_TYPES = ("Meeting", "SigningCeremony", "PolicyAction", "Approval")
MEMBER_CATEGORIES = (
    "total", "EducationalInstitution", "Enterprise", "ResearchInstitution", "SocialOrganization", "GovernmentBody",
)
BOUNDS = ("exact", "at-least", "more-than")
PERIODS = ("per-year", "first-batch", "cumulative")
QUANTITY_NAMES = ("member_counts", "figures", "targets", "outputs", "investment")


@dataclass(frozen=True)
class Kind:
    """One kind of curated entry: its file, top-level key, IRI segment and field rules.

    ``registry`` kinds live in ``registry/<file>`` (or a source's entities.yaml) and carry
    no evidence of their own: the sources that name them cite it under ``mentions``.
    """

    file: str
    key: str
    segment: str
    refs: dict = field(default_factory=dict)  # field -> kinds it may point to
    enums: dict = field(default_factory=dict)  # field -> allowed values
    needs_evidence: bool = True
    registry: bool = False


KINDS = {
    "documents": Kind("source.yaml", "documents", "document",
                      refs={"publisher": ("organisations",), "creators": ("people",)},
                      enums={"type": SOURCE_TYPES}),
    "places": Kind("places.yaml", "places", "place", refs={"within": ("places",)}, enums={"type": PLACE_TYPES},
                   registry=True),
    "industries": Kind("industries.yaml", "industries", "industry", refs={"broader": ("industries",)},
                       needs_evidence=False, registry=True),
    "modes": Kind("modes.yaml", "modes", "mode", needs_evidence=False, registry=True),
    "project_categories": Kind("project-categories.yaml", "project_categories", "category",
                               refs={"broader": ("project_categories",)}, needs_evidence=False, registry=True),
    "organisations": Kind("organisations.yaml", "organisations", "org",
                          refs={"industries": ("industries",), "located_in": ("places",),
                                "parent": ("organisations",)},
                          enums={"type": ORG_TYPES}, registry=True),
    "people": Kind("people.yaml", "people", "person", registry=True),
    "projects": Kind("facts.yaml", "projects", "project",
                     refs={"participants": ("organisations",), "mode": ("modes",), "category": ("project_categories",),
                           "industries": ("industries",), "signed_at": ("events",)}),
    "training_bases": Kind("facts.yaml", "training_bases", "project",
                           refs={"participants": ("organisations",), "industries": ("industries",)}),
    "programmes": Kind("facts.yaml", "programmes", "programme",
                       refs={"provider": ("organisations",), "industries": ("industries",)}),
    "events": Kind("facts.yaml", "events", "event",
                   refs={"venue": ("organisations",), "location": ("places",),
                         "organizer": ("organisations", "places"), "sub_event_of": ("events",),
                         "agents": ("organisations",), "approves": ("consortia",)},
                   enums={"type": EVENT_TYPES}),
    "policies": Kind("facts.yaml", "policies", "document", refs={"issued_by": ("organisations",)}),
    "consortia": Kind("facts.yaml", "consortia", "consortium",
                      refs={"located_in": ("places",), "key_industries": ("industries",),
                            "leads": ("organisations",), "members": ("organisations",)},
                      enums={"type": CONSORTIUM_TYPES}),
}
REGISTRY_KINDS = tuple(k for k, spec in KINDS.items() if spec.registry)
FACT_KINDS = tuple(k for k, spec in KINDS.items() if spec.file == "facts.yaml")

REQUIRED = ("id", "label_zh", "label_en")
NESTED_REFS = {"organisation": ("organisations",)}  # references inside nested items (positions)
# What a source may add about an entity it names (its `mentions`): statements dated and cited by that source.
MENTION_FIELDS = ("id", "evidence", "confidence", "aliases", "positions", "quotes", "goals", *QUANTITY_NAMES)


@dataclass
class Entry:
    """One curated entry: its kind, the file it came from and the source whose text it quotes."""

    kind: str
    file: str
    data: dict
    source: str | None = None

    @property
    def id(self) -> str:
        return self.data["id"]

    def fail(self, message: str) -> CuratedDataError:
        return CuratedDataError(self.file, self.data.get("id"), message)


@dataclass
class Source:
    """One source document: its id, folder (as shown in errors), text and publication date."""

    id: str
    folder: str
    text: str
    published: str | None


@dataclass
class Curated:
    """All checked entries by id, the sources, each entity's mentions, and the resolution notes."""

    entries: dict[str, Entry]
    sources: dict[str, Source]
    mentions: dict[str, list[Entry]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]


def check_fields(entry: Entry, position: int) -> None:
    """The fields every entry needs: a slug id and labels in both languages."""
    for name in REQUIRED:
        if not isinstance(entry.data.get(name), str) or not entry.data[name].strip():
            where = entry.data.get("id") if isinstance(entry.data.get("id"), str) else f"#{position}"
            raise CuratedDataError(entry.file, where, f"missing or empty {name!r}")
    if not SLUG.match(entry.id):
        raise entry.fail("id must be lower-case letters, digits and hyphens")


def check_entry(entry: Entry, curated: Curated, mention: bool = False) -> None:
    """Check references, enumerations, quantities, dates and evidence of one entry (or mention)."""
    spec = KINDS[entry.kind]
    for name, allowed in spec.enums.items():
        if (not mention or name in entry.data) and entry.data.get(name) not in allowed:
            raise entry.fail(f"unknown {name} {entry.data.get(name)!r}; expected one of {', '.join(allowed)}")
    for name, kinds in spec.refs.items():
        for target in as_list(entry.data.get(name)):
            check_ref(entry, name, target, kinds, curated)
    for item in entry.data.get("positions") or ():
        for name, kinds in NESTED_REFS.items():
            check_ref(entry, f"positions.{name}", item.get(name), kinds, curated)
        if "date" in item:
            item["date"] = check_date(entry, item["date"])
    for name in QUANTITY_NAMES:
        for quantity in as_list(entry.data.get(name)):
            check_quantity(entry, name, quantity)
    if "date" in entry.data:
        entry.data["date"] = check_date(entry, entry.data["date"])
    if spec.registry and not mention and entry.source is None and entry.data.get("evidence"):
        raise entry.fail("registry entries carry no evidence: cite it under `mentions` in the source that names them")
    needs = mention or (spec.needs_evidence and entry.source is not None)
    if needs and not entry.data.get("evidence"):
        raise entry.fail("missing 'evidence': quote the sentence of the source that states this entry")
    for quote in all_quotes(entry.data):
        locate(entry, quote, curated)


def check_ref(entry: Entry, name: str, target, kinds: tuple, curated: Curated) -> None:
    found = curated.entries.get(target) if isinstance(target, str) else None
    if found is None or found.kind not in kinds:
        raise entry.fail(f"{name} refers to {target!r}, which is not a known id of {' or '.join(kinds)}")


def check_quantity(entry: Entry, name: str, quantity) -> None:
    if not isinstance(quantity, dict):
        raise entry.fail(f"{name}: expected a mapping with a numeric 'value'")
    value = quantity.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise entry.fail(f"{name}: value {value!r} is not a number")
    for key, allowed in (("bound", BOUNDS), ("period", PERIODS), ("category", MEMBER_CATEGORIES)):
        if key in quantity and quantity[key] not in allowed:
            raise entry.fail(f"{name}: unknown {key} {quantity[key]!r}; expected one of {', '.join(allowed)}")
    if "date" in quantity:
        quantity["date"] = check_date(entry, quantity["date"])


def check_date(entry: Entry, value) -> str:
    """Dates are ISO strings: YYYY, YYYY-MM or YYYY-MM-DD (YAML may parse them as date or int)."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not ISO_DATE.match(text):
        raise entry.fail(f"malformed date {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def flat_quotes(evidence) -> list:
    """The quotes of an evidence value: a quote, a list, or a mapping field -> quote(s) or value -> quote(s)."""
    if isinstance(evidence, dict):
        return [q for value in evidence.values() for q in flat_quotes(value)]
    return [q for q in as_list(evidence) if q is not None]


def quotes_for(holder: dict, name: str | None = None, value=None) -> list:
    """The quotes of ``holder`` that state its field ``name`` (with ``value``), or the entry itself.

    A mapping's key ``entry`` gives the quotes for the entry as a whole (type, labels and the
    fields the mapping does not list); without it, the entry cites all the mapping's quotes.
    """
    evidence = holder.get("evidence")
    if not isinstance(evidence, dict):
        return flat_quotes(evidence)
    if name is not None and name in evidence:
        own = evidence[name]
        if isinstance(own, dict):
            return flat_quotes(own.get(value)) or flat_quotes(own)
        return flat_quotes(own)
    return flat_quotes(evidence.get("entry")) or flat_quotes(evidence)


def all_quotes(data: dict) -> list:
    """Every evidence quote of an entry, including those of nested items."""
    quotes = flat_quotes(data.get("evidence"))
    for value in data.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and item is not data.get("evidence"):
                quotes += all_quotes(item)
    return quotes


def locate(entry: Entry, quote, curated: Curated) -> tuple[str, int, int]:
    """The (source id, start, end) of a quote in the entry's own source; the end offset is exclusive."""
    if not isinstance(quote, str) or not quote.strip():
        raise entry.fail(f"evidence {quote!r} must be a non-empty quote of the source")
    source = curated.sources.get(entry.source) if entry.source else None
    if source is None:
        raise entry.fail(f"evidence {quote[:40]!r} has no source to be found in")
    start = source.text.find(quote)
    if start < 0:
        raise entry.fail(f"evidence quote not found verbatim in its source {source.folder}: {quote[:40]!r}")
    return source.id, start, start + len(quote)


def origin_finder(curated: Curated, base_iri: str) -> Callable[[str], str | None]:
    """IRI → "file: entry 'id'" of the curated entry the IRI's path names (None if none does).

    It keeps those strings only, not ``curated``: the build's later stages (inference, SHACL, the
    store's loads) run without the curated data in memory."""
    origins = {entry_id: f"{entry.file}: entry {entry.id!r}" for entry_id, entry in curated.entries.items()}

    def where(iri: str) -> str | None:
        for segment in reversed(re.split(r"[/#]", iri.removeprefix(base_iri))):
            if segment in origins:
                return origins[segment]
        return None
    return where
