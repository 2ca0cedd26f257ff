"""What a build counted, served beside a remote store only while the store still holds that build.

The embedded store answers the recognised aggregates from the counts its build keeps (graph.aggregates,
graph.aggregate_shape) and its VoID description from ``void.json`` (graph.void). A remote build keeps
them in its embedded build and shares them into the data directory (graph.remote_build.share_counts:
``{data}/store-counts/{hash}/``, laid out as in a build). A server on the remote store reads them from
there, but a store is not a build directory: it may be written to after the counts were made.

The guarantee: an answer is taken from the counts only if, when it is asked for, the store's manifest
(graph.remote_build.MANIFEST, in ``{base}graph/build``) names the build the counts were made from. The
manifest is read again at each such request (one indexed lookup: ~4 ms over HTTP on the 1000x store,
against the 558 ms the store took for the GROUP BY). A publication deletes the manifest before its
first write and writes it after its last, so from the first write of a new build on, every aggregate
and the VoID description are the store's own answers again. What is not detected: a writer that changes
the store's graphs and leaves the manifest in place. Such a store must be read-only to all but the
publisher (docs/stores.md), or such a writer must delete the manifest graph.
"""

from __future__ import annotations

from pathlib import Path

from graph import aggregate_shape, aggregates, routing
from graph.aggregates import Aggregates
from graph.query_worker import QueryJob
from graph.remote import RemoteStore
from graph.remote_build import counts_dir, read_manifest
from graph.results import Serialised
from graph.routing import Partition
from graph.store import KnowledgeGraph


class RemoteCounts:
    """The counts for aggregates kept for the build ``content_hash`` (its Partition and graph.aggregates'
    counts, read from ``directory``), answering for the remote store ``store`` while it holds that build."""

    def __init__(self, store: RemoteStore, content_hash: str, partition: Partition, counts: Aggregates):
        self.store, self.content_hash = store, content_hash
        self.partition, self.aggregates = partition, counts  # the attributes graph.aggregate_shape.answer reads

    @classmethod
    def of(cls, graph: KnowledgeGraph) -> RemoteCounts | None:
        """The counts shared for the build ``graph`` was opened on (the store's manifest then); None when
        it is no remote store's graph or its data directory holds none for that build."""
        if not isinstance(graph.store, RemoteStore) or graph.home is None:
            return None
        directory = counts_dir(graph.home, graph.content_hash)
        partition = routing.kept(directory, graph.content_hash)
        counts = aggregates.kept(directory, graph.content_hash) if partition is not None else None
        return None if partition is None or counts is None else cls(graph.store, graph.content_hash, partition, counts)

    def answer(self, job: QueryJob) -> Serialised | None:
        """A client's aggregate answered from the counts, when they answer it
        exactly and the store still holds their build; else None (the store answers)."""
        counted = aggregate_shape.answer(self, job)
        return counted if counted is not None and holds(self.store, self.content_hash) else None


def holds(store: RemoteStore, content_hash: str) -> bool:
    """Whether the store's manifest names the build ``content_hash`` now."""
    manifest = read_manifest(store)
    return manifest is not None and manifest.content_hash == content_hash


def kept_file(graph: KnowledgeGraph, name: str) -> Path | None:
    """The file ``name`` the build of the remote store's ``graph`` counted (as shared into its data
    directory), while the store holds that build; None when there is none, or it holds another now."""
    if not isinstance(graph.store, RemoteStore) or graph.home is None:
        return None
    path = counts_dir(graph.home, graph.content_hash) / name
    return path if path.is_file() and holds(graph.store, graph.content_hash) else None
