"""Passage vectors reused across builds: each keyed by a hash of its text and the embedder.

A persisted dense index (search.persist) keeps, beside its manifest, ``passage-keys.json``:
the key of each row's passage. A later build reads the vectors of every index it is told
about, looks each of its passages up by key and embeds only the passages it finds nowhere,
in batches, spread over the cores when the embedder can be started in another process (it
has a ``worker_factory``: a picklable callable making an equivalent embedder): this process
takes a share beside the workers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from graph import heap
from graph.publish import atomic_write
from search import persist
from search.embedders import Embedder
from search.errors import IndexInvalid, WorkerNotStarted

log = logging.getLogger(__name__)

KEYS_FILE = "passage-keys.json"


@dataclass(frozen=True)
class EmbedConfig:
    """Up to ``batch`` passages per encoder call (an encoder may share work within a call: the
    default one computes each distinct token window of a call once, 2x less CPU per passage at
    1024 than at 32 at 100x the seed, and 14% less again at 2048 than at 1024, the same vectors, for
    +185 MB of temporaries per encoding process: bench/results/dense26-*.md); up to ``workers`` processes (this one and ``workers - 1``
    started) when at least ``parallel_min`` passages are to be embedded (below that, starting them
    costs more), each given a share. Worker processes, not BLAS threads: on two cores two BLAS
    threads took 1.8x the CPU and wall of two workers (bench/results/build13-embedding-*.md)."""

    batch: int = 2048
    workers: int = os.cpu_count() or 1
    parallel_min: int = 256


@dataclass(frozen=True)
class EmbedReport:
    """How many passages an index holds, how many were embedded now and how many reused."""

    passages: int
    embedded: int
    reused: int


def passage_key(embedder: Embedder, text: str) -> str:
    """The content key of a passage's vector: the embedder's name and version, and the text."""
    return hashlib.sha256(f"{embedder.name}\x1f{embedder.version}\x1f{text}".encode()).hexdigest()


def save_keys(directory: Path, manifest: persist.IndexManifest, keys: Sequence[str]) -> None:
    """Record the key of each row of the index ``manifest`` publishes (atomically)."""
    data = json.dumps({"index_file": manifest.index_file, "keys": list(keys)})
    atomic_write(directory / KEYS_FILE, data.encode("utf-8"))


def known_vectors(directories: Iterable[Path | None]) -> dict[str, np.ndarray]:
    """key → vector of every readable index among ``directories`` (unreadable ones are skipped)."""
    known: dict[str, np.ndarray] = {}
    for directory in directories:
        if directory is None or not (Path(directory) / KEYS_FILE).is_file():
            continue
        try:
            manifest, vectors = persist.load_vectors(Path(directory))
            saved = json.loads((Path(directory) / KEYS_FILE).read_text(encoding="utf-8"))
        except (IndexInvalid, OSError, ValueError) as exc:
            log.info("not reusing the vectors in %s: %s", directory, exc)
            continue
        if saved.get("index_file") == manifest.index_file and len(saved.get("keys", ())) == len(vectors):
            known.update(zip(saved["keys"], vectors))
    return known


def embed(texts: Sequence[str], embedder: Embedder, known: Mapping[str, np.ndarray],
          config: EmbedConfig = EmbedConfig()) -> tuple[np.ndarray, list[str], EmbedReport]:
    """(vectors, keys, report) for ``texts``: known vectors reused, the others embedded once each."""
    keys = [passage_key(embedder, t) for t in texts]
    text_of = dict(zip(keys, texts))
    missing = _missing(text_of, known)
    fresh = encode_batched([text_of[k] for k in missing], embedder, config)
    table = {**known, **dict(zip(missing, fresh))}
    matrix = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for row, key in enumerate(keys):
        matrix[row] = table[key]
    return matrix, keys, EmbedReport(len(texts), len(missing), len(texts) - len(missing))


def encode_batched(texts: Sequence[str], embedder: Embedder, config: EmbedConfig) -> np.ndarray:
    """The vectors of ``texts`` in order, encoded ``config.batch`` at a time, in parallel
    processes when the embedder has a ``worker_factory`` and there are enough texts."""
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    factory = getattr(embedder, "worker_factory", None)
    if factory is None or config.workers < 2 or len(texts) < config.parallel_min:
        return np.vstack([embedder.encode(b) for b in _batches(texts, config.batch)])
    batches = _batches(texts, min(config.batch, -(-len(texts) // config.workers)))
    # spawn, not fork: the parent may hold faiss's OpenMP pool and RocksDB threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(config.workers - 1, mp_context=context, initializer=_start_worker,
                             initargs=(factory,)) as pool:
        return np.vstack(_shared(batches, embedder, pool, queued=config.workers))


class Ahead:
    """The passages of ``texts`` no ``known`` vector has, embedded in ``config.workers - 1`` worker
    processes while this process does other work (a context manager): a build's search index
    starts them once its catalogue is composed, then makes question answering's facts and the other
    indexes, all single-threaded, beside them (bench/results/build14-*.md). ``vectors()`` waits,
    embedding in this process the batches no worker has started (from the back, as ``_shared``),
    and gives ``known`` with every vector made, by key: ``embed``'s ``known``, which then embeds
    nothing. Too few passages (``config.parallel_min``) or an embedder without a
    ``worker_factory`` start no worker: ``vectors()`` embeds them here."""

    def __init__(self, texts: Sequence[str], embedder: Embedder, known: Mapping[str, np.ndarray],
                 config: EmbedConfig = EmbedConfig()):
        text_of = {passage_key(embedder, t): t for t in texts}
        self.missing = _missing(text_of, known)
        self.known, self.embedder = known, embedder
        self.batches = _batches([text_of[key] for key in self.missing], config.batch)
        self.futures: list[Future[np.ndarray]] = []
        self.pool: ProcessPoolExecutor | None = None
        factory = getattr(embedder, "worker_factory", None)
        if factory is not None and config.workers >= 2 and len(self.missing) >= config.parallel_min:
            self.pool = ProcessPoolExecutor(config.workers - 1, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_worker, initargs=(factory,))
            self.futures = [self.pool.submit(_encode_in_worker, batch) for batch in self.batches]
            # its workers exit once the last batch is done, not when ``vectors()`` is called at the end of the
            # index step: a worker kept its ~0.8 GB (the encoder and the freed blocks it keeps) idle beside the
            # step's parts until then (bench/results/peak21-*.md); the batches not started can still be cancelled
            self.pool.shutdown(wait=False)

    def vectors(self) -> dict[str, np.ndarray]:
        """``known`` and the vector of every passage it lacked, by key (waits for the workers). Called once:
        the vectors are handed over, this object keeps none of them (its futures and ``known`` dropped)."""
        done: dict[int, np.ndarray] = {}
        for at in reversed(range(len(self.batches))):  # the pool takes them in order: those not started are last
            if self.futures and not self.futures[at].cancel():
                break
            done[at] = self.embedder.encode(self.batches[at])
        here = len(done)
        for at, future in enumerate(self.futures):
            if at not in done:
                done[at] = future.result()
        log.info("embedded %d passages: %d batches here, %d in workers", len(self.missing), here, len(done) - here)
        # each vector a row of its batch's array, not of one stacked copy of them all (one more ~266 MB at
        # 1000x); the futures, which held those arrays as long as this object lived, dropped: the arrays go
        # when the caller drops what it is given (search.index.open_dense: once its matrix is made)
        fresh = (row for at in range(len(self.batches)) for row in done[at])
        found = {**self.known, **dict(zip(self.missing, fresh))}
        self.futures, self.known = [], {}
        return found

    def __enter__(self) -> Ahead:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def _shared(batches: list[list[str]], embedder: Embedder, pool: ProcessPoolExecutor, queued: int) -> list[np.ndarray]:
    """The vectors of ``batches`` in order: the pool's workers take them from the front (up to
    ``queued`` waiting, so none idles while this process is busy), this process, whose embedder
    is loaded already, from the back (one worker fewer to start and to hold in memory)."""
    done: dict[int, np.ndarray] = {}
    waiting: deque[tuple[int, Future[np.ndarray]]] = deque()
    front, back = 0, len(batches)
    while front < back or waiting:
        while front < back and len(waiting) < queued:
            waiting.append((front, pool.submit(_encode_in_worker, batches[front])))
            front += 1
        if front < back:
            back -= 1
            done[back] = embedder.encode(batches[back])
        else:
            at, future = waiting.popleft()
            done[at] = future.result()
        while waiting and waiting[0][1].done():
            at, future = waiting.popleft()
            done[at] = future.result()
    return [done[i] for i in range(len(batches))]


def _missing(text_of: Mapping[str, str], known: Mapping[str, np.ndarray]) -> list[str]:
    """The keys of ``text_of`` (key → passage) that ``known`` lacks, in the order of their passages'
    texts: passages beside each other in that order share names (an entity's name passage begins its
    full one) and field values, so a batch holds fewer distinct token windows to compute
    (search.use_windows); 10-12% less CPU than in the catalogue's order at 100x the seed."""
    return sorted((key for key in text_of if key not in known), key=text_of.__getitem__)


def _batches(texts: Sequence[str], size: int) -> list[list[str]]:
    return [list(texts[i:i + size]) for i in range(0, len(texts), size)]


_worker_embedder: Embedder | None = None


def _start_worker(factory: Callable[[], Embedder]) -> None:
    """Start a worker's embedder, in a process that keeps its pages: each batch makes and frees ~2 GB
    of same-sized temporaries (graph.heap; half its CPU was the kernel's otherwise)."""
    global _worker_embedder
    heap.use_small_pages()
    heap.reuse_freed()
    _worker_embedder = factory()


def _encode_in_worker(texts: list[str]) -> np.ndarray:
    """The worker's embedder's vectors of ``texts``; WorkerNotStarted outside a pool ``_start_worker`` initialised."""
    if _worker_embedder is None:
        raise WorkerNotStarted("the pool initialiser starts the embedder")
    return _worker_embedder.encode(texts)
