"""Materialise the RDFS/OWL/SKOS entailments that queries rely on.

A query for ``cj:EducationalInstitution`` must find every university and vocational
school, and a query for ``新能源`` must reach ``氢能`` through ``skos:narrowerTransitive``.
Rather than ship a general reasoner, the few rules the data needs are applied here:
subclass and subproperty closure, equivalence, inverses and SKOS hierarchy closure.
The data is a collection of (s, p, o) rdflib terms (a graph.triples.Triples or an rdflib Graph).
"""

from collections import defaultdict
from collections.abc import Collection

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


class Derived(dict):
    """The entailed triples (the keys, so that iterating gives triples), each mapped to the
    triples it was derived from (its premises, a tuple without repeats)."""

    def derive(self, triple: tuple, *premises: tuple) -> None:
        known = self.get(triple, ())
        self[triple] = known + tuple(p for p in dict.fromkeys(premises) if p != triple and p not in known)


def materialise(data: Collection, ontology: Graph) -> Derived:
    """Return the entailed triples of ``data`` under ``ontology`` that ``data`` lacks, with their premises.

    A premise is a triple of ``data`` or another entailed triple; the ontology axiom applied
    (subclass, subproperty, inverse) is not listed.
    """
    classes = _hierarchy(ontology, RDFS.subClassOf, OWL.equivalentClass)
    properties = _hierarchy(ontology, RDFS.subPropertyOf, OWL.equivalentProperty)
    inverse = _inverses(ontology)
    out, broader = Derived(), []
    for s, p, o in data:
        if p == RDF.type:
            for c in classes.get(o, ()):
                out.derive((s, RDF.type, c), (s, p, o))
            continue
        if p == SKOS.broader:
            broader.append((s, o))
        for q in {p} | properties.get(p, set()):
            out.derive((s, q, o), (s, p, o))
            if q in inverse and not isinstance(o, Literal):
                out.derive((o, inverse[q], s), (s, p, o))
    broader += [(s, o) for s, p, o in out if p == SKOS.broader]
    _skos_transitive(broader, out)
    return Derived((triple, premises) for triple, premises in out.items() if triple not in data)


def _skos_transitive(broader: list[tuple], out: Derived) -> None:
    """Add skos:broaderTransitive / narrowerTransitive closures (each includes the direct link),
    from the direct skos:broader links (stated or entailed) ``broader``.

    Each rests on the concept's direct skos:broader link and, beyond it, that parent's closure.
    """
    parents = defaultdict(set)
    for concept, parent in broader:
        parents[concept].add(parent)
    closed = _closure(broader)
    for concept, ancestors in closed.items():
        for ancestor in ancestors:
            for parent in sorted(parents[concept]):
                if parent == ancestor or ancestor in closed.get(parent, ()):
                    rest = () if parent == ancestor else ((parent, SKOS.broaderTransitive, ancestor),)
                    out.derive((concept, SKOS.broaderTransitive, ancestor), (concept, SKOS.broader, parent), *rest)
                    out.derive((ancestor, SKOS.narrowerTransitive, concept),
                               (concept, SKOS.broaderTransitive, ancestor))
