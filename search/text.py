"""Text normalisation and query validation shared by documents, indexes and queries.

Every string that is compared or tokenised goes through ``normalize``: NFKC (full-width
forms and brackets become half-width), OpenCC traditional→simplified, Latin lower-cased,
whitespace runs collapsed (a question is normalised once, by the answerer at its entry; every
later stage reads that form). ``fold`` and ``normalize`` are graph.han's (the build and ingest
compare text the same way), imported here for the search modules.
"""

from __future__ import annotations

import re

from graph.han import fold as fold, normalize as normalize  # re-exported: search imports them from here
from search.errors import BadQuery

LANGS = ("zh", "en")  # the languages a query's results are labelled in
LATIN_WORD = re.compile(r"[0-9a-z]+")  # a word of Latin letters and digits in normalized text


# Characters that show nothing, besides whitespace (U+3000 and NBSP are whitespace): soft
# hyphen, zero-width spaces and joiners, direction marks, word joiner, BOM. As a regex
# character-class body, shared with the OpenAPI document's pattern for text parameters.
INVISIBLE_CLASS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
_BLANK = re.compile(f"[\\s{INVISIBLE_CLASS}]*")


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing visible (whitespace, zero-width characters, BOM)."""
    return _BLANK.fullmatch(text) is not None


def validate_query(query: object, max_chars: int, what: str = "query") -> str:
    """The query itself if usable, else BadQuery naming the problem.

    Rejected: non-strings, text with nothing visible (U+3000, NBSP, zero-width space, BOM), NUL, lone
    surrogates, and text longer than ``max_chars`` (checked before any other work).
    """
    if not isinstance(query, str):
        raise BadQuery(f"the {what} must be a string, not {type(query).__name__}")
    if len(query) > max_chars:
        raise BadQuery(f"the {what} is {len(query)} characters long; the limit is {max_chars}")
    if "\x00" in query:
        raise BadQuery(f"the {what} contains a NUL character")
    try:
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadQuery(f"the {what} contains a lone surrogate at position {exc.start}") from exc
    if is_blank(query):
        raise BadQuery(f"the {what} is empty (only invisible characters)")
    return query


def validate_k(k: object, max_k: int) -> int:
    """``k`` if it is an integer in 1..max_k, else BadQuery."""
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= max_k:
        raise BadQuery(f"k must be an integer from 1 to {max_k}, not {k!r}")
    return k


def validate_lang(lang: object) -> str:
    """'zh' or 'en', else BadQuery."""
    if lang not in LANGS:
        raise BadQuery(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def blank_match(m: re.Match) -> str:
    """As many spaces as ``m`` matched: ``pattern.sub(blank_match, text)`` blanks what ``pattern`` finds, offsets kept."""
    return " " * len(m.group())


def longest_first(words) -> list[str]:
    """``words`` longest first, ties in code-point order: a set's order changes with each process's
    string hashing, and greedy matching over it ("实训基地" or "基地项目" first in 实训基地项目) must not."""
    return sorted(words, key=lambda w: (-len(w), w))
