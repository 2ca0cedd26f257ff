"""SPARQL results serialisation with a row cap.

SELECT and ASK results are written here (SPARQL 1.1 Query Results JSON, XML, CSV and TSV)
rather than by pyoxigraph, so that at most ``cap`` rows are ever read from the lazy
iterator: evaluation stops at the cap. CONSTRUCT and DESCRIBE triples are capped the
same way and then serialised by pyoxigraph (Turtle, N-Triples, JSON-LD, RDF/XML).

``FORMATS`` is the one table of result formats: their names (the ``format=`` parameter),
media types, aliases and the query forms they serve.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph.embedded import to_ox
from graph.errors import ChanjiaoError
from graph.terms import XSD_STRING, Triple

RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_XML_SPARQL = f'<?xml version="1.0"?><sparql xmlns="{RESULTS_NS}">'  # opens every XML result

SOLUTIONS = "solutions"
GRAPH = "graph"


@dataclass(frozen=True)
class ResultFormat:
    """One serialisation: ``name`` is its ``format=`` value, ``aliases`` other names and media types."""

    name: str
    family: str
    media_type: str
    iri: str
    aliases: tuple[str, ...] = ()
    rdf_format: ox.RdfFormat | None = None

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"


def _solutions(name: str, fmt: ox.QueryResultsFormat, *aliases: str) -> ResultFormat:
    media_type = fmt.media_type.split(";")[0]
    return ResultFormat(name, SOLUTIONS, media_type, fmt.iri, (fmt.file_extension, *aliases))


def _graph(name: str, fmt: ox.RdfFormat, *aliases: str) -> ResultFormat:
    return ResultFormat(name, GRAPH, fmt.media_type, fmt.iri, aliases, fmt)


FORMATS: dict[str, tuple[ResultFormat, ...]] = {
    SOLUTIONS: (
        _solutions("json", ox.QueryResultsFormat.JSON, "application/json", "text/javascript", "application/javascript"),
        _solutions("xml", ox.QueryResultsFormat.XML, "application/xml", "text/xml"),
        _solutions("csv", ox.QueryResultsFormat.CSV),
        _solutions("tsv", ox.QueryResultsFormat.TSV),
    ),
    GRAPH: (
        _graph("turtle", ox.RdfFormat.TURTLE, "ttl", "application/turtle", "application/x-turtle",
               "n3", "text/n3", "text/rdf+n3", "application/n3"),
        _graph("ntriples", ox.RdfFormat.N_TRIPLES, "nt", "n-triples", "text/plain"),
        _graph("jsonld", ox.RdfFormat.JSON_LD, "json-ld", "json", "application/json", "application/x-json+ld"),
        _graph("rdfxml", ox.RdfFormat.RDF_XML, "rdf+xml", "rdf", "xml", "application/xml", "text/xml"),
    ),
}


def format_named(family: str, name: str) -> ResultFormat | None:
    """The format of ``family`` whose name is exactly ``name``."""
    return next((fmt for fmt in FORMATS[family] if fmt.name == name), None)


def find_format(family: str, name: str) -> ResultFormat | None:
    """The format of ``family`` that ``name`` (a format name, alias or media type) selects."""
    key = name.strip().lower()
    for fmt in FORMATS[family]:
        if key in (fmt.name, fmt.media_type, *fmt.aliases):
            return fmt
    return None


@dataclass(frozen=True)
class Serialised:
    """A serialised result: ``count`` rows or triples, ``truncated`` when the cap cut it short."""

    body: bytes
    media_type: str
    count: int
    truncated: bool


class NoAcceptableFormat(ChanjiaoError):
    """No requested format can represent the result (e.g. only graph formats for a SELECT)."""


def _capped(iterator, cap: int) -> tuple[list, bool]:
    items = list(islice(iterator, cap + 1))
    return items[:cap], len(items) > cap


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}


_escape_json = json.encoder.encode_basestring


def _json_fragment(term) -> str:
    """The JSON text of one term (written by hand: json.dumps per term costs more than the query)."""
    if isinstance(term, ox.NamedNode):
        return '{"type":"uri","value":' + _escape_json(term.value) + "}"
    if isinstance(term, ox.BlankNode):
        return '{"type":"bnode","value":' + _escape_json(term.value) + "}"
    if isinstance(term, ox.Literal):
        if term.language:
            extra = ',"xml:lang":' + _escape_json(term.language)
        else:
            datatype = term.datatype.value
            extra = "" if datatype == XSD_STRING else ',"datatype":' + _escape_json(datatype)
        return '{"type":"literal","value":' + _escape_json(term.value) + extra + "}"
    return json.dumps(_json_term(term), ensure_ascii=False, separators=(",", ":"))


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attr = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype.value != XSD_STRING:
            attr = f" datatype={quoteattr(term.datatype.value)}"
        else:
            attr = ""
        return f"<literal{attr}>{escape(term.value)}</literal>"
    parts = "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object"))
    return f"<triple>{parts}</triple>"


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


class _Fragments(dict):
    """Serialised terms by term: a result repeats its IRIs, so each is written once."""

    def __init__(self, write):
        super().__init__()
        self.write = write

    def __missing__(self, term) -> str:
        self[term] = fragment = self.write(term)
        return fragment


def _json_solutions(variables: list[str], rows: list) -> bytes:
    keys = [json.dumps(v, ensure_ascii=False) + ":" for v in variables]
    terms = _Fragments(_json_fragment)
    bindings = ",".join("{" + ",".join(k + terms[t] for k, t in zip(keys, row) if t is not None) + "}" for row in rows)
    head = json.dumps(variables, ensure_ascii=False)
    return f'{{"head":{{"vars":{head}}},"results":{{"bindings":[{bindings}]}}}}'.encode()


def _xml_solutions(variables: list[str], rows: list) -> bytes:
    names = [f"<binding name={quoteattr(v)}>" for v in variables]
    terms = _Fragments(_xml_term)
    out = [f"{_XML_SPARQL}<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head><results>")
    out += ["<result>" + "".join(n + terms[t] + "</binding>" for n, t in zip(names, row) if t is not None) + "</result>"
            for row in rows]
    out.append("</results></sparql>")
    return "".join(out).encode("utf-8")


def _csv_solutions(variables: list[str], rows: list) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_term(t) for t in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _tsv_solutions(variables: list[str], rows: list) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_SOLUTION_WRITERS = {"json": _json_solutions, "xml": _xml_solutions, "csv": _csv_solutions, "tsv": _tsv_solutions}

_BOOLEAN_WRITERS = {
    "json": lambda value: json.dumps({"head": {}, "boolean": value}, separators=(",", ":")),
    "xml": lambda value: f"{_XML_SPARQL}<head/><boolean>{str(value).lower()}</boolean></sparql>",
    "csv": lambda value: str(value).lower(),
    "tsv": lambda value: str(value).lower(),
}


def write_solutions(results: ox.QuerySolutions, fmt: ResultFormat, cap: int) -> Serialised:
    """Serialise at most ``cap`` rows of a SELECT result."""
    return write_rows([v.value for v in results.variables], results, fmt, cap)


def write_rows(variables: list[str], solutions: Iterable, fmt: ResultFormat, cap: int) -> Serialised:
    """Serialise at most ``cap`` rows, each a sequence of pyoxigraph terms (None: unbound) in the
    order of ``variables``."""
    rows, truncated = _capped(iter(solutions), cap)
    body = _SOLUTION_WRITERS[fmt.name](variables, rows)
    return Serialised(body, fmt.content_type, len(rows), truncated)


def write_boolean(value: bool, fmt: ResultFormat) -> Serialised:
    """Serialise an ASK result."""
    return Serialised(_BOOLEAN_WRITERS[fmt.name](bool(value)).encode("utf-8"), fmt.content_type, 1, False)


def write_ox_triples(triples, fmt: ResultFormat, cap: int, prefixes: dict[str, str] | None = None) -> Serialised:
    """Serialise at most ``cap`` pyoxigraph triples of a CONSTRUCT or DESCRIBE result."""
    kept, truncated = _capped(triples, cap)
    body = ox.serialize(kept, format=fmt.rdf_format, prefixes=prefixes)
    # pyoxigraph's stub says bytes | None for want of an overload: with no output it returns bytes
    return Serialised(body, fmt.content_type, len(kept), truncated)  # type: ignore[arg-type]


def write_triples(triples: Iterable[Triple], fmt: ResultFormat, cap: int,
                  prefixes: dict[str, str] | None = None) -> Serialised:
    """Serialise at most ``cap`` triples of plain terms (graph.terms)."""
    converted = (ox.Triple(*(to_ox(term) for term in triple)) for triple in triples)
    return write_ox_triples(converted, fmt, cap, prefixes)


def serialise(results, formats: dict[str, ResultFormat], cap: int, prefixes: dict[str, str] | None = None) -> Serialised:
    """Serialise any query result in the format ``formats`` names for its family.

    Raises NoAcceptableFormat when ``formats`` has no entry for the result's family.
    """
    family = GRAPH if isinstance(results, ox.QueryTriples) else SOLUTIONS
    fmt = formats.get(family)
    if fmt is None:
        raise NoAcceptableFormat(f"no acceptable {family} format was requested")
    if isinstance(results, ox.QueryBoolean):
        return write_boolean(bool(results), fmt)
    if isinstance(results, ox.QuerySolutions):
        return write_solutions(results, fmt, cap)
    return write_ox_triples(results, fmt, cap, prefixes)
