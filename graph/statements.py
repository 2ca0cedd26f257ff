"""The provenance graph's statement nodes: how an asserted or entailed triple is reified.

Every asserted triple (graph.emit) and every entailed one (graph.inference) is recorded as an
rdf:Statement whose IRI is a hash of the triple (``statement_iri``), and one that no source span states as a
cj:DerivedStatement naming the activity that made it (ACTIVITIES) and the statements it rests on.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from graph.namespaces import CJ, content_slug, entity_iri
from graph.triples import Collected, Spool, Triples

# How a statement that no source span states was made: activity id -> (zh label, en label).
ACTIVITIES = {
    "translation": ("编者据所依据的中文陈述译写的英文", "English rendering, by the curator, of the Chinese statement it rests on"),
    "variant": ("所依据名称的全角/半角括号写法", "Full- or half-width bracket variant of the name it rests on"),
    "curation": ("编者的记录(来源未写明),关于所依据陈述引用的实体",
                 "Recorded by the curator (no source writes it), about the entity the statement it rests on cites"),
}


# Hoisted: rdflib's namespace attribute lookups were a tenth of emitting a large build.
TYPE, SUBJECT, PREDICATE, OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
STATEMENT, DERIVED, EVIDENCE = RDF.Statement, CJ.DerivedStatement, CJ.evidence
GENERATED_BY, DERIVED_FROM = PROV.wasGeneratedBy, PROV.wasDerivedFrom


def reify(out: Triples | Spool | Collected, statement: URIRef, triple: tuple, classes: tuple, activity: URIRef | None = None,
          premises=(), base: str = "") -> None:
    """Add to ``out`` the statement node ``statement`` of ``triple``: its ``classes`` (rdf:Statement,
    cj:DerivedStatement), subject, predicate and object, and, for a derived one, the ``activity``
    that generated it and prov:wasDerivedFrom the statements (under ``base``) of its ``premises``."""
    add = out.add
    for cls in classes:
        add((statement, TYPE, cls))
    add((statement, SUBJECT, triple[0]))
    add((statement, PREDICATE, triple[1]))
    add((statement, OBJECT, triple[2]))
    if activity is not None:
        add((statement, GENERATED_BY, activity))
    for premise in premises:
        add((statement, DERIVED_FROM, URIRef(statement_iri(base, *premise))))


def citation_prefix(base: str) -> str:
    """The IRIs under which a build's Evidence nodes are made (graph.emit): a triple whose subject or
    object is one (an Evidence node's span, quote and document; an entity's cj:evidence link to it)
    is the citation of statements, never a statement that is itself reified or cited."""
    return entity_iri(base, "evidence", "")


def statement_iri(base: str, s, p, o) -> str:
    """The IRI of the rdf:Statement reifying one triple (asserted or derived) in the provenance graph."""
    return entity_iri(base, "statement", content_slug("s", s, p, o))
