"""The one definition of a Chinese (Han) character, for every module that tells Chinese text apart,
and the one traditional→simplified conversion (``simplified``) and the forms text is compared in
(``fold``, ``normalize``), for the build, ingest and search alike (search.text re-exports them).

The class covers CJK Unified Ideographs Extension A (U+3400–U+4DBF), the Unified Ideographs
(U+4E00–U+9FFF) and the Compatibility Ideographs (U+F900–U+FAFF). Embed ``HAN_CHARS`` in a
character class to build other patterns; ``HAN`` matches one character, ``HAN_RUN`` a run.
"""

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

HAN_CHARS = "\u3400-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CHARS}]")
HAN_RUN = re.compile(f"[{HAN_CHARS}]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported on first use: most modules that tell Han apart never convert

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with traditional characters and phrases in simplified script (OpenCC t2s)."""
    # ASCII holds no traditional character: names in English or pinyin skip OpenCC (most of an English
    # catalogue's strings; NameForms' start at 1000x was mostly this call)
    return text if text.isascii() else _t2s().convert(text)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """NFKC and traditional→simplified with case kept, whitespace runs one space, stripped: the
    form texts are embedded in."""
    return _SPACES.sub(" ", simplified(unicodedata.normalize("NFKC", text))).strip()


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    return fold(text).lower()


# Every text ``normalize`` was given inside ``remembering`` and its form, in the context (thread) that entered the
# block; None outside, where a server's questions would grow it without end and the 4,096 most recent are kept. A
# context variable, not a module global: a thread normalising beside a build's block neither fills its memo nor keeps
# it alive, and two blocks entered in two threads each end their own (a global, reset by the first to end, was left
# set by the second: a memo kept, and grown, for the life of the process).
_HELD: ContextVar[dict[str, str] | None] = ContextVar("graph.han.held", default=None)


def normalize(text: str) -> str:
    """``fold`` lower-cased: the form every compared or tokenised string takes."""
    held = _HELD.get()
    if held is None:
        return _normalized(text)
    found = held.get(text)
    if found is None:
        found = held[text] = _normalized(text)
    return found


@contextmanager
def remembering() -> Iterator[None]:
    """Within the block ``normalize`` remembers the form of every text it is given in this context (thread), not
    the last 4,096; all are forgotten at the end of the outermost block (a nested block shares its memo). For a
    build's part that normalises the same names table after table: the question answerer's tables normalised
    ~28,000 distinct names and labels 494,000 times at 100x the seed, one after the other, and 190,000 of those
    calls missed the last 4,096 (bench/results/tables31-2026-12-06.md). Other threads, and threads this one
    starts (a new thread begins in an empty context), normalise as outside the block."""
    outer = _HELD.get()
    token = _HELD.set({} if outer is None else outer)
    try:
        yield
    finally:
        _HELD.reset(token)


def language(text: str) -> str:
    """The language tag of a text: "zh" when it holds a Han character, else "en"."""
    return "zh" if HAN.search(text) else "en"
