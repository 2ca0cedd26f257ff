"""Drafts: one ingested document as a source folder (SOURCES-FORMAT.md) under
``{data_dir}/drafts/<source-id>/``, its JSON summary, and accepting it into
``{data_dir}/accepted/<source-id>/`` followed by a rebuild, under a file lock.

The source id is derived from the file name and the text's sha256, so the same text
ingested again finds its draft (or accepted folder) and changes nothing.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from graph.errors import ChanjiaoError
from graph.ingest.errors import AcceptError
from graph.ingest.link import iri_slug, slug
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


def existing(data_dir: Path, sid: str, sha256: str) -> tuple[Path, bool] | None:
    """The accepted or drafted folder of this source with the same text, if any."""
    for sub, published in ((ACCEPTED_DIR, True), (DRAFTS_DIR, False)):
        folder = Path(data_dir) / sub / sid
        meta = folder / SOURCE_FILE
        if meta.is_file() and (yaml.safe_load(meta.read_text(encoding="utf-8")) or {}).get("sha256") == sha256:
            return folder, published
    return None


def write_draft(data_dir: Path, doc: Document, result: Extraction, meta: Meta) -> Draft:
    """Write the draft folder, unless this text is already drafted or accepted."""
    sid = source_id(doc)
    title = meta.title or doc.title or _first_line(doc.text)
    found = existing(data_dir, sid, doc.sha256)
    if found:
        return Draft(sid, found[0], doc.sha256, title, meta.published, unchanged=True, published=found[1])
    folder = Path(data_dir) / DRAFTS_DIR / sid
    tmp = folder.with_name(f".{sid}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    (tmp / TEXT_FILE).write_text(doc.text, encoding="utf-8")
    _dump(tmp / SOURCE_FILE, _source(sid, doc, meta, title))
    _dump(tmp / FACTS_FILE, _facts(doc.text, result))
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
    return {"id": sid, "type": "NewsArticle", "title_zh": title, "title_en": None, "publisher": meta.publisher,
            "authors": [], "published": meta.published, "url": meta.url, "language": "zh", "licence": None,
            "sha256": doc.sha256, "text": TEXT_FILE, "original_file": doc.path.name, "format": doc.format,
            "encoding": doc.encoding, "script": "traditional" if doc.traditional else "simplified",
            "ingested_by": "chanjiao ingest (draft: every entry needs review)"}


def _quote(text: str, spans: list[Span]) -> str | list[str]:
    quotes = list(dict.fromkeys(text[s.start:s.end] for s in spans[:3]))
    return quotes[0] if len(quotes) == 1 else quotes


def _ids(result: Extraction) -> dict[str, str]:
    """Organisation label -> id (the registry id for known ones, a minted slug for new ones)."""
    return {o.label: iri_slug(o.iri) for o in result.organisations if o.iri}


def _facts(text: str, result: Extraction) -> dict:
    ids = _ids(result)
    mentions = [{"id": iri_slug(e.iri), "confidence": e.confidence, "evidence": _quote(text, e.evidence)}
                for e in [*result.organisations, *result.people, *result.consortia] if not e.new and e.iri]
    consortia = [{"id": iri_slug(c.iri), "kind": c.kind, "label_zh": c.label, "aliases": c.aliases,
                  "level_zh": c.level, "leads": [ids.get(x, x) for x in c.leads],
                  "member_counts": [{"category": m.category, "value": m.value, "unit_zh": m.unit, "text": m.text,
                                     "evidence": _quote(text, m.evidence)} for m in c.member_counts],
                  "confidence": c.confidence, "evidence": _quote(text, c.evidence)}
                 for c in result.consortia if c.new]
    projects = [{"id": slug(c.label or "-".join(c.participants)), "label_zh": c.label, "category": c.category,
                 "participants": [ids.get(p, p) for p in c.participants], "industries": c.industry_ids,
                 "confidence": c.confidence, "evidence": _quote(text, c.evidence)} for c in result.cooperations]
    events = [{"id": slug(e.label + (e.date or "")), "label_zh": e.label, "date": e.date,
               "venue": ids.get(e.place, e.place), "confidence": e.confidence, "evidence": _quote(text, e.evidence)}
              for e in result.events]
    figures = [{"value": f.value, "unit_zh": f.unit, "bound": f.bound, "text": f.text, "out_of": f.rank_of,
                "confidence": f.confidence, "evidence": _quote(text, f.evidence)} for f in result.figures]
    return {"consortia": consortia, "projects": projects, "events": events, "figures": figures, "mentions": mentions}


def _entities(text: str, result: Extraction) -> dict:
    ids = _ids(result)
    orgs = [{"id": iri_slug(o.iri), "type": o.type, "label_zh": o.label, "label_en": None, "aliases": o.aliases,
             "confidence": o.confidence, "evidence": _quote(text, o.evidence)} for o in result.organisations if o.new]
    people = [{"id": iri_slug(p.iri), "label_zh": p.name, "label_en": None,
               "positions": [{"title_zh": x.title, "organisation": ids.get(x.organisation, x.organisation)}
                             for x in p.positions],
               "confidence": p.confidence, "evidence": _quote(text, p.evidence)} for p in result.people if p.new]
    return {"organisations": orgs, "people": people}


def to_json(draft: Draft, result: Extraction, base_iri: str) -> dict:
    """The one JSON object ``chanjiao ingest --json`` prints for a file."""
    spans = lambda xs: [{"start": s.start, "end": s.end} for s in xs]  # noqa: E731
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


def loader_reads_accepted() -> bool:
    """Whether this build's loader merges ``{data_dir}/accepted`` (issue #12's graph.sources)."""
    if importlib.util.find_spec("graph.sources") is None:
        return False
    from graph import sources

    return getattr(sources, "ACCEPTED_DIR", None) == ACCEPTED_DIR


def accept(config, sid: str) -> Path:
    """Move the draft to accepted/ and rebuild, holding the data directory's ingest lock.

    Raises AcceptError if there is no such draft or the loader cannot read accepted sources
    (then nothing is moved)."""
    from filelock import FileLock

    from graph.build import build

    data_dir = Path(config.data_dir)
    if not loader_reads_accepted():
        raise AcceptError(f"cannot accept {sid}: this build's loader does not read {data_dir / ACCEPTED_DIR} yet "
                          f"(the many-sources loader of issue #12 is pending); the draft stays in "
                          f"{data_dir / DRAFTS_DIR / sid}")
    data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(data_dir / LOCK_FILE), timeout=LOCK_TIMEOUT):
        draft, target = data_dir / DRAFTS_DIR / sid, data_dir / ACCEPTED_DIR / sid
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
