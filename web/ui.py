"""Browser pages: the SPARQL editor with the researchers' queries, the embeddable widget and its demo.

A thin shell: it renders templates and serves assets. The home page template
(templates/index.html) is rendered by web.pages, entity pages by web.linked_data; the entity
page includes templates/entity_graph.html for the neighbourhood graph.
The researchers' queries are the files static/queries/NN-slug.rq; the first two comment lines
of each are its Chinese and English titles, and the whole file is what the editor shows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_from_directory

from graph.documents import source_documents
from graph.errors import StoreNotBuilt
from graph.namespaces import PREFIXES
from web.services import ServiceUnavailable, services
from web.sparql_text import compact_query

bp = Blueprint("ui", __name__)

STATIC = Path(__file__).resolve().parent / "static"
QUERY_DIR = STATIC / "queries"
WIDGET_DIR = STATIC / "js"
WIDGET_FILE = "widget.js"
WIDGET_MAX_AGE_S = 300
# Swagger UI's browser files, as the flask-swagger-ui package ships them; only these are served.
SWAGGER_DIR = Path(str(files("flask_swagger_ui") / "dist"))
SWAGGER_FILES = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "LICENSE"})
SWAGGER_MAX_AGE_S = 86400


@dataclass(frozen=True)
class Site:
    """What every page's header and footer show: the generic name, and the graph's own sources
    (None while the store is not open yet)."""

    name_zh: str = "产教融合知识图谱"
    name_en: str = "Industry–Education Integration Knowledge Graph"
    sources: tuple | None = None


@bp.app_context_processor
def site_context() -> dict:
    try:
        sources = source_documents(services().graph)
    except (ServiceUnavailable, StoreNotBuilt):  # an error page while the store is missing or opening
        sources = None
    return {"site": Site(sources=sources)}


@dataclass(frozen=True)
class ResearcherQuery:
    slug: str
    title_zh: str
    title_en: str
    text: str


def _title(line: str, path: Path) -> str:
    if not line.startswith("#"):
        raise ValueError(f"{path.name}: the first two lines must be '# ' comments holding the zh and en titles")
    return line.lstrip("#").strip()


@cache
def researcher_queries() -> tuple[ResearcherQuery, ...]:
    """The preloaded queries of the editor, in file-name order."""
    queries = []
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        zh, en = (_title(line, path) for line in text.splitlines()[:2])
        queries.append(ResearcherQuery(path.stem, zh, en, text))
    return tuple(queries)


def query_page(query: str | None) -> str:
    """The query editor, running ``query`` (written with prefixed names) when one is given."""
    site = {"base": services().config.build.base_iri, "prefixes": PREFIXES}
    return render_template("query.html", queries=[asdict(q) for q in researcher_queries()], sparql_site=site,
                           initial_query=compact_query(query, PREFIXES) if query else None)


@bp.get("/query")
def query_editor():
    return query_page(request.args.get("query"))


@bp.get("/widget-demo")
def widget_demo():
    return render_template("widget_demo.html", origin=request.host_url.rstrip("/"))


@bp.get("/widget.js")
def widget():
    return send_from_directory(WIDGET_DIR, WIDGET_FILE, mimetype="text/javascript", max_age=WIDGET_MAX_AGE_S)


@bp.get("/api/docs")
def api_docs():
    return render_template("api_docs.html")


@bp.get("/api/docs/<name>")
def swagger_file(name: str):
    if name not in SWAGGER_FILES:
        abort(404, description=f"no such file of the API page: {name}")
    return send_from_directory(SWAGGER_DIR, name, max_age=SWAGGER_MAX_AGE_S)
