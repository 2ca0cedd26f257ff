"""Triples as the build holds them: a plain set in memory, or N-Triples rows spooled to disk.

rdflib's ``Graph.add`` keeps three indexes and a context map per triple; it was most of the
CPU of a large build and most of its memory. The build only adds triples, asks whether one
is there and writes them out (into the store's bulk loader), which a set of (s, p, o) tuples
of rdflib terms does at a fraction of the cost (``Triples``). The provenance graph, most of a
build's triples, is only ever written out: ``Spool`` writes its rows to a temporary file as
they are added, so that it takes no memory at all (duplicates are written as often as they
are added; the store keeps one).
"""

from __future__ import annotations

import functools
import itertools
import re
import tempfile
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral  # the literal writer of rdflib's nt serializer

# What rdflib refuses in an IRI (rdflib.term._is_valid_uri), and the controls N-Triples forbids.
_NOT_IN_IRI = re.compile(r'[<>" {}|\\^`\x00-\x1f]')
IRIS_WRITTEN = 4096  # IRIs whose N-Triples form is remembered (_nt_iri; repeats are near each other)


def nt_term(term) -> str:
    """One rdflib term in N-Triples: rdflib's own writer (``n3``, ``_quoteLiteral``) except for
    an IRI without a character N-Triples forbids, written at once (rdflib's ``n3`` re-checks
    every IRI: a third of writing a large build)."""
    if type(term) is URIRef:
        return _nt_iri(term)
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


_IRIS: dict[str, str] = {}  # IRI -> its N-Triples form (_nt_iri), emptied when it holds IRIS_WRITTEN


def _nt_iri(term: URIRef) -> str:
    """An IRI in N-Triples, remembered: a build writes each IRI several times running (a statement
    node is the subject of 5-8 rows), and the check of its characters cost more than the lookup.
    Keyed by the plain string: a URIRef key is compared by rdflib's ``__eq__`` in Python (this
    lookup, with functools.lru_cache's, was a tenth of emitting a large build). Only IRIs: two
    rdflib Literals can be equal and written differently (a language tag's case)."""
    key = str(term)
    written = _IRIS.get(key)
    if written is None:
        if len(_IRIS) >= IRIS_WRITTEN:
            _IRIS.clear()
        written = _IRIS[key] = term.n3() if _NOT_IN_IRI.search(key) else f"<{key}>"
    return written


@functools.lru_cache(maxsize=1 << 12, typed=True)  # repeats are near each other (39,553 of 39,610 hits kept at 100x)
def text_literal(text, lang: str | None) -> Literal:
    """rdflib's Literal of ``text`` in the language ``lang``, made once while it is in use: rdflib checks and
    normalises each one it makes (~15 µs, most of emitting an entry: graph.emit writes a name as rdfs:label and
    skos:prefLabel, and again as what its English rendering rests on). Literals are immutable: shared."""
    return Literal(text, lang=lang)


def nt_row(triple: tuple) -> str:
    """One triple as an N-Triples row (ending " .\\n")."""
    s, p, o = triple
    return f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n"


@runtime_checkable
class Rows(Protocol):
    """Triples kept as N-Triples rows (a Spool, or a graph of a store: graph.store_load.StoredGraph)."""

    def rows(self) -> Iterator[str]:
        """Every row, each ending " .\\n"."""
        ...


def nt_rows(triples: Iterable[tuple] | Rows) -> Iterator[str]:
    """The N-Triples rows of a collection of triples or of Rows (a Spool), in their order; those of a collection
    without one (a set, ``Triples``, an rdflib Graph: its memory store keeps a set per context) sorted, so that
    two builds write the same rows in the same order: a set iterates in the order of its terms' hashes, which
    PYTHONHASHSEED draws anew in each process (the ontology graph's rows came out in another order each build)."""
    if isinstance(triples, Rows):
        return triples.rows()
    if isinstance(triples, set | frozenset | Graph):
        return iter(sorted(map(nt_row, triples)))
    return map(nt_row, triples)


def encoded_batches(rows: Iterable[str], size: int) -> Iterator[bytes]:
    """``rows`` (N-Triples or N-Quads) joined and UTF-8 encoded ``size`` rows at a time, in order; only one batch
    in memory at a time (a remote store's POSTs, a stream a bulk load reads: graph.remote_build, graph.streaming)."""
    rows = iter(rows)
    while batch := list(itertools.islice(rows, size)):
        yield "".join(batch).encode("utf-8")


class Triples(set):
    """A set of (subject, predicate, object) tuples of rdflib terms."""

    def graph(self) -> Graph:
        """The triples as an rdflib Graph (for querying; a copy)."""
        out = Graph()
        for triple in self:
            out.add(triple)
        return out


class Spool:
    """Triples written as N-Triples rows to an anonymous temporary file as they are added."""

    BATCH = 8192  # rows kept in memory between writes

    def __init__(self):
        # open for the spool's life (closed by close() or when collected); rows split on "\n" only
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115
        self._batch: list[str] = []

    def add(self, triple: tuple) -> None:
        self._batch.append(nt_row(triple))
        if len(self._batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        self._file.writelines(self._batch)
        self._batch.clear()

    def rows(self) -> Iterator[str]:
        """Every row added so far, in order (lines of the file: nothing is read into memory at once)."""
        self._flush()
        self._file.seek(0)
        yield from self._file
        self._file.seek(0, 2)  # further rows go at the end

    def close(self) -> None:
        self._file.close()


class Collected(dict):
    """Triples kept each once, in the order first added (one entry's rows: graph.emit_cache)."""

    def add(self, triple: tuple) -> None:
        self.setdefault(triple)

    def rows(self) -> Iterator[str]:
        return map(nt_row, self)
