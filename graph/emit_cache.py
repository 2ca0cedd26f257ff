"""Emitted rows kept between builds, per source: a build emits again only the entries whose inputs changed.

What an entry emits (graph.emit.Emitter.entry: its data and provenance rows, its counts, the
activities its derived statements name) is decided by its own data and by what the emitter
looks up beyond it, which the emitter records as it goes (Emitter.read; READS here): the kind
of each entry it links to, the names by which a quote may name each IRI it links to (its labels
and aliases, and those the sources mentioning it give), the mentions other sources make of it,
a project category's class, and the text and date of each source it quotes. An entry's key is a
digest of the values of everything it read, as they were when it was emitted, under SALT (this
cache's format, the base IRI, rdflib's version and the emitting code). A later build digests the
same reads on its own inputs: the same key, and the entry's rows are reused (emitting is
deterministic, so the same reads give the same rows and no other reads); another key, and the
entry is emitted again and its reads recorded anew. A change elsewhere that reaches an entry's
rows (a renamed participant, a source's new mention of a registry entity) therefore re-emits
that entry, and no other.

The cache is a directory of units: one source's entries (its document, facts and unmerged
entities) or one of SHARDS shards of the registry. A unit is the N-Quads rows of each graph
(``NAME-GEN.data.nq``, ``NAME-GEN.provenance.nq``), each row's digest and offset (``NAME-GEN.npz``:
a build copies the files into its rows and takes their digests as they are, graph.row_index) and
an index (``NAME.json``) holding GEN, the files' sizes and, per entry, its key, reads, byte spans,
counts and activities. A unit whose
entries all kept their keys is left as it is; a changed one is written anew under a new GEN (its
unchanged entries' rows copied), its index replaced last, so a build killed midway leaves every
index naming complete files. Files no index names are removed at the end of each build.
Two builds must not write one data directory at once (the second would remove the first's files).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from rdflib import URIRef
import numpy as np

from graph.curated import Curated, Entry
from graph.emit import Emitter
from graph.namespaces import graph_iri
from graph.row_index import text_digests
from graph.triples import Collected

log = logging.getLogger(__name__)

CACHE_DIR = "emitted"  # under the data directory
FORMAT = "1"
SHARDS = 64  # registry units: a changed registry entity rewrites a 64th of the registry's rows
GRAPHS = ("data", "provenance")  # the graphs of an entry's rows, one file each per unit
# The modules whose code decides what an entry emits: part of every key.
CODE = ("emit.py", "emit_tables.py", "emit_cache.py", "statements.py", "namespaces.py", "triples.py", "curated.py", "han.py")


def _entry(curated: Curated, names: dict, key: str) -> object:
    entry = curated.entries.get(key)
    return entry and (entry.kind, entry.source, entry.data)


def _source(curated: Curated, names: dict, key: str) -> object:
    source = curated.sources.get(key)
    return source and (source.id, hashlib.sha256(source.text.encode()).hexdigest(), source.published)


# What an emission reads beyond its entry (Emitter.read's ``what``) -> its value in the curated data.
READS: dict[str, Callable[[Curated, dict, str], object]] = {
    "entry": _entry,
    "kind": lambda curated, names, key: getattr(curated.entries.get(key), "kind", None),
    "names": lambda curated, names, key: sorted(names.get(URIRef(key), ())),
    "mentions": lambda curated, names, key: [(m.kind, m.source, m.data) for m in curated.mentions.get(key, ())],
    "class": lambda curated, names, key: getattr(curated.entries.get(key), "data", {}).get("class"),
    "source": _source,
}


def salt(base: str) -> bytes:
    """What every key is made under: this cache's format, the base IRI, rdflib and the emitting code."""
    digest = hashlib.sha256(f"{FORMAT}\0{base}\0{rdflib.__version__}\0".encode())
    for name in CODE:
        digest.update(Path(__file__).with_name(name).read_bytes() + b"\0")
    return digest.digest()


class Inputs:
    """The key of a set of reads on this build's curated data (each value digested once)."""

    def __init__(self, curated: Curated, names: dict, base: str):
        self.curated, self.names, self.salt = curated, names, salt(base)
        self._values: dict[tuple[str, str], bytes] = {}

    def key(self, reads: Iterable[tuple[str, str]]) -> str:
        """The digest of the values of ``reads`` (sorted pairs (what, key)) under the salt."""
        digest = hashlib.blake2b(self.salt, digest_size=16)
        for read in reads:
            value = self._values.get(read)
            if value is None:
                what, key = read
                text = repr(READS[what](self.curated, self.names, key)).encode()
                value = self._values[read] = hashlib.blake2b(text, digest_size=16).digest()
            digest.update(f"{read[0]}\0{read[1]}\0".encode() + value)
        return digest.hexdigest()


@dataclass
class Cached:
    """One entry's rows (a byte span of each of its unit's GRAPHS files) and what made them."""

    key: str
    reads: list[tuple[str, str]]
    spans: list[list[int]]
    counts: list[int]  # cited, uncited, derived (graph.emit.Emitter)
    activities: list[str]

    def fresh(self, inputs: Inputs) -> bool:
        return inputs.key(self.reads) == self.key


class QuadFiles:
    """One graph's rows: the cache's N-Quads files, with their rows' digests (a graph.row_index.Indexed),
    then a few rows more; read as N-Triples too (a graph.triples.Rows)."""

    def __init__(self, graph: str, base: str):
        self.graph, self.tail = graph, f" <{graph_iri(base, graph)}> .\n"
        self.pairs: list[tuple[Path, Path]] = []  # (rows, digests)
        self.extra: list[str] = []  # N-Triples

    def parts(self) -> Iterator[tuple[Path, np.ndarray, np.ndarray]]:
        for rows, digests in self.pairs:
            with np.load(digests) as saved:
                yield rows, saved[f"{self.graph}_digests"], saved[f"{self.graph}_starts"]

    def rest(self) -> Iterator[str]:
        return (row[:-3] + self.tail for row in self.extra)

    def files(self) -> list[Path]:
        return [rows for rows, _ in self.pairs]

    def rows(self) -> Iterator[str]:
        for path, _ in self.pairs:
            with open(path, encoding="utf-8", newline="\n") as rows:  # rows split on "\n" only
                yield from (row[:-len(self.tail)] + " .\n" for row in rows)
        yield from self.extra


@dataclass
class Emission:
    """The emitted graphs (rows in the cache's files), their counts, and which entries were emitted."""

    data: QuadFiles
    provenance: QuadFiles
    cited: int = 0
    uncited: int = 0
    derived: int = 0
    emitted: list[str] = field(default_factory=list)  # ids of the entries emitted (not reused)
    reused: int = 0


def unit_of(entry: Entry) -> str:
    """The unit whose files hold an entry's rows: its source's, or a shard of the registry."""
    if entry.source is not None:
        return f"source {entry.source}"
    return f"registry {zlib.crc32(entry.id.encode()) % SHARDS}"


def emit_cached(curated: Curated, base: str, directory: Path, reuse: bool = True,
                unit_done: Callable[[list[Path]], object] | None = None) -> Emission:
    """The graphs of ``curated`` (as graph.emit.emit makes them), reusing the rows in ``directory``
    of every entry whose reads kept their values (none unless ``reuse``) and keeping the rows there;
    each unit's files, once complete, given to ``unit_done`` (a load may begin on them: graph.streaming)."""
    emitter = Emitter(curated, base)
    inputs = Inputs(curated, emitter.names, base)
    directory.mkdir(parents=True, exist_ok=True)
    units: dict[str, list[Entry]] = {}
    for entry in curated.entries.values():
        units.setdefault(unit_of(entry), []).append(entry)
    out, activities, kept = Emission(QuadFiles(GRAPHS[0], base), QuadFiles(GRAPHS[1], base)), set[str](), set[str]()
    tails = [graph.tail for graph in (out.data, out.provenance)]
    for unit in sorted(units):
        files = Unit(directory, unit)
        entries = files.update(units[unit], _Emitting(emitter, inputs, tails, out.emitted), reuse)
        for cached in entries.values():
            out.cited, out.uncited, out.derived = (a + b for a, b in zip((out.cited, out.uncited, out.derived),
                                                                        cached.counts, strict=True))
            activities.update(cached.activities)
        kept.update(path.name for path in (files.index, files.digests(), *files.paths()))
        for graph, path in zip((out.data, out.provenance), files.paths(), strict=True):
            graph.pairs.append((path, files.digests()))
        if unit_done is not None:
            unit_done(files.paths())
    out.reused = len(curated.entries) - len(out.emitted)
    log.info("emitted %d entries, reused the rows of %d", len(out.emitted), out.reused)
    emitter.provenance, emitter.activities = Collected(), activities
    emitter.activity_rows()
    out.provenance.extra = list(emitter.provenance.rows())
    for path in directory.iterdir():
        if path.name not in kept and path.suffix in (".json", ".nq", ".npz", ".part"):
            path.unlink()
    return out


@dataclass(frozen=True)
class _Emitting:
    """What emitting an entry anew takes: the emitter, the keys, each graph's N-Quads row ending, and
    the list of the ids emitted."""

    emitter: Emitter
    inputs: Inputs
    tails: list[str]
    emitted: list[str]


def _emit(emitting: _Emitting, entry: Entry) -> tuple[list[tuple[str, str]], list[bytes], list[int], list[str]]:
    """Emit one entry alone: (its reads, its N-Quads rows of each of GRAPHS, its counts, its activities)."""
    emitter = emitting.emitter
    emitting.emitted.append(entry.id)
    emitter.data, emitter.provenance, emitter.quotes = Collected(), Collected(), {}
    emitter.reads, emitter.activities = {("entry", entry.id)}, set()
    before = (emitter.cited, emitter.uncited, emitter.derived)
    emitter.entry(entry)
    counts = [after - was for after, was in zip((emitter.cited, emitter.uncited, emitter.derived), before, strict=True)]
    reads = sorted((what, str(key)) for what, key in emitter.reads)
    emitter.reads = None
    rows = ["".join(row[:-3] + tail for row in graph.rows()).encode("utf-8")
            for graph, tail in zip((emitter.data, emitter.provenance), emitting.tails, strict=True)]
    return reads, rows, counts, sorted(emitter.activities)


class Unit:
    """One unit's files in the cache directory (see the module)."""

    def __init__(self, directory: Path, name: str):
        self.directory, self.name = directory, name
        self.index = directory / f"{hashlib.blake2b(name.encode(), digest_size=8).hexdigest()}.json"
        self.gen = ""

    def paths(self, gen: str | None = None) -> list[Path]:
        stem = self.index.stem + "-" + (self.gen if gen is None else gen)
        return [self.directory / f"{stem}.{graph}.nq" for graph in GRAPHS]

    def digests(self, gen: str | None = None) -> Path:
        """The file of each row's digest and start offset (graph.row_index), per graph."""
        return self.paths(gen)[0].with_suffix("").with_suffix(".npz")

    def read(self, salt: bytes) -> dict[str, Cached]:
        """The cached entries of this unit (none when its index is missing, damaged or of another salt)."""
        try:
            saved = json.loads(self.index.read_text(encoding="utf-8"))
            if saved["salt"] != salt.hex() or saved["unit"] != self.name:
                return {}
            sizes = [path.stat().st_size for path in self.paths(saved["gen"])]
            if sizes != saved["sizes"] or not self.digests(saved["gen"]).is_file():
                return {}
            self.gen = saved["gen"]
            return {entry_id: Cached(key, [(w, k) for w, k in reads], spans, counts, activities)
                    for entry_id, (key, reads, spans, counts, activities) in saved["entries"].items()}
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def update(self, entries: list[Entry], emitting: _Emitting, reuse: bool) -> dict[str, Cached]:
        """This unit's entries, cached: reused where fresh, else emitted (``emitting``)."""
        inputs = emitting.inputs
        old = self.read(inputs.salt) if reuse else {}
        fresh = {e.id: old[e.id] for e in entries if e.id in old and old[e.id].fresh(inputs)}
        if list(fresh) == list(old) == [e.id for e in entries]:
            return fresh  # unchanged: its files stay
        old_gen, self.gen = self.gen, os.urandom(8).hex()
        new: dict[str, Cached] = {}
        written: list[list[bytes]] = [[] for _ in GRAPHS]
        with contextlib.ExitStack() as files:
            sources = [files.enter_context(open(path, "rb")) for path in self.paths(old_gen)] if fresh else [None, None]
            targets = [files.enter_context(open(path, "wb")) for path in self.paths()]
            for entry in entries:
                cached = fresh.get(entry.id)
                if cached is not None:
                    rows = [_span(source, span) for source, span in zip(sources, cached.spans, strict=True)]
                else:
                    reads, rows, counts, activities = _emit(emitting, entry)
                    cached = Cached(inputs.key(reads), reads, [], counts, activities)
                cached.spans = [[target.tell(), target.tell() + len(text)] for target, text in zip(targets, rows, strict=True)]
                for target, text, chunks in zip(targets, rows, written, strict=True):
                    target.write(text)
                    chunks.append(text)
                new[entry.id] = cached
            sizes = [target.tell() for target in targets]
        self._save_digests([b"".join(chunks) for chunks in written])
        self._save(new, sizes, inputs.salt)
        return new

    def _save_digests(self, texts: list[bytes]) -> None:
        arrays: dict[str, Any] = {}
        for graph, text in zip(GRAPHS, texts, strict=True):
            arrays[f"{graph}_digests"], arrays[f"{graph}_starts"] = text_digests(text)
        with open(self.digests(), "wb") as out:
            np.savez(out, **arrays)

    def _save(self, entries: dict[str, Cached], sizes: list[int], salt: bytes) -> None:
        saved = {"salt": salt.hex(), "unit": self.name, "gen": self.gen, "sizes": sizes,
                 "entries": {entry_id: [c.key, c.reads, c.spans, c.counts, c.activities] for entry_id, c in entries.items()}}
        partial = self.index.with_suffix(".part")
        partial.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self.index)


def _span(source, span: list[int]) -> bytes:
    source.seek(span[0])
    return source.read(span[1] - span[0])
