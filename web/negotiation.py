"""Content negotiation: the ``format=`` parameter first, then Accept with q-values.

The formats and their media types are those of ``graph.results.FORMATS``; HTML is offered
besides the RDF formats where a page exists (entities, the ontology, the service description).
"""

from __future__ import annotations

from flask import request

from graph.results import FORMATS, NoAcceptableFormat, ResultFormat, find_format

HTML = "text/html"
HTML_NAMES = ("html", HTML, "application/xhtml+xml")
FORMAT_PARAMETER = "format"


def prefers_html() -> bool:
    """True when the client ranks HTML above JSON (a browser)."""
    accept = request.accept_mimetypes
    return accept[HTML] > accept["application/json"]


def _offers(family: str, html: bool) -> list[str]:
    """Media types the server can send, the family's default first (it wins ties and */*)."""
    types = [t for fmt in FORMATS[family] for t in (fmt.media_type, *fmt.aliases) if "/" in t]
    return [types[0], *HTML_NAMES[1:], *types[1:]] if html else types


def _by_name(family: str, names: list[str], html: bool) -> ResultFormat | None:
    for name in names:
        if html and name.strip().lower() in HTML_NAMES:
            return None
        found = find_format(family, name)
        if found is not None:
            return found
    raise NoAcceptableFormat(f"none of the requested formats {names!r} can represent this result; "
                             f"available: {', '.join(f.name for f in FORMATS[family])}")


def negotiate(family: str, html: bool = False) -> ResultFormat | None:
    """The format to answer in; None means HTML (only when ``html``). NoAcceptableFormat if none fits."""
    names = request.values.getlist(FORMAT_PARAMETER) if request.method == "POST" else request.args.getlist(FORMAT_PARAMETER)
    if names:
        return _by_name(family, names, html)
    offers = _offers(family, html)
    chosen = request.accept_mimetypes.best_match(offers) if request.accept_mimetypes else offers[0]
    if chosen is None:
        raise NoAcceptableFormat("the Accept header allows none of: "
                                 f"{', '.join(f.media_type for f in FORMATS[family])}")
    return None if chosen in HTML_NAMES else find_format(family, chosen)
