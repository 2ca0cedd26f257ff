"""Browser pages: the home page with a search box and its result list."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from web.entities import local_path
from web.services import services

bp = Blueprint("pages", __name__)


@bp.get("/")
def home():
    q = request.args.get("q", "").strip()
    app = services()
    found = app.search.find(q).to_dict() if q else {"results": [], "nearest": {}, "suggestion": None}
    nearest = {kind: _with_paths(app.graph, items) for kind, items in found["nearest"].items()}
    return render_template("index.html", q=q, results=_with_paths(app.graph, found["results"]),
                           suggestion=found["suggestion"], nearest=nearest)


def _with_paths(graph, items: list[dict]) -> list[dict]:
    """Result dicts with the local page path of each entity."""
    return [{**r, "path": local_path(graph, r["id"])} for r in items]
