"""Namespaces and IRI minting. IRIs are derived from curated ids, never from counters."""

import hashlib

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

CJ = Namespace("https://w3id.org/chanjiao/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")

DEFAULT_BASE_IRI = "https://w3id.org/chanjiao/"

PREFIXES = {
    "cj": str(CJ),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "foaf": str(FOAF),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "oa": str(OA),
}

GRAPH_NAMES = ("data", "ontology", "inferred", "provenance")


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries written in this project."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def entity_iri(base: str, kind: str, slug: str) -> str:
    """The IRI of a curated entity: ``{base}id/{kind}/{slug}``."""
    return f"{base}id/{kind}/{slug}"


def span_fragment(start: int, end: int) -> str:
    """The RFC 5147 fragment naming the characters [start, end) of a plain-text document."""
    return f"char={start},{end}"


def span_iri(document_iri: str, start: int, end: int) -> str:
    """The IRI of one span of a source document: the document's IRI with an RFC 5147 fragment.

    Under the project's base it is also the span's link on the document page
    (``/id/document/<id>#char=START,END``, where the span is a ``<mark id="char=START,END">``).
    """
    return f"{document_iri}#{span_fragment(start, end)}"


def site_path(base: str, iri: str) -> str:
    """Where ``iri`` is served by this project's site: ``/id/…`` for an IRI under ``base``, else the IRI."""
    return "/" + iri[len(base):] if iri.startswith(base + "id/") else iri


def span_path(base: str, document_iri: str, start: int, end: int) -> str:
    """The link to one span of a source document (``/id/document/<id>#char=START,END`` for the
    project's own documents): the one helper every citation link is made with."""
    return site_path(base, span_iri(document_iri, start, end))


def graph_iri(base: str, name: str) -> str:
    """The IRI of one of the dataset's named graphs (see GRAPH_NAMES)."""
    return f"{base}graph/{name}"


SLUG_SEPARATOR, SLUG_DIGITS = "\x1f", 10  # between the hashed parts; hex digits of the hash kept


def content_slug(owner: str, *parts: object) -> str:
    """A stable slug for a derived node: the owner's slug plus a short hash of its content."""
    digest = hashlib.sha1(SLUG_SEPARATOR.join(map(str, parts)).encode("utf-8")).hexdigest()[:SLUG_DIGITS]
    return f"{owner}-{digest}"
