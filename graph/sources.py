"""Read the curated data layout: a registry of shared entities and one folder per source.

    {curated_dir}/registry/{organisations,people,places,industries,modes}.yaml
    {root}/<source-id>/source.yaml, text.txt (or quotes.txt), facts.yaml [, entities.yaml]

where the roots are ``{curated_dir}/sources`` and ``{data_dir}/accepted`` (when present).
Adding a source is adding a folder. ``load`` merges everything into one checked Curated
or raises CuratedDataError naming the file (or folder) and the entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import yaml

from graph.curated import (FACT_KINDS, KINDS, MENTION_FIELDS, REGISTRY_KINDS, Curated, Entry, Source, as_list,
                           check_date, check_entry, check_fields)
from graph.errors import CuratedDataError
from graph.parsed import ParsedYaml
from graph.resolve import Resolver, across_sources

REGISTRY_DIR, SOURCES_DIR = "registry", "sources"
SOURCE_FILE, FACTS_FILE, ENTITIES_FILE = "source.yaml", "facts.yaml", "entities.yaml"
TEXT_FILE, QUOTES_FILE = "text.txt", "quotes.txt"
# libyaml's C parser when PyYAML was built with it: the same safe constructors (dates, ints) and
# the same documents, parsed several times faster than the pure-Python reader.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# source.yaml field -> field of the document entry it becomes.
SOURCE_FIELDS = {"title_zh": "label_zh", "title_en": "label_en", "authors": "creators", "published": "date"}
# Reference fields whose target may be given by its id or, for a free-text name, kept as a literal.
FREE_TEXT = {"publisher": "publisher_name", "creators": "creator_names"}


def source_roots(curated_dir: Path, accepted: Path | None = None) -> list[Path]:
    """The folders whose subfolders are sources: the repository's, then the accepted ingests (if any)."""
    roots = [Path(curated_dir) / SOURCES_DIR]
    if accepted is not None and Path(accepted).is_dir():
        roots.append(Path(accepted))
    return roots


def parse_yaml(text: str):
    """One YAML document parsed safely (plain data only), with the fastest loader available."""
    return yaml.load(text, Loader=YAML_LOADER)


def read_yaml(path: Path, shown: str, required: bool = True, parse: Callable[[str], object] = parse_yaml) -> dict:
    if not path.is_file():
        if required:
            raise CuratedDataError(shown, None, "file missing")
        return {}
    try:
        doc = parse(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CuratedDataError(shown, None, f"not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CuratedDataError(shown, None, f"not UTF-8: {exc}") from exc
    if doc is None and not required:
        return {}
    if not isinstance(doc, dict):
        raise CuratedDataError(shown, None, "expected a mapping of top-level keys")
    return doc


def entries_of(doc: dict, kinds: tuple, shown: str, source: str | None, other: tuple = ()) -> list[Entry]:
    """The checked-for-shape entries of the kinds ``kinds`` in one parsed file (``other``: keys read elsewhere)."""
    unknown = set(doc) - {KINDS[k].key for k in kinds} - set(other)
    if unknown:
        raise CuratedDataError(shown, None, f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}")
    entries = []
    for kind in kinds:
        items = doc.get(KINDS[kind].key, [])
        if not isinstance(items, list):
            raise CuratedDataError(shown, None, f"top-level key {KINDS[kind].key!r} must hold a list")
        for position, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise CuratedDataError(shown, f"#{position}", "an entry must be a mapping of fields")
            entry = Entry(kind, shown, item, source)
            check_fields(entry, position)
            entries.append(entry)
    return entries


def read_registry(curated_dir: Path, parse: Callable[[str], object] = parse_yaml) -> list[Entry]:
    entries = []
    for kind in REGISTRY_KINDS:
        shown = f"{REGISTRY_DIR}/{KINDS[kind].file}"
        doc = read_yaml(Path(curated_dir) / REGISTRY_DIR / KINDS[kind].file, shown, parse=parse)
        if not isinstance(doc.get(KINDS[kind].key), list):
            raise CuratedDataError(shown, None, f"expected a top-level key {KINDS[kind].key!r} holding a list")
        entries += entries_of(doc, (kind,), shown, None)
    return entries


class Folder:
    """One source folder read from disk: its Source, document entry, entities, facts and mentions."""

    def __init__(self, folder: Path, root: Path, parse: Callable[[str], object] = parse_yaml):
        self.shown = f"{root.name}/{folder.name}"
        if not (folder / SOURCE_FILE).is_file():
            raise CuratedDataError(f"{self.shown}/{SOURCE_FILE}", folder.name,
                                   f"the source folder {self.shown} has no {SOURCE_FILE}")
        meta = read_yaml(folder / SOURCE_FILE, f"{self.shown}/{SOURCE_FILE}", parse=parse)
        if meta.get("id") != folder.name:
            raise CuratedDataError(f"{self.shown}/{SOURCE_FILE}", str(meta.get("id")),
                                   f"the id must be the folder's name {folder.name!r}")
        self.id = folder.name
        self.source = Source(self.id, self.shown, self._text(folder, meta), None)
        self.document = self._document(meta)
        self.source.published = self.document.data.get("date")
        shown = f"{self.shown}/{ENTITIES_FILE}"
        self.entities = entries_of(read_yaml(folder / ENTITIES_FILE, shown, required=False, parse=parse),
                                   REGISTRY_KINDS, shown, self.id)
        shown = f"{self.shown}/{FACTS_FILE}"
        facts = read_yaml(folder / FACTS_FILE, shown, parse=parse)
        self.facts = entries_of(facts, FACT_KINDS, shown, self.id, other=("mentions",))
        self.mentions = [self._mention(m, n, shown) for n, m in enumerate(as_list(facts.get("mentions")), 1)]

    def _text(self, folder: Path, meta: dict) -> str:
        name = QUOTES_FILE if meta.get("quotes_only") else str(meta.get("text", TEXT_FILE))
        if Path(name).name != name:
            raise CuratedDataError(f"{self.shown}/{SOURCE_FILE}", folder.name,
                                   f"text {name!r} must be a file name inside the source's folder")
        path = folder / name
        if not path.is_file():
            raise CuratedDataError(f"{self.shown}/{SOURCE_FILE}", folder.name,
                                   f"the source's text {name!r} is missing from {self.shown}")
        raw = path.read_bytes()
        if meta.get("sha256") and hashlib.sha256(raw).hexdigest() != meta["sha256"]:
            raise CuratedDataError(f"{self.shown}/{SOURCE_FILE}", folder.name,
                                   f"sha256 does not match the bytes of {name}")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CuratedDataError(f"{self.shown}/{name}", None, f"not UTF-8: {exc}") from exc

    def _document(self, meta: dict) -> Entry:
        data = {SOURCE_FIELDS.get(k, k): v for k, v in meta.items() if k not in ("text", "quotes_only")}
        data.setdefault("type", "NewsArticle")
        entry = Entry("documents", f"{self.shown}/{SOURCE_FILE}", data, self.id)
        check_fields(entry, 1)
        if "date" in data:
            data["date"] = check_date(entry, data["date"])
        return entry

    def _mention(self, item, position: int, shown: str) -> Entry:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise CuratedDataError(shown, f"mentions #{position}", "a mention is a mapping with the 'id' it names")
        unknown = set(item) - set(MENTION_FIELDS)
        if unknown:
            raise CuratedDataError(shown, item["id"], f"a mention cannot carry {', '.join(sorted(unknown))}; "
                                                      f"allowed: {', '.join(MENTION_FIELDS)}")
        return Entry("", shown, item, self.id)


def read_folders(roots: list[Path], parse: Callable[[str], object] = parse_yaml) -> list[Folder]:
    """Every source folder under the roots; two sources with one id are an error naming both."""
    folders: dict[str, Folder] = {}
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            folder = Folder(path, root, parse)
            if folder.id in folders:
                raise CuratedDataError(f"{folder.shown}/{SOURCE_FILE}", folder.id,
                                       f"two sources with this id: {folders[folder.id].shown} and {folder.shown}")
            folders[folder.id] = folder
    if not folders:
        raise CuratedDataError(str(roots[0]), None, "no source folder (each needs source.yaml, text.txt, facts.yaml)")
    return list(folders.values())


def load(curated_dir: Path, roots: list[Path] | None = None, parsed: Path | None = None) -> Curated:
    """Read the registry and every source folder, resolve, check, and return the merged entries.
    With ``parsed``, a directory where the parsed files are kept (graph.parsed), only the files
    changed since they were kept are parsed."""
    roots = roots if roots is not None else source_roots(curated_dir)
    parse = ParsedYaml(parsed, parse_yaml) if parsed is not None else parse_yaml
    entries: dict[str, Entry] = {}
    for entry in read_registry(curated_dir, parse):
        _add(entries, entry)
        entries[entry.id] = entry
    folders = read_folders(roots, parse)
    if isinstance(parse, ParsedYaml):
        parse.prune()
    resolver, mentions = Resolver(dict(entries)), []
    for entry in (e for folder in folders for e in folder.entities):
        _add(entries, entry, resolver.merged)
        merged = resolver.introduce(entry)
        if merged is not None:
            mentions.append(merged)
        else:
            entries[entry.id] = entry
    for entry in (e for folder in folders for e in [folder.document, *folder.facts]):
        _add(entries, entry, resolver.merged)
        entries[entry.id] = entry
    notes = resolver.notes + across_sources([e for folder in folders for e in folder.facts])
    curated = Curated(entries, {f.id: f.source for f in folders}, notes=tuple(notes))
    for entry in entries.values():
        _rename(entry.data, entry.kind, resolver.merged)
    for mention in mentions + [m for folder in folders for m in folder.mentions]:
        _attach(curated, mention, resolver.merged)
    _free_text(curated)
    _category_ids(curated)
    for entry in entries.values():
        check_entry(entry, curated)
    for mention in (m for ms in curated.mentions.values() for m in ms):
        check_entry(mention, curated, mention=True)
    _check_referenced(curated)
    return curated


def _add(entries: dict[str, Entry], entry: Entry, merged: dict[str, str] | None = None) -> None:
    """Refuse an entry whose id is taken: by a known entry, or as the id of one merged into it.

    A lookup, not a merged copy of ``entries`` per entry: that copy made loading quadratic
    (most of the load at 1000x the seed)."""
    known = entries.get((merged or {}).get(entry.id, entry.id))
    if known is not None:
        raise entry.fail(f"duplicate id (also defined in {known.file})")


def _rename(data: dict, kind: str, merged: dict[str, str]) -> None:
    """Point references to a merged id at the entry it was merged into."""
    for name in KINDS[kind].refs:
        if isinstance(data.get(name), list):
            data[name] = [merged.get(v, v) if isinstance(v, str) else v for v in data[name]]
        elif isinstance(data.get(name), str):
            data[name] = merged.get(data[name], data[name])
    for item in data.get("positions") or ():
        if isinstance(item, dict) and isinstance(item.get("organisation"), str):
            item["organisation"] = merged.get(item["organisation"], item["organisation"])


def _attach(curated: Curated, mention: Entry, merged: dict[str, str]) -> None:
    mention.data["id"] = merged.get(mention.id, mention.id)
    target = curated.entries.get(mention.id)
    if target is None:
        raise mention.fail("mentions an id that is defined nowhere (registry, entities.yaml or facts.yaml)")
    mention.kind = target.kind
    _rename(mention.data, mention.kind, merged)
    curated.mentions.setdefault(mention.id, []).append(mention)


def _free_text(curated: Curated) -> None:
    """A source's publisher or author that is no known id is kept as a name (a literal)."""
    for entry in curated.of_kind("documents"):
        for name, literal in FREE_TEXT.items():
            kinds = KINDS["documents"].refs[name]
            values = as_list(entry.data.get(name))
            known = [v for v in values if getattr(curated.entries.get(v), "kind", None) in kinds]
            if len(known) < len(values):
                entry.data[literal] = [str(v) for v in values if v not in known]
                entry.data[name] = known


def _category_ids(curated: Curated) -> None:
    """A project's category names a category concept by its id or by the ontology class it carries."""
    by_class = {e.data["class"]: e.id for e in curated.of_kind("project_categories")
                if isinstance(e.data.get("class"), str)}
    for entry in curated.of_kind("projects"):
        if entry.data.get("category") in by_class:
            entry.data["category"] = by_class[entry.data["category"]]
        if not isinstance(entry.data.get("category"), str):
            raise entry.fail("missing 'category': the id of a project category (registry/project-categories.yaml)")


def _check_referenced(curated: Curated) -> None:
    """Every registry entity that needs evidence must be named by some source."""
    named: set[object] = set(curated.mentions)  # ids, and whatever a position names (checked elsewhere)
    for entry in curated.entries.values():
        if entry.source is not None:
            for name in KINDS[entry.kind].refs:
                named.update(v for v in as_list(entry.data.get(name)) if isinstance(v, str))
            named.update(p.get("organisation") for p in entry.data.get("positions") or () if isinstance(p, dict))
    for mention in (m for ms in curated.mentions.values() for m in ms):
        named.update(p.get("organisation") for p in mention.data.get("positions") or () if isinstance(p, dict))
    for entry in curated.entries.values():
        if entry.source is None and KINDS[entry.kind].needs_evidence and entry.id not in named:
            raise entry.fail("referenced by no source: name it in a source's facts.yaml (under `mentions`, "
                             "with its evidence) or remove it from the registry")
