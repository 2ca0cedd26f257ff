"""One table from the library's named exceptions to HTTP statuses, and the error handlers.

Every error answers ``{"error": {"code", "message"}}`` (or a small HTML page for a browser);
no handler ever returns a stack trace.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError, MethodNotAllowed

from graph.errors import (BadInput, ChanjiaoError, QueryError, QueryRefused, QueryTimeout, RemoteStoreError,
                          StoreCorrupt, StoreNotBuilt)
from graph.results import NoAcceptableFormat
from graph.runner import QueryOutOfMemory, ServerBusy, WorkerFailed
from web.http import TooLarge, html_response
from web.quota import QuotaExceeded
from web.negotiation import prefers_html
from web.pages import asked_for, search_results
from web.services import ServiceUnavailable, WarmingUp

# Looked up along the exception's MRO, so the most specific class wins.
ERRORS: dict[type[ChanjiaoError], tuple[int, str]] = {
    QuotaExceeded: (429, "too_many_requests"),
    QueryRefused: (403, "query_refused"),
    QueryError: (400, "malformed_query"),
    TooLarge: (413, "too_large"),
    BadInput: (400, "bad_input"),
    NoAcceptableFormat: (406, "not_acceptable"),
    QueryTimeout: (503, "query_timeout"),
    QueryOutOfMemory: (503, "query_out_of_memory"),
    ServerBusy: (503, "server_busy"),
    StoreNotBuilt: (503, "store_not_built"),
    StoreCorrupt: (503, "store_damaged"),
    RemoteStoreError: (502, "store_unavailable"),
    WarmingUp: (503, "warming_up"),
    ServiceUnavailable: (503, "service_unavailable"),
    WorkerFailed: (500, "worker_failed"),
    ChanjiaoError: (500, "internal_error"),
}
RETRY_AFTER = {503: 1, 429: 1}  # seconds, unless the exception says otherwise (retry_after)


def status_of(exc: ChanjiaoError) -> tuple[int, str]:
    """The HTTP status and error code of a library exception."""
    return next(ERRORS[cls] for cls in type(exc).__mro__ if cls in ERRORS)


def error_response(status: int, code: str, message: str, retry_after: int | None = None) -> Response:
    """The shared error shape, as HTML when the client prefers it, else JSON."""
    if prefers_html():
        page = {"status": status, "code": code, "message": message, "retry_after": retry_after or RETRY_AFTER.get(status)}
        if status == 404:
            page.update(_suggestions(request.path))
        response = html_response(render_template("error.html", **page), status)
    else:
        response = jsonify({"error": {"code": code, "message": message}})
        response.status_code = status
    if status in RETRY_AFTER:
        response.headers["Retry-After"] = str(retry_after or RETRY_AFTER[status])
    return response


def _suggestions(path: str) -> dict:
    """For a missing page: what it was probably looking for, and the search results for that."""
    asked = asked_for(path)
    try:
        return {"asked": asked, "results": search_results(asked)}
    except (ServiceUnavailable, StoreNotBuilt, BadInput):  # no search now, or not for that: the box alone
        return {"asked": asked, "results": []}


def _library_error(exc: ChanjiaoError) -> Response:
    status, code = status_of(exc)
    return error_response(status, code, str(exc), getattr(exc, "retry_after", None))


def _http_error(exc: HTTPException) -> Response:
    response = error_response(exc.code or 500, (exc.name or "error").lower().replace(" ", "_"), exc.description or "")
    if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response


def _internal_error(exc: InternalServerError) -> Response:
    return error_response(500, "internal_error", "the server failed to answer this request")


def install(app: Flask) -> None:
    """Register the handlers on ``app``."""
    app.register_error_handler(ChanjiaoError, _library_error)
    app.register_error_handler(InternalServerError, _internal_error)
    app.register_error_handler(HTTPException, _http_error)
