"""What a query worker queries: its store, and an in-memory copy of the build's fact graphs for the
queries graph.routing proves need nothing else.

The copy is loaded from the files the build keeps (graph.fact_files), else dumped from the store
(three to four times the CPU at 1000x). It is made before the worker says it is ready, or, with
StoreSource.copy_in_background (a fast start), on a thread while the worker answers from RocksDB
(pyoxigraph releases the GIL while it dumps and bulk-loads); it is used from the first job after it
is complete.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pyoxigraph as ox

from graph import fact_files, routing
from graph.aggregates import Aggregates
from graph.routing import Partition

log = logging.getLogger(__name__)


class OpenedStore:
    """A worker's store, and (once ``copy_facts`` has made it) the in-memory copy of the fact graphs
    with the Partition that proves which queries that copy answers as the whole store would, and the
    fact graphs' files the build keeps (graph.fact_files; None: the copy is dumped from the store), and
    the counts the build keeps for aggregates (graph.aggregates; None: the store answers every one)."""

    def __init__(self, store: ox.Store, partition: Partition | None = None,
                 kept: tuple[tuple[str, Path], ...] | None = None, aggregates: Aggregates | None = None):
        self.store, self.partition, self.kept, self.aggregates = store, partition, kept, aggregates
        self.facts: ox.Store | None = None
        self.copied = threading.Event()

    def copy_facts(self, background: bool = True) -> OpenedStore:
        """Copy the Partition's fact graphs into memory, on a daemon thread when ``background``; ValueError
        for a store opened without a Partition (it has no fact graphs to copy)."""
        if self.partition is None:
            raise ValueError("only a store with a Partition has fact graphs to copy")
        if background:
            threading.Thread(target=self._copy, args=(self.partition,), daemon=True, name="fact-copy").start()
        else:
            self._copy(self.partition)
        return self

    def share(self, facts: ox.Store) -> OpenedStore:
        """Use ``facts`` as the copy: one made by the process this one was forked from (graph.fact_loader)."""
        self.facts = facts
        self.copied.set()
        return self

    def _copy(self, partition: Partition) -> None:
        try:
            self.facts = self._loaded(partition) or copy_graphs(self.store, partition.fact_graphs)
            routing.warm(partition)
        except (OSError, RuntimeError) as exc:  # the store cannot be read: queries keep going to it, and fail there
            log.warning("the fact graphs could not be copied into memory: %s", exc)
        finally:
            self.copied.set()

    def _loaded(self, partition: Partition) -> ox.Store | None:
        """The copy loaded from the kept files, or None (logged when they are unusable)."""
        if self.kept is None:
            return None
        try:
            return fact_files.load(self.kept, partition)
        except (OSError, SyntaxError, fact_files.FactFilesMismatch) as exc:
            log.warning("the kept fact graphs could not be loaded (%s): copied from the store instead", exc)
            return None

    def for_job(self, job) -> ox.Store:
        """The store to run a graph.query_worker.QueryJob on: the fact copy for a routable query on the
        union default graph that graph.routing.fact_only proves, else the whole store."""
        if (self.facts is None or self.partition is None or not job.routable
                or not job.options().get("use_default_graph_as_union")):
            return self.store
        return self.facts if routing.fact_only(job.query, self.partition) else self.store


def copy_graphs(store: ox.Store, graphs: tuple[str, ...]) -> ox.Store:
    """An in-memory store holding the named ``graphs`` of ``store``, each under its own name."""
    copy = ox.Store()
    for name in graphs:
        graph = ox.NamedNode(name)
        rows = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        copy.bulk_load(rows, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    return copy
