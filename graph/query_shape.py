"""What a SPARQL query is, read lexically before any engine sees it.

``inspect_query`` tells the query form and whether FROM is used, refuses updates and SERVICE
with a clear message, and bounds the query's tokens and bracket nesting (Oxigraph's parser
recurses per level). It is a courtesy and a resource guard, not the security boundary: a
lexer can read a text differently from the engine's parser, so the guarantee that no query
reaches the network is enforced in the worker process (graph.sandbox).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.errors import QueryError, QueryRefused

QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
PROLOGUE_KEYWORDS = frozenset({"BASE", "PREFIX"})
INSPECTED_QUERIES = 256
# Oxigraph's parser recurses per nesting level: about 3,000 nested braces overflow a worker's
# stack. No real query comes near these bounds.
MAX_NESTING = 128
MAX_TOKENS = 20_000
OPENERS, CLOSERS = frozenset("{(["), frozenset("})]")
SERVICE_REFUSED = "SERVICE (federated query) is not allowed on this endpoint"

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""(?P<skip>
          \#[^\n\r]*
        | <[^<>"{}|^`\\\x00-\x20]*>
        | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"
        | [?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*
        | _:[\w.\-\u00B7]*
        | @[A-Za-z]+(?:-[A-Za-z0-9]+)*
        | (?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%.\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%])* )
      | (?P<word>[A-Za-z_]\w*)
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class QueryShape:
    """What the lexer sees: the query form (None if it cannot tell), whether FROM is used, and whether
    GROUP is (only a grouped query may be answered from the build's counts: graph.aggregate_shape parses
    those, and no other query pays rdflib's parse for it)."""

    form: str | None
    has_dataset: bool
    grouped: bool = False


def _unescape(match: re.Match) -> str:
    code = int(match.group(1) or match.group(2), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)


def keywords(query: str) -> list[str]:
    """The bare keywords of a query, upper-cased, outside comments, strings, IRIs and names.

    Raises QueryError when the query has more than MAX_TOKENS tokens or nests brackets more
    than MAX_NESTING deep.
    """
    text = _UNICODE_ESCAPE.sub(_unescape, query)
    words, depth, tokens = [], 0, 0
    for match in _TOKEN.finditer(text):
        word, other = match.group("word"), match.group("other")
        if other is not None and other.isspace():
            continue
        tokens += 1
        if tokens > MAX_TOKENS:
            raise QueryError(f"the query has more than {MAX_TOKENS} tokens")
        if word:
            words.append(word.upper())
        elif other in OPENERS:
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(f"the query nests brackets more than {MAX_NESTING} deep "
                                 f"(at character {match.start()})")
        elif other in CLOSERS:
            depth = max(0, depth - 1)
    return words


@functools.lru_cache(maxsize=INSPECTED_QUERIES)
def inspect_query(query: str) -> QueryShape:
    """The shape of a query; raises QueryRefused for updates and federated (SERVICE) queries.

    Memoised (refusals are not): the lexer costs more than a small query's evaluation, and an
    endpoint sees the same texts again and again (the web layer and QueryJob both ask).
    """
    words = keywords(query)
    if "SERVICE" in words:
        raise QueryRefused(SERVICE_REFUSED)
    first = next((w for w in words if w not in PROLOGUE_KEYWORDS), None)
    if first in UPDATE_KEYWORDS:
        raise QueryRefused(f"{first} is a SPARQL Update operation; this endpoint is read-only")
    return QueryShape(first if first in QUERY_FORMS else None, "FROM" in words, "GROUP" in words)
