"""A plan described in the asker's words and pointed at by a word for a plan or a way of doing things.

Askers name a plan by what it does rather than by its name, often with a word the ontology does not label a plan:
"企業下單、學校接單那套做法,一年要開出幾個班?", "靠企业点单、学校接单来办班的做法", "For the program linking secondary and
higher vocational schools, what is the yearly intake target?", "Firms place orders, the school takes them: under
that scheme, …". The words of such a description share few words with the plan's name (下单 is no 订单), so neither
the names' stages nor search.qa_fact_words (a description by the words of the entity's facts, its names holding one)
read it; the shared zh-en embedding, though, puts the one plan described far ahead of everything else. The
description is read where a word for a plan points at it (``POINTERS``, or a class word of a plan) and nothing names
a plan already:

- in Chinese, the clause before the word, pointed at (那套, 这个) or tied by 的: "企业下单、学校接单那套做法";
- in English, a participle or relative clause after the word ("the program linking …"), or, after a pointer
  ("that scheme", "this approach"), the clause before it, which the pointer points back at ("Firms place orders, the
  school takes them: under that scheme").

The description is ranked in meaning against the graph's plans, cooperations and industries (search.engine's dense
ranking); when the nearest is a plan, reaches ``min_score`` and leads the runner-up by ``min_lead``, the description
and the word pointing at it are replaced by its name. A cooperation nearest is left to the topic stage, which reads a
cooperation described in other words itself (search.qa_described_cooperation): put in by its long name here, "the
modern TCM and biopharmaceutical joint training programme" lost the answers that stage gives. A description of something the graph does not
hold ("培养护理人员的那套做法", "the scheme training aircraft pilots") lies far from every plan or near several and
stays as it is. Both thresholds are fitted by bench/calibrate_qa_described_plan.py on
bench/qa-described-plan-calibration.jsonl (wordings of our own no test and no dev set uses).

A description no plan leads is still a plan's: an answer of one plan (the plan, its figures) other than the plan
nearest it is another plan's, answered for words the reading could not place ("学生出国交换一学期的那个方案，每年去几个",
"Retired miners learn to weld at the college: how many a year under that programme?" drew the integrated pathway's
yearly figure): nothing is answered (``unheld``). Answers of several plans answer a list or a count of them.

Contract: ``DescribedPlans(rank, label, owned)``: ``named(text, held, config)`` gives ``text`` (normalised) with the
first description so read replaced by the plan's name, or ``text`` itself; ``held``: whether the reading links a plan
already (then nothing is read); ``unheld(text, held, answered, config)`` the description an answer of another plan
leaves unanswered, or None; ``owned()``: each plan and each of its figures → the plan (``owned_plans``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from graph.han import language
from search.qa_fact_indexes import figures_of
from search.qa_graph import COOPERATION, INDUSTRY, PROGRAMME, Participation
from search.text import normalize
from search.understand import Understanding

if TYPE_CHECKING:
    from search.engine import SearchEngine
    from search.qa_facts import FactFinder

# Words askers point at a plan with besides the ontology's words for one (计划, "plan", "programme").
POINTERS_ZH = "做法|模式|办法|方案|路子|计划|机制"
POINTERS_EN = "schemes?|approach(?:es)?|models?|arrangements?|pathways?|routes?|programm?es?|programs?|plans?|initiatives?"
# Chinese: a description (its clause, 、 joining its parts) before the word, pointed at or tied by 的.
ZH_DESCRIBED = re.compile(rf"(?:^|(?<=[\s,，。;；:：?？!！“”\"]))(?P<lead>靠|通过|用|按|按照|采用|实行|搞)?(?P<words>[^\s,，。;；:：?？!！“”\"]{{2,30}}?)"
                          rf"(?:的?[那这该][套个种项条]|的)(?P<head>{POINTERS_ZH})")
# English: the word after an article, a possessive or a pointer and the words describing it between them ("the
# herbal-medicine and biopharmaceutical graduate scheme", "its secondary-to-higher vocational pathway").
EN_DESCRIBED_BEFORE = re.compile(rf"\b(?:the|its|their|that|this)\s+(?P<words>(?:(?!(?:the|an?|its|their|that|this|of|in|for|with|at|on|to|by|from)\s)"
                                 rf"[a-z0-9&'’-]+\s+){{1,6}}?)(?P<head>{POINTERS_EN})\b")
# English: the word after an article or a pointer, with a participle or relative clause after it.
EN_DESCRIBED_AFTER = re.compile(rf"\b(?:the|that|this)\s+(?P<mods>(?:[a-z-]+\s+){{0,2}}?)(?P<head>{POINTERS_EN})\s+"
                                r"(?P<words>(?:that|which|where|whereby|for|[a-z]+ing)\s+[^,;:?!.—–]{3,}?)(?=\s*(?:[,;:?!.—–]|$))")
# English: a pointer back at the clause before it ("Firms place orders, the school takes them: under that scheme").
EN_POINTED_BACK = re.compile(rf"^(?P<words>[^?]{{10,}}?)\s*[,;:.—–]\s*(?P<link>(?:[a-z]+\s+){{0,8}}?)(?:that|this|the same|such an?)\s+"
                             rf"(?P<head>{POINTERS_EN})\b")
# What a description is ranked against: the kinds it may name, and the industries a trade's words are nearest.
RANKED = (PROGRAMME, COOPERATION, INDUSTRY)
# Words of a description tying it to the rest ("I gather", "so I hear") that describe nothing.
HEARSAY = re.compile(r",?\s*\b(?:i gather|i hear|i think|i believe|so i hear|apparently|reportedly)\b")


@dataclass(frozen=True)
class DescribedPlanConfig:
    """How clearly the nearest plan must lead a description (see the module); fitted by
    bench/calibrate_qa_described_plan.py on its 46 lines (24 described, 22 null): every null kept, also two grid steps
    around, and 40 right at min_score 0.20-0.23, min_lead 0.05-0.07, the most conservative point kept. The null
    nearest: "the graduate entrepreneurship loan scheme" (0.20, leading by 0.054); the 6 described it misses lead by
    less than 0.07 ("厂里提需求、学院按需开班这套模式", "Companies commission classes from the school")."""

    min_score: float = 0.23
    min_lead: float = 0.07


@dataclass(frozen=True)
class Window:
    """A description in the text: the span replaced, the description's words and where the name goes."""

    start: int
    end: int
    words: str
    before: str = ""  # words kept before the name ("under" of "under that scheme")


class DescribedPlans:
    """Descriptions of plans read by meaning (see the module). ``rank(phrase)`` gives [(iri, root, score)] of the
    plans, cooperations and industries nearest ``phrase``; ``label(iri, lang)`` an entity's name."""

    def __init__(self, rank: Callable[[str], list[tuple[str, str, float]]], label: Callable[[str, str], str],
                 owned: Callable[[], Mapping[str, str]] = dict):
        self.rank, self.label, self.owned = rank, label, owned

    @cached_property
    def _plan_of(self) -> Mapping[str, str]:
        """Each plan, and each of its figures, → the plan (``owned``, made at the first question asking it)."""
        return self.owned()

    def named(self, text: str, held: bool, config: DescribedPlanConfig) -> str:
        """``text`` with the first description of one plan replaced by its name (see the module)."""
        if held:
            return text
        lang = language(text)
        for window in windows(text, lang):
            found = self.leader(window.words, config)
            if found is not None:
                name = normalize(self.label(found, lang))
                return f"{text[:window.start]}{window.before}{name}{text[window.end:]}"
        return text

    def unheld(self, text: str, held: bool, answered: Iterable[str], config: DescribedPlanConfig) -> str | None:
        """The first description of a plan in ``text`` that no plan leads (``named`` read none), when the answers
        (``answered``: ids) are of one plan (the plan, its figures) other than the one nearest the
        description: a plan the graph does not hold ("学生出国交换一学期的那个方案") answered by another's yearly figure.
        None when the question names a plan (``held``), no such description is read or every answer is of the nearest."""
        plans = {self._plan_of[x] for x in answered if x in self._plan_of}
        if held or len(plans) != 1:
            return None  # (answers of several plans answer a list or a count of plans: "X重点推进的计划一共几个")
        for window in windows(text, language(text)):
            ranked = sorted(self.rank(window.words), key=lambda r: -r[2])  # ranked once: the dense ranking is the cost
            plan_ranked = [r for r in ranked if r[1] == PROGRAMME]
            if plan_ranked and _leading(ranked, config) is None and plans - {plan_ranked[0][0]}:
                return window.words
        return None

    def leader(self, words: str, config: DescribedPlanConfig) -> str | None:
        """The plan ``words`` describe by meaning: the nearest of the plans, cooperations and industries, when it is a
        plan, reaches ``min_score`` and leads the runner-up by ``min_lead``; None otherwise."""
        return _leading(sorted(self.rank(words), key=lambda r: -r[2]), config)


def _leading(ranked: list[tuple[str, str, float]], config: DescribedPlanConfig) -> str | None:
    """``DescribedPlans.leader`` on a ranking already made (best first)."""
    if not ranked or ranked[0][1] != PROGRAMME or ranked[0][2] < config.min_score:
        return None
    runner_up = ranked[1][2] if len(ranked) > 1 else 0.0
    return ranked[0][0] if ranked[0][2] - runner_up >= config.min_lead else None


def names_plan(u: Understanding) -> bool:
    """Whether the reading ``u`` links a plan by its name (no description of one is read then)."""
    return any(PROGRAMME in m.doc.types for m in u.mentions)


def windows(text: str, lang: str) -> Iterable[Window]:
    """The descriptions pointed at by a word for a plan in ``text`` (normalised), in order (see the module)."""
    if lang == "zh":
        for m in ZH_DESCRIBED.finditer(text):
            words = m["words"].lstrip("那这该")
            if len(words) >= 2:
                yield Window(m.start(), m.end(), words)
        return
    for m in EN_DESCRIBED_AFTER.finditer(text):
        yield Window(m.start(), m.end(), f"{m['mods']}{m['words']}".strip())
    for m in EN_DESCRIBED_BEFORE.finditer(text):
        yield Window(m.start(), m.end(), m["words"].strip())
    back = EN_POINTED_BACK.search(text)
    if back is not None:
        yield Window(back.start(), back.end(), HEARSAY.sub("", back["words"]).strip(), back["link"])


def ranking(engine: SearchEngine, k: int) -> Callable[[str], list[tuple[str, str, float]]]:
    """A ``rank`` for ``DescribedPlans``: the ``k`` nearest of each kind of ``RANKED`` by the engine's dense ranking."""
    def rank(phrase: str) -> list[tuple[str, str, float]]:
        return [(r.id, root, r.score) for root in RANKED for r in engine.ranked(phrase, k, type=root.rsplit("#", 1)[-1])]
    return rank


def owned_plans(facts: FactFinder, graph: Participation) -> Callable[[], dict[str, str]]:
    """An ``owned`` for ``DescribedPlans``: each plan of ``graph`` and each of its figures (search.qa_fact_indexes) →
    the plan, made when called."""
    return lambda: {x: p for p in graph.of_class({PROGRAMME}) for x in (p, *figures_of(facts, p))}
