"""Triples as a plain set: what a build emits, without rdflib's indexes.

rdflib's ``Graph.add`` keeps three indexes and a context map per triple; it was most of the
CPU of a large build and most of its memory. The build only adds triples, asks whether one
is there and iterates them (into the store's bulk loader), which a set of (s, p, o) tuples of
rdflib terms does at a fraction of the cost. ``graph()`` gives an rdflib Graph for callers
that query.
"""

from __future__ import annotations

from rdflib import Graph


class Triples(set):
    """A set of (subject, predicate, object) tuples of rdflib terms."""

    def graph(self) -> Graph:
        """The triples as an rdflib Graph (for querying; a copy)."""
        out = Graph()
        for triple in self:
            out.add(triple)
        return out
