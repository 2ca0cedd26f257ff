"""Build the published store: curated YAML + ontology → RDF → inferences → SHACL → Oxigraph.

A new store is built beside the old one under ``{data_dir}/stores/`` and published by
atomically rewriting ``{data_dir}/CURRENT``; a build that fails at any step leaves the
previous store published and intact. Store directories are named by the hash of the
build inputs, so an unchanged input rebuilds nothing and a rebuild gives the same triples.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph import curated as curated_data
from graph.config import BuildConfig
from graph.emit import emit
from graph.errors import GraphValidationError, StoreNotBuilt
from graph.inference import materialise
from graph.namespaces import graph_iri
from graph.store import CURRENT_FILE, MANIFEST_FILE, STORE_SUBDIR, Manifest, current_store_dir, load_graphs
from ontology import ONTOLOGY_FILE, SHAPES_FILE

BUILD_VERSION = "1"
# The modules whose code decides what a build emits: a change to them makes a store stale.
BUILD_CODE = ("build.py", "curated.py", "emit.py", "inference.py", "namespaces.py")
KEEP_STORES = 2


@dataclass(frozen=True)
class BuildReport:
    """What a build produced and how long it took."""

    store_dir: Path
    triples: int
    seconds: float
    rebuilt: bool


def input_hash(config: BuildConfig) -> str:
    """Hash of everything a build reads: ontology, shapes, curated files, sources, base IRI, build code."""
    digest = hashlib.sha256(f"{BUILD_VERSION}\0{config.base_iri}\0".encode())
    code = [Path(__file__).with_name(name) for name in BUILD_CODE]
    files = [ONTOLOGY_FILE, SHAPES_FILE, *code, *sorted(Path(config.curated_dir).rglob("*"))]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def assemble_from_graph(data: Graph, base_iri: str, with_ontology: bool = True,
                        provenance: Graph | None = None) -> dict[str, Graph]:
    """The dataset's named graphs for a data graph: data, ontology, inferred, provenance."""
    ontology = ontology_graph() if with_ontology else Graph()
    graphs = {
        graph_iri(base_iri, "data"): data,
        graph_iri(base_iri, "ontology"): ontology,
        graph_iri(base_iri, "inferred"): materialise(data, ontology),
    }
    if provenance is not None:
        graphs[graph_iri(base_iri, "provenance")] = provenance
    return graphs


def assemble(config: BuildConfig) -> dict[str, Graph]:
    """Read, check, emit, infer and validate; raise CuratedDataError or GraphValidationError."""
    checked = curated_data.load(Path(config.curated_dir))
    data, provenance = emit(checked, config.base_iri)
    graphs = assemble_from_graph(data, config.base_iri, provenance=provenance)
    validate(data + graphs[graph_iri(config.base_iri, "inferred")], graphs[graph_iri(config.base_iri, "ontology")])
    return graphs


def validate(data: Graph, ontology: Graph) -> None:
    """SHACL-validate the data (with entailments); raise GraphValidationError if it does not conform."""
    import pyshacl  # imported here: it is only needed at build time

    shapes = Graph().parse(SHAPES_FILE, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                         inference="none", advanced=True, allow_warnings=True)
    if not conforms:
        raise GraphValidationError(text)


def build(config: BuildConfig, force: bool = False) -> BuildReport:
    """Build and publish the store for ``config``; reuse an existing identical build unless forced."""
    started = time.perf_counter()
    data_dir = Path(config.data_dir)
    content_hash = input_hash(config)
    target = data_dir / "stores" / content_hash[:16]
    if force or not (target / MANIFEST_FILE).is_file():
        graphs = assemble(config)
        _write_store(target, graphs, Manifest(config.base_iri, content_hash, 0, ""))
        rebuilt = True
    else:
        rebuilt = False
    _publish(data_dir, target)
    _prune(data_dir, keep=target)
    manifest = Manifest.read(target)
    return BuildReport(target, manifest.triples, time.perf_counter() - started, rebuilt)


def _write_store(target: Path, graphs: dict[str, Graph], manifest: Manifest) -> None:
    """Write the store into a temporary directory, then rename it into place."""
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        store = ox.Store(str(tmp / STORE_SUBDIR))
        load_graphs(store, graphs)
        triples = len(store)
        store.flush()
        del store
        built_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        full = Manifest(manifest.base_iri, manifest.content_hash, triples, built_at)
        _atomic_write(tmp / MANIFEST_FILE, json.dumps(asdict(full), indent=2))
        shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _publish(data_dir: Path, target: Path) -> None:
    _atomic_write(data_dir / CURRENT_FILE, str(target.relative_to(data_dir)) + "\n")


def _prune(data_dir: Path, keep: Path) -> None:
    """Remove all but the newest KEEP_STORES complete stores (never the published one)."""
    stores = sorted((p for p in (data_dir / "stores").iterdir() if (p / MANIFEST_FILE).is_file()),
                    key=lambda p: (p / MANIFEST_FILE).stat().st_mtime, reverse=True)
    for old in stores[KEEP_STORES:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def is_stale(config: BuildConfig) -> bool:
    """True when no store is published or the published one was built from other inputs."""
    try:
        store_dir = current_store_dir(Path(config.data_dir))
    except StoreNotBuilt:
        return True
    return Manifest.read(store_dir).content_hash != input_hash(config)


def ensure_built(config: BuildConfig) -> Path:
    """Build if the published store is missing or stale; return the published store's directory."""
    if is_stale(config):
        build(config)
    return current_store_dir(Path(config.data_dir))
