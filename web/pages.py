"""Browser pages: the home page with a search box and its result list."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from web.entities import local_path
from web.examples import example_questions
from web.services import services

bp = Blueprint("pages", __name__)


@bp.get("/")
def home():
    q = request.args.get("q", "").strip()
    app = services()
    results = [{**r.to_dict(), "path": local_path(app.graph, r.id)} for r in app.search.search(q)] if q else []
    return render_template("index.html", q=q, results=results, examples=example_questions(app.graph))
