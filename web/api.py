"""The JSON API: search, autocomplete, ask, entities, health, readiness and the OpenAPI document."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from graph.entities import ID_PATH, describe, entity_iri
from graph.errors import BadInput
from search.text import is_blank
from web.http import bounded_int
from web.openapi import document
from web.services import services

bp = Blueprint("api", __name__)


def _required(name: str) -> str:
    value = request.args.get(name)
    if value is None:
        raise BadInput(f"the parameter {name} is required")
    if is_blank(value):
        raise BadInput(f"the parameter {name} is empty (whitespace and invisible characters count as empty)")
    return value


def _search_options(*names: str) -> dict:
    """k (bounded by the engine's max_k) and the optional filters among ``names`` that were given."""
    options: dict[str, str | int] = {name: request.args[name] for name in names if name in request.args}
    k = bounded_int("k", 1, services().search_config().max_k)
    if k is not None:
        options["k"] = k
    return options


@bp.get("/api/search")
def search():
    """Results above the relevance floor, "did you mean", the nearest entities when none, facets."""
    q = _required("q")
    return jsonify(services().search.find(q, **_search_options("type", "industry", "mode", "lang")).to_dict())


@bp.get("/api/autocomplete")
def autocomplete():
    """Name suggestions (pinyin, initials, inner words, short forms, one typo)."""
    q = _required("q")
    return jsonify(services().search.complete(q, **_search_options("type", "industry", "lang")).to_dict())


@bp.get("/api/ask")
def ask():
    return jsonify(services().answerer.answer(_required("q")).to_dict())


def _entity_json(iri: str | None):
    view = describe(services().graph, iri) if iri else None
    if view is None:
        abort(404, description="no such entity in this graph")
    return jsonify(view.to_dict())


@bp.get("/api/entity/<kind>/<slug>")
def entity(kind: str, slug: str):
    return _entity_json(entity_iri(services().graph, f"{kind}/{slug}"))


@bp.get("/api/entity")
def entity_by_iri():
    iri, prefix = _required("iri"), services().graph.base_iri + ID_PATH
    return _entity_json(entity_iri(services().graph, iri[len(prefix):]) if iri.startswith(prefix) else None)


@bp.get("/healthz")
def healthz():
    fault = services().fault()
    if fault is not None:
        return jsonify({"status": "unhealthy", "reason": fault}), 503
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    app = services()
    components, fault = app.readiness(), app.fault()
    ready = all(components.values())
    reason = fault if fault is not None else app.waiting_for(components)
    body = {"ready": ready, "components": components, **({"reason": reason} if reason is not None else {})}
    return jsonify(body), 200 if ready else 503


@bp.get("/openapi.json")
def openapi():
    app = services()
    return jsonify(document(app.config, app.api_limits()))
