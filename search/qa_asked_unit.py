"""The unit a how-word asks a figure in, held nowhere in the graph, against the unit of the figure answering it.

A figure question names what it measures: "how many learners", "多少号人", "how many trainee visits", "in RMB". The
table of measures (search.qa_measures) knows the words it lists; a unit the graph holds nowhere is read here, once, and
compared by meaning with the unit each answered figure is stated in as the graph holds it (its Chinese unit unless a
bare measure word, its English unit, its currency): "learners" lies near the 1,000 people of the through-training
plan, "pupils" near them too. A unit near the answer's is the measure asked, no head left unaccounted
(search.qa_readings does not refuse the answer for it); one far from it is left to the other checks, which refuse a
head held nowhere and far from every answer ("how many spectators came": 0.205 to the units answered). A unit the
table knows and no figure is stated in is read there ("几个小时", "几个亿": search.qa_values.ASKED_MEASURE,
search.qa_cues.MONEY_UNIT_ASKED). The cut-off is ``CoverageConfig.unit_similarity``, fitted by
bench/calibrate_qa_asked_unit.py on the TUNE half.

Contract: ``asked_units(question, unheld)`` gives the words of ``unheld`` (held nowhere, stemmed) standing as the unit
a how-word asks in: right after a Chinese how-word and its measure word ("几个小时", "多少号人"), the noun an English
how-many or how-much counts (after at most one word narrowing it: "how many trainee visits") or the currency closing
"in …" ("in yuan"). ``UnitKinship(figures, vector).fit(units, answer)`` gives each unit's highest cosine to the units
of the figures ``answer`` answers with, {} when it answers with no figure stated in a unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from graph.han import HAN
from search.qa_coverage import Answered
from search.qa_cues import EN_HOW_MANY, EN_HOW_MUCH, ZH_HOW_MANY
from search.qa_measures import BARE_MEASURE_WORDS
from search.qa_readings import cosine

# What stands between a how-word and the unit it asks in: a Chinese measure word, an English narrowing word.
_ZH_BEFORE = rf"{ZH_HOW_MANY}\s*[{''.join(sorted(BARE_MEASURE_WORDS))}名位]?\s*"
_EN_BEFORE = rf"(?:{EN_HOW_MANY}|{EN_HOW_MUCH})\s+(?:[\w'’]+[\s-]+)?"


def asked_units(question: str, unheld: list[str]) -> list[str]:
    """The words of ``unheld`` the normalised ``question`` asks a figure in (see the module)."""
    return [w for w in unheld if len(w) > 1 and _unit_pattern(w).search(question)]


def _unit_pattern(word: str) -> re.Pattern:
    if HAN.search(word):
        return re.compile(rf"{_ZH_BEFORE}{re.escape(word)}")
    return re.compile(rf"{_EN_BEFORE}{re.escape(word)}[a-z]*\b|\bin\s+{re.escape(word)}[a-z]*\s*(?:[^\w\s]|$)", re.IGNORECASE)


class UnitKinship:
    """How near in meaning a unit asked lies to the units of the figures answered (see the module)."""

    def __init__(self, figures: dict[str, dict[str, dict]], vector: Callable[[str], np.ndarray]):
        """``figures``: the graph's figures by language ("zh", "en") and IRI (search.qa_facts.FactFinder.figures);
        ``vector``: a text's embedding, cached (search.engine.SearchEngine.query_vector)."""
        self.figures, self.vector = figures, vector

    def units(self, quantity: str) -> list[str]:
        """The unit words ``quantity`` is stated in as the graph holds them; [] when it is no figure."""
        zh, en = self.figures["zh"].get(quantity), self.figures["en"].get(quantity, {})
        if zh is None:
            return []
        unit = str(zh.get("unit") or "")
        words = [unit if unit not in BARE_MEASURE_WORDS else "", str(en.get("unit") or ""), str(zh.get("currency") or "")]
        return [w for w in words if w]

    def fit(self, units: list[str], answer: Answered) -> dict[str, float]:
        """Each of ``units`` → its highest cosine to a unit of a figure ``answer`` answers with; {} when none."""
        stated = {w for a in answer.answers for w in self.units(str(a.get("id") or ""))}
        if not units or not stated:
            return {}
        return {u: round(max(cosine(self.vector(u), self.vector(s)) for s in stated), 3) for u in units}
