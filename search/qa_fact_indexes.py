"""The indexes search.qa_facts.FactFinder makes once from its facts, each answering what a scan of every
figure, dated thing, quotation or post answered at each question; and how a figure written as an
ordinal ("第5名") is told and written in English."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from search.qa_match import WordIndex
from search.qa_figure_kinds import MeasureWords
from search.qa_measures import FigureMeasures
from search.qa_wholes import whole_figures


def _grouped(pairs) -> dict[str, list]:
    """(key, value) pairs as key → its values, in order."""
    out: dict[str, list] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


# What FactFinder._indexed makes once from the facts (kept beside them under INDEXED_ATTRIBUTE, never
# in the build's snapshot: search.qa_prepared leaves it out): each answers what a scan of every
# figure, dated thing, quotation or post answered at each question.
INDEXED_ATTRIBUTE = "indexed"
INDEXED = {
    "figures": lambda f: WordIndex(f.quantity_words, {q: {owner} for q, (owner, _) in f.quantity_owner.items()}),
    "ordinal": lambda f: {q: 1.0 for q, row in f.figures["zh"].items() if is_ordinal(row)},
    "labelled": lambda f: _grouped((f.label(q), q) for q in f.quantity_owner),  # figures by label
    "quotations": lambda f: WordIndex(f.quote_words, f.quote_speakers),
    "dated": lambda f: WordIndex(f.dated_words, f.dated_links),
    "titled": lambda f: _grouped((title, (person, pos, org)) for person, pos, org, title in f.positions),
    "label order": lambda f: {x: i for i, x in enumerate(sorted(f.labels, key=lambda x: (f.label(x), x)))},
    # an owner → its figures, owners and figures in the order of quantity_owner
    "owned": lambda f: _grouped((owner, q) for q, (owner, _) in f.quantity_owner.items()),
    "owner order": lambda f: {owner: i for i, owner in enumerate(f._indexed("owned"))},
    # (owner, link) → (what is measured, its figures), and a figure → the first measure holding it, in measures' order
    "measured": lambda f: _grouped((key[:2], (key[2], qs)) for key, qs in f.measures.items()),
    "measure of": lambda f: _first((q, key) for key, qs in f.measures.items() for q in qs),
    # a figure → what its unit words measure (search.qa_measures): money, persons, positions, a rank …
    "unit measure": lambda f: FigureMeasures(f.figures["zh"], f.figures["en"], f.quantity_owner),
    # a measure word of a figure's own label or unit → its figures (search.qa_figure_kinds)
    "measure words": lambda f: MeasureWords(f),
    # a part → the figure of its owner in its unit that is the sum of the others (search.qa_wholes)
    "wholes": lambda f: whole_figures(f.figures["en"], f.quantity_owner),
}


def _first(pairs) -> dict:
    """(key, value) pairs as key → its first value."""
    out: dict = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def figure_words(facts) -> WordIndex:
    """The figures by their words and owners (FactFinder.best_quantity's index)."""
    return facts._indexed("figures")


def unit_measures(facts) -> FigureMeasures:
    """Each figure's measure read off its unit words, and the figures a measure asked admits (search.qa_measures)."""
    return facts._indexed("unit measure")


def figures_of(facts, owner: str) -> list[str]:
    """The figures of ``owner`` (FactFinder.quantity_owner), in that table's order; the list is the index's own."""
    return facts._indexed("owned").get(owner, [])


def owner_order(facts) -> dict[str, int]:
    """Each owner of a figure → its place among them, by its first figure in FactFinder.quantity_owner."""
    return facts._indexed("owner order")


def measured(facts, owner: str, link: str) -> list[tuple[str, list[str]]]:
    """(what is measured, its figures) of ``owner`` by ``link``, in FactFinder.measures' order."""
    return facts._indexed("measured").get((owner, link), [])


def by_label(facts, items: Iterable[str]) -> list[str]:
    """``items`` in the order of their Chinese labels (FactFinder.label), ties by IRI (see ``label_key``)."""
    listed = list(items)
    return sorted(listed, key=label_key(facts, listed))


def label_key(facts, items: Collection[str]) -> Callable[[str], int | tuple[str, str]]:
    """A sort key putting ``items`` in the order of their Chinese labels, ties by IRI: each one's place in
    the order of every labelled thing, made once, rather than a label read per item at each question
    (14k enterprises answer "哪些企业参与了人才培养项目" at 1000x the seed)."""
    order = facts._indexed("label order")
    if order.keys() >= set(items):
        return order.__getitem__
    return lambda x: (facts.label(x), x)


def is_ordinal(figure: dict) -> bool:
    """Whether the article wrote a figure as an ordinal ("第5名")."""
    return str(figure.get("written") or "").startswith("第")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
