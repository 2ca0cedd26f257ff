"""A stated figure anchors its owner: a topic that is an amount the question states and nothing else ("那1.2亿是哪两家
一起投的", "那一亿两千万", "the 120 million", "1.2億元") names the cooperation or industry the graph states that figure of
(its figures: amounts and counts, each with its owner), never the passage nearest in meaning. A figure the graph
states of nothing names nothing (closed world: "那3亿是谁投的" is not the 1.2亿 base, however near its vector).

Why not the dense index: a figure's words are digits and a scale, which a passage's vector holds weakly; a topic
"1 2亿" was anchored only because one passage's vector sat above the topic threshold, and a new order of two aliases in
that passage lost it (bench/results/early28-2026-12-06.md, "Reverted on main").

Contract: ``FigureOwners.of(facts, anchorable).alone(u)`` gives [(iri, 1.0)] (the owners of the figure the topic
states, [] when the graph states it of nothing), or None when the topic is not a figure alone or the figure's owners
are none that may anchor (the topic stage reads it then).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from search.lexical import CJK_STOPWORDS, LATIN_STOPWORDS
from search.qa_residue import EN_ALL
from search.qa_values import EN_CURRENCY, amounts_in, without_dates
from search.qa_verbs import frame_word
from search.understand import NUMERAL, Understanding
from search.understand_words import WH_WORDS, WHO_WORDS

# What a figure is written with besides its number: "1.2亿元", "2800余个", "120 million yuan", "2,800-plus", "那…".
FIGURE_TAIL = re.compile(r"(?:余|多)?(?:元钱|元|块钱|块|个|人次|名|人)?$")
FIGURE_WORDS = frozenset({*EN_CURRENCY, "plus", "那", "这", "那个", "这个", "那笔", "这笔"})
# A verb of taking part or a word pointing at the source ("合伙", "一起投", "the article"): the figure's parties did it.
FRAME_REASONS = frozenset(("verb", "deixis"))
SEPARATORS = re.compile(r"[\s.,，、-]+")


@dataclass(frozen=True)
class FigureOwners:
    """Each value the graph states as a figure → the owners of its figures; ``anchorable``: the owners that may
    anchor a topic (cooperations and industries, search.qa_anchors)."""

    owners: Mapping[int, frozenset[str]]
    anchorable: Callable[[str], bool]

    @classmethod
    def of(cls, facts, anchorable: Callable[[str], bool]) -> FigureOwners:
        """The table of a search.qa_facts.FactFinder's figures (ranks are no figures of an owner's: "第5名")."""
        owners: dict[int, set[str]] = defaultdict(set)
        ranks = facts.ranks()
        for q, row in facts.figures["zh"].items():
            if q not in ranks and q in facts.quantity_owner and isinstance(row["value"], int):
                owners[row["value"]].add(facts.quantity_owner[q][0])
        return cls({v: frozenset(o) for v, o in owners.items()}, anchorable)

    def alone(self, u: Understanding) -> list[tuple[str, float]] | None:
        """The owners of the figure ``u``'s topic is alone (see the module), [] when the graph states it of nothing,
        None when the topic is no figure alone or its figure is held only by owners that may not anchor."""
        amounts = amounts_in(without_dates(u.question))  # u.question is normalised already (search.understand)
        if not amounts or not u.topic:
            return None
        parts = {p for written, _ in amounts for p in SEPARATORS.split(written) if p}
        if any(not _of_figure(w, parts) for w in SEPARATORS.split(u.topic) if w):
            return None
        held = {o for _, value in amounts for o in self.owners.get(value, ())}
        if held and not any(self.anchorable(o) for o in held):
            return None
        return [(o, 1.0) for o in sorted(held) if self.anchorable(o)]


def _of_figure(word: str, parts: set[str]) -> bool:
    """Whether a word of the topic is a part of a stated figure (its unit or 余 after it), a word written with
    figures that names nothing ("yuan", "the", "那"), a count ("两家") or the verb of its parties' taking part."""
    lower = word.lower()
    if lower in FIGURE_WORDS or lower in LATIN_STOPWORDS or lower in EN_ALL or lower in WHO_WORDS or lower in WH_WORDS \
            or word in CJK_STOPWORDS or NUMERAL.fullmatch(word) or frame_word(lower) in FRAME_REASONS:
        return True
    return any(word.startswith(p) and FIGURE_TAIL.fullmatch(word[len(p):]) for p in parts)
