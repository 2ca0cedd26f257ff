"""Prefix suggestions over labels and aliases: pure string work, never the neural encoder.

Tiers, best first: exact label or alias, prefix of a label, prefix of an alias, substring of
a label, substring of an alias. Within a tier shorter names come first. One suggestion per
entity (its best match).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from search.text import normalize

EXACT, LABEL_PREFIX, ALIAS_PREFIX, LABEL_SUBSTRING, ALIAS_SUBSTRING = range(5)
TIER_NAMES = ("exact", "label prefix", "alias prefix", "label substring", "alias substring")
_PREFIX_TIER = {True: LABEL_PREFIX, False: ALIAS_PREFIX}
_SUBSTRING_TIER = {True: LABEL_SUBSTRING, False: ALIAS_SUBSTRING}


@dataclass(frozen=True, order=True)
class NameEntry:
    """One label or alias: its normalised key, the text as written and its document."""

    key: str
    text: str
    doc: int
    is_label: bool


@dataclass(frozen=True)
class Match:
    doc: int
    text: str
    tier: int

    def rank_key(self) -> tuple:
        return (self.tier, len(self.text), self.text, self.doc)


class PrefixIndex:
    """Sorted normalised names for bisecting prefixes, scanned for substrings when short of k."""

    def __init__(self, names: Sequence[tuple[tuple[str, ...], tuple[str, ...]]]):
        """``names[i]`` is (labels, aliases) of document i."""
        entries = {
            (normalize(text), text, doc, is_label)
            for doc, (labels, aliases) in enumerate(names)
            for is_label, texts in ((True, labels), (False, aliases))
            for text in texts if text.strip()
        }
        self._entries = sorted(NameEntry(*e) for e in entries)
        self._keys = [e.key for e in self._entries]

    def lookup(self, prefix: str, k: int, allowed: np.ndarray | None = None) -> list[Match]:
        """The ``k`` best matches for ``prefix`` (already validated), one per document."""
        wanted = normalize(prefix)
        best: dict[int, Match] = {}
        start = bisect_left(self._keys, wanted)
        for entry in self._entries[start:]:
            if not entry.key.startswith(wanted):
                break
            tier = EXACT if entry.key == wanted else _PREFIX_TIER[entry.is_label]
            self._offer(best, entry, tier, allowed)
        if len(best) < k:
            for entry in self._entries:
                if wanted in entry.key and not entry.key.startswith(wanted):
                    self._offer(best, entry, _SUBSTRING_TIER[entry.is_label], allowed)
        return sorted(best.values(), key=Match.rank_key)[:k]

    @staticmethod
    def _offer(best: dict[int, Match], entry: NameEntry, tier: int, allowed) -> None:
        if allowed is not None and not allowed[entry.doc]:
            return
        match = Match(entry.doc, entry.text, tier)
        current = best.get(entry.doc)
        if current is None or match.rank_key() < current.rank_key():
            best[entry.doc] = match
