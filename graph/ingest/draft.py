"""Drafts: one ingested document as a source folder (SOURCES-FORMAT.md) under
``{data_dir}/drafts/<source-id>/``, its JSON summary, and accepting it: a build that includes
it, then the move to ``{data_dir}/accepted/<source-id>/`` (BuildConfig.accepted), under a file lock.

The source id is derived from the file name and the text's sha256, so the same text
ingested again finds its draft (or accepted folder) and changes nothing.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from graph.ingest.errors import AcceptError, NotLinked
from graph.ingest.link import hyphenated, iri_slug, romanise, slug
from graph.ingest.read import Document
from graph.ingest.result import Consortium, Cooperation, Extraction, Organisation, Span
from graph.namespaces import entity_iri

DRAFTS_DIR, STAGING_DIR, LOCK_FILE = "drafts", ".accepting", "ingest.lock"
SOURCE_FILE, TEXT_FILE, FACTS_FILE, ENTITIES_FILE = "source.yaml", "text.txt", "facts.yaml", "entities.yaml"
LOCK_TIMEOUT = 600  # seconds one ingest waits for another's accept to finish


@dataclass(frozen=True)
class Meta:
    """What the user tells about the source (CLI flags); the text supplies the rest."""

    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None


@dataclass
class Draft:
    """One drafted source: where it is, whether it was already there, whether it is published."""

    source_id: str
    folder: Path
    sha256: str
    title: str
    published_date: str | None
    unchanged: bool
    published: bool
    held_back: list[str] = field(default_factory=list)  # cooperations not drafted as facts, with the reason


def source_id(doc: Document) -> str:
    stem = doc.path.name.split(".")[0]
    words = hyphenated(stem) or slug(stem).rsplit("-", 1)[0]
    return f"{words[:40].strip('-')}-{doc.sha256[:8]}"


def existing(data_dir: Path, sid: str, sha256: str, accepted: Path) -> tuple[Path, bool] | None:
    """The accepted or drafted folder of this source with the same text, if any."""
    for root, published in ((accepted, True), (Path(data_dir) / DRAFTS_DIR, False)):
        folder = root / sid
        meta = folder / SOURCE_FILE
        if meta.is_file() and (yaml.safe_load(meta.read_text(encoding="utf-8")) or {}).get("sha256") == sha256:
            return folder, published
    return None


def write_draft(data_dir: Path, doc: Document, result: Extraction, meta: Meta, accepted: Path) -> Draft:
    """Write the draft folder, unless this text is already drafted or accepted (in ``accepted``,
    BuildConfig.accepted)."""
    sid = source_id(doc)
    title = meta.title or doc.title or _first_line(doc.text)
    found = existing(data_dir, sid, doc.sha256, accepted)
    if found:
        return Draft(sid, found[0], doc.sha256, title, meta.published, unchanged=True, published=found[1])
    folder = Path(data_dir) / DRAFTS_DIR / sid
    tmp = folder.with_name(f".{sid}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / TEXT_FILE).write_text(doc.text, encoding="utf-8")
    facts, held_back = _facts(sid, doc.text, result)
    _dump(tmp / SOURCE_FILE, _source(sid, doc, meta, title))
    _dump(tmp / FACTS_FILE, facts)
    _dump(tmp / ENTITIES_FILE, _entities(doc.text, result))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return Draft(sid, folder, doc.sha256, title, meta.published, unchanged=False, published=False,
                 held_back=held_back)


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def _known(**fields) -> dict:
    """The fields whose value is known: the loader reads an absent field as unknown, never a null."""
    return {k: v for k, v in fields.items() if v is not None}


NOT_TITLE = (">>", "|", "当前位置", "来源", "发布时间", "首页")


def _first_line(text: str) -> str:
    """The first line that looks like a headline (not a breadcrumb or a byline)."""
    lines = [line.strip() for line in text.splitlines()]
    return next((line for line in lines if len(line) >= 6 and not any(w in line for w in NOT_TITLE)),
                text.strip()[:40])


def _source(sid: str, doc: Document, meta: Meta, title: str) -> dict:
    quote = title if title in doc.text else _first_line(doc.text)
    # No publication date is invented: without --published (or a date in the page header) the
    # source has none, and its figures are undated (no cj:asOf).
    return _known(id=sid, type="NewsArticle", title_zh=title, title_en=romanise(title), publisher=meta.publisher,
                  authors=[], published=meta.published, url=meta.url, language="zh", sha256=doc.sha256,
                  text=TEXT_FILE, original_file=doc.path.name, format=doc.format, encoding=doc.encoding,
                  script="traditional" if doc.traditional else "simplified",
                  ingested_by="chanjiao ingest (draft: every entry needs review)", evidence=quote)


def _quote(text: str, spans: list[Span]) -> str | list[str]:
    quotes = list(dict.fromkeys(text[s.start:s.end] for s in spans[:3]))
    return quotes[0] if len(quotes) == 1 else quotes


def _slug(iri: str | None, label: str) -> str:
    """The id of a linked entity (graph.ingest.link gives every one an IRI); NotLinked if it has none."""
    if iri is None:
        raise NotLinked(f"{label!r} has no IRI: the extraction was not linked")
    return iri_slug(iri)


def _ids(result: Extraction) -> dict[str, str]:
    """Organisation label -> id (the registry id for known ones, a minted slug for new ones)."""
    return {o.label: iri_slug(o.iri) for o in result.organisations if o.iri}


def _positions(positions, ids: dict[str, str]) -> list[dict]:
    """Positions whose organisation is an organisation of the draft (a consortium office or an
    unknown employer is kept in the JSON summary only: the loader takes organisation ids)."""
    return [{"title_zh": x.title, "title_en": romanise(x.title), "organisation": ids[x.organisation]}
            for x in positions if x.organisation in ids]


def _facts(sid: str, text: str, result: Extraction) -> tuple[dict, list[str]]:
    """facts.yaml: the loader's fact kinds plus ``mentions`` of entities the graph has; figures
    are statements of the source document itself (a mention of it). Fact ids carry the source
    id (two articles' 签约仪式 are two events). Also returns the cooperations held back."""
    ids = _ids(result)
    known: list[Organisation | Consortium] = [*result.organisations, *result.consortia]
    mentions: list[dict] = [{"id": iri_slug(e.iri), "confidence": e.confidence, "evidence": _quote(text, e.evidence)}
                for e in known if not e.new and e.iri]
    mentions += [{"id": _slug(p.iri, p.name), "confidence": p.confidence, "evidence": _quote(text, p.evidence),
                  "positions": _positions(p.positions, ids)} for p in result.people if not p.new]
    if result.figures:
        # one statement per figure as written (label_zh): two equal values stay two figures
        figures = {(f.value, f.text): f for f in reversed(result.figures)}.values()
        mentions.append({"id": sid, "confidence": min(f.confidence for f in result.figures),
                         "evidence": [text[f.evidence[0].start:f.evidence[0].end] for f in result.figures],
                         "figures": [{"value": f.value, "unit_zh": f.unit, "bound": f.bound, "text": f.text,
                                      "label_zh": f.text, "evidence": _quote(text, f.evidence)}
                                     for f in reversed(list(figures))]})
    held_back: list[str] = []
    consortia = [_consortium(c, text, ids, held_back) for c in result.consortia if c.new]
    projects = []
    for c in result.cooperations:
        project, reason = _project(sid, c, text, ids)
        if project:
            projects.append(project)
        else:
            held_back.append(f"{c.label or '、'.join(c.participants)}: {reason}")
    events = [_known(id=slug(sid + e.label + (e.date or "")), type="SigningCeremony" if "签约" in e.label else "Meeting",
                     label_zh=e.label, label_en=romanise(e.label), date=e.date, venue=ids.get(e.place) if e.place else None,
                     confidence=e.confidence, evidence=_quote(text, e.evidence)) for e in result.events]
    return {"consortia": consortia, "projects": projects, "events": events, "mentions": mentions}, held_back


# Member-count category -> labels: they name the count and keep two equal counts of one
# consortium (5 research institutes, 5 government bodies) two statements.
MEMBER_LABELS = {"total": ("成员单位", "member units"), "EducationalInstitution": ("院校", "educational institutions"),
                 "Enterprise": ("企业", "enterprises"), "ResearchInstitution": ("科研机构", "research institutions"),
                 "SocialOrganization": ("社会组织", "social organisations"),
                 "GovernmentBody": ("政府部门", "government bodies")}


def _consortium(c, text: str, ids: dict[str, str], held_back: list[str]) -> dict:
    """A new consortium; one whose kind needs an industry or place that could not be found or
    proposed (graph.ingest.proposals) is drafted as a plain Consortium, noted in ``held_back``."""
    industries = c.industry_ids or [slug(p.label) for p in [c.proposed_industry] if p and _quotable(p, text)]
    places = c.place_ids or [slug(p.label) for p in [c.proposed_place] if p and p.label in text]
    kind = c.kind
    if (kind, bool(industries), bool(places)) in (("IndustryCommunity", False, False),
                                                   ("CityRegionConsortium", False, False)):
        kind = "Consortium"
        held_back.append(f"{c.label}: drafted as a plain Consortium, its {c.kind} needs "
                         f"{'an industry' if c.kind == 'IndustryCommunity' else 'a place'} the text does not give")
    counts = [_known(category=m.category, value=m.value, unit_zh=m.unit, text=m.text,
                     label_zh=MEMBER_LABELS[m.category][0], label_en=MEMBER_LABELS[m.category][1],
                     evidence=_quote(text, m.evidence)) for m in c.member_counts]
    return _known(id=iri_slug(c.iri), type=kind, label_zh=c.label, label_en=romanise(c.label), aliases=c.aliases,
                  level_zh=c.level, leads=[ids[x] for x in c.leads if x in ids], key_industries=industries or None,
                  located_in=places or None, member_counts=counts, confidence=c.confidence,
                  evidence=_quote(text, c.evidence))


def _quotable(proposal, text: str) -> bool:
    return proposal.evidence is not None or proposal.label in text


def _project(sid: str, c, text: str, ids: dict[str, str]) -> tuple[dict | None, str | None]:
    """A cooperation as a project entry, or None and why the shapes would refuse it (a project
    has one category, two participants and an industry: ontology/shapes.ttl); those stay in the
    JSON summary for a reviewer. A cooperation the text does not name is labelled by its parties."""
    participants = [ids[p] for p in c.participants if p in ids]
    industries = c.industry_ids or ([slug(c.proposed_industry.label)] if c.proposed_industry else [])
    reason = next((why for why, missing in (("no category (training base, innovation or talent cultivation)",
                                             not c.category), ("fewer than two organisations", len(participants) < 2),
                                            ("no industry named", not industries)) if missing), None)
    if reason:
        return None, reason
    label = c.label or "与".join(c.participants) + "合作"
    confidence = min(c.confidence, c.proposed_industry.confidence) if not c.industry_ids else c.confidence
    return {"id": slug(sid + label + "".join(c.participants)), "label_zh": label, "label_en": romanise(label),
            "category": c.category, "participants": participants, "industries": industries,
            "confidence": confidence, "evidence": _quote(text, c.evidence)}, None


def _entities(text: str, result: Extraction) -> dict:
    ids = _ids(result)
    orgs = [{"id": _slug(o.iri, o.label), "type": o.type, "label_zh": o.label, "label_en": romanise(o.label),
             "aliases": o.aliases, "confidence": o.confidence, "evidence": _quote(text, o.evidence)}
            for o in result.organisations if o.new]
    people = [{"id": _slug(p.iri, p.name), "label_zh": p.name, "label_en": romanise(p.name),
               "positions": _positions(p.positions, ids), "confidence": p.confidence,
               "evidence": _quote(text, p.evidence)} for p in result.people if p.new]
    return {"organisations": orgs, "people": people, "industries": _industries(text, result),
            "places": [{"id": slug(p.label), "type": p.type, "label_zh": p.label, "label_en": romanise(p.label),
                        "confidence": p.confidence, "evidence": p.label}
                       for p in (c.proposed_place for c in result.consortia if c.new and not c.place_ids)
                       if p and p.label in text]}


def _industries(text: str, result: Extraction) -> list[dict]:
    """Industry concepts the graph's scheme lacks, proposed under their nearest broader concept
    (a top concept when the scheme has none)."""
    holders: list[Cooperation | Consortium] = [*result.cooperations, *result.consortia]
    proposed = [c.proposed_industry for c in holders
                if c.proposed_industry and not c.industry_ids and _quotable(c.proposed_industry, text)]
    unique = {p.label: p for p in proposed}.values()
    return [{"id": slug(p.label), "label_zh": p.label, "label_en": romanise(p.label),
             "broader": [iri_slug(p.broader_iri)] if p.broader_iri else [], "confidence": p.confidence,
             "evidence": text[p.evidence.start:p.evidence.end] if p.evidence else p.label} for p in unique]


def to_json(draft: Draft, result: Extraction, base_iri: str) -> dict:
    """The one JSON object ``chanjiao ingest --json`` prints for a file."""
    def spans(xs):
        return [{"start": s.start, "end": s.end} for s in xs]

    return {
        "source": {"iri": entity_iri(base_iri, "document", draft.source_id), "sha256": draft.sha256,
                   "title": draft.title, "published": draft.published_date},
        "published": draft.published,
        "organisations": [{"label": o.label, "type": o.type, "iri": o.iri, "new": o.new, "aliases": o.aliases,
                           "confidence": o.confidence, "evidence": spans(o.evidence)} for o in result.organisations],
        "people": [{"name": p.name, "iri": p.iri, "new": p.new, "confidence": p.confidence,
                    "positions": [{"title": x.title, "organisation": x.organisation} for x in p.positions],
                    "evidence": spans(p.evidence)} for p in result.people],
        "consortia": [{"label": c.label, "kind": c.kind, "iri": c.iri, "new": c.new, "leads": c.leads,
                       "level": c.level, "aliases": c.aliases, "confidence": c.confidence,
                       "member_counts": [{"category": m.category, "value": m.value, "unit": m.unit, "text": m.text}
                                         for m in c.member_counts], "evidence": spans(c.evidence)}
                      for c in result.consortia],
        "cooperations": [{"label": c.label, "participants": c.participants, "category": c.category,
                          "industries": c.industries, "confidence": c.confidence, "evidence": spans(c.evidence),
                          "proposed_industry": c.proposed_industry and {
                              "label": c.proposed_industry.label, "broader": c.proposed_industry.broader_iri}}
                         for c in result.cooperations],
        "held_back": draft.held_back,
        "figures": [{"value": f.value, "unit": f.unit, "text": f.text, "bound": f.bound, "out_of": f.rank_of,
                     "confidence": f.confidence, "evidence": spans(f.evidence)} for f in result.figures],
        "events": [{"label": e.label, "date": e.date, "place": e.place, "evidence": spans(e.evidence)}
                   for e in result.events],
    }


def accept(config, sid: str) -> Path:
    """Publish the draft ``sid``: build the store with it, then move it to ``config.accepted``.

    Under the data directory's ingest lock (two accepts never interleave), the build reads a
    staged copy of the accepted folders plus the draft (hard links, same relative paths, so the
    store's input hash is that of the accepted folder after the move). The draft moves only once
    its store is complete, and the store is published right after; a draft that breaks the build
    (CuratedDataError, GraphValidationError) stays in drafts/ and the previous store stays
    published. A process killed mid-build leaves the draft in drafts/ and CURRENT naming the
    previous complete store (killed between move and publish: the next build reuses the complete
    store). Raises AcceptError if there is no draft.
    """
    from filelock import FileLock

    from graph.build import build, publish_store

    data_dir, accepted = Path(config.data_dir), Path(config.accepted)
    data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(data_dir / LOCK_FILE), timeout=LOCK_TIMEOUT):
        draft, target = data_dir / DRAFTS_DIR / sid, accepted / sid
        if target.is_dir() and not draft.is_dir():
            return target  # accepted before: nothing to do
        if not draft.is_dir():
            raise AcceptError(f"no draft {draft} to accept")
        staged = _stage(data_dir, accepted, draft)
        try:
            report = build(replace(config, accepted_dir=staged), publish_now=False)
        finally:
            shutil.rmtree(staged.parent, ignore_errors=True)
        accepted.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)
        draft.rename(target)
        # Published after the move: a reader that finds the store stale in between rebuilds the same
        # inputs, so it reuses this very store instead of publishing one without the draft.
        publish_store(data_dir, Path(report.store_dir))
    return target


def _stage(data_dir: Path, accepted: Path, draft: Path) -> Path:
    """A folder named like ``accepted`` holding links to its sources and to the draft."""
    staged = data_dir / STAGING_DIR / accepted.name
    shutil.rmtree(staged.parent, ignore_errors=True)  # left by a process killed mid-accept
    if accepted.is_dir():
        shutil.copytree(accepted, staged, copy_function=_link)
    shutil.copytree(draft, staged / draft.name, copy_function=_link)
    return staged


def _link(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:  # another file system (an --accepted folder elsewhere): copy
        shutil.copy2(src, dst)
