"""Results of clients' queries kept by a query runner, for the published build it serves.

A published build is read-only and built deterministically, so a query run again on it with the same
dataset, formats and row cap gives the same bytes. A runner serves one build (a reload makes a new
runner), so what it keeps is never another build's. At 1000x the seed a GROUP BY over every
organisation costs 0.5-1.4 s of CPU even on the in-memory fact copy (a bind join over 146k
participations, then 37k groups sorted by IRI, each comparison reading two IRIs' strings); kept, a
client repeating it (a dashboard, a notebook re-run) is answered in microseconds and costs no worker.

Kept: results of clients' queries (``QueryJob.routable``) that took at least ``min_ms``, up to
``max_entry_bytes`` each and ``max_bytes`` in all, the least recently used dropped first. Never kept:
a query whose result may differ between runs on the same data (NOW, RAND, UUID, STRUUID, BNODE;
matched in the query's text, so a comment or literal naming one only makes it uncached), and
failures (timeouts, errors: the next run tries again).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from graph.query_worker import QueryJob
from graph.results import Serialised

VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)

Key = tuple


@dataclass(frozen=True)
class CacheConfig:
    """How much a runner keeps: in all, per result, and the least time a result must have cost."""

    max_bytes: int = 64 * 2**20
    max_entry_bytes: int = 4 * 2**20
    min_ms: float = 100.0


class ResultCache:
    """Serialised results by job, least recently used dropped first; thread-safe."""

    def __init__(self, config: CacheConfig = CacheConfig()):
        self.config = config
        self._kept: OrderedDict[Key, Serialised] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0

    @staticmethod
    def key(job: QueryJob) -> Key | None:
        """What identifies the result of ``job`` on one build; None for a job never kept."""
        if not job.routable or VOLATILE.search(job.query):
            return None
        return job.query, tuple(sorted(job.formats.items())), job.row_cap, job.default_graphs, job.named_graphs

    def get(self, key: Key | None) -> Serialised | None:
        """The result kept under ``key``, if any (it becomes the most recently used)."""
        if key is None:
            return None
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
                self.hits += 1
            return found

    def put(self, key: Key | None, result: Serialised, elapsed_s: float) -> None:
        """Keep ``result`` when it cost at least ``min_ms`` and fits; drop the least recently used to fit."""
        size = len(result.body)
        if key is None or elapsed_s * 1000 < self.config.min_ms or size > self.config.max_entry_bytes:
            return
        with self._lock:
            previous = self._kept.pop(key, None)
            self._bytes -= len(previous.body) if previous is not None else 0
            self._kept[key] = result
            self._bytes += size
            while self._bytes > self.config.max_bytes:
                _, dropped = self._kept.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._kept)
