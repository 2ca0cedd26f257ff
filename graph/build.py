"""Build the published store: curated YAML + ontology → RDF → Oxigraph → inferences → SHACL.

The entailments are SPARQL queries on a scratch store of the graphs the rules read (graph.inference,
graph.incremental), and SHACL runs as SPARQL on it too (graph.validation), before the build is
completed.

A new store is built beside the old one under ``{data_dir}/stores/`` and published by
atomically rewriting ``{data_dir}/CURRENT`` (graph.publish); a build that fails or is killed
at any step leaves a complete store published. Store directories are named by the hash of
the build inputs, so an unchanged input rebuilds nothing and a rebuild gives the same
triples. The curated data is the source of truth: a damaged published store is rebuilt
(graph.published). The graphs loaded are graph.assembly's.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph import allocator, apart, heap, incremental, sources
from graph.assembly import Assembly, assemble, input_roots, validated_graphs
from graph.config import BuildConfig
from graph.emit_cache import CACHE_DIR, CODE as EMIT_CODE
from graph.errors import StoreCorrupt, StoreNotBuilt, StoreWriteError
from graph.handover import Early, Handover
from graph.kept_beside import kept_beside
from graph.inference import infer
from graph.parsed import PARSED_DIR
from graph.publish import STORES_DIR, build_tmp, prune, publish
from graph.store import MANIFEST_FILE, Manifest, Prepare, open_build, published_dir
from graph.streaming import StatedLoad
from graph.timing import Stage, Stopwatch
from graph.validation import validate
from graph.verify import verify_build
from ontology import ONTOLOGY_FILE, SHAPES_FILE

log = logging.getLogger(__name__)

BUILD_VERSION = "2"
BUILD_LOCK = "build.lock"  # in the data directory: one build at a time (_one_build)
# The modules whose code decides what a build emits: a change to them makes a store stale (what decides an entry's rows,
# graph.emit_cache's, among them: han.py, emit's language tags, was missing here).
BUILD_CODE = (*EMIT_CODE, "assembly.py", "build.py", "build_rows.py", "entail_pass.py", "parsed.py", "incremental.py",
              "inference.py", "resolve.py", "row_index.py", "shacl.py", "sources.py", "validation.py")


@dataclass(frozen=True)
class BuildReport:
    """What a build produced and how long it took."""

    store_dir: Path | str  # the build directory, or the URL of the remote store published into
    triples: int
    seconds: float
    rebuilt: bool
    sources: int = 0
    notes: tuple[str, ...] = ()  # entity resolution: merges, same names of other types, similar names
    cited: int | None = None  # asserted statements citing their own span (None when the store was reused)
    uncited: int | None = None  # asserted statements without a span (structure: schemes, evidence nodes)
    derived: int | None = None  # asserted statements no span states, recorded with what they rest on
    stages: tuple[Stage, ...] = ()  # wall, CPU and peak memory of each step (graph.timing)
    incremental: bool = False  # the store was the published one updated by the difference (graph.incremental)


def input_hash(config: BuildConfig) -> str:
    """Hash of everything a build reads: ontology, shapes, registry, every source root, base IRI, build code."""
    digest = hashlib.sha256(f"{BUILD_VERSION}\0{config.base_iri}\0".encode())
    code = [(path, path.name) for path in (Path(__file__).with_name(name) for name in BUILD_CODE)]
    for path, name in [(ONTOLOGY_FILE, "ontology"), (SHAPES_FILE, "shapes"), *code, *_curated_files(config)]:
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _curated_files(config: BuildConfig) -> list[tuple[Path, str]]:
    """Every path under the registry and the source roots, with the name ``input_hash`` gives it."""
    trees = [Path(config.curated_dir) / sources.REGISTRY_DIR, *input_roots(config)]
    return [(path, f"{n}/{path.relative_to(tree)}") for n, tree in enumerate(trees) for path in sorted(tree.rglob("*"))]


def curated_bytes(config: BuildConfig) -> int:
    """The size of the curated inputs (registry and source roots): what decides where the graph part runs."""
    return sum(path.stat().st_size for path, _ in _curated_files(config) if path.is_file())


def build(config: BuildConfig, force: bool = False, publish_now: bool = True,
          prepare: Prepare | None = None, damaged: Path | None = None, early: Early | None = None) -> BuildReport:
    """Build and publish the store for ``config``; reuse an intact identical build unless forced
    (``damaged``: a build the caller's check found damaged, not hashed again to find that out).

    ``prepare`` is called with an opener of the complete build (its ``home``: the build's
    directory) before it is published (the CLI makes the search index there: search.prebuild.prepare); if it
    raises, nothing is published. For a remote store it is called after publishing (its graph's
    ``home``: the data directory; graph.remote_build.build_remote).
    ``early``, for a full build of an embedded store, is started on inference's scratch store once inference
    has ended, in a worker beside SHACL and the loads (graph.handover: the CLI composes the search catalogue
    there, search.prebuild.EarlyCatalogue, which ``prepare`` then finds kept); the build waits for it.
    With ``publish_now=False`` the complete store is left for the caller to publish (publish_store).
    Raises CuratedDataError or GraphValidationError (bad input; nothing is published) and
    StoreWriteError (the data directory cannot be written).
    """
    if config.store:  # a remote store: published over HTTP instead (graph.remote_build)
        from graph.remote_build import build_remote
        return build_remote(config, force, prepare)
    started, clock = time.perf_counter(), Stopwatch()
    data_dir = Path(config.data_dir)
    content_hash = input_hash(config)
    with _locked(data_dir):
        target, counts = _made_where_fits(config, content_hash, clock, force, damaged, early)
    heap.trim()  # what the graph part freed, given back before the index step's workers start beside this process
    # under the build lock, as when it ran inside the build: another build reusing this target rewrites the files
    # it keeps (two builds at once failed on a fact file removed under the other)
    with kept_beside(target, clock, prepare is not None, functools.partial(_locked, data_dir)):
        if prepare is not None:
            with clock.stage("search index"), heap.small_pages():
                prepare(functools.partial(open_build, target))  # picklable: the step may open it in workers
    if publish_now:
        publish_store(data_dir, target)
    return BuildReport(target, Manifest.read(target).triples, time.perf_counter() - started, "cited" in counts,
                       stages=tuple(clock.stages), **counts)


@contextlib.contextmanager
def _locked(data_dir: Path) -> Iterator[None]:
    """The build lock held (``_one_build``), the file system's refusals raised as StoreWriteError (``_writing``)."""
    with _writing(data_dir), _one_build(data_dir):
        yield


@contextlib.contextmanager
def _one_build(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's build lock (an exclusive ``flock``, dropped by the kernel if the
    holder dies): builds share the parsed files and emitted rows kept there (graph.parsed,
    graph.emit_cache), each removing the files its own read did not use."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / BUILD_LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _made_where_fits(config: BuildConfig, content_hash: str, clock: Stopwatch, force: bool,
                     damaged: Path | None, early: Early | None = None) -> tuple[Path, dict[str, Any]]:
    """``_made``, in a worker process that exits (graph.apart) when the curated inputs hold at least
    ``config.apart_bytes``: the graph part's leftovers then never sit beside the index step; its
    stages are added to ``clock``. A small build runs here (a worker costs ~1 s to start). The worker runs with
    ``config.allocator`` (graph.allocator)."""
    if curated_bytes(config) < config.apart_bytes:
        target, counts, stages = _made_timed(config, content_hash, force, damaged, early)
    else:
        target, counts, stages = apart.call(_made_timed, config, content_hash, force, damaged, early,
                                            environment=allocator.environment(config.allocator))
    clock.stages.extend(stages)
    return target, counts


def _made_timed(config: BuildConfig, content_hash: str, force: bool, damaged: Path | None,
                early: Early | None = None) -> tuple[Path, dict[str, Any], list[Stage]]:
    """``_made`` with its stages timed on a clock of its own (it may run in a worker); the collector paused
    (graph.heap): the build makes millions of containers and frees few until it ends, so each collection
    walked all made so far again (0.5 s of CPU at 100x, 1.9 s in load and emit alone at 300x)."""
    clock = Stopwatch()
    with heap.paused(freeze=False), heap.small_pages():
        target, counts = _made(config, content_hash, clock, force, damaged, early)
    return target, counts, clock.stages


def _made(config: BuildConfig, content_hash: str, clock: Stopwatch, force: bool,
          damaged: Path | None = None, early: Early | None = None) -> tuple[Path, dict[str, Any]]:
    """(the complete build of ``config``, the report's counts): an intact one reused unless ``force``, else made."""
    data_dir = Path(config.data_dir)
    target = None if force else _reusable(data_dir, content_hash, damaged)
    if target is None:
        manifest = Manifest(config.base_iri, content_hash, 0, "")
        base = None if force else incremental.published_base(data_dir, manifest)
        base = None if base is not None and base == damaged else base  # known damaged: not hashed again to refuse it
        with contextlib.ExitStack() as loading:
            # a full build's store loads its stated rows while emit writes them (graph.streaming)
            stated = None if base is not None else loading.enter_context(
                StatedLoad(build_tmp(data_dir / STORES_DIR, content_hash[:16])))
            assembly = assemble(config, clock, data_dir / CACHE_DIR, reuse=not force, parsed=True,
                                unit_done=None if stated is None else stated.unit)
            counts: dict[str, Any] = dict(sources=assembly.sources, notes=assembly.notes, cited=assembly.cited,
                                          uncited=assembly.uncited, derived=assembly.derived)
            hand = None if early is None else Handover(early, content_hash, config.base_iri)
            target, counts["incremental"] = _write_new(config, assembly, clock, manifest, base, stated, hand)
    else:
        checked = sources.load(Path(config.curated_dir), input_roots(config), data_dir / PARSED_DIR)
        counts = dict(sources=len(checked.sources), notes=checked.notes)
    return target, counts


def _write_new(config: BuildConfig, assembly: Assembly, clock: Stopwatch, manifest: Manifest, base: Path | None,
               stated: StatedLoad | None, hand: Handover | None = None) -> tuple[Path, bool]:
    """(the new build's directory, whether it was the published store ``base`` updated by the difference):
    the assembly loaded (``stated``: its load begun; or the published store updated, graph.incremental),
    entailed and validated; ``hand`` (graph.handover) started once a full build's inference has ended."""
    data_dir = Path(config.data_dir)

    def entail(store, keep, location, apart, written) -> None:
        with clock.stage("inference"):
            infer(store, config.base_iri, clock, keep=keep, location=location, apart=apart, written=written)

    def check(store, focus, location) -> None:
        with clock.stage("validate"):
            validate(store, validated_graphs(config.base_iri), assembly.where, focus, location)

    # Includes "inference" and "validate": both run on the loaded (or updated) store.
    with clock.stage("store load+check" if base is None else "store update+check"):
        return incremental.write(data_dir / STORES_DIR, manifest.content_hash[:16], assembly.graphs, manifest,
                                 incremental.Steps(entail, check, clock, hand), base, stated)


def publish_store(data_dir: Path, target: Path) -> None:
    """Publish the complete build ``target`` and prune older builds."""
    with _writing(data_dir):
        publish(data_dir, target)
        prune(data_dir, keep=target)


def _reusable(data_dir: Path, content_hash: str, damaged: Path | None = None) -> Path | None:
    """An intact build of exactly these inputs (the published one first, ``damaged`` never), if there is one."""
    stores = data_dir / STORES_DIR
    name = re.compile(rf"{content_hash[:16]}(?:-\d+)?")  # see graph.publish.write_store
    candidates = [p for p in sorted(stores.glob(content_hash[:16] + "*"))
                  if name.fullmatch(p.name) and (p / MANIFEST_FILE).is_file() and p != damaged]
    with contextlib.suppress(StoreCorrupt):
        published = published_dir(data_dir)
        if published in candidates:
            candidates.remove(published)
            candidates.insert(0, published)
    for candidate in candidates:
        try:
            if verify_build(candidate).content_hash == content_hash:
                return candidate
        except (StoreNotBuilt, StoreCorrupt) as exc:
            log.warning("not reusing %s: %s", candidate, exc)
    return None


@contextlib.contextmanager
def _writing(data_dir: Path) -> Iterator[None]:
    """Translate the file system's refusals into StoreWriteError naming the path."""
    try:
        yield
    except OSError as exc:
        where = exc.filename or data_dir
        raise StoreWriteError(f"cannot write the store under {data_dir}: {exc.strerror or exc} ({where})") from exc
