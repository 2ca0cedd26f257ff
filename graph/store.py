"""Read access to the built knowledge graph through one store interface, and its builds on disk.

``Store`` is the interface every backend implements (graph.embedded: Oxigraph in this process,
the default; graph.remote: a SPARQL 1.1 Protocol server). ``KnowledgeGraph`` is the library's
view of one built dataset over a Store. SPARQL is never evaluated by rdflib: on a 60k-triple
graph a GROUP BY took 30 s on rdflib's memory store and 30 ms on Oxigraph. The default graph
of every query is the union of the dataset's named graphs. The rest of the module finds,
opens and verifies the embedded builds of a data directory.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
import rdflib

from graph import lease
from graph.embedded import EmbeddedStore
from graph.errors import StoreCorrupt, StoreNotBuilt
from graph.namespaces import DEFAULT_BASE_IRI, graph_iri
from graph.terms import Term, Triple, as_term, to_python
from graph.triples import Spool, nt_rows

CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
STORE_SUBDIR = "oxigraph"  # inside a build directory, beside its manifest
# RocksDB's own lock and info log are not part of the data (a read-only open leaves the rest untouched).
UNCHECKED_FILES = ("LOCK", "LOG")
VERIFIED_FILE = "verified.json"  # beside the manifest: the files' sizes and mtimes when last checked in full

@dataclass(frozen=True)
class Manifest:
    """What a built store holds; written by the build beside the store.

    ``files`` maps each file of the Oxigraph directory to its SHA-256, so that a damaged file
    is found before any query reads it (empty in manifests written before it existed).
    """

    base_iri: str
    content_hash: str
    triples: int
    built_at: str
    files: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store_dir: Path) -> Manifest:
        """The manifest of a build; StoreNotBuilt if there is none, StoreCorrupt if it is unreadable."""
        path = Path(store_dir) / MANIFEST_FILE
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError as exc:
            raise StoreNotBuilt(f"{store_dir} holds no complete build") from exc
        except (ValueError, TypeError, UnicodeDecodeError, OSError) as exc:
            raise StoreCorrupt(f"{path} is unreadable: {exc}") from exc


class Store(Protocol):
    """What the library needs from a SPARQL store; one backend per engine (graph.embedded,
    graph.remote). Queries may use the project's prefixes (graph.namespaces.PREFIXES) without
    declaring them; their default graph is the union of the named graphs. Results are plain
    values (graph.terms) or serialised bytes; a malformed query raises QueryError.
    """

    def select(self, sparql: str) -> list[dict[str, Term | None]]:
        """Rows of a SELECT query, each variable bound to a Term or None."""

    def iter_select(self, sparql: str) -> Iterator[dict[str, Term | None]]:
        """The rows of ``select``, in its order, one at a time (a store that can: never all held at once)."""

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query."""

    def construct(self, sparql: str) -> list[Triple]:
        """The triples of a CONSTRUCT (or DESCRIBE) query."""

    def describe(self, resource: str) -> list[Triple]:
        """The store's own description of one IRI (SPARQL DESCRIBE)."""

    def quads(self, fmt: str = "nquads") -> bytes:
        """The whole dataset, named graphs kept, in a dataset format ('nquads' or 'trig')."""

    def count(self) -> int:
        """How many quads the dataset holds."""

    def close(self) -> None:
        """Release what the backend holds (connections); the store itself is left as it is."""


@runtime_checkable
class PlainRows(Protocol):
    """A store that gives a SELECT's rows as plain values (graph.terms.to_python) without making
    Terms first (graph.embedded)."""

    def iter_values(self, sparql: str) -> Iterator[dict[str, object]]:
        """The rows of ``Store.iter_select``, in its order, each term as its plain value."""


class KnowledgeGraph:
    """A read-only view of one built dataset, over any Store.

    ``select`` returns rows as dicts of plain Python values, ``rows`` the same rows as Terms
    (with language and datatype), ``construct`` triples of Terms. Each takes ``bindings``
    that replace the ``?name`` tokens of the project's own queries (see ``bind``).

    ``path`` is the embedded build's directory (None for any other store). ``home`` is the local
    directory where what is made from this graph is kept for the next start (the search index):
    the build's directory for an embedded build, the data directory for a remote store, None for
    a graph held nowhere (in memory).
    """

    def __init__(self, store: Store, base_iri: str, content_hash: str, path: Path | None = None,
                 home: Path | None = None):
        self.store = store
        self.base_iri = base_iri
        self.content_hash = content_hash
        self.path = path
        self.home = home if home is not None else path

    def close(self) -> None:
        """Give back this process's lease on the build and the backend's connections."""
        self.store.close()
        if self.path is not None:
            lease.release(self.path)
            self.path = None

    @classmethod
    def from_turtle(cls, turtle: str, base_iri: str = DEFAULT_BASE_IRI, ontology: bool | str = True) -> KnowledgeGraph:
        """An in-memory graph from Turtle, with an ontology (the project's, none, or the Turtle given)
        and its entailments (graph.inference) (for tests)."""
        from graph.build import assemble_from_graph
        from graph.inference import infer

        data = rdflib.Graph().parse(data=turtle, format="turtle")
        axioms = rdflib.Graph().parse(data=ontology, format="turtle") if isinstance(ontology, str) else ontology
        store = ox.Store()
        load_graphs(store, assemble_from_graph(set(data), base_iri, with_ontology=axioms))
        infer(store, base_iri)
        return cls(EmbeddedStore(store), base_iri, content_hash="inline")

    def rows(self, sparql: str, **bindings) -> list[dict[str, Term | None]]:
        """Rows of a SELECT query as dicts of Terms."""
        return self.store.select(bind(sparql, bindings))

    def select(self, sparql: str, **bindings) -> list[dict]:
        """Rows of a SELECT query as dicts of plain values (graph.terms.to_python)."""
        return list(self.stream(sparql, **bindings))

    def stream(self, sparql: str, **bindings) -> Iterator[dict]:
        """The rows of ``select``, in its order, one at a time: a loop over a large result (every typed
        node, at build time) then never holds all its rows, in Terms and in plain values, at once. A
        store that gives plain values itself (``PlainRows``) is asked for them."""
        if isinstance(self.store, PlainRows):
            return self.store.iter_values(bind(sparql, bindings))
        return ({name: to_python(term) for name, term in row.items()}
                for row in self.store.iter_select(bind(sparql, bindings)))

    def stream_rows(self, sparql: str, **bindings) -> Iterator[dict[str, Term | None]]:
        """The rows of ``rows``, in its order, one at a time (as ``stream``)."""
        return self.store.iter_select(bind(sparql, bindings))

    def ask(self, sparql: str, **bindings) -> bool:
        return self.store.ask(bind(sparql, bindings))

    def construct(self, sparql: str, **bindings) -> list[Triple]:
        """Triples of a CONSTRUCT or DESCRIBE query, in the order the store gives them."""
        return self.store.construct(bind(sparql, bindings))

    def quads(self, fmt: str = "nquads") -> bytes:
        return self.store.quads(fmt)

    def triple_count(self) -> int:
        return self.store.count()

    def graph_iri(self, name: str) -> str:
        return graph_iri(self.base_iri, name)


# What a build calls once its graph is complete, with an opener of that graph (whose ``home`` says
# where what is made from it is kept), e.g. search.prebuild.prepare.
Prepare = Callable[[Callable[[], KnowledgeGraph]], object]


def bind(sparql: str, bindings: dict) -> str:
    """The query with each ``?name``/``$name`` of ``bindings`` replaced by the value's RDF term
    (graph.terms.as_term: a Term, an http(s)/urn IRI, or any other value as a string literal)."""
    for name, value in bindings.items():
        sparql = _substitute(sparql, name, as_term(value).n3())
    return sparql


def _substitute(sparql: str, name: str, term: str) -> str:
    # a function as the replacement: the term's backslashes are not re.sub escapes
    return re.sub(rf"[?$]{re.escape(name)}\b", lambda _: term, sparql)


def load_graphs(store: ox.Store, graphs: Mapping[str, Iterable[tuple] | Spool]) -> None:
    """Bulk-load graphs (rdflib Graphs, other collections of triples of rdflib terms, or
    graph.triples.Spool) into the store, each into the named graph its key names.

    All graphs go to the loader as one N-Quads stream, written a few thousand rows at a time
    (rdflib's own N-Triples row writer plus the graph name), never as one serialisation of the
    whole graph: at 100x the seed that blob alone was hundreds of MB. One bulk_load call pays
    RocksDB's fixed cost once (one call per graph doubled the load time at 1x). In one document
    a blank node label is one node in every graph, as one rdflib BNode is.
    """
    # The loader reads ~2 KB at a time: a C buffer in front keeps those reads out of Python.
    rows = io.BufferedReader(NQuadsReader(graphs), buffer_size=1 << 20)
    store.bulk_load(rows, format=ox.RdfFormat.N_QUADS)


def nquad_rows(graphs: Mapping[str, Iterable[tuple] | Spool]) -> Iterator[str]:
    """The N-Quads rows of the graphs, each triple's row in the named graph its key names."""
    return (row[:-3] + tail for name, g in graphs.items()
            for tail in [f" <{name}> .\n"] for row in nt_rows(g))  # each row ends " .\n"


class NQuadsReader(io.RawIOBase):
    """A binary stream of the graphs' N-Quads, produced a few thousand rows at a time as it is read."""

    ROWS = 4096  # rows encoded per refill: big enough to amortise the call, small enough to stay flat

    def __init__(self, graphs: Mapping[str, Iterable[tuple] | Spool]):
        self._rows = nquad_rows(graphs)
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        if not self._buffer:
            self._buffer = memoryview("".join(itertools.islice(self._rows, self.ROWS)).encode("utf-8"))
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


class StoredGraph:
    """One named graph of a pyoxigraph store, read as N-Triples rows (a graph.triples.Rows)."""

    def __init__(self, store: ox.Store, name: str):
        self.store, self.name = store, name

    def rows(self) -> Iterator[str]:
        """Each triple of the graph as an N-Triples row (pyoxigraph writes the terms)."""
        for quad in self.store.quads_for_pattern(None, None, None, ox.NamedNode(self.name)):
            yield f"{quad.subject} {quad.predicate} {quad.object} .\n"


def published_dir(data_dir: Path) -> Path | None:
    """The build directory ``CURRENT`` names, complete or not; None when nothing is published."""
    pointer = Path(data_dir) / CURRENT_FILE
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreCorrupt(f"{pointer} is unreadable: {exc}") from exc
    if not name:
        raise StoreCorrupt(f"{pointer} is empty")
    return Path(data_dir) / name


def current_store_dir(data_dir: Path) -> Path:
    """The directory of the store the data directory currently publishes."""
    store_dir = published_dir(Path(data_dir))
    if store_dir is None:
        raise StoreNotBuilt(f"no built graph in {data_dir}: run 'chanjiao build' first")
    if not (store_dir / MANIFEST_FILE).is_file():
        raise StoreNotBuilt(f"{Path(data_dir) / CURRENT_FILE} names {store_dir.name}, which holds no complete build")
    return store_dir


def open_store(config) -> KnowledgeGraph:
    """The published graph of a graph.config.BuildConfig: in the remote store it names
    (``config.store``, graph.remote_build), else the embedded build of its data directory."""
    if config.store:
        from graph.remote_build import open_remote

        return open_remote(config)
    return open_graph(config.data_dir)


def open_graph(data_dir: Path | str) -> KnowledgeGraph:
    """Open the published store of ``data_dir`` read-only."""
    return open_build(current_store_dir(Path(data_dir)))


def open_build(store_dir: Path) -> KnowledgeGraph:
    """Open one build directory read-only, whether or not it is the published one.

    The process holds a lease on the build until ``close`` (or exit), so no build prunes it.
    Raises StoreNotBuilt (no complete build there) or StoreCorrupt (it cannot be read).
    """
    store_dir = Path(store_dir)
    lease.acquire(store_dir)
    try:
        manifest = Manifest.read(store_dir)
        store = _open_read_only(store_dir)
    except BaseException:
        lease.release(store_dir)
        raise
    return KnowledgeGraph(EmbeddedStore(store), manifest.base_iri, manifest.content_hash, path=store_dir)


def _open_read_only(store_dir: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(store_dir / STORE_SUBDIR))
    except (OSError, RuntimeError) as exc:  # RocksDB reports damage as RuntimeError("Corruption: ...")
        raise StoreCorrupt(f"the store in {store_dir} cannot be opened: {exc}") from exc


def store_digests(store_dir: Path) -> dict[str, str]:
    """SHA-256 of each data file of a build's Oxigraph directory."""
    root = Path(store_dir) / STORE_SUBDIR
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())
            if p.is_file() and not p.name.startswith(UNCHECKED_FILES)}


def file_signature(store_dir: Path) -> dict[str, tuple[int, int]]:
    """Size and mtime of each data file: a cheap check that nothing was rewritten since."""
    signature = {}
    try:
        for path in (Path(store_dir) / STORE_SUBDIR).iterdir():
            if not path.name.startswith(UNCHECKED_FILES):
                stat = path.stat()
                signature[path.name] = (stat.st_size, stat.st_mtime_ns)
    except FileNotFoundError:
        pass
    return signature


def verify_build(store_dir: Path) -> Manifest:
    """Check a build against its manifest: file digests, that it opens, and its quad count.

    Returns the manifest; raises StoreNotBuilt (incomplete) or StoreCorrupt (damaged). Only a check:
    it writes nothing. A caller that goes on to trust the build records the pass (``record_verified``).
    """
    store_dir = Path(store_dir)
    manifest = Manifest.read(store_dir)
    try:
        found = store_digests(store_dir)
    except OSError as exc:
        raise StoreCorrupt(f"the store in {store_dir} cannot be read: {exc}") from exc
    for name, digest in manifest.files.items():
        if found.get(name) != digest:
            state = "missing" if name not in found else "damaged"
            raise StoreCorrupt(f"{store_dir / STORE_SUBDIR / name} is {state}")
    store = _open_read_only(store_dir)
    try:
        quads = len(store)
    except (OSError, RuntimeError) as exc:
        raise StoreCorrupt(f"the store in {store_dir} cannot be read: {exc}") from exc
    if quads != manifest.triples:
        raise StoreCorrupt(f"the store in {store_dir} holds {quads} quads, its manifest says {manifest.triples}")
    return manifest


def record_verified(store_dir: Path, manifest: Manifest, signature: dict[str, tuple[int, int]]) -> None:
    """Record (``VERIFIED_FILE``) that ``verify_build`` passed on ``store_dir`` and returned ``manifest``;
    ``signature`` is its files' ``file_signature`` taken before the check read them, so that a file
    rewritten meanwhile is checked again next time. A build directory that cannot be written is not
    recorded: every start checks it in full."""
    from graph.publish import atomic_write  # graph.publish imports this module

    try:
        atomic_write(Path(store_dir) / VERIFIED_FILE, json.dumps(_record(manifest, signature), sort_keys=True).encode())
    except OSError:
        pass


def verified_before(store_dir: Path) -> Manifest | None:
    """The manifest of a build whose ``verify_build`` pass was recorded (``record_verified``) and whose
    manifest and files (their sizes and mtimes) have not changed since; None otherwise (or for a build it
    cannot read). A restart's check: hashing the 4.8 GB of a 1000x store and counting its quads took
    20-100 s. It is the check the server's watcher makes between two full ones (web.services)."""
    try:
        manifest = Manifest.read(store_dir)
    except (StoreNotBuilt, StoreCorrupt):
        return None
    return manifest if _verified_record(Path(store_dir)) == _record(manifest, file_signature(store_dir)) else None


def _record(manifest: Manifest, signature: dict[str, tuple[int, int]]) -> dict:
    """What ``VERIFIED_FILE`` holds: the manifest checked and the sizes and mtimes of its store's files."""
    return {"manifest": asdict(manifest), "files": {name: list(sig) for name, sig in signature.items()}}


def _verified_record(store_dir: Path) -> dict | None:
    try:
        found = json.loads((store_dir / VERIFIED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None
