"""Type and industry filters: a user's term resolved to IRIs, then to a document mask.

A type term may be a class IRI, its local name, or a zh/en label or alt label of the class
(exact match after normalisation; failing that, every class whose label contains the term).
(``cj:University`` works too). An industry term may be an IRI, the concept's slug, label or alias; it covers the concept
and all its narrower concepts (skos:narrowerTransitive).
"""

from __future__ import annotations

import numpy as np

from search.documents import CJ, Catalogue, Names
from search.errors import BadQuery
from search.text import normalize


def _keys(iri: str, names: Names) -> set[str]:
    local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    prefixed = f"cj:{local}" if iri.startswith(CJ) else ""
    return {normalize(v) for v in (iri, local, prefixed, *names.values) if v}


def _resolve(term: str, named: dict[str, Names], what: str) -> frozenset[str]:
    wanted = normalize(term)
    exact = frozenset(iri for iri, names in named.items() if wanted in _keys(iri, names))
    if exact:
        return exact
    partial = frozenset(
        iri for iri, names in named.items() if any(wanted in normalize(v) for v in (names.zh, names.en) if v)
    )
    if partial and wanted:
        return partial
    known = sorted({names.zh or names.en for names in named.values() if names.zh or names.en})
    raise BadQuery(f"unknown {what} {term!r}; known: {', '.join(known)}")


def resolve_type(term: str, catalogue: Catalogue) -> frozenset[str]:
    """The class IRIs a type term names; BadQuery listing the known types if none."""
    return _resolve(term, catalogue.classes, "type")


def resolve_industry(term: str, catalogue: Catalogue) -> frozenset[str]:
    """The industry IRIs a term names, with all their narrower concepts."""
    roots = _resolve(term, catalogue.industry_names, "industry")
    return frozenset().union(*(catalogue.industry_scope.get(r, {r}) for r in roots))


def document_mask(catalogue: Catalogue, type: str | None, industry: str | None) -> np.ndarray | None:
    """A boolean mask over the catalogue's documents, or None when nothing is filtered. The mask
    is read-only: the engine keeps it for the next search with the same filter."""
    if type is None and industry is None:
        return None
    classes = resolve_type(type, catalogue) if type is not None else None
    industries = resolve_industry(industry, catalogue) if industry is not None else None
    mask = np.fromiter(
        ((classes is None or bool(doc.types & classes)) and (industries is None or bool(doc.industries & industries))
         for doc in catalogue.docs),
        dtype=bool, count=len(catalogue.docs),
    )
    mask.flags.writeable = False
    return mask


def class_mentions(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """Per class, the normalised labels and alt labels (two characters or more) a query may mention."""
    return {
        iri: frozenset(k for k in (normalize(v) for v in n.values) if len(k) >= 2)
        for iri, n in catalogue.classes.items()
    }


def mentioned_classes(norm_query: str, mentions: dict[str, frozenset[str]]) -> frozenset[str]:
    """The classes a normalised query names: a Han label as a substring, a Latin one as whole words."""
    padded = f" {norm_query} "
    return frozenset(
        iri for iri, keys in mentions.items()
        if any((f" {k} " in padded) if k.isascii() else (k in norm_query) for k in keys)
    )
