"""The entities whose names hold a lone Han character, for a kind reference narrowed by one (search.qa_kind_refs).

"哪些企业参与了人才培养项目": the words before the kind word are "了", one character, which the index of names
(search.qa_kind_names: pairs of Han characters) cannot look up; every instance of the kind was then tested (5k
talent-cultivation projects at 1000x the seed, each name searched, at each such question). Here each Han
character of the indexed names gives the entities holding it, made from those names once, at the first such
question, and kept with them. Like the index of pairs it only narrows: the reference still tests each entity.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable

from graph.han import HAN
from search.qa_kind_names import KindNames, Postings


class KindChars:
    """The characters of one KindNames' names (own, and industries'), indexed when first asked."""

    def __init__(self, names: KindNames):
        self.names = names
        self._sides: tuple[Postings, Postings] | None = None

    def holding(self, words: str, industries_too: bool) -> set[str] | None:
        """A set holding every indexed entity whose names (``industries_too``: or industries' names) hold
        ``words``, and perhaps others: those holding its rarest Han character; None when it has none."""
        chars = set(HAN.findall(words))
        if not chars:
            return None
        own, trades = self._sides or self._made()
        sides = (own, trades) if industries_too else (own,)
        rarest = min(sorted(chars), key=lambda c: sum(len(side.get(c, ())) for side in sides))
        return {self.names.entities[n] for side in sides for n in side.get(rarest, ())}

    def _made(self) -> tuple[Postings, Postings]:
        self._sides = _postings(self.names.own), _postings(self.names.trades)
        return self._sides


def _postings(names: Iterable[tuple[str, ...]]) -> dict[str, array]:
    """Each Han character → the numbers of the name lists (by number) holding it, ascending."""
    found: dict[str, array] = defaultdict(lambda: array("I"))
    for n, held in enumerate(names):
        for char in set(HAN.findall("".join(held))):
            found[char].append(n)
    return dict(found)
