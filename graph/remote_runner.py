"""The /sparql endpoint over a remote store: the protocol's queries passed straight to the server.

The embedded store's queries run in network-isolated worker processes (graph.runner); a
remote store's run in the server itself, which no sandbox of ours can reach. So the remote
server must refuse SERVICE and updates by its own configuration (docs/stores.md), and every
job still goes through ``inspect_query`` (a QueryJob cannot exist for an update or a SERVICE
query). The answer is read as a stream and re-serialised by graph.results in the format the
client negotiated, with the same row cap: at most ``cap + 1`` rows are read from the server.
A client's aggregate that the counts the build kept answer exactly is answered from them while the
store holds that build (graph.remote_counts), as a query worker answers it over the embedded store.
"""

from __future__ import annotations

import json
import threading

import pyoxigraph as ox

from graph.errors import RemoteStoreError
from graph.namespaces import PREFIXES
from graph.remote import N_TRIPLES, SOLUTIONS_JSON, RemoteStore
from graph.remote_counts import RemoteCounts
from graph.results import (GRAPH, SOLUTIONS, NoAcceptableFormat, ResultFormat, Serialised, format_named, serialise,
                           write_boolean, write_ox_triples)
from graph.runner import QueryJob, ServerBusy

# Both families are asked for only when the lexer could not tell the query form: a server may
# answer a graph query in a solutions format it is offered first (Virtuoso 7.2 sends a
# CONSTRUCT's triples as ?s ?p ?o bindings), so each known form asks for its own family alone.
ACCEPT = f"{SOLUTIONS_JSON}, {N_TRIPLES};q=0.9"
MAX_ASK_BYTES = 65536  # an ASK answer is a few hundred bytes, whichever way a server writes it
ACCEPT_BY_FORM = {"SELECT": SOLUTIONS_JSON, "ASK": SOLUTIONS_JSON, "CONSTRUCT": N_TRIPLES, "DESCRIBE": N_TRIPLES}


class RemoteRunner:
    """Runs protocol jobs on a remote store, at most ``concurrency`` at once; a job that finds no
    free slot within ``admission_wait_s`` gets ServerBusy (as with the worker pool). ``counts``: the
    build's counts for aggregates, shared beside the store (None: the store answers every aggregate)."""

    def __init__(self, store: RemoteStore, concurrency: int, admission_wait_s: float,
                 counts: RemoteCounts | None = None):
        self.store, self.counts = store, counts
        self.admission_wait_s = admission_wait_s
        self._slots = threading.BoundedSemaphore(concurrency)
        self._closed = False

    @property
    def ready(self) -> bool:
        return not self._closed

    def wait_ready(self, timeout: float) -> bool:
        return self.ready

    def close(self) -> None:
        self._closed = True

    def run(self, job: QueryJob, timeout: float) -> Serialised:
        """The job's result, serialised; raises QueryError, QueryTimeout, RemoteStoreError,
        NoAcceptableFormat or ServerBusy."""
        if not self._slots.acquire(timeout=self.admission_wait_s):
            raise ServerBusy("every connection to the store is busy; retry shortly")
        try:
            counted = None if self.counts is None else self.counts.answer(job)
            return counted if counted is not None else self._run(job, timeout)
        finally:
            self._slots.release()

    def _run(self, job: QueryJob, timeout: float) -> Serialised:
        formats = {family: fmt for family, name in job.formats.items() if (fmt := format_named(family, name))}
        accept = ACCEPT_BY_FORM.get(job.shape.form or "", ACCEPT)
        response = self.store.request(job.query, accept, timeout, _dataset(job), stream=True)
        try:
            response.raw.decode_content = True
            media_type = response.headers.get("Content-Type", "").split(";")[0].strip()
            if job.shape.form == "ASK" and media_type == SOLUTIONS_JSON:
                return self._boolean(response, formats)
            if media_type == N_TRIPLES:
                fmt = formats.get(GRAPH)
                if fmt is None:
                    raise NoAcceptableFormat("no acceptable graph format was requested")
                return write_ox_triples(ox.parse(response.raw, format=ox.RdfFormat.N_TRIPLES), fmt, job.row_cap, PREFIXES)
            if media_type != SOLUTIONS_JSON:
                raise RemoteStoreError(f"the store answered in an unexpected format: {media_type or 'none'}")
            parsed = ox.parse_query_results(response.raw, format=ox.QueryResultsFormat.JSON)
            return serialise(parsed, formats, job.row_cap, PREFIXES)
        except SyntaxError as exc:
            raise RemoteStoreError(f"the store's answer is malformed: {exc}") from exc
        finally:
            response.close()  # a capped result leaves the rest unread: the connection is dropped


    def _boolean(self, response, formats: dict[str, ResultFormat]) -> Serialised:
        """An ASK's answer, read the way the store's product writes it (graph.remote.Dialect.boolean)."""
        fmt = formats.get(SOLUTIONS)
        if fmt is None:
            raise NoAcceptableFormat("no acceptable solutions format was requested")
        try:
            body = json.loads(response.raw.read(MAX_ASK_BYTES))
        except ValueError as exc:
            raise RemoteStoreError(f"the store's answer is malformed: {exc}") from exc
        return write_boolean(self.store.config.dialect.boolean(body), fmt)


def _dataset(job: QueryJob) -> dict[str, list[str]] | None:
    """The protocol's dataset parameters; {} when the query names its own (FROM), None for the union."""
    if job.default_graphs is not None or job.named_graphs is not None:
        return {"default-graph-uri": list(job.default_graphs or ()), "named-graph-uri": list(job.named_graphs or ())}
    return {} if job.shape.has_dataset else None
