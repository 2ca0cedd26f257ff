"""Materialise the RDFS/OWL/SKOS entailments that queries rely on.

A query for ``cj:EducationalInstitution`` must find every university and vocational
school, and a query for ``新能源`` must reach ``氢能`` through ``skos:narrowerTransitive``.
Rather than ship a general reasoner, the few rules the data needs are applied here:
subclass and subproperty closure, equivalence, inverses and SKOS hierarchy closure.
"""

from collections import defaultdict

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS


def _closure(pairs) -> dict:
    """Reflexive-free transitive closure of a relation given as (child, parent) pairs."""
    parents = defaultdict(set)
    for child, parent in pairs:
        if child != parent:
            parents[child].add(parent)
    closed = {}
    for node in list(parents):
        seen, stack = set(), list(parents[node])
        while stack:
            p = stack.pop()
            if p not in seen and p != node:
                seen.add(p)
                stack.extend(parents.get(p, ()))
        closed[node] = seen
    return closed


def _hierarchy(ontology: Graph, sub, equivalent) -> dict:
    pairs = list(ontology.subject_objects(sub))
    for a, b in ontology.subject_objects(equivalent):
        pairs += [(a, b), (b, a)]
    return _closure(pairs)


def _inverses(ontology: Graph) -> dict:
    inverse = {}
    for a, b in ontology.subject_objects(OWL.inverseOf):
        inverse[a], inverse[b] = b, a
    inverse[SKOS.broader], inverse[SKOS.narrower] = SKOS.narrower, SKOS.broader
    return inverse


class Derived(Graph):
    """The entailed triples, each remembering the triples it was derived from (``premises``)."""

    def __init__(self):
        super().__init__()
        self.premises: dict[tuple, set[tuple]] = defaultdict(set)

    def derive(self, triple: tuple, *premises: tuple) -> None:
        self.add(triple)
        self.premises[triple].update(p for p in premises if p != triple)


def materialise(data: Graph, ontology: Graph) -> Derived:
    """Return the entailed triples of ``data`` under ``ontology`` that ``data`` lacks, with their premises.

    A premise is a triple of ``data`` or another entailed triple; the ontology axiom applied
    (subclass, subproperty, inverse) is not listed.
    """
    classes = _hierarchy(ontology, RDFS.subClassOf, OWL.equivalentClass)
    properties = _hierarchy(ontology, RDFS.subPropertyOf, OWL.equivalentProperty)
    inverse = _inverses(ontology)
    out = Derived()
    for s, p, o in data:
        if p == RDF.type:
            for c in classes.get(o, ()):
                out.derive((s, RDF.type, c), (s, p, o))
            continue
        for q in {p} | properties.get(p, set()):
            out.derive((s, q, o), (s, p, o))
            if q in inverse and not isinstance(o, Literal):
                out.derive((o, inverse[q], s), (s, p, o))
    _skos_transitive(data + out, out)
    result = Derived()
    for triple in out:
        if triple not in data:
            result.derive(triple, *out.premises[triple])
    return result


def _skos_transitive(graph: Graph, out: Derived) -> None:
    """Add skos:broaderTransitive / narrowerTransitive closures (each includes the direct link).

    Each rests on the concept's direct skos:broader link and, beyond it, that parent's closure.
    """
    closed = _closure(graph.subject_objects(SKOS.broader))
    for concept, ancestors in closed.items():
        for ancestor in ancestors:
            for parent in graph.objects(concept, SKOS.broader):
                if parent == ancestor or ancestor in closed.get(parent, ()):
                    rest = () if parent == ancestor else ((parent, SKOS.broaderTransitive, ancestor),)
                    out.derive((concept, SKOS.broaderTransitive, ancestor), (concept, SKOS.broader, parent), *rest)
                    out.derive((ancestor, SKOS.narrowerTransitive, concept),
                               (concept, SKOS.broaderTransitive, ancestor))
