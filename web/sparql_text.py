"""SPARQL text for people: a query with prefixed names instead of full IRIs, and syntax errors
explained by line, column and the token found there.

Oxigraph's parser reports where its grammar gave up and which literal tokens it would have
taken there ("error at 1:10: expected CONSTRUCT" for ``SELEC``), which misleads when the real
fault is a mistyped keyword or a bare word. A bare word that is no SPARQL keyword is always an
error, so it is named first, with the nearest keyword.
"""

from __future__ import annotations

import difflib
import re

from graph.query_shape import _TOKEN

POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
MAX_EXPECTED_CHARS = 160
# Every bare word a SPARQL 1.1 query (and Oxigraph's RDF 1.2 additions) may hold, upper-cased;
# "a" is rdf:type. (A word list read as text: SIM905 would turn it into 130 quoted strings.)
KEYWORDS = frozenset("""
A BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK DISTINCT REDUCED AS FROM NAMED WHERE ORDER BY ASC DESC LIMIT
OFFSET GROUP HAVING VALUES UNDEF OPTIONAL GRAPH SERVICE SILENT BIND MINUS FILTER UNION NOT IN EXISTS TRUE
FALSE STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE
ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE
TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK
ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR
TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE LANGDIR STRLANGDIR HASLANG HASLANGDIR
INSERT DELETE DATA LOAD CLEAR DROP CREATE ADD MOVE COPY WITH INTO TO USING DEFAULT ALL
""".split())  # noqa: SIM905
# How alike a word must be to a keyword to be offered as its correction (SELEC → SELECT, not foo → FLOOR).
KEYWORD_LIKENESS = 0.8


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` of ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return min(starts[min(line, len(starts)) - 1] + max(column - 1, 0), len(text))


def _unknown_word(query: str) -> tuple[str, int] | None:
    """The first bare word that is no SPARQL keyword, and where it starts."""
    for match in _TOKEN.finditer(query):
        word = match.group("word")
        if word and word.upper() not in KEYWORDS:
            return word, match.start()
    return None


def _found_at(query: str, offset: int) -> str:
    """The token at ``offset`` (or the next one), quoted; past the last one, what the query ends with."""
    rest = query[offset:].lstrip()
    if rest:
        match = _TOKEN.match(rest)
        return f"found '{match.group(0)[:40] if match else rest[:1]}'"
    before = query[:offset].rstrip()
    return f"the query ends after '{before.split()[-1][-40:]}'" if before else "the query is empty"


def explain_syntax_error(query: str, message: str) -> str:
    """A reader's message for the parser's ``message`` about ``query``: line, column, the token
    found and what was expected. Messages without a position are returned as they are."""
    parsed = POSITION.match(message)
    if parsed is None:
        return message
    unknown = _unknown_word(query)
    if unknown is not None:
        word, start = unknown
        line, column = line_column(query, start)
        near = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=KEYWORD_LIKENESS)
        hint = f" (did you mean {near[0]}?)" if near else " (a prefixed name needs a colon, e.g. cj:University; an IRI goes in <…>)"
        return f"SPARQL syntax error at line {line}, column {column}: found '{word}', which is not a SPARQL keyword{hint}"
    line, column, expected = int(parsed[1]), int(parsed[2]), " ".join(parsed[3].split())
    if len(expected) > MAX_EXPECTED_CHARS:
        expected = expected[:MAX_EXPECTED_CHARS].rsplit(",", 1)[0] + ", …"
    found = _found_at(query, _offset(query, line, column))
    return f"SPARQL syntax error at line {line}, column {column}: {found}; the parser {expected}"


# A full IRI whose namespace is a predeclared prefix and whose rest is a plain local name.
IRI = re.compile(r"<([^<>\s]+)>")
LOCAL_NAME = re.compile(r"[A-Za-z_][\w\-]*\Z")
PREFIX_LINE = re.compile(r"^\s*PREFIX\s+(\w*):\s*<([^>]*)>\s*\n?", re.IGNORECASE | re.MULTILINE)


def compact_query(query: str, prefixes: dict[str, str]) -> str:
    """``query`` with full IRIs written as prefixed names and only the PREFIX lines it uses
    (the endpoint predeclares ``prefixes``; the lines are kept for other endpoints and editors)."""
    by_length = sorted(prefixes.items(), key=lambda item: len(item[1]), reverse=True)
    declared = dict(PREFIX_LINE.findall(query))
    body = PREFIX_LINE.sub("", query)

    def shorten(match: re.Match) -> str:
        iri = match[1]
        for name, namespace in by_length:
            if iri.startswith(namespace) and LOCAL_NAME.match(iri[len(namespace):]):
                return f"{name}:{iri[len(namespace):]}"
        return match[0]

    body = IRI.sub(shorten, body)
    used = {**prefixes, **declared}
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in used.items() if re.search(rf"(?<![\w:<]){name}:", body)]
    return "\n".join(lines) + ("\n\n" if lines else "") + body.lstrip("\n")
