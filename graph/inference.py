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


def materialise(data: Graph, ontology: Graph) -> Graph:
    """Return the entailed triples of ``data`` under ``ontology`` that ``data`` lacks."""
    classes = _hierarchy(ontology, RDFS.subClassOf, OWL.equivalentClass)
    properties = _hierarchy(ontology, RDFS.subPropertyOf, OWL.equivalentProperty)
    inverse = _inverses(ontology)
    out = Graph()
    for s, p, o in data:
        if p == RDF.type:
            for c in classes.get(o, ()):
                out.add((s, RDF.type, c))
            continue
        for q in {p} | properties.get(p, set()):
            out.add((s, q, o))
            if q in inverse and not isinstance(o, Literal):
                out.add((o, inverse[q], s))
    _skos_transitive(data + out, out)
    return out - data


def _skos_transitive(graph: Graph, out: Graph) -> None:
    """Add skos:broaderTransitive / narrowerTransitive closures (each includes the direct link)."""
    closed = _closure(graph.subject_objects(SKOS.broader))
    for concept, ancestors in closed.items():
        for ancestor in ancestors:
            out.add((concept, SKOS.broaderTransitive, ancestor))
            out.add((ancestor, SKOS.narrowerTransitive, concept))
