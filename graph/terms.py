"""RDF terms as plain Python values: what every store backend returns, whatever its engine.

A ``Term`` is an IRI, a blank node or a literal (with its language or datatype); a triple is a
tuple of three terms. ``to_python`` turns a term into the value ``KnowledgeGraph.select``
gives (IRIs and strings as str, numbers as numbers); ``Term.n3`` is its SPARQL / N-Triples
syntax, which is how values are bound into queries; ``from_json`` reads a term of the SPARQL
1.1 Query Results JSON format (the remote store and the notebooks' endpoint client).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Mapping

from graph.errors import BadInput, QueryError, UnboundVariable

IRI, BLANK, LITERAL, TRIPLE = "iri", "bnode", "literal", "triple"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = f"{XSD}string"
XSD_INTEGER = f"{XSD}integer"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_NUMERIC = {f"{XSD}{name}": kind for kind, names in ((int, ("integer", "int", "long")),
                                                    (float, ("decimal", "double", "float")))
            for name in names}
_BOOLEAN = f"{XSD}boolean"
# What an IRIREF may not contain (SPARQL 1.1 grammar, production IRIREF), and a scheme.
_BAD_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f]')


@dataclass(frozen=True)
class Term:
    """One RDF term. ``kind`` is IRI, BLANK or LITERAL; a literal has a ``lang`` or a ``datatype``
    (None for a plain xsd:string)."""

    value: str
    kind: str = IRI
    lang: str | None = None
    datatype: str | None = None

    @property
    def is_iri(self) -> bool:
        return self.kind == IRI

    @property
    def is_literal(self) -> bool:
        return self.kind == LITERAL

    def n3(self) -> str:
        """The term in SPARQL / N-Triples syntax (BadInput for an IRI that is not absolute)."""
        if self.kind == IRI:
            return f"<{checked_iri(self.value)}>"
        if self.kind == BLANK:
            return f"_:{self.value}"
        text = '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group()], self.value) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        return text if self.datatype is None else f"{text}^^<{checked_iri(self.datatype)}>"


Triple = tuple[Term, Term, Term]


def iri(value: str) -> Term:
    return Term(value, IRI)


def blank(value: str) -> Term:
    return Term(value, BLANK)


def literal(value: str, lang: str | None = None, datatype: str | None = None) -> Term:
    """A literal; an xsd:string or rdf:langString datatype is implied, never stored."""
    return Term(value, LITERAL, lang or None, None if datatype in (XSD_STRING, RDF_LANG_STRING) else datatype)


def checked_iri(value: str) -> str:
    """``value`` if it is an absolute IRI that SPARQL can write between <>; else BadInput."""
    if not _SCHEME.match(value) or _BAD_IRI.search(value):
        raise BadInput(f"not an absolute IRI: {value!r}")
    return value


def to_python(term: Term | None):
    """A term as a plain Python value: IRIs and strings as str, numbers as numbers, blank nodes as _:x."""
    if term is None:
        return None
    if term.kind == BLANK:
        return f"_:{term.value}"
    if term.kind == LITERAL:
        return literal_value(term.value, term.datatype)
    return term.value


def literal_value(value: str, datatype: str | None):
    """A literal's plain Python value (``to_python``): a number for a numeric datatype (an ill-typed
    one, "abc"^^xsd:integer, stays text), a bool for xsd:boolean, else its text."""
    kind = _NUMERIC.get(datatype) if datatype is not None else None
    if kind is not None:
        try:
            return kind(value)
        except ValueError:
            return value
    if datatype == _BOOLEAN:
        return value in ("true", "1")
    return value


def bound(row: Mapping[str, Term | None], name: str) -> Term:
    """The term of ``name`` in a result row whose query always binds it; UnboundVariable if not."""
    term = row.get(name)
    if term is None:
        raise UnboundVariable(f"the store left ?{name} unbound in a row where the query binds it")
    return term


def as_term(value) -> Term:
    """A value to bind into a query: a Term as it is, a string starting with http(s):// or urn: as
    an IRI, any other value as a literal of its text."""
    if isinstance(value, Term):
        return value
    if isinstance(value, str) and value.startswith(("http://", "https://", "urn:")):
        return iri(value)
    return literal(value if isinstance(value, str) else str(value))


def from_json(term: dict | None) -> Term | None:
    """A term of the SPARQL 1.1 Query Results JSON format (None for an unbound variable)."""
    if term is None:
        return None
    kind = term.get("type")
    if kind == "uri":
        return iri(term["value"])
    if kind == "bnode":
        return blank(term["value"])
    if kind in ("literal", "typed-literal"):
        return literal(term["value"], term.get("xml:lang"), term.get("datatype"))
    raise BadInput(f"unsupported term in a query result: {kind!r}")


def json_rows(body: dict) -> list[dict[str, Term | None]]:
    """The rows of a SPARQL 1.1 Query Results JSON document; QueryError when it is not a SELECT's."""
    if "results" not in body:
        raise QueryError("not a SELECT query")
    names = body["head"].get("vars", [])
    return [{n: from_json(row.get(n)) for n in names} for row in body["results"]["bindings"]]


def json_boolean(body: dict) -> bool:
    """The answer of a SPARQL 1.1 Query Results JSON document; QueryError when it is not an ASK's."""
    if "boolean" not in body:
        raise QueryError("not an ASK query")
    return bool(body["boolean"])
