"""Linked data: /id/<kind>/<slug> dereferences the project's IRIs, /ontology serves the OWL file.

Both are content-negotiated: HTML for browsers; Turtle (the default), N-Triples, JSON-LD and
RDF/XML otherwise. An entity's RDF is its concise bounded description.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request

from graph.namespaces import PREFIXES
from graph.results import FORMATS, GRAPH, write_triples
from graph.void import DATASET_PATH, VOID, void_triples
from ontology import ONTOLOGY_FILE
from graph.documents import document_view
from graph.entities import ONTOLOGY_PATH, concise_description, describe, entity_iri, ontology_terms
from web.http import html_response
from web.negotiation import negotiate
from web.services import services
from web.sparql import result_response

bp = Blueprint("linked_data", __name__)

# IRI segment → (view maker, template, its name there) for kinds with a page of their own; a maker
# returning None (e.g. a document without stored text) falls back to the entity page.
HTML_VIEWS = {"document": (document_view, "document.html", "doc")}
EXISTS = "ASK { { ?entity ?p ?o } UNION { ?s ?p ?entity } }"
ONTOLOGY_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?ontology { ?s ?p ?o } }"


def _alternates(path: str) -> list[tuple[str, str, str]]:
    """(name, media type, href) of every RDF representation of the page at ``path``."""
    return [(f.name, f.media_type, f"{path}?format={f.name}") for f in FORMATS[GRAPH]]


def _rdf(triples: list, fmt, cap: int | None = None) -> Response:
    """``triples`` in ``fmt``, at most ``cap`` of them (the service's row cap unless given)."""
    response = result_response(write_triples(triples, fmt, services().config.row_cap if cap is None else cap, PREFIXES))
    response.headers["Link"] = f'<{request.path}>; rel="canonical"'
    return response


@bp.get("/id/<kind>/<slug>")
def entity(kind: str, slug: str):
    kg = services().graph
    iri = entity_iri(kg, f"{kind}/{slug}")
    if iri is None or not kg.ask(EXISTS, entity=iri):
        abort(404, description=f"no entity {kind}/{slug} in this graph")
    fmt = negotiate(GRAPH, html=True)
    if fmt is not None:
        return _rdf(concise_description(kg, iri), fmt)
    alternates = _alternates(request.path)
    if kind in HTML_VIEWS:
        make, template, name = HTML_VIEWS[kind]
        view = make(kg, iri)
        if view is not None:
            return html_response(render_template(template, **{name: view}, alternates=alternates))
    return html_response(render_template("entity.html", entity=describe(kg, iri), alternates=alternates))


@bp.get("/" + DATASET_PATH)
def void_description():
    """The dataset's VoID description (Turtle by default), counted from the store."""
    triples = void_triples(services().graph, request.host_url + "sparql")
    fmt = negotiate(GRAPH)
    response = result_response(write_triples(triples, fmt, len(triples), {"void": VOID, **PREFIXES}))
    response.headers["Link"] = f'<{request.path}>; rel="canonical"'
    return response


@bp.get(ONTOLOGY_PATH)
def ontology():
    fmt = negotiate(GRAPH, html=True)
    kg = services().graph
    if fmt is None:
        return html_response(render_template("ontology.html", terms=ontology_terms(kg),
                                             alternates=_alternates(request.path)))
    if fmt.name != FORMATS[GRAPH][0].name:
        # the ontology is one fixed document, whole in every format: the row cap bounds answers to queries, not it
        triples = kg.construct(ONTOLOGY_CONSTRUCT, ontology=kg.graph_iri("ontology"))
        return _rdf(triples, fmt, cap=len(triples))
    response = Response(ONTOLOGY_FILE.read_bytes(), content_type=fmt.content_type)
    response.vary.add("Accept")
    return response
