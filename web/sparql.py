"""The SPARQL 1.1 Protocol endpoint at /sparql (query operation only) and its service description.

GET ?query=, POST form-encoded (query=) and POST application/sparql-query; default-graph-uri
and named-graph-uri; ``timeout`` (seconds) lowers the deadline; ``format`` overrides Accept.
Updates (``update=``, application/sparql-update, INSERT/LOAD/... in a query) are refused.
Without a query, GET answers the service description (RDF, or a query form for browsers); with
one, a browser (Accept preferring HTML, no ``format``) gets the query editor running it, whose
table shows labels beside IRIs. Syntax errors name their line, column and the token found.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Blueprint, Response, render_template, request
from werkzeug.exceptions import UnsupportedMediaType

from graph.errors import BadInput, QueryError, QueryRefused
from graph.namespaces import GRAPH_NAMES, PREFIXES
from graph.results import FORMATS, GRAPH, SOLUTIONS, NoAcceptableFormat, Serialised, write_triples
from graph.query_shape import inspect_query
from graph.runner import QueryJob
from graph.terms import Triple, blank, iri, literal
from web.http import (COUNT_HEADER, FORM_MIMETYPE, QUERY_MIMETYPE, QUERY_TIME_HEADER, ROW_CAP_HEADER,
                      TRUNCATED_HEADER, UPDATE_MIMETYPE, bounded_number, bounded_text, check_text, html_response, note)
from web.negotiation import negotiate, prefers_html
from web.services import services
from web.sparql_text import explain_syntax_error
from web.ui import query_page

bp = Blueprint("sparql", __name__)

FORM_FAMILY = {"SELECT": SOLUTIONS, "ASK": SOLUTIONS, "CONSTRUCT": GRAPH, "DESCRIBE": GRAPH}
READ_ONLY = "this endpoint is read-only: SPARQL Update is not supported"

SD = "http://www.w3.org/ns/sparql-service-description#"
RDF_TYPE = iri(f"{PREFIXES['rdf']}type")
RDFS_COMMENT = iri(f"{PREFIXES['rdfs']}comment")


@dataclass(frozen=True)
class ProtocolRequest:
    """The protocol parameters of one request; ``query`` is None when none was sent."""

    query: str | None
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    timeout: float


def _timeout(raw: str | None, minimum: float, maximum: float) -> float:
    """The client's deadline in seconds, never above ``maximum``; BadInput below ``minimum``
    (a deadline no query can meet would only cost a worker, which is killed at the deadline)."""
    if raw is None:
        return maximum
    return min(bounded_number(raw, "timeout (seconds)", float, minimum), maximum)


def _query_text(params) -> str | None:
    if request.method == "POST" and request.mimetype == QUERY_MIMETYPE:
        return check_text(request.get_data(cache=True), "request body")
    queries = params.getlist("query")
    if len(queries) > 1:
        raise BadInput("the request has more than one query parameter")
    return queries[0] if queries else None


def parse_protocol() -> ProtocolRequest:
    """The protocol request of the current HTTP request; refuses updates and unknown bodies."""
    if request.method == "POST" and request.mimetype == UPDATE_MIMETYPE:
        raise QueryRefused(READ_ONLY)
    if request.method == "POST" and request.mimetype not in (FORM_MIMETYPE, QUERY_MIMETYPE):
        raise UnsupportedMediaType(f"POST a form ({FORM_MIMETYPE}) or a query ({QUERY_MIMETYPE})")
    params = request.values
    if "update" in params:
        raise QueryRefused(READ_ONLY)
    config = services().config
    query = bounded_text(_query_text(params), "the query", config.max_query_chars)
    default_graphs, named_graphs = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    dataset_given = bool(default_graphs or named_graphs)
    return ProtocolRequest(
        query,
        tuple(default_graphs) if dataset_given else None,
        tuple(named_graphs) if dataset_given else None,
        _timeout(params.get("timeout"), config.min_query_timeout_s, config.query_timeout_s),
    )


def _formats(form: str | None) -> dict[str, str]:
    """Format names per result family; a query the lexer cannot classify gets the defaults."""
    if form is None:
        return {family: formats[0].name for family, formats in FORMATS.items()}
    family = FORM_FAMILY[form]
    fmt = negotiate(family)
    if fmt is None:  # negotiate answers None (HTML) only when HTML is offered, which it is not here
        raise NoAcceptableFormat(f"no {family} format fits the request")
    return {family: fmt.name}


def result_response(result: Serialised) -> Response:
    """A serialised result with its count and truncation headers."""
    response = Response(result.body, content_type=result.media_type)
    response.headers[COUNT_HEADER] = str(result.count)
    if result.truncated:
        response.headers[TRUNCATED_HEADER] = "true"
        response.headers[ROW_CAP_HEADER] = str(services().config.row_cap)
    response.vary.add("Accept")
    return response


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    protocol = parse_protocol()
    if protocol.query is None:
        return service_description()
    if request.method == "GET" and "format" not in request.args and prefers_html():
        return html_response(query_page(protocol.query))
    shape = inspect_query(protocol.query)
    app = services()
    job = QueryJob(protocol.query, _formats(shape.form), app.config.row_cap,
                   protocol.default_graphs, protocol.named_graphs, routable=True)
    started = time.perf_counter()
    with app.quotas.admit(request.remote_addr or "unknown"):
        try:
            result = app.runner.run(job, protocol.timeout)
        except QueryError as exc:  # the same class (its status), with a message a reader can act on
            raise type(exc)(explain_syntax_error(protocol.query, str(exc))) from None
    elapsed = time.perf_counter() - started
    note(query_ms=round(elapsed * 1000, 2), form=shape.form, rows=result.count, truncated=result.truncated)
    response = result_response(result)
    response.headers[QUERY_TIME_HEADER] = f"{elapsed:.3f}"
    return response


def description_triples(endpoint_iri: str) -> list[Triple]:
    """The SPARQL 1.1 Service Description of this endpoint."""
    app = services()
    service, dataset, default = iri(endpoint_iri), blank("dataset"), blank("default")

    def sd(name: str):
        return iri(SD + name)

    triples = [
        (service, RDF_TYPE, sd("Service")),
        (service, sd("endpoint"), service),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, sd("feature"), sd("UnionDefaultGraph")),
        (service, sd("defaultDataset"), dataset),
        (service, RDFS_COMMENT, literal(
            f"Read-only. Queries stop after {app.config.query_timeout_s:g} s (lower it with timeout=, down to "
            f"{app.config.min_query_timeout_s:g} s) and "
            f"results hold at most {app.config.row_cap} rows; SERVICE and SPARQL Update are refused. "
            f"Predeclared prefixes: {', '.join(PREFIXES)}.", lang="en")),
        (dataset, RDF_TYPE, sd("Dataset")),
        (dataset, sd("defaultGraph"), default),
        (default, RDF_TYPE, sd("Graph")),
    ]
    triples += [(service, sd("resultFormat"), iri(f.iri)) for fs in FORMATS.values() for f in fs]
    for name in GRAPH_NAMES:
        graph = blank(f"graph-{name}")
        triples += [
            (dataset, sd("namedGraph"), graph),
            (graph, RDF_TYPE, sd("NamedGraph")),
            (graph, sd("name"), iri(app.graph.graph_iri(name))),
        ]
    return triples


def service_description() -> Response:
    fmt = negotiate(GRAPH, html=True)
    if fmt is None:
        return html_response(render_template("sparql.html", config=services().config, formats=FORMATS))
    triples = description_triples(request.base_url)
    result = write_triples(triples, fmt, len(triples), {"sd": SD, **PREFIXES})
    return result_response(result)
