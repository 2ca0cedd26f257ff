"""Browser pages: the home page with a search box and its result list; what a not-found page searches for."""

from __future__ import annotations

import re

from flask import Blueprint, render_template, request

from web.entities import local_path
from web.examples import example_questions
from web.services import services

bp = Blueprint("pages", __name__)

# The last path segment of a missing page, as words: /id/org/dalian-university-of-technology → the name.
LAST_SEGMENT = re.compile(r"/([^/?#]+)/?$")


def search_results(q: str) -> list[dict]:
    """The search results for ``q`` as the pages show them (each with the ``path`` of its page)."""
    app = services()
    return [{**r.to_dict(), "path": local_path(app.graph, r.id)} for r in app.search.search(q)] if q else []


def asked_for(path: str) -> str:
    """What a request for the missing page ``path`` was probably looking for, as a search query."""
    match = LAST_SEGMENT.search(path)
    return re.sub(r"[-_+.]+", " ", match[1]).strip() if match else ""


@bp.get("/")
def home():
    q = request.args.get("q", "").strip()
    return render_template("index.html", q=q, results=search_results(q), examples=example_questions(services().graph))
