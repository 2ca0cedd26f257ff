"""Read access to the built knowledge graph through one store interface, and its builds on disk.

``Store`` is the interface every backend implements (graph.embedded: Oxigraph in this process,
the default; graph.remote: a SPARQL 1.1 Protocol server). ``KnowledgeGraph`` is the library's
view of one built dataset over a Store. SPARQL is never evaluated by rdflib: on a 60k-triple
graph a GROUP BY took 30 s on rdflib's memory store and 30 ms on Oxigraph. The default graph
of every query is the union of the dataset's named graphs. The rest of the module finds and
opens the embedded builds of a data directory (graph.verify checks them; graph.store_load loads
rows into a store).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import pyoxigraph as ox
import rdflib

from graph import lease
from graph.embedded import EmbeddedStore
from graph.errors import StoreCorrupt, StoreNotBuilt
from graph.namespaces import DEFAULT_BASE_IRI, graph_iri
from graph.store_load import load_graphs
from graph.terms import Term, Triple, as_term, to_python

CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
STORE_SUBDIR = "oxigraph"  # inside a build directory, beside its manifest

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
        from graph.assembly import assemble_from_graph
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
        """The quads the graph holds: a build's as its manifest says (the build counted its immutable store once;
        counting again reads every quad, 2.2 s of CPU at 1000x), any other store's counted by it."""
        return Manifest.read(Path(self.path)).triples if self.path is not None else self.store.count()

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
        store = open_read_only(store_dir)
    except BaseException:
        lease.release(store_dir)
        raise
    return KnowledgeGraph(EmbeddedStore(store), manifest.base_iri, manifest.content_hash, path=store_dir)


def open_read_only(store_dir: Path) -> ox.Store:
    """The Oxigraph store of a build directory, read-only; StoreCorrupt if it cannot be opened."""
    try:
        return ox.Store.read_only(str(store_dir / STORE_SUBDIR))
    except (OSError, RuntimeError) as exc:  # RocksDB reports damage as RuntimeError("Corruption: ...")
        raise StoreCorrupt(f"the store in {store_dir} cannot be opened: {exc}") from exc
