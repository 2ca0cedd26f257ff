"""The Flask app factory: blueprints, hygiene hooks and error handlers; nothing heavy is built here."""

from __future__ import annotations

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from web import api, errors, http, linked_data, pages, sparql, ui
from web.config import ServerConfig
from web.services import EXTENSION, Services

BLUEPRINTS = (sparql.bp, linked_data.bp, api.bp, pages.bp, ui.bp)


class JSONProvider(DefaultJSONProvider):
    ensure_ascii = False  # Chinese text as itself, not \u escapes
    sort_keys = False  # keys in the order the library builds them


def create_app(config: ServerConfig | None = None, services: Services | None = None) -> Flask:
    """A WSGI app serving ``config``; ``services`` (for tests) replaces the lazily created ones."""
    config = config or ServerConfig()
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=config.max_body_bytes, JSON_SORT_KEYS=False)
    app.json = JSONProvider(app)
    app.extensions[EXTENSION] = services = services or Services(config)
    services.install(app)
    http.install(app, config.access_log)
    errors.install(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app
