"""Scope qualifiers a question narrows what it asks by, which the graph must state for anything to answer.

A stranger asks about "the second batch of signed projects" or "how many companies the whole district has"
while the graph holds the first batch and the consortium's members: the rest of such a question matches the
held figures and lists well, so without this check it is answered with the first batch's count or the
consortium's members, which is a confident wrong answer. Two kinds of qualifier are read, in both languages:

- a batch, round, phase or session after the first, by its ordinal (search.qa_claims.series_in: "第二批",
  "第三轮", "the second round"), by a number after it ("batch 2", "phase two") or as the next one ("下一批",
  "the next round"); the first is no restriction read here (a figure of the first batch may be stated without
  the word, and the graph's first-batch facts answer it);
- a whole administrative area ("全市", "整个区", "city-wide", "across the whole district"): a figure of
  everything in the area, not of an organisation in it.

A qualifier is held when the graph's own Chinese texts (its labels and the quoted spans of its sources)
state one of the same kind and value ("全省唯一" holds 全省; nothing holds 第二批 in the seed): the check
reads the graph, so a graph that records a second batch answers questions about it.

Contract: ``UnheldScope.from_texts(texts)`` is built once from the graph's normalised Chinese texts;
``unheld(question)`` returns the first qualifier of the normalised question (as written) that the graph
does not hold, or "" when every one is held or there is none. ``ScopePremise.unheld_scope`` is the
operator: a question (not a yes/no, whose claim search.qa_claims checks) with an unheld qualifier is
answered by nothing, the qualifier named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from search.qa_claims import SERIES_EN, SERIES_WORDS, SERIES_ZH, series_in
from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome
from search.qa_values import EN_NUMBERS
from search.text import normalize

# The next of a series: "下一批", "新一轮" (not "下一步", "下批次"), "the next round", "an upcoming phase".
ZH_NEXT = re.compile(r"[下新]\s*一?\s*([批轮期届])(?!次)")
EN_NEXT = re.compile(r"\b(?:next|later|following|upcoming)\s+(?:[a-z-]+\s+)?(batch|cohort|session|phase|round)(?:es|s)?\b",
                     re.IGNORECASE)
# A series numbered after its word: "batch 2", "phase two", "round III".
ROMAN = {"ii": 2, "iii": 3, "iv": 4, "v": 5}
EN_NUMBERED = re.compile(rf"\b(batch|session|phase|round)\s+({'|'.join(EN_NUMBERS)}|{'|'.join(ROMAN)}|\d{{1,2}})\b",
                         re.IGNORECASE)
# A whole area: "全市", "整个区", "整个大连市"; not "市、区级" nor "全市场" (a market). A place named between 整个 and
# 区 is left alone: "整个金普新区" is as often the consortium of the new area as all of it.
ZH_WHOLE = re.compile(r"(?:全|整个)\s*([市区省县])(?![场级])|整个\s*[\u4e00-\u9fff]{1,3}?([市省县])(?![场级])")
EN_AREA = {"city": "市", "district": "区", "province": "省", "county": "县"}
EN_WHOLE = re.compile(r"\b(city|district|province|county)[- ]wide\b"
                      r"|\b(?:the\s+)?(?:whole|entire)\s+(city|district|province|county)\b"
                      r"|\b(?:all\s+of|across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(city|district|province|county)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Qualifier:
    """One scope qualifier of a question: its kind (a series of search.qa_claims or "whole"), its value (an
    ordinal, "next" or an area's character) and its words as written."""

    kind: str
    value: object
    words: str


def _series(text: str) -> list[Qualifier]:
    """The series after the first the text states: by ordinal, by number after the word, or the next one."""
    found = [Qualifier(kind, n, m.group()) for m in (*SERIES_ZH.finditer(text), *SERIES_EN.finditer(text))
             for kind, n in series_in(m.group()) if n > 1]
    found += [Qualifier(SERIES_WORDS[m.group(1).lower()], "next", m.group()) for m in (*ZH_NEXT.finditer(text), *EN_NEXT.finditer(text))]
    for m in EN_NUMBERED.finditer(text):
        raw = m.group(2).lower()
        n = int(raw) if raw.isdigit() else EN_NUMBERS.get(raw) or ROMAN[raw]
        if n > 1:
            found.append(Qualifier(SERIES_WORDS[m.group(1).lower()], n, m.group()))
    return found


def qualifiers(text: str) -> list[Qualifier]:
    """The scope qualifiers a normalised text states, in both languages (see the module)."""
    found = _series(text)
    found += [Qualifier("whole", m.group(1) or m.group(2), m.group()) for m in ZH_WHOLE.finditer(text)]
    found += [Qualifier("whole", EN_AREA[next(g for g in m.groups() if g).lower()], m.group()) for m in EN_WHOLE.finditer(text)]
    return found


@dataclass(frozen=True)
class UnheldScope:
    """The scope qualifiers the graph's texts state, as (kind, value) pairs."""

    held: frozenset[tuple[str, object]]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> UnheldScope:
        """The qualifiers stated by the graph's normalised texts (labels, quoted spans)."""
        return cls(frozenset((q.kind, q.value) for text in texts for q in qualifiers(text)))

    def unheld(self, question: str) -> str:
        """The first qualifier of ``question`` (normalised) that the graph does not hold, as written; "" if none."""
        return next((q.words for q in qualifiers(question) if (q.kind, q.value) not in self.held), "")


class ScopePremise(OperatorBase):
    """The operator answering by nothing a question narrowed to a scope the graph states nothing of."""

    @cached_property
    def scope(self) -> UnheldScope:
        """The qualifiers the graph's Chinese labels and quoted source spans state (read once)."""
        return UnheldScope.from_texts([*self.facts.quote_texts, *(normalize(n.get("zh", "")) for n in self.facts.labels.values())])

    def unheld_scope(self, form: LogicalForm) -> Outcome | None:
        """"第三批签了几个项目", "how many schools are there city-wide": nothing answered, the qualifier named."""
        if "yes/no" in form.operators or not (words := self.scope.unheld(form.understanding.question)):
            return None
        return Outcome([], [], self._lang(form.understanding, f"图谱中没有关于{words}的任何记载，无法回答。",
                                          f"The graph holds nothing about {words}, so this cannot be answered."), settled=True)
