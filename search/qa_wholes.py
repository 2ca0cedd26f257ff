"""The figures that are wholes of others: one owner's figures in one unit, where one is the sum of all the others
("16 projects signed" beside its three categories' 6, 5 and 5). A how-many naming no part is asked of the whole:
between figures the question's words fit equally well, the whole is the answer ("how many cooperation projects
were signed" is 16, not the training-base category's 6, whose own words the question does not use). The bonus
is below any word's tie-break (search.qa_match.TIE_BREAK), so a part named by a word of its own still wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Set as AbstractSet

from graph.han import HAN
from search.qa_match import TIE_BREAK

WHOLE_BONUS = TIE_BREAK / 2
MIN_PARTS = 2  # a whole of one part is that part again
MIN_LETTERS = 4  # an English word of fewer letters is too often a function word ("for", "the", "all") to fit a figure


def whole_figures(figures: Mapping[str, Mapping], owners: Mapping[str, tuple[str, str]]) -> dict[str, float]:
    """The figures (of ``figures``: one language's rows, by figure, with their ``value`` and ``unit``) that equal
    the sum of every other figure of their owner (``owners``: figure → (owner, link)) in their unit → WHOLE_BONUS."""
    groups: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for q, row in figures.items():
        value = row.get("value")
        if isinstance(value, (int, float)) and q in owners:
            groups.setdefault((owners[q][0], str(row.get("unit") or "")), []).append((q, float(value)))
    total = {key: sum(v for _, v in group) for key, group in groups.items()}
    return {q: WHOLE_BONUS for key, group in groups.items() if len(group) > MIN_PARTS
            for q, v in group if v and v == total[key] - v}


def whole_bonus(wholes: Mapping[str, float], asked: AbstractSet[str], words: Mapping[str, AbstractSet[str]]) -> dict[str, float]:
    """The wholes (``whole_figures``) sharing a content word (Han, or of MIN_LETTERS letters or more) with the
    ``asked`` words (search.qa_match.asked_words) by their ``words``: a bonus alone makes a figure a candidate, and
    one sharing only "for" with the question ("… for a slide") is none."""
    content = {w for w in asked if HAN.search(w) or len(w) >= MIN_LETTERS}
    return {q: bonus for q, bonus in wholes.items() if content & words.get(q, frozenset())}
