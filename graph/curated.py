"""Load and check the curated YAML files under ``graph/data/``.

Every problem is reported as a CuratedDataError naming the file and the entry: an
unknown type, a dangling reference, a duplicate id, a missing label, a malformed
number or date, or an evidence quote that the source document does not contain.
The schema is the table KINDS below; docs/design.md describes it for editors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graph.errors import CuratedDataError

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

ORG_TYPES = (
    "University", "HigherVocationalCollege", "SecondaryVocationalSchool", "VocationalEducationCentre",
    "Kindergarten", "Enterprise", "KeyLaboratory", "ComputingCentre", "IndustryAssociation",
    "GovernmentBody", "PartyOrgan", "MediaOrganization",
)
PROJECT_CATEGORIES = ("TrainingBaseProject", "TechInnovationProject", "TalentCultivationProject")
PLACE_TYPES = ("Province", "City", "District", "NewArea")
EVENT_TYPES = ("Meeting", "SigningCeremony", "PolicyAction", "Approval")
MEMBER_CATEGORIES = (
    "total", "EducationalInstitution", "Enterprise", "ResearchInstitution", "SocialOrganization", "GovernmentBody",
)
BOUNDS = ("exact", "at-least", "more-than")
PERIODS = ("per-year", "first-batch", "cumulative")


@dataclass(frozen=True)
class Kind:
    """One kind of curated entry: its file, top-level key, IRI segment and field rules."""

    file: str
    key: str
    segment: str
    refs: dict = field(default_factory=dict)  # field -> kinds it may point to
    enums: dict = field(default_factory=dict)  # field -> allowed values
    needs_evidence: bool = True


KINDS = {
    "documents": Kind("documents.yaml", "documents", "document",
                      refs={"publisher": ("organisations",), "creators": ("people",)}),
    "places": Kind("places.yaml", "places", "place", refs={"within": ("places",)}, enums={"type": PLACE_TYPES}),
    "industries": Kind("industries.yaml", "industries", "industry", refs={"broader": ("industries",)},
                       needs_evidence=False),
    "modes": Kind("modes.yaml", "modes", "mode", needs_evidence=False),
    "organisations": Kind("organisations.yaml", "organisations", "org",
                          refs={"industries": ("industries",), "located_in": ("places",),
                                "parent": ("organisations",)},
                          enums={"type": ORG_TYPES}),
    "projects": Kind("projects.yaml", "projects", "project",
                     refs={"participants": ("organisations",), "mode": ("modes",),
                           "industries": ("industries",), "signed_at": ("events",)},
                     enums={"category": PROJECT_CATEGORIES}),
    "training_bases": Kind("training_bases.yaml", "training_bases", "project",
                           refs={"participants": ("organisations",), "industries": ("industries",)}),
    "people": Kind("people.yaml", "people", "person"),
    "programmes": Kind("programmes.yaml", "programmes", "programme",
                       refs={"provider": ("organisations",), "industries": ("industries",)}),
    "events": Kind("events.yaml", "events", "event",
                   refs={"venue": ("organisations",), "location": ("places",),
                         "organizer": ("organisations", "places"), "sub_event_of": ("events",),
                         "agents": ("organisations",), "approves": ("consortia",)},
                   enums={"type": EVENT_TYPES}),
    "policies": Kind("policies.yaml", "policies", "document", refs={"issued_by": ("organisations",)}),
    "consortia": Kind("consortium.yaml", "consortia", "consortium",
                      refs={"located_in": ("places",), "key_industries": ("industries",)}),
}

REQUIRED = ("id", "label_zh", "label_en")
NESTED_REFS = {"organisation": ("organisations",)}  # references inside nested items (positions)


@dataclass
class Entry:
    """One curated entry with the file it came from."""

    kind: str
    file: str
    data: dict

    @property
    def id(self) -> str:
        return self.data["id"]

    def fail(self, message: str) -> CuratedDataError:
        return CuratedDataError(self.file, self.data.get("id"), message)


@dataclass
class Curated:
    """All curated entries by id, plus the text of each source document."""

    entries: dict[str, Entry]
    sources: dict[str, str]

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]


def load(curated_dir: Path) -> Curated:
    """Read every curated file, check it, and return the entries; raise CuratedDataError."""
    entries: dict[str, Entry] = {}
    for kind, spec in KINDS.items():
        for entry in _read_kind(Path(curated_dir), kind, spec):
            if entry.id in entries:
                other = entries[entry.id].file
                raise entry.fail(f"duplicate id (also defined in {other})")
            entries[entry.id] = entry
    curated = Curated(entries, _read_sources(Path(curated_dir), entries))
    for entry in entries.values():
        check_entry(entry, curated)
    return curated


def _read_kind(curated_dir: Path, kind: str, spec: Kind) -> list[Entry]:
    path = curated_dir / spec.file
    if not path.is_file():
        raise CuratedDataError(spec.file, None, f"file missing from {curated_dir}")
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CuratedDataError(spec.file, None, f"not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CuratedDataError(spec.file, None, f"not UTF-8: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get(spec.key), list):
        raise CuratedDataError(spec.file, None, f"expected a top-level key {spec.key!r} holding a list")
    entries = []
    for position, item in enumerate(doc[spec.key], start=1):
        if not isinstance(item, dict):
            raise CuratedDataError(spec.file, f"#{position}", "an entry must be a mapping of fields")
        entry = Entry(kind, spec.file, item)
        for name in REQUIRED:
            if not isinstance(item.get(name), str) or not item[name].strip():
                where = item.get("id") if isinstance(item.get("id"), str) else f"#{position}"
                raise CuratedDataError(spec.file, where, f"missing or empty {name!r}")
        if not SLUG.match(entry.id):
            raise entry.fail("id must be lower-case letters, digits and hyphens")
        entries.append(entry)
    return entries


def _read_sources(curated_dir: Path, entries: dict[str, Entry]) -> dict[str, str]:
    sources = {}
    for entry in entries.values():
        if entry.kind == "documents" and entry.data.get("file"):
            path = curated_dir / entry.data["file"]
            if not path.is_file():
                raise entry.fail(f"source file {entry.data['file']!r} does not exist")
            sources[entry.id] = path.read_text(encoding="utf-8")
    if not sources:
        raise CuratedDataError(KINDS["documents"].file, None, "no document names a source file")
    return sources


def check_entry(entry: Entry, curated: Curated) -> None:
    """Check references, enumerations, quantities, dates and evidence of one entry."""
    spec = KINDS[entry.kind]
    for name, allowed in spec.enums.items():
        if entry.data.get(name) not in allowed:
            raise entry.fail(f"unknown {name} {entry.data.get(name)!r}; expected one of {', '.join(allowed)}")
    for name, kinds in spec.refs.items():
        for target in as_list(entry.data.get(name)):
            check_ref(entry, name, target, kinds, curated)
    for item in entry.data.get("positions") or ():
        for name, kinds in NESTED_REFS.items():
            check_ref(entry, f"positions.{name}", item.get(name), kinds, curated)
    for name in ("member_counts", "figures", "targets", "outputs", "investment"):
        for quantity in as_list(entry.data.get(name)):
            check_quantity(entry, name, quantity)
    if "date" in entry.data:
        entry.data["date"] = check_date(entry, entry.data["date"])
    if spec.needs_evidence and not entry.data.get("evidence"):
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


def check_date(entry: Entry, value) -> str:
    """Dates are ISO strings: YYYY, YYYY-MM or YYYY-MM-DD (YAML may parse them as date or int)."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if not DATE.match(text):
        raise entry.fail(f"malformed date {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def all_quotes(data: dict) -> list[str]:
    """Every evidence quote of an entry, including those of nested items."""
    quotes = [q for q in as_list(data.get("evidence")) if q is not None]
    for value in data.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                quotes += all_quotes(item)
    return quotes


def locate(entry: Entry, quote, curated: Curated) -> tuple[str, int, int]:
    """The (document id, start, end) of a quote; the end offset is exclusive."""
    if not isinstance(quote, str) or not quote.strip():
        raise entry.fail(f"evidence {quote!r} must be a non-empty quote of the source")
    source = entry.data.get("source")
    documents = [source] if source else list(curated.sources)
    for document in documents:
        start = curated.sources.get(document, "").find(quote)
        if start >= 0:
            return document, start, start + len(quote)
    raise entry.fail(f"evidence quote not found verbatim in the source: {quote[:40]!r}")
