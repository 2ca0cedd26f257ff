"""Request hygiene and response headers shared by every route.

Before a request: the path, the query string and a form or SPARQL body must be valid UTF-8
without NUL (invalid bytes would otherwise be replaced silently by Werkzeug; lone surrogates
are invalid UTF-8). After it: CORS for reads, nosniff, a CSP for HTML, and one JSON line in
the access log with the time spent and, for SPARQL, the query time.
"""

from __future__ import annotations

import json
import logging
import time
from urllib.parse import unquote_to_bytes

from flask import Flask, Response, g, request

from graph.errors import BadInput
from web.negotiation import HTML

access_log = logging.getLogger("chanjiao.access")

FORM_MIMETYPE = "application/x-www-form-urlencoded"
QUERY_MIMETYPE = "application/sparql-query"
UPDATE_MIMETYPE = "application/sparql-update"
TEXT_BODY_TYPES = (FORM_MIMETYPE, QUERY_MIMETYPE, UPDATE_MIMETYPE)
COUNT_HEADER, TRUNCATED_HEADER, ROW_CAP_HEADER, QUERY_TIME_HEADER = (
    "X-Result-Count", "X-Result-Truncated", "X-Row-Cap", "X-Query-Time")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": ", ".join((COUNT_HEADER, TRUNCATED_HEADER, ROW_CAP_HEADER, QUERY_TIME_HEADER)),
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
HTML_HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                           "frame-ancestors 'none'"}


# Line breaks that JSON leaves raw outside ASCII: escaped, so that a request path holding one
# cannot split its access-log line in two (or forge a second one).
LINE_BREAKS_ESCAPED = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


class TooLarge(BadInput):
    """A query or parameter is longer than the service accepts."""


def check_text(raw: bytes, what: str) -> str:
    """``raw`` decoded as strict UTF-8; BadInput if it is not UTF-8 or holds a NUL."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"the {what} is not valid UTF-8 (byte {exc.start})") from None
    if "\x00" in text:
        raise BadInput(f"the {what} contains a NUL character")
    return text


def check_urlencoded(raw: bytes, what: str) -> None:
    """Every name and value of an application/x-www-form-urlencoded string is clean text."""
    for pair in raw.split(b"&"):
        for part in pair.split(b"=", 1):
            check_text(unquote_to_bytes(part.replace(b"+", b" ")), what)


# Parsing a long Accept header costs CPU quadratic in its parts; real clients send < 1 KB.
MAX_ACCEPT_CHARS = 4096


def check_request() -> None:
    """Refuse a request whose path, query string or text body is not clean UTF-8, or whose
    Accept header is longer than MAX_ACCEPT_CHARS."""
    accept = request.headers.get("Accept", "")
    if len(accept) > MAX_ACCEPT_CHARS:
        raise BadInput(f"the Accept header is {len(accept)} characters long; the limit is {MAX_ACCEPT_CHARS}")
    check_text(request.environ.get("PATH_INFO", "").encode("latin-1"), "path")
    check_urlencoded(request.query_string, "query string")
    if request.mimetype in TEXT_BODY_TYPES:
        body = request.get_data(cache=True)
        if request.mimetype == FORM_MIMETYPE:
            check_urlencoded(body, "form body")
        else:
            check_text(body, "request body")


def bounded_number(raw: str, name: str, parse: type, low: float, high: float = float("inf")):
    """``raw`` parsed as ``parse`` (int or float); BadInput unless low <= value <= high (NaN never is)."""
    try:
        value = parse(raw)
    except ValueError:
        kind = "an integer" if parse is int else "a number"
        raise BadInput(f"{name} must be {kind}, not {raw[:40]!r}") from None
    if not low <= value <= high:
        limits = f"at least {low:g}" if high == float("inf") else f"from {low:g} to {high:g}"
        raise BadInput(f"{name} must be {limits}, not {raw[:40]}")
    return value


def bounded_int(name: str, low: int, high: int) -> int | None:
    """The integer query parameter ``name`` (None if absent); BadInput unless low <= value <= high."""
    raw = request.args.get(name)
    return None if raw is None else bounded_number(raw, name, int, low, high)


def bounded_text(value: str | None, name: str, limit: int) -> str | None:
    """``value`` unless longer than ``limit`` characters (TooLarge)."""
    if value is not None and len(value) > limit:
        raise TooLarge(f"{name} is {len(value)} characters long; the limit is {limit}")
    return value


def html_response(text: str, status: int = 200) -> Response:
    """An HTML page, marked as varying with Accept (its URL also serves other formats)."""
    response = Response(text, status=status, mimetype=HTML)
    response.vary.add("Accept")
    return response


def start_timer() -> None:
    g.started = time.perf_counter()


def add_headers(response: Response) -> Response:
    """CORS (no credentials), nosniff, and a CSP on HTML pages."""
    response.headers.update(CORS_HEADERS)
    response.headers.update(SECURITY_HEADERS)
    if request.method == "OPTIONS":
        response.headers.update(PREFLIGHT_HEADERS)
    if response.mimetype == HTML:
        response.headers.update(HTML_HEADERS)
    return response


# Probes a supervisor polls every second or so: logged only when they report a fault.
QUIET_PROBES = frozenset({"/readyz", "/healthz"})
QUIET_PROBE_STATUSES = frozenset({200, 503})


def _quiet(response: Response) -> bool:
    """A readiness poll (ready or not yet), or a health check that found nothing wrong."""
    if request.path == "/readyz":
        return response.status_code in QUIET_PROBE_STATUSES
    return request.path in QUIET_PROBES and response.status_code == 200


def log_access(response: Response) -> Response:
    """Write one JSON line per request to the ``chanjiao.access`` logger (not for quiet probes)."""
    if _quiet(response):
        return response
    record = {
        "ts": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "remote": request.remote_addr,
        "method": request.method,
        "path": request.path,
        "status": response.status_code,
        "bytes": response.calculate_content_length(),
        "ms": round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 2),
    }
    record.update(g.get("log_extra", {}))
    access_log.info(json.dumps(record, ensure_ascii=False).translate(LINE_BREAKS_ESCAPED))
    return response


def note(**fields) -> None:
    """Add fields (e.g. query_ms, rows) to this request's access-log line."""
    g.setdefault("log_extra", {}).update(fields)


def install(app: Flask, access_logging: bool) -> None:
    """Register the hygiene hooks on ``app``."""
    app.before_request(start_timer)
    app.before_request(check_request)
    app.after_request(add_headers)
    if access_logging:
        app.after_request(log_access)
