"""Incremental builds: a new store made from the published one and the difference of their quads.

Every local build keeps, beside its store (graph.build_rows), the N-Quads rows it loaded (QUADS_FILE, in the order
written: the stated graphs), an index of them (INDEX_FILE: a 128-bit BLAKE2b digest and the byte
offset of each distinct row, sorted by digest; and the quads its complete store held) and the
rows inference wrote (ENTAILED_DIR: graph.inference.infer's ``keep``). Every build runs inference
(``_entailed_apart``) on the rows the rules read (all but those of graph.inference.UNREAD_GRAPHS:
provenance, ~80% of the rows) loaded into a scratch store (in memory up to MAX_IN_MEMORY rows,
else on disk), the rows it writes of the unread graphs kept in files only. A full build checks
the SHACL shapes on that scratch store (it holds every graph they read) and bulk-loads its store
from the rows and the entailed files. A build from the published one (its inputs still all read
and emitted: entity resolution and its notes are global) instead copies the published store (its
immutable SST files hard-linked), removes the rows the old build has and the new one lacks, adds
the rows the new one has and the old one lacks, removes the entailed quads only the old inference
wrote and adds those only the new one wrote (``entailed_delta``), and checks the SHACL shapes
only where the difference, stated or entailed, can have changed the answer (``focus``).

Why the store is the one a full build makes. Let Q(R) be the quads of the rows R, and E(R) those
of the rows inference writes on a store holding Q(R): the full build's store is
F = Q(new) | E(new). The rules read only the graphs that are loaded apart, so on the scratch store
they write the rows they write on a store of all the new rows, and |F| <= N + A, where N is the
count of distinct new rows and A the quads inference added to the scratch store plus the
distinct rows it wrote of the unread graphs. The old build's store B, as long as it holds the
count recorded when it was completed (its manifest's, whose file digests are checked first), is
within Q(old) | E(old): it loaded Q(old) and inference wrote only E(old). A quad of B that
survives the removals is in Q(new) (every row of old is in old - new or in new) or in E(new);
every quad added is in Q(new) or E(new). So the update S is a subset of F, and when
|S| = N + A >= |F|, S = F. An update whose count differs (one quad written as two rows, a blank
node the loader relabelled, a quad both stated and entailed) is discarded and the build made in
full (``IncrementalRefused``); so is an entailed change with a blank node.
Two different rows share a 128-bit digest with negligible probability.

Why SHACL at the focus nodes is enough: the published build passed the same shapes on the same
ontology (the CONTEXT files are unchanged), and every compiled check decides a node X from the
triples whose subject is X or a value of X (sh:class reads the value's types) and, for
sh:targetObjectsOf, those whose object is X, as long as every property path is one predicate
(else the whole store is checked). So a new violation can only be at a subject or object of a
changed quad, stated or entailed, or at a node linking to the subject of one.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph import handover, heap, shacl, validation
from graph.build_rows import (ENTAILED_DIR, INDEX_FILE, QUADS_FILE, READ_ROWS, QuadIndex, entailed_delta, kept_apart,
                              parsed_rows, write_rows)
from graph.errors import IncrementalRefused, StoreCorrupt, StoreNotBuilt
from graph.handover import Handover, Kept
from graph.inference import Written
from graph.namespaces import graph_iri
from graph.publish import write_build
from graph.row_index import Indexed
from graph.streaming import StatedLoad
from graph.store import STORE_SUBDIR, Manifest, published_dir
from graph.verify import verify_build
from graph.timing import Stopwatch
from graph.triples import Spool
from ontology import ONTOLOGY_FILE, SHAPES_FILE

log = logging.getLogger(__name__)

CONTEXT_FILE = "quads-context"
# What focused validation assumes unchanged since the published build was validated.
CONTEXT = (ONTOLOGY_FILE, SHAPES_FILE, Path(shacl.__file__), Path(validation.__file__))
MAX_FOCUS = 50_000  # focus nodes beyond which the whole store is checked (one VALUES list per check)
MAX_CHANGED = 0.25  # changed rows, as a share of the new build's, beyond which a full build is cheaper
# Rows read by the rules beyond which inference apart runs on a scratch store on disk, not in
# memory. In memory, all the 100x build's rows (603,289) and the 1,000,783 quads inference adds
# peaked at 776 MB, and the 1000x rows alone (~6 M) took 3.1 GB; the rows the rules read are 22%
# of them, and the provenance inference writes is not loaded (bench/results/build-stages.md). On
# disk inference took 3x the CPU at 100x (56 s against 17.5 s) for no smaller peak.
MAX_IN_MEMORY = 3_000_000
SCRATCH_SUBDIR = "entail-scratch"


@dataclass(frozen=True)
class Steps:
    """What a build does with its rows: ``entail`` adds the entailments to the store it is given
    (apart: True, on the rows the rules read loaded into a scratch store), keeping every row it
    writes in the directory it is given (graph.inference.infer's ``keep`` and ``apart``, one
    N-Triples file per graph name) and handing each stratum's rows over to the callable it is given,
    if any (infer's ``written``); ``check`` validates a store holding the validated graphs at
    the focus IRIs it is given, or everywhere with None. The store-directory argument of each
    (None: in memory) lets worker processes open it read-only (graph.workers), or None when the
    work is too small for them. ``clock`` times the steps between them. ``handover``: given a full
    build's scratch store once SHACL has checked it, started once it is freed, beside the loads, and
    waited for before the store is complete."""

    entail: Callable[[ox.Store, Path, Path | None, bool, Written | None], object]
    check: Callable[[ox.Store, set[str] | None, Path | None], None]
    clock: Stopwatch = field(default_factory=Stopwatch)
    handover: Handover | None = None  # a full build's scratch store handed over once checked (graph.handover)


def write(stores: Path, name: str, graphs: Mapping[str, Iterable[tuple] | Spool | Indexed], manifest: Manifest,
          steps: Steps, base: Path | None, stated: StatedLoad | None = None) -> tuple[Path, bool]:
    """Write ``graphs`` as a complete build under ``stores`` (graph.publish.write_build), with the
    ``steps`` run on its store, and return its directory and whether it was made from the build
    ``base`` (None: in full; ``stated``: the load of its stated rows begun in ``build_tmp(stores, name)``,
    given by the caller only then).

    A ``base`` that cannot be updated into this build (no index, damaged, a count that proves the
    update wrong, more than MAX_CHANGED of the rows changed) is logged and the build made in full.
    """
    if base is not None:
        try:
            base_of = _BaseOf()
            update = functools.partial(_updated, graphs=graphs, base=base, steps=steps, base_iri=manifest.base_iri,
                                       base_of=base_of)
            return write_build(stores, name, update, manifest, complete=base_of.finish), True
        except IncrementalRefused as exc:
            log.warning("building in full, not from %s: %s", base.name, exc)
    base_of = _BaseOf()  # not the refused update's
    full = functools.partial(_full, graphs=graphs, steps=steps, base_iri=manifest.base_iri, base_of=base_of,
                             stated=stated)
    return write_build(stores, name, full, manifest, complete=base_of.finish, begun=stated is not None), False


def published_base(data_dir: Path, manifest: Manifest) -> Path | None:
    """The published build, if it has a quad index and the base IRI of ``manifest``."""
    try:
        base = published_dir(data_dir)
        if base is None or not (base / INDEX_FILE).is_file():
            return None
        return base if Manifest.read(base).base_iri == manifest.base_iri else None
    except (StoreNotBuilt, StoreCorrupt):
        return None


def _full(tmp: Path, graphs: Mapping[str, Iterable[tuple] | Spool | Indexed], steps: Steps, base_iri: str,
          base_of: _BaseOf, stated: StatedLoad | None = None) -> ox.Store:
    """A new store bulk-loaded from the rows of ``graphs`` (written and indexed in ``tmp``) and the
    rows inference wrote apart (``_entailed_apart``), which SHACL checks there; their index handed to
    ``base_of`` when the store holds one quad per distinct row (see the module). ``stated``: the load
    of the rows into ``tmp``'s store, begun while they were emitted (else begun here).

    Inference and SHACL read only the graphs loaded apart (data, ontology; the entailed inferred
    graph): on the build's store they would also wade through the provenance (~80% of the quads,
    ~7 per entailed triple) and read RocksDB instead of memory. The entailed rows are the ones
    inference writes on a store of all the rows (see the module), so the store is the same. The
    store's bulk loads run behind inference and SHACL (graph.streaming): both cores.
    """
    # the hand-over's worker waited for last (a failure's too), before write_build removes its directory
    with ThreadPoolExecutor(1, thread_name_prefix="handover") as beside:
        handed: list[Future[None] | None] = []
        kept: list[Kept] = []  # the scratch store's quads written for the hand-over, started once it is freed
        with contextlib.ExitStack() as owned:
            # the load ended here if a step fails (a caller's too), before write_build removes its directory
            loads = owned.push(stated) if stated is not None else owned.enter_context(StatedLoad(tmp))
            with steps.clock.stage("rows"):
                index = write_rows(graphs, tmp, base_iri)
            loads.rest(graphs)
            with steps.clock.stage("entailed, checked and loaded"):
                def load_entailed(name: str, path: Path) -> None:
                    # all in one load (graph.streaming.StatedLoad.entailed): one ingest a million rows
                    loads.entailed(path, ox.NamedNode(graph_iri(base_iri, name)))

                def then(scratch: ox.Store, location: Path | None) -> None:
                    steps.check(scratch, None, location)
                    if steps.handover is not None:
                        kept.append(steps.handover.keep(scratch, tmp))

                _entailed_apart(tmp, base_iri, steps, then=then, written=load_entailed)
                if steps.handover is not None:  # its worker beside the loads, the scratch store freed
                    handed.extend(steps.handover.start(rows, tmp, beside, steps.clock) for rows in kept)
                store = loads.done()
        with steps.clock.stage("compaction"):
            # Several loads leave the store in more files than one does: compacted, it reads as fast
            # as before (a full scan of the seed's store: 1.85 s of CPU uncompacted, 1.14 s compacted).
            store.optimize()
        for started in handed:
            handover.wait(started)
    if loads.stated == [len(index.digests)]:  # one quad per distinct row
        base_of.index = index
    return store


def _updated(tmp: Path, graphs: Mapping[str, Iterable[tuple] | Spool | Indexed], base: Path, steps: Steps,
             base_iri: str, base_of: _BaseOf) -> ox.Store:
    """The store of ``base`` updated into the build of ``graphs`` (its index handed to ``base_of``);
    IncrementalRefused if it cannot be."""
    old, new = _base_index(base), write_rows(graphs, tmp, base_iri)
    gone, fresh = old.only(new), new.only(old)
    if len(gone) + len(fresh) > MAX_CHANGED * len(new.digests):
        raise IncrementalRefused(f"{len(gone)} rows removed and {len(fresh)} added: most of the store changed")
    added = _entailed_apart(tmp, base_iri, steps)
    kept = kept_apart(tmp)
    entailed = added + sum(len(index.digests) for index in kept.values())
    copy_store(base / STORE_SUBDIR, tmp / STORE_SUBDIR)
    store = ox.Store(str(tmp / STORE_SUBDIR))
    changed: set[ox.Quad] = set()
    for quads, add in ((parsed_rows(base / QUADS_FILE, gone), False), (parsed_rows(tmp / QUADS_FILE, fresh), True),
                       *entailed_delta(base, tmp, base_iri, kept)):
        for batch in quads:
            changed.update(batch)
            _apply(store, batch, add)
    if len(store) != len(new.digests) + entailed:
        raise IncrementalRefused(f"the updated store holds {len(store)} quads, the new rows and entailments "
                                 f"{len(new.digests)} + {entailed}")
    log.info("updated %s: %d rows removed, %d added", base.name, len(gone), len(fresh))
    same = (base / CONTEXT_FILE).is_file() and (base / CONTEXT_FILE).read_text(encoding="utf-8") == context_hash()
    focused = focus(store, changed) if same and all(not c.path.startswith("(") for c in validation.checks()) else None
    everywhere = focused is None or len(focused) > MAX_FOCUS
    steps.check(store, None if everywhere else focused, tmp / STORE_SUBDIR if everywhere else None)
    base_of.index = new
    return store


def _entailed_apart(tmp: Path, base_iri: str, steps: Steps,
                    then: Callable[[ox.Store, Path | None], object] | None = None, written: Written | None = None) -> int:
    """Load the new rows the rules read (all but those of UNREAD_GRAPHS) into a scratch store,
    run ``steps.entail`` on it apart (keeping its rows in ``tmp``; those of UNREAD_GRAPHS only
    there; each stratum's rows handed to ``written``, if given), call ``then`` with the scratch
    store and its directory (None: in memory), and return
    the quads it added to the scratch store (an update also indexes the rows it kept, ``kept_apart``;
    a full build does not: at 1000x ~10 M rows, each digested in Python).

    The scratch store is in memory up to MAX_IN_MEMORY rows and on disk (``tmp``/SCRATCH_SUBDIR,
    removed after) beyond: the same rules on the same rows entail the same quads either way."""
    with open(tmp / READ_ROWS, "rb") as rows:  # written with QUADS_FILE (``write_rows``)
        read = sum(chunk.count(b"\n") for chunk in iter(functools.partial(rows.read, 1 << 24), b""))
    location = tmp / SCRATCH_SUBDIR if read > MAX_IN_MEMORY else None
    loaded = ox.Store(str(location)) if location else ox.Store()
    try:
        loaded.bulk_load(path=str(tmp / READ_ROWS), format=ox.RdfFormat.N_QUADS)
        before = len(loaded)
        _entail(loaded, tmp, steps, location, apart=True, written=written)  # on disk, its rules may run in workers
        added = len(loaded) - before
        if then is not None:
            then(loaded, location)
        return added
    finally:
        del loaded  # closes RocksDB before its directory goes
        heap.trim()  # its memory given back before the loads left run two at once (graph.streaming.StatedLoad.done)
        shutil.rmtree(tmp / SCRATCH_SUBDIR, ignore_errors=True)
        (tmp / READ_ROWS).unlink()


def _apply(store: ox.Store, quads: list[ox.Quad], add: bool) -> None:
    if add:
        store.extend(quads)
    else:
        for quad in quads:
            store.remove(quad)


def _entail(store: ox.Store, tmp: Path, steps: Steps, location: Path | None, apart: bool = False,
            written: Written | None = None) -> None:
    (tmp / ENTAILED_DIR).mkdir()
    steps.entail(store, tmp / ENTAILED_DIR, location, apart, written)


@dataclass
class _BaseOf:
    """The row index a build keeps to be the next build's base, set once its store is known to hold the
    rows and entailments the module's argument needs (None: the build is no base)."""

    index: QuadIndex | None = None

    def finish(self, tmp: Path, stored: int) -> None:
        """Make the complete build in ``tmp``, whose store holds ``stored`` quads, a base for the next (its
        index, that count, its context); the count is graph.publish.write_build's, not read again here."""
        if self.index is not None:
            QuadIndex(self.index.digests, self.index.offsets, stored).save(tmp)
            (tmp / CONTEXT_FILE).write_text(context_hash(), encoding="utf-8")


def _base_index(base: Path) -> QuadIndex:
    """The index of an intact build whose store holds the quads of its QUADS_FILE and of its
    entailed rows, as when it was completed."""
    try:
        stored = verify_build(base).triples
    except (StoreNotBuilt, StoreCorrupt) as exc:
        raise IncrementalRefused(str(exc)) from exc
    index = QuadIndex.read(base)
    if stored != index.stored or not (base / ENTAILED_DIR).is_dir():  # e.g. quads added after it was completed
        raise IncrementalRefused(f"its store holds {stored} quads, {index.stored} when it was completed")
    return index


def copy_store(source: Path, target: Path) -> None:
    """Copy an Oxigraph (RocksDB) directory: its SST files, which RocksDB never rewrites, as hard
    links (a copy where linking fails), every other file (manifest, log, options) as a copy."""
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.name == "LOCK" or not path.is_file():
            continue
        if path.suffix == ".sst":
            try:
                os.link(path, target / path.name)
                continue
            except OSError:
                pass
        shutil.copy2(path, target / path.name)


def focus(store: ox.Store, changed: set[ox.Quad]) -> set[str] | None:
    """The IRIs whose SHACL result the changed quads can have changed: their subjects and objects
    and, from the updated store, the subjects linking to one of their subjects. None (check
    everything) when a blank node is among them: a query cannot name it."""
    subjects = {q.subject for q in changed}
    nodes = subjects | {q.object for q in changed if not isinstance(q.object, ox.Literal)}
    for node in subjects:
        nodes.update(q.subject for q in store.quads_for_pattern(None, None, node, None))
    named = {n.value for n in nodes if isinstance(n, ox.NamedNode)}
    return named if len(named) == len(nodes) else None


def context_hash() -> str:
    """Digest of the files focused validation assumes unchanged since the base was validated."""
    digest = hashlib.sha256()
    for path in CONTEXT:
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
