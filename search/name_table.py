"""Prebuilt tables over the graph's names, for the scope stage's questions about a span: does any name
hold it as a subsequence, as a shortening, as a substring, or (English) hold each of its words.

Each question was a scan of every name (7k Chinese and 18.5k English names at 100x the seed, 30-90 ms a question). Here a
character (Chinese) or a word (English) leads to the names holding it, so a test looks only at the
names holding the span's rarest characters, and answers as the scan did.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

import numpy as np

# The rarest characters of a span whose name lists are intersected before the candidates are checked
# one by one: two cut most spans to a handful of names; more would cost more than they save.
INTERSECTED = 2


class ChineseNames:
    """The graph's Chinese names (normalised), with the names holding each character and each pair of
    adjacent characters."""

    def __init__(self, names: Iterable[str]):
        self.names = tuple(names)
        chars: dict[str, list[int]] = defaultdict(list)
        pairs: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(self.names):
            for ch in set(name):
                chars[ch].append(i)
            for pair in {name[j:j + 2] for j in range(len(name) - 1)}:
                pairs[pair].append(i)
        self._chars = {ch: np.array(ids, dtype=np.int32) for ch, ids in chars.items()}
        self._pairs = {pair: np.array(ids, dtype=np.int32) for pair, ids in pairs.items()}

    def _candidates(self, lists: list[np.ndarray]) -> np.ndarray:
        """The names in each of the shortest ``INTERSECTED`` lists (ascending ids)."""
        lists = sorted(lists, key=len)[:INTERSECTED]
        found = lists[0]
        for other in lists[1:]:
            found = np.intersect1d(found, other, assume_unique=True)
        return found

    def _holding(self, text: str, pair: str | None = None) -> np.ndarray:
        """The names holding every character of ``text`` (and ``pair`` together), by their rarest ones."""
        empty = np.empty(0, dtype=np.int32)
        lists = [self._chars.get(ch, empty) for ch in set(text)]
        if pair is not None:
            lists.append(self._pairs.get(pair, empty))
        return self._candidates(lists) if lists else np.arange(len(self.names), dtype=np.int32)

    def any_subsequence(self, span: str) -> bool:
        """Whether ``span``'s characters occur in order in one of the names."""
        return any(is_subsequence(span, self.names[i]) for i in self._holding(span).tolist())

    def any_shortening(self, span: str) -> bool:
        """Whether one of the names holds ``span``'s first two characters together and all of it in order."""
        pair = span[:2] if len(span) >= 2 else None
        return any(span[:2] in self.names[i] and is_subsequence(span, self.names[i])
                   for i in self._holding(span, pair).tolist())

    def any_holding(self, word: str) -> bool:
        """Whether ``word`` is a substring of one of the names."""
        pair = word[:2] if len(word) >= 2 else None
        return any(word in self.names[i] for i in self._holding(word, pair).tolist())


class EnglishNames:
    """The graph's English names as sets of words, with the names holding each word (or its plural
    or singular: the scope stage's stems)."""

    def __init__(self, names: Iterable[set[str]]):
        holding: dict[str, set[int]] = defaultdict(set)
        self.count = 0
        for i, words in enumerate(names):
            self.count += 1
            for word in stems(words):
                holding[word].add(i)
        self._holding = {word: frozenset(ids) for word, ids in holding.items()}

    def any_holding_all(self, words: set[str]) -> bool:
        """Whether one name holds each of ``words`` (as itself, its plural or its singular)."""
        if not words:
            return self.count > 0
        lists = sorted((self._holding.get(w, frozenset()) for w in words), key=len)
        return bool(lists[0].intersection(*lists[1:]))


def stems(words: set[str]) -> set[str]:
    """The words with their plurals and singulars (a crude "s")."""
    return words | {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}


def is_subsequence(short: Iterable[Hashable], long: Iterable[Hashable]) -> bool:
    """Whether the items of ``short`` occur in ``long`` in order, others between them: characters
    (金普新区产教联合体 in the consortium's name) or words (a name's words with some left out)."""
    it = iter(long)
    return all(ch in it for ch in short)
