"""Browser pages: the home page with a search box and its result list; what a not-found page searches for."""

from __future__ import annotations

import re

from flask import Blueprint, render_template, request

from graph.entities import local_path
from web.examples import example_questions
from web.services import services

bp = Blueprint("pages", __name__)

# The last path segment of a missing page, as words: /id/org/dalian-university-of-technology → the name.
LAST_SEGMENT = re.compile(r"/([^/?#]+)/?$")


def search_results(q: str) -> list[dict]:
    """The search results for ``q`` as the pages show them (each with the ``path`` of its page)."""
    app = services()
    return _with_paths(app.graph, app.search.find(q).to_dict()["results"]) if q else []


def _with_paths(graph, items: list[dict]) -> list[dict]:
    """Result dicts with the local page path of each entity."""
    return [{**r, "path": local_path(graph, r["id"])} for r in items]


def asked_for(path: str) -> str:
    """What a request for the missing page ``path`` was probably looking for, as a search query."""
    match = LAST_SEGMENT.search(path)
    return re.sub(r"[-_+.]+", " ", match[1]).strip() if match else ""


@bp.get("/")
def home():
    q = request.args.get("q", "").strip()
    app = services()
    found = app.search.find(q).to_dict() if q else {"results": [], "nearest": {}, "suggestion": None}
    nearest = {kind: _with_paths(app.graph, items) for kind, items in found["nearest"].items()}
    return render_template("index.html", q=q, results=_with_paths(app.graph, found["results"]),
                           suggestion=found["suggestion"], nearest=nearest, examples=example_questions(app.graph))
