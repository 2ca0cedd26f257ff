"""What a figure counts, told apart from where it is: the words of its own label and unit ("research results
produced", 研究成果, "person-times") less its owner's names and function words. Two figures of one owner share
every word of their owner and of their period ("so far", 截至目前), so a question naming one figure's measure
("how many research outputs so far") would tie it with a figure of another measure ("training and continuing
education … person-times") and the tie went to the wrong number. A question's words held by a figure's measure
words weigh a little more than the others: the figure of the measure the question names wins its owner's tie.

Contract: ``MeasureWords(facts)`` reads each figure's measure words once (search.qa_fact_indexes);
``bonus(u, among)`` gives each figure (of ``among`` when given) whose measure words the question uses
``KIND_BONUS`` per word used — less than one shared word, so it only breaks ties among equally covered figures,
and far less than a named owner's link (search.qa_match.LINK_BONUS): it never moves an answer to another owner's
figure that covers the question worse. ``counting(u, among)``: the figures of ``among`` whose measure words hold the
noun a how-many counts ("how many research results", "多少项研究成果"): that noun names the figure asked, whatever
else the asker's words share with a sibling ("Thesis on school-enterprise productivity: … how many research results").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from search.lexical import CJK_STOPWORDS, LATIN_STOPWORDS
from search.qa_cues import COUNTED_NOUN
from search.qa_match import asked_words, tokens
from search.text import normalize
from search.understand import Understanding

if TYPE_CHECKING:
    from search.qa_fact_tables import FactTables

KIND_BONUS = 0.5
_FUNCTION_WORDS = CJK_STOPWORDS | LATIN_STOPWORDS


class MeasureWords:
    """Each figure's measure words: its labels' and units' words (both languages) that its owner's names and
    the function words do not hold."""

    def __init__(self, facts: FactTables):
        self.holding: dict[str, list[str]] = {}  # a measure word → the figures holding it
        for q, (owner, _) in facts.quantity_owner.items():
            owned = {t for lang in ("zh", "en") for t in tokens(normalize(facts.label(owner, lang)))}
            texts = [facts.label(q, lang) for lang in ("zh", "en")]
            texts += [str(facts.figures[lang].get(q, {}).get("unit") or "") for lang in ("zh", "en")]
            held = {t for text in texts for t in tokens(normalize(text))}
            for word in held - owned - _FUNCTION_WORDS:
                if not word.isdigit():
                    self.holding.setdefault(word, []).append(q)

    def bonus(self, u: Understanding, among: AbstractSet[str] | None = None) -> dict[str, float]:
        """``KIND_BONUS`` per measure word of a figure the question uses, for the figures using one."""
        scored: dict[str, float] = {}
        for word in asked_words(u):
            for q in self.holding.get(word, ()):
                if among is None or q in among:
                    scored[q] = scored.get(q, 0.0) + KIND_BONUS
        return scored

    def counting(self, u: Understanding, among: AbstractSet[str]) -> set[str]:
        """The figures of ``among`` whose measure words hold every word of the noun the question's how-many counts
        (search.qa_cues.COUNTED_NOUN), none when it counts none."""
        found = COUNTED_NOUN.search(u.question)
        words = tokens(normalize(next((g for g in found.groups() if g), ""))) - _FUNCTION_WORDS if found else set()
        held = [set(self.holding.get(w, ())) & among for w in words]
        return set.intersection(*held) if held else set()
