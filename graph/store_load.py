"""Rows into an Oxigraph store and out: the build's graphs bulk-loaded as one N-Quads stream
(``load_graphs``, ``nquad_rows``, ``NQuadsReader``), and one named graph of a store read back as
N-Triples rows (``StoredGraph``)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox

from graph.triples import Spool, nt_rows

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
