"""The search index of a build, made when the build is made and kept in the build's directory
(for a remote store, which has none here, in the data directory: graph.store.KnowledgeGraph.home).

``{build}/search-index/`` holds the dense index (search.persist) and the pinyin readings of
that build, the engine's other indexes, the jieba dictionary and the catalogue (search.snapshot),
and the facts and tables question answering starts from (search.qa_prepared, search.qa_tables).
``prepare`` is what graph.build calls between writing a build and publishing it (after publishing,
for a remote store): a server that starts on the build then loads the index, those facts and
tables instead of embedding, querying and making them. Passages whose vector is in a sibling
build's index (same text, same embedder) are not embedded again. For a large graph each part of the
step runs in a worker process of its own (``StepConfig``; search.step_parts runs the parts), and large query
results are read row by row (graph.store.KnowledgeGraph.stream): what a part made is given back when its worker exits
(bench/results/index15-*.md). Once the catalogue is kept, question answering's chain (its facts,
then its tables, made from the facts read back) and the engine's indexes need nothing of each other:
they run side by side, a worker each, when the memory available holds both, beside the passages
embedded ahead (bench/results/buildi18-*.md). Question answering's facts read no catalogue (search.qa_prepared.read_state):
their worker neither loads nor holds it (bench/results/scale41b-*.md).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import resource
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import handover, heap
from graph.store import KnowledgeGraph
from search import aside, index, persist, qa_prepared, qa_tables, snapshot, step_peaks, vectors
from search.config import SEARCH_INDEX_DIR, SearchConfig
from search.dense import BATCH_THREADS, BESIDE_THREADS
from search.embedders import Embedder, make_embedder
from search.engine_setup import made_indexes
from search.errors import IndexInvalid
from search.index import open_dense
from search.step_parts import Parts, Step, available_bytes, own_peak_kib, pickles, proc_kib, reset_peak

log = logging.getLogger(__name__)


def index_dir(store_dir: Path) -> Path:
    """Where the search index of the build ``store_dir`` lives."""
    return Path(store_dir) / SEARCH_INDEX_DIR


def sibling_indexes(store_dir: Path) -> tuple[Path, ...]:
    """The search indexes of the other builds beside ``store_dir``, newest first."""
    parent = Path(store_dir).parent
    others = [p for p in parent.iterdir() if p != Path(store_dir) and (index_dir(p) / persist.MANIFEST_FILE).is_file()]
    others.sort(key=lambda p: (index_dir(p) / persist.MANIFEST_FILE).stat().st_mtime, reverse=True)
    return tuple(index_dir(p) for p in others)


def serving_dirs(store_dir: Path | None, elsewhere: Path) -> tuple[Path, tuple[Path, ...]]:
    """Where an engine opened on the build ``store_dir`` keeps its index, and the sibling indexes
    whose vectors of unchanged passages it reuses: the build's own index (made with the build, so
    opening it embeds nothing), or ``elsewhere`` with nothing to reuse for a build that has no
    directory here (a remote store)."""
    if store_dir is None:
        return elsewhere, ()
    return index_dir(store_dir), sibling_indexes(store_dir)


def is_prepared(directory: Path, content_hash: str) -> bool:
    """True when the index directory ``directory`` holds an index made for the graph ``content_hash``."""
    try:
        return persist.read_manifest(directory).fingerprint.graph_hash == content_hash
    except IndexInvalid:
        return False


@dataclass(frozen=True)
class StepConfig:
    """How the index step runs: for a graph of at least ``apart_quads`` quads, each of its parts (the
    catalogue, question answering's facts, its tables, the engine's other indexes) runs in a worker
    process of its own, each keeping its state in the build and exiting, so that what one part made
    (and Python keeps in its heap once made) is given back when it ends, and the build's process
    holds none of it (bench/results/index15-*.md). Below that size they run in this process, one
    after the other: process starts cost more than a small graph's parts. Run apart, the layout is
    the fastest of search.step_peaks.LAYOUTS whose tree peak, estimated from ``peaks`` (each process's
    peak a line in the graph's quads, fitted at 100x and 300x: bench/scale/peak_fit.py), fits both
    in the memory available (/proc/meminfo's MemAvailable) and under ``peak_budget_bytes`` (None: no
    budget): question answering's chain (facts, then tables) and the engine's indexes side by side
    (when ``side_by_side``) or one after the other; the passages embedded beside the parts, the dense
    index made in this process once they are, or the dense index made in a worker of its own before
    the parts (each part ~3 GB at 1000x the seed, 16 M quads, the embedding worker ~1.25 GB and this
    process ~1.2-1.7 GB while it holds the vectors: beside a part that was the 5 GB tree peak of
    bench/results/lead22-scale-1000x-*.md)."""

    apart_quads: int = 300_000
    side_by_side: bool = True
    peak_budget_bytes: int | None = 4 << 30
    peaks: step_peaks.Peaks = field(default_factory=step_peaks.Peaks)
    # how long the indexes part waits for the room to fork its name index in (search.aside.Room): up to 10 s
    # idle on one core against ~40% of the part's CPU made on the other
    room_wait_s: float = 10.0
    # and how much longer while this process makes the dense index beside the parts (search.aside.busy): at 1000x
    # it let go of ~540 MB 11-12 s after the indexes part asked in round 38's builds, whose part then ran unforked
    # (111.6 s wall, 70.4 when forked in round 37); longer than the fork saves would cost more than it gives
    room_busy_wait_s: float = 20.0

    def limit(self, available: int) -> int:
        """The bytes the step's tree may hold, ``available`` bytes of memory available."""
        return available if self.peak_budget_bytes is None else min(available, self.peak_budget_bytes)

    def layout_for(self, quads: int, available: int, embeds: bool = True) -> step_peaks.Layout:
        """The layout of the parts of a graph of ``quads`` quads run apart, ``available`` bytes of memory
        available, with passages to embed or not (``embeds``)."""
        return step_peaks.layout(self.peaks, quads, self.limit(available), self.side_by_side, embeds)


@dataclass(frozen=True)
class EarlyCatalogue:
    """graph.handover.Early: the search catalogue composed in a worker from inference's scratch store (the data,
    the ontology, what inference entailed of them: every graph the catalogue reads), once SHACL has checked it,
    while the build's loads and compaction go on, and kept in the build (search.snapshot) under its content hash,
    where the index step finds it (its catalogue part is then not run). The catalogue is the same from any store
    holding the same quads (search.documents.load_catalogue), and no query of it reads the provenance the scratch
    store lacks. Its worker runs ``nice``: the graph part's lanes first. It runs for a scratch store of at least
    ``min_quads`` (process starts cost more than a small catalogue) when ``step_peaks.Peaks.early`` estimates the
    tree beside it within ``peak_budget_bytes`` and the memory available, from what the graph part's process holds
    once its scratch store is freed."""

    # the scratch store holds ~21% of the build's quads (100x the seed: 275,538 of 1.32 M): this is a build of
    # ~480 k quads, about where the index step runs its parts apart (StepConfig.apart_quads)
    min_quads: int = 100_000
    peak_budget_bytes: int = 4 << 30
    peaks: step_peaks.Peaks = field(default_factory=step_peaks.Peaks)
    # Its worker's niceness over the build's: beside the graph part (on the critical path, its two lanes using
    # ~1.6 of the 2 cores after inference at 1000x) it takes the cores the graph part leaves, not the graph's.
    nice: int = 10

    def wanted(self, quads: int) -> bool:
        held = (proc_kib("/proc/self/status", "VmRSS") or 0) * 1024
        estimate = self.peaks.early(quads, held)
        fits = estimate <= self.peak_budget_bytes and estimate - held <= available_bytes()
        log.info("early catalogue: %d quads in the scratch store, %d MB held, estimated tree %d MB%s", quads,
                 held >> 20, estimate >> 20, "" if fits else ": does not fit, made after the store")
        return quads >= self.min_quads and fits

    def __call__(self, rows: Path, home: Path, content_hash: str, base_iri: str) -> tuple[float, int, int]:
        """The catalogue of the quads of the N-Quads file ``rows`` kept in ``home`` (the build's directory) as
        the build ``content_hash``'s (base IRI ``base_iri``); this worker's CPU seconds, peak (MB) and pid."""
        reset_peak()
        heap.use_small_pages()
        os.nice(self.nice)
        kg = handover.scratch_graph(rows, base_iri, content_hash, home)
        try:
            _catalogue(kg)
        finally:
            kg.close()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime, own_peak_kib() // 1024, os.getpid()


def prepare(open_graph: Callable[[], KnowledgeGraph], config: SearchConfig = SearchConfig(),
            embedder: Embedder | None = None, step: StepConfig = StepConfig()) -> Path:
    """Make and persist the search indexes of the complete graph ``open_graph()`` and question
    answering's start-up facts in its ``home``'s index directory (graph.store.KnowledgeGraph.home:
    the embedded build's directory, or the data directory of a remote store) unless it has them;
    return that directory. The parts run apart (``StepConfig``) when ``open_graph`` pickles (a
    worker opens the graph with it). Raises what making the indexes raises (SearchError), a part's
    exception as its worker raised it, BrokenProcessPool when a part's worker died (killed: out of
    memory); ValueError for a graph held nowhere (no ``home``)."""
    kg = open_graph()
    try:
        if kg.home is None:
            raise ValueError("a graph held nowhere has no place to keep its search index")
        directory, reuse = serving_dirs(kg.path, index_dir(kg.home))
        # the code digests keying every kept state are kept by the build too, so that a start writes
        # nothing; walked here, before the embedding thread starts (search.snapshot.code_digests)
        snapshot.code_digests(kg)
        quads = _quads(kg)
        opener = open_graph if quads >= step.apart_quads and pickles(open_graph) else None
        embeds = not is_prepared(directory, kg.content_hash)
        plan = step.layout_for(quads, available_bytes(), embeds)
        if opener is not None:
            log.info("index step: %s, %s%s; estimated tree peak %d MB", "side by side" if plan.side_by_side
                     else "one after the other", "embedding beside" if plan.embed_beside else "dense index apart",
                     ", embedding shared once alone" if plan.share else "", plan.peak_bytes >> 20)
        run = Parts(opener, kg, plan.side_by_side)
        if not snapshot.has_catalogue(kg):  # kept by EarlyCatalogue, nothing to start a worker for
            run(_catalogue)  # composed by SPARQL (and kept)
        maker = _maker(embedder, config) if opener is not None and embeds and not plan.embed_beside else None
        rooms = opener is not None and not plan.side_by_side
        # made beside the parts, the dense index is held here while the chain's last part starts (1000x): the indexes
        # part waits for this process to let go of it before it decides whether to fork (search.aside.busy)
        with aside.busy() if rooms and embeds and maker is None else contextlib.nullcontext() as held:
            chains = ((_facts,), (_tables,)), ((_indexes, directory, _room(step, quads, held) if rooms else None),)
            if not embeds:
                run.chains(*chains)
            elif maker is not None:
                # first and alone: this process then holds neither the catalogue nor the vectors beside the parts
                run(_dense_apart, maker, config, directory, reuse, plan.share)
                run.chains(*chains)
            else:
                _beside(run, embedder or make_embedder(config), config, directory, reuse, chains, plan.share, held)
    finally:
        kg.close()
    return directory


def _room(step: StepConfig, quads: int, held: Path | None) -> aside.Room:
    """Whether the indexes part, one after the other, has the memory to make its name index on the core the chain
    leaves (search.aside), ``held`` existing while this process makes the dense index beside the parts."""
    return aside.Room(step.peaks.indexes_forked.bytes_at(quads), step.limit(available_bytes()), step.room_wait_s,
                      held, step.room_busy_wait_s)


def _beside(run: Parts, embedder: Embedder, config: SearchConfig, directory: Path, reuse: tuple[Path, ...],
            chains: tuple[tuple[Step, ...], ...], share: bool, held: Path | None = None) -> None:
    """``chains`` run by ``run`` beside the passages embedded ahead, each part single-threaded; the dense
    index made in this process beside them when they run apart (in this process they would share its
    interpreter, and its graph) and the embedding ends first, else after them: this process then embeds
    the batches the embedding worker has not started (both cores busy; when ``share``, or always in this
    process: a graph too small to run apart holds little), a part's failure raised before its own."""
    if run.opener is None:
        with _embedding(run.kg, embedder, config, directory, reuse) as (_, dense):
            run.chains(*chains)
            dense(True, True)
        return
    with ThreadPoolExecutor(1, thread_name_prefix="index-parts") as pool:
        # the parts started first: they need nothing of the catalogue read back here, the passages composed and
        # their keys hashed (~10 s of CPU at 1000x the seed, which the parts waited for)
        parts = pool.submit(run.chains, *chains)
        try:
            with _embedding(run.kg, embedder, config, directory, reuse) as (ahead, dense):
                _either(parts, ahead.futures)
                alone = parts.done()
                dense(share and alone, alone)
            aside.let_go(held)  # the vectors, the dense index, the catalogue and its passages given back
            log.info("dense index made beside the parts and let go of: this process holds %d MB",
                     (proc_kib("/proc/self/status", "VmRSS") or 0) >> 10)
        finally:
            parts.result()


def _either(parts: Future[None], embedded: list[Future[Any]]) -> None:
    """Wait until ``parts`` or every one of ``embedded`` is done."""
    pending: set[Future[Any]] = {future for future in embedded if not future.done()}
    while pending and not parts.done():
        _, undone = wait({parts, *pending}, return_when=FIRST_COMPLETED)
        pending = undone - {parts}


@contextmanager
def _embedding(kg: KnowledgeGraph, embedder: Embedder, config: SearchConfig, directory: Path,
               reuse: tuple[Path, ...]) -> Iterator[tuple[vectors.Ahead, Callable[[bool, bool], None]]]:
    """The passages of ``kg``'s catalogue embedded ahead (search.vectors.Ahead) during the block, which
    is given them and the call making and keeping the dense index in ``directory`` from their vectors
    (``_dense``: its arguments whether this process shares the embedding and whether nothing else runs)."""
    catalogue = snapshot.catalogue(kg)
    # composed once: embedded ahead, hashed and indexed (each a pass of ~10 s at 1000x)
    composed = functools.cache(lambda: index.passages(catalogue.docs))
    with vectors.Ahead(composed()[0], embedder, vectors.known_vectors((directory, *reuse))) as ahead:
        yield ahead, functools.partial(_dense, ahead, catalogue.docs, config, directory, kg.content_hash, reuse,
                                       lambda: snapshot.passages_digest(kg, catalogue.docs, composed), composed)


def _maker(embedder: Embedder | None, config: SearchConfig) -> Callable[[], Embedder] | None:
    """What makes ``embedder`` (``config``'s when None) in another process; None when nothing can."""
    return functools.partial(make_embedder, config) if embedder is None else getattr(embedder, "worker_factory", None)


def _dense_apart(kg: KnowledgeGraph, maker: Callable[[], Embedder], config: SearchConfig, directory: Path,
                 reuse: tuple[Path, ...], share: bool) -> None:
    """The dense index made and kept in ``directory`` by this process (a part's worker) with the embedder
    ``maker`` makes, its passages embedded by the embedding worker it starts, as the build's process does
    beside the parts, and by this process too when ``share`` (nothing else runs: both cores embed)."""
    with _embedding(kg, maker(), config, directory, reuse) as (_, dense):
        dense(share, True)


def _dense(ahead: vectors.Ahead, docs: tuple, config: SearchConfig, directory: Path, content_hash: str,
           reuse: tuple[Path, ...], digest: Callable[[], str], composed: Callable[[], tuple[list[str], list[str]]],
           share: bool, alone: bool) -> None:
    """The dense index of ``docs`` made and kept in ``directory`` from the passages ``ahead`` embeds: when
    ``share``, this process embeds the batches its workers have not started (search.vectors.Ahead.vectors,
    from the back); else once the workers are done with every batch (beside the parts' workers, the
    encoder's temporaries here would add to the step's peak, and the cores are busy). Its HNSW graph is
    made on every core when nothing else runs (``alone``), else on one (search.dense.BESIDE_THREADS)."""
    if not share:
        wait(ahead.futures)
    open_dense(docs, ahead.embedder, config, directory, content_hash, reuse, digest, ahead.vectors, composed,
               BATCH_THREADS if alone else BESIDE_THREADS)


def _quads(kg: KnowledgeGraph) -> int:
    """How many quads ``kg`` holds: its build's manifest says, a remote store counts them."""
    return kg.triple_count()


def _catalogue(kg: KnowledgeGraph) -> None:
    snapshot.catalogue(kg)


def _facts(kg: KnowledgeGraph) -> None:
    """Question answering's start-up facts (search.qa_prepared), kept unless current ones are; no catalogue read."""
    qa_prepared.prepare(kg)


def _tables(kg: KnowledgeGraph) -> None:
    """Question answering's tables (search.qa_tables: the facts read back), kept unless current ones are."""
    qa_tables.prepare(kg, snapshot.catalogue(kg))


def _indexes(kg: KnowledgeGraph, directory: Path, room: aside.Room | None = None) -> None:
    """The jieba dictionary, the engine's other indexes and the tokens of the documents' texts
    (search.snapshot), with the names' pinyin readings kept in ``directory``, unless current ones are;
    the name index made in a forked child when ``room`` holds it (search.aside.Room, search.index.make_indexes)."""
    catalogue = snapshot.catalogue(kg)
    tokenizer = snapshot.tokenizer(kg, catalogue)
    if not snapshot.has_indexes(kg):
        forked = room is not None and room.fits()
        snapshot.indexes(kg, tokenizer, lambda: made_indexes(catalogue, tokenizer, directory, forked))

