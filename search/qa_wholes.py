"""The figures that are wholes of others: one owner's figures in one unit, where one is the sum of all the others
("16 projects signed" beside its three categories' 6, 5 and 5). A how-many naming no part is asked of the whole:
when the figure the question's words fit best is a part and its whole fits as well, the whole is the answer ("how
many cooperation projects were signed" is 16, not the training-base category's 6, whose own words the question
does not use). A part named by a word of its own fits better and still wins; a tie with any other figure is no
whole's to break.
"""

from __future__ import annotations

from collections.abc import Mapping

MIN_PARTS = 2  # a whole of one part is that part again


def whole_figures(figures: Mapping[str, Mapping], owners: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """Each part → its whole: the figure (of ``figures``: one language's rows, by figure, with their ``value`` and
    ``unit``) that equals the sum of every other figure of its owner (``owners``: figure → (owner, link)) in its
    unit, for each of those others."""
    groups: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for q, row in figures.items():
        value = row.get("value")
        if isinstance(value, (int, float)) and q in owners:
            groups.setdefault((owners[q][0], str(row.get("unit") or "")), []).append((q, float(value)))
    whole_of: dict[str, str] = {}
    for group in groups.values():
        total = sum(v for _, v in group)
        whole = next((q for q, v in group if v and v == total - v), None) if len(group) > MIN_PARTS else None
        whole_of.update({q: whole for q, _ in group if whole is not None and q != whole})
    return whole_of
