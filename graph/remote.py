"""The remote store: a standalone SPARQL server, spoken to over HTTP.

``RemoteStore`` implements graph.store.Store with the SPARQL 1.1 Protocol (queries, POSTed as
forms) and publishes with the Graph Store Protocol (graph.remote_build). Each server
product lays out its endpoints and takes a per-query timeout its own way: ``DIALECTS`` holds
what differs (docs/stores.md says how to configure each for timeouts, read-only access and no
federation). Every request also has an HTTP client timeout, so a silent server never hangs
a caller. Errors: a query the server refuses is QueryError, a deadline passed QueryTimeout,
an unreachable or failing server RemoteStoreError.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

from graph.embedded import parse_triples
from graph.errors import BadInput, QueryError, QueryTimeout, RemoteStoreError
from graph.namespaces import sparql_prologue
from graph.terms import Term, Triple, bound, iri, json_boolean, json_rows

log = logging.getLogger(__name__)

SOLUTIONS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
ERROR_CHARS = 500  # of a server's error message passed on to the caller
QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# GROUP BY, not DISTINCT: Virtuoso 7.2 scans every quad many times over for a DISTINCT ?g (10 s at 1x).
GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# The named graphs alone, as Oxigraph keeps them: at 1000x the seed 0.01 s, where GRAPHS reads every
# quad (4.7 s of CPU). Only for Oxigraph: what an empty GRAPH pattern matches differs between products.
NAMED_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { } }"


@dataclass(frozen=True)
class Dialect:
    """How one server product is addressed: its endpoints' paths under the store URL, the
    parameters that make the default graph the union of the named graphs (empty where that is
    the server's configuration), and the parameter of its own per-query timeout (None: it
    has only a server-wide one) with the factor from seconds and the unit suffix it expects,
    and, for a server that answers ASK with a table rather than a boolean, the variable it
    binds (``ask_variable``: a row whose value is not 0 means true, no row false), and how the
    errors begin with which it refuses a query (compilation, permissions) although it answers
    them with a server error status (``refusals``), the parameters sent with each Graph Store
    Protocol write (``write_params``), and the query that lists the store's named graphs
    (``graphs_query``: a build deletes those it did not write)."""

    query: str
    update: str
    data: str
    union: dict[str, str] = field(default_factory=dict)
    timeout_param: str | None = None
    timeout_scale: float = 1.0
    timeout_suffix: str = ""
    ask_variable: str | None = None
    refusals: tuple[str, ...] = ()
    write_params: dict[str, str] = field(default_factory=dict)
    graphs_query: str = GRAPHS

    def timeout(self, seconds: float) -> dict[str, str]:
        if self.timeout_param is None:
            return {}
        return {self.timeout_param: f"{seconds * self.timeout_scale:g}{self.timeout_suffix}"}

    def boolean(self, body: dict) -> bool:
        """The answer of an ASK query's JSON results (QueryError when they are not an ASK's)."""
        if self.ask_variable is not None and "boolean" not in body and body.get("head", {}).get("vars") == [self.ask_variable]:
            rows = body.get("results", {}).get("bindings", [])
            return any(row.get(self.ask_variable, {}).get("value") not in (None, "0") for row in rows)
        return json_boolean(body)


# Virtuoso answers HTTP 500 for a query it will not compile (SQL state 37000: syntax, a transitive
# path with no bound end) or not allow (42000: SERVICE, updates, sponging without the role).
VIRTUOSO_REFUSALS = ("Virtuoso 37000 ", "Virtuoso 42000 ")

DIALECTS = {
    # Oxigraph's no_transaction: its bulk loader takes each write in, not a transaction (at 1M triples in
    # 50,000-triple POSTs: half the server's CPU, 27 -> 14 s, and half the store on disk, 745 -> 380 MB).
    "oxigraph": Dialect("/query", "/update", "/store", {"union-default-graph": ""}, write_params={"no_transaction": ""},
                        graphs_query=NAMED_GRAPHS),
    "fuseki": Dialect("/query", "/update", "/data", timeout_param="timeout"),
    "virtuoso": Dialect("/sparql", "/sparql", "/sparql-graph-crud", timeout_param="timeout", timeout_scale=1000,
                        ask_variable="__ASK_RETVAL", refusals=VIRTUOSO_REFUSALS),
    "qlever": Dialect("", "", "", timeout_param="timeout", timeout_suffix="s"),
}


@dataclass(frozen=True)
class RemoteConfig:
    """Where the server is (``url``: the dataset's base URL), which product it is (a key of
    DIALECTS), how long a library query may take (``timeout_s``, sent to the server when it
    takes a per-query timeout, and the HTTP read timeout), how long connecting may take, and the
    bearer token sent with writes when the server wants one (never with queries). User and
    password in the URL are sent as HTTP basic authentication."""

    url: str
    kind: str = "oxigraph"
    timeout_s: float = 30.0
    connect_timeout_s: float = 5.0
    write_token: str | None = field(default=None, repr=False)

    def __post_init__(self):
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BadInput(f"the store URL must be http(s)://host[:port][/path], not {self.url!r}")
        if self.kind not in DIALECTS:
            raise BadInput(f"unknown store kind {self.kind!r}; choose one of {', '.join(DIALECTS)}")
        if self.timeout_s <= 0 or self.connect_timeout_s <= 0:
            raise BadInput("store timeouts must be positive")

    @property
    def redacted_url(self) -> str:
        """The URL without user and password, for messages."""
        parts = urlsplit(self.url)
        return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()

    @property
    def dialect(self) -> Dialect:
        return DIALECTS[self.kind]

    def endpoint(self, name: str) -> str:
        """The URL of the 'query', 'update' or 'data' endpoint."""
        return self.url.rstrip("/") + getattr(self.dialect, name)


class RemoteStore:
    """graph.store.Store over a SPARQL 1.1 Protocol server; one HTTP session, thread-safe for queries."""

    def __init__(self, config: RemoteConfig):
        self.config = config
        self.session = requests.Session()

    def request(self, sparql: str, accept: str, timeout_s: float | None = None,
                dataset: dict[str, list[str]] | None = None, stream: bool = False) -> requests.Response:
        """POST a query (with the project's prefixes declared) and return the successful response.

        ``dataset`` holds default-graph-uri / named-graph-uri; without it the default graph is
        the union of the named graphs. Raises QueryError, QueryTimeout or RemoteStoreError.
        """
        timeout_s = timeout_s or self.config.timeout_s
        dialect = self.config.dialect
        params = {**(dataset if dataset is not None else dialect.union), **dialect.timeout(timeout_s)}
        try:
            response = self.session.post(
                self.config.endpoint("query"), params=params, data={"query": sparql_prologue() + sparql},
                headers={"Accept": accept}, stream=stream,
                timeout=(self.config.connect_timeout_s, timeout_s + self.config.connect_timeout_s))
        except requests.Timeout as exc:
            raise QueryTimeout(f"the store did not answer within {timeout_s:g} s") from exc
        except requests.RequestException as exc:
            log.error("the store at %s cannot be reached: %s", self.config.redacted_url, exc)
            raise RemoteStoreError("the store cannot be reached") from exc
        check(response, dialect)
        return response

    def select(self, sparql: str) -> list[dict[str, Term | None]]:
        return json_rows(self._json(sparql))

    def iter_select(self, sparql: str) -> Iterator[dict[str, Term | None]]:
        return iter(self.select(sparql))  # the server's JSON body is read whole

    def ask(self, sparql: str) -> bool:
        return self.config.dialect.boolean(self._json(sparql))

    def construct(self, sparql: str) -> list[Triple]:
        return parse_triples(self.request(sparql, N_TRIPLES).content, "ntriples")

    def describe(self, resource: str) -> list[Triple]:
        return self.construct(f"DESCRIBE {iri(resource).n3()}")

    def quads(self, fmt: str = "nquads") -> bytes:
        from graph.embedded import serialize_quads

        rows = self.select(QUADS)
        return serialize_quads([(r["s"], r["p"], r["o"], r["g"]) for r in rows], fmt)

    def count(self) -> int:
        return int(bound(self.select(COUNT)[0], "n").value)

    def close(self) -> None:
        self.session.close()

    def _json(self, sparql: str) -> dict:
        response = self.request(sparql, SOLUTIONS_JSON)
        try:
            return response.json()
        except ValueError as exc:
            raise RemoteStoreError(f"the store answered with malformed JSON: {exc}") from exc


def check(response: requests.Response, dialect: Dialect | None = None) -> None:
    """Raise the named error a failed response stands for: QueryError for a refused request
    (4xx, or an error ``dialect`` names a refusal), QueryTimeout for a server-side timeout
    (Virtuoso's partial 'anytime' answers included), RemoteStoreError for any other failure."""
    if response.ok and response.status_code != 206 and "X-SQL-State" not in response.headers:
        return
    message = response.text[:ERROR_CHARS].strip() if not response.ok else "partial result"
    timed_out = response.status_code >= 500 and any(w in message.lower() for w in ("timeout", "timed out"))
    if response.status_code in (206, 504) or "X-SQL-State" in response.headers or timed_out:
        raise QueryTimeout(f"the store stopped the query at its deadline ({message})")
    if 400 <= response.status_code < 500 or (dialect is not None and message.startswith(dialect.refusals)):
        raise QueryError(f"the store refused the query: {message}")
    raise RemoteStoreError(f"the store failed (HTTP {response.status_code}): {message}")
