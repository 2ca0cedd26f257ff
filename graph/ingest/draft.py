"""Drafts: one ingested document as a source folder (SOURCES-FORMAT.md) under
``{data_dir}/drafts/<source-id>/``, its JSON summary, and accepting it into
``{data_dir}/accepted/<source-id>/`` followed by a rebuild, under a file lock.

The source id is derived from the file name and the text's sha256, so the same text
ingested again finds its draft (or accepted folder) and changes nothing.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from graph.errors import ChanjiaoError
from graph.ingest.errors import AcceptError
from graph.ingest.link import iri_slug, romanise, slug
from graph.ingest.read import Document
from graph.ingest.result import Extraction, Span
from graph.namespaces import entity_iri

DRAFTS_DIR, ACCEPTED_DIR, LOCK_FILE = "drafts", "accepted", "ingest.lock"
SOURCE_FILE, TEXT_FILE, FACTS_FILE, ENTITIES_FILE = "source.yaml", "text.txt", "facts.yaml", "entities.yaml"
_ASCII = re.compile(r"[^a-z0-9]+")
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


def source_id(doc: Document) -> str:
    stem = doc.path.name.split(".")[0]
    words = _ASCII.sub("-", stem.lower()).strip("-") or slug(stem).rsplit("-", 1)[0]
    return f"{words[:40].strip('-')}-{doc.sha256[:8]}"


def existing(data_dir: Path, sid: str, sha256: str, accepted: Path | None = None) -> tuple[Path, bool] | None:
    """The accepted or drafted folder of this source with the same text, if any."""
    for root, published in ((accepted or Path(data_dir) / ACCEPTED_DIR, True), (Path(data_dir) / DRAFTS_DIR, False)):
        folder = root / sid
        meta = folder / SOURCE_FILE
        if meta.is_file() and (yaml.safe_load(meta.read_text(encoding="utf-8")) or {}).get("sha256") == sha256:
            return folder, published
    return None


def write_draft(data_dir: Path, doc: Document, result: Extraction, meta: Meta, accepted: Path | None = None) -> Draft:
    """Write the draft folder, unless this text is already drafted or accepted (in ``accepted``,
    default ``{data_dir}/accepted``)."""
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
    _dump(tmp / SOURCE_FILE, _source(sid, doc, meta, title))
    _dump(tmp / FACTS_FILE, _facts(sid, doc.text, result))
    _dump(tmp / ENTITIES_FILE, _entities(doc.text, result))
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return Draft(sid, folder, doc.sha256, title, meta.published, unchanged=False, published=False)


def _dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


NOT_TITLE = (">>", "|", "当前位置", "来源", "发布时间", "首页")


def _first_line(text: str) -> str:
    """The first line that looks like a headline (not a breadcrumb or a byline)."""
    lines = [line.strip() for line in text.splitlines()]
    return next((line for line in lines if len(line) >= 6 and not any(w in line for w in NOT_TITLE)),
                text.strip()[:40])


def _source(sid: str, doc: Document, meta: Meta, title: str) -> dict:
    quote = title if title in doc.text else _first_line(doc.text)
    return {"id": sid, "type": "NewsArticle", "title_zh": title, "title_en": romanise(title),
            "publisher": meta.publisher, "authors": [], "published": meta.published, "url": meta.url,
            "language": "zh", "licence": None, "sha256": doc.sha256, "text": TEXT_FILE,
            "original_file": doc.path.name, "format": doc.format, "encoding": doc.encoding,
            "script": "traditional" if doc.traditional else "simplified",
            "ingested_by": "chanjiao ingest (draft: every entry needs review)", "evidence": quote}


def _quote(text: str, spans: list[Span]) -> str | list[str]:
    quotes = list(dict.fromkeys(text[s.start:s.end] for s in spans[:3]))
    return quotes[0] if len(quotes) == 1 else quotes


def _ids(result: Extraction) -> dict[str, str]:
    """Organisation label -> id (the registry id for known ones, a minted slug for new ones)."""
    return {o.label: iri_slug(o.iri) for o in result.organisations if o.iri}


def _positions(positions, ids: dict[str, str]) -> list[dict]:
    """Positions whose organisation is an organisation of the draft (a consortium office or an
    unknown employer is kept in the JSON summary only: the loader takes organisation ids)."""
    return [{"title_zh": x.title, "title_en": romanise(x.title), "organisation": ids[x.organisation]}
            for x in positions if x.organisation in ids]


def _facts(sid: str, text: str, result: Extraction) -> dict:
    """facts.yaml: the loader's fact kinds plus ``mentions`` of entities the graph has; figures
    are statements of the source document itself (a mention of it)."""
    ids = _ids(result)
    mentions = [{"id": iri_slug(e.iri), "confidence": e.confidence, "evidence": _quote(text, e.evidence)}
                for e in [*result.organisations, *result.consortia] if not e.new and e.iri]
    mentions += [{"id": iri_slug(p.iri), "confidence": p.confidence, "evidence": _quote(text, p.evidence),
                  "positions": _positions(p.positions, ids)} for p in result.people if not p.new]
    if result.figures:
        mentions.append({"id": sid, "confidence": min(f.confidence for f in result.figures),
                         "evidence": [text[f.evidence[0].start:f.evidence[0].end] for f in result.figures],
                         "figures": [{"value": f.value, "unit_zh": f.unit, "bound": f.bound, "text": f.text,
                                      "evidence": _quote(text, f.evidence)} for f in result.figures]})
    consortia = [{"id": iri_slug(c.iri), "type": c.kind, "label_zh": c.label, "label_en": romanise(c.label),
                  "aliases": c.aliases, "level_zh": c.level, "leads": [ids[x] for x in c.leads if x in ids],
                  "member_counts": [{"category": m.category, "value": m.value, "unit_zh": m.unit, "text": m.text,
                                     "evidence": _quote(text, m.evidence)} for m in c.member_counts],
                  "confidence": c.confidence, "evidence": _quote(text, c.evidence)}
                 for c in result.consortia if c.new]
    projects = [_project(c, text, ids) for c in result.cooperations]
    events = [{"id": slug(e.label + (e.date or "")), "type": "SigningCeremony" if "签约" in e.label else "Meeting",
               "label_zh": e.label, "label_en": romanise(e.label), "date": e.date,
               **({"venue": ids[e.place]} if e.place in ids else {}),
               "confidence": e.confidence, "evidence": _quote(text, e.evidence)} for e in result.events]
    return {"consortia": consortia, "projects": projects, "events": events, "mentions": mentions}


def _project(c, text: str, ids: dict[str, str]) -> dict:
    # A cooperation the text does not name is labelled by its parties; one without a category
    # (an agreement) has none: the reviewer sets it before accepting.
    label = c.label or "与".join(c.participants) + "合作"
    return {"id": slug(label + "".join(c.participants)), "label_zh": label, "label_en": romanise(label),
            **({"category": c.category} if c.category else {}),
            "participants": [ids[p] for p in c.participants if p in ids], "industries": c.industry_ids,
            "confidence": c.confidence, "evidence": _quote(text, c.evidence)}


def _entities(text: str, result: Extraction) -> dict:
    ids = _ids(result)
    orgs = [{"id": iri_slug(o.iri), "type": o.type, "label_zh": o.label, "label_en": romanise(o.label),
             "aliases": o.aliases, "confidence": o.confidence, "evidence": _quote(text, o.evidence)}
            for o in result.organisations if o.new]
    people = [{"id": iri_slug(p.iri), "label_zh": p.name, "label_en": romanise(p.name),
               "positions": _positions(p.positions, ids), "confidence": p.confidence,
               "evidence": _quote(text, p.evidence)} for p in result.people if p.new]
    return {"organisations": orgs, "people": people}


def to_json(draft: Draft, result: Extraction, base_iri: str) -> dict:
    """The one JSON object ``chanjiao ingest --json`` prints for a file."""
    spans = lambda xs: [{"start": s.start, "end": s.end} for s in xs]
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
                          "industries": c.industries, "confidence": c.confidence, "evidence": spans(c.evidence)}
                         for c in result.cooperations],
        "figures": [{"value": f.value, "unit": f.unit, "text": f.text, "bound": f.bound, "out_of": f.rank_of,
                     "confidence": f.confidence, "evidence": spans(f.evidence)} for f in result.figures],
        "events": [{"label": e.label, "date": e.date, "place": e.place, "evidence": spans(e.evidence)}
                   for e in result.events],
    }


def loader_reads_accepted(config=None) -> bool:
    """Whether this build's loader merges accepted sources: the many-sources loader of
    issue #12 gives BuildConfig an ``accepted`` folder (``{data_dir}/accepted``)."""
    from graph.config import BuildConfig

    return hasattr(config if config is not None else BuildConfig, "accepted")


def accepted_dir(config) -> Path:
    return Path(config.accepted) if loader_reads_accepted(config) else Path(config.data_dir) / ACCEPTED_DIR


def accept(config, sid: str) -> Path:
    """Move the draft to accepted/ and rebuild, holding the data directory's ingest lock.

    Raises AcceptError if there is no such draft or the loader cannot read accepted sources
    (then nothing is moved)."""
    from filelock import FileLock

    from graph.build import build

    data_dir = Path(config.data_dir)
    if not loader_reads_accepted(config):
        raise AcceptError(f"cannot accept {sid}: this build's loader does not read {data_dir / ACCEPTED_DIR} yet "
                          f"(the many-sources loader of issue #12 is pending); the draft stays in "
                          f"{data_dir / DRAFTS_DIR / sid}")
    data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(data_dir / LOCK_FILE), timeout=LOCK_TIMEOUT):
        draft, target = data_dir / DRAFTS_DIR / sid, accepted_dir(config) / sid
        if target.is_dir() and not draft.is_dir():
            return target  # accepted before: nothing to do
        if not draft.is_dir():
            raise AcceptError(f"no draft {draft} to accept")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)
        draft.rename(target)
        try:
            build(config)
        except ChanjiaoError:
            target.rename(draft)  # a draft that breaks the build is not published; the store is untouched
            raise
    return target
