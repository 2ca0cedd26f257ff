"""Two or more asks in one question, each standing on its own, answered alone and the answers joined.

Conjoined ("Which university partnered with Dongfeng Nissan, and which company worked with Minzu?", "大连大学
参与了哪些项目？另外，德泰和哪所大学合作？"): clauses each asking on its own — a question word and a name of its
own ("学校又是哪家" leaves its subject unsaid, "which of them" points back: no ask of its own) — each answered as
a question, the answers, evidence and sentences joined; only when every ask finds answers and together more
than the question read whole does (search.qa.QuestionAnswerer.answer). A later ask pointing back at an earlier
one's entity is chained instead (search.qa_chain).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy

from graph.han import HAN
from search.qa_anaphora import POINTING_BACK
from search.qa_answer import Answer
from search.qa_chain import ASKING, CLAUSE_CUT, JOINED, PRONOUN, Answered
from search.qa_nameless_asks import AT_ANSWERS, answered_one, counts_the_one_before, nameless
from search.qa_negated_scope import WITHIN_AFTER
from search.understand import Understanding

# Where two asks meet: a clause's end, or "and" before a question word ("which university … and which company …";
# within one ask, "which company and which college paid for it", the first part names nothing of its own).
ASK_CUT = re.compile(rf"{CLAUSE_CUT.pattern}|\s+and\s+(?=(?:(?:on|in|at|by|for|from|with|to|since|until)\s+)?(?:which|what|who|whom|whose|how|when|where)\b)")
# A clause pointing back at what the one before names or asks for: a kind pointed at, a pronoun, a part of them.
BACK = re.compile(rf"{POINTING_BACK.pattern}|{PRONOUN.pattern}|其中|这些|那些|\b(?:those|these|of them|of those)\b")


def conjoined(text: str, lang: str, whole: Answered, understood: Callable[[str], Understanding],
               answer: Callable[[str], Answer]) -> Answered:
    """Two or more asks in one question (``asks``), each answered alone (``answer``: a question → its answer,
    search.qa.QuestionAnswerer.part) and joined, when every
    ask finds answers and together they find more than the question read whole; else ``whole``."""
    parts, unnamed = asks(text, understood)
    seen = parts != _cut(text) if parts else False  # a scene put before a later ask (in_scene)
    got = [answer(part) for part in parts]
    if not got or any(not a.answers or a.understanding.get("outside_graph") for a in got):
        return whole
    answers = list({a["id"]: a for g in got for a in g.answers}.values())
    ids = {a["id"] for a in whole.answers}
    if not _more(whole, got, ids, {a["id"] for a in answers}, seen) \
            or (unnamed and not answered_one(parts, [{a["id"] for a in g.answers} for g in got], ids)):
        return whole
    joined = copy(whole)
    joined.answers, joined.evidence, joined.sparql = answers, [e for g in got for e in g.evidence], got[0].sparql
    joined.answer_text = ("" if lang == "zh" else " ").join(g.answer_text for g in got)
    joined.understanding, joined.related, joined.total = {**whole.understanding, "asks": parts}, [], None
    return joined


def _more(whole: Answer, got: list[Answer], ids: set[str], joined: set[str], seen: bool = False) -> bool:
    """Whether the asks answered apart (``got``, their answers ``joined``) say more than the whole reading (``whole``, its
    answers ``ids``): more answers; or the same ones, the whole reading's sentence being one ask's and another ask's
    saying something else (the whole reading answered that ask only); or, asks sharing a scene (``seen``), an ask whose
    answers the whole reading holds none of (it answered the scene's parties: "那个项目，高校一方是哪家？涉及哪两个产业？")."""
    if ids < joined or (seen and any(not ids & {a["id"] for a in g.answers} for g in got)):
        return True
    texts = [g.answer_text for g in got]
    return ids == joined and whole.answer_text in texts and len(set(texts)) == len(texts)


def asks(text: str, understood: Callable[[str], Understanding]) -> tuple[list[str], bool]:
    """The clauses of ``text`` that each ask on their own (a question word, and a name of their own, or, each
    opening as a question, not all naming one: search.qa_nameless_asks), when there are two or more and
    together they are the whole question, and whether some name nothing; else [] (and False)."""
    parts = _cut(text)
    # each names what it asks about: a clause leaving it unsaid ("学校又是哪家") or pointing back at the one
    # before ("which of them", "其中哪个", "它") is asked of it
    if len(parts) < 2:
        return [], False
    parsed = [understood(p) for p in parts]
    if any(counts_the_one_before(p, u) for p, u in zip(parts[1:], parsed[1:])):
        return [], False
    if (seen := in_scene(parts, parsed, understood)) is not None:
        return seen, False
    if nameless(parts, parsed, ASKING):
        return parts, True
    if any(BACK.search(p) for p in parts[1:]):
        return [], False
    return (parts, False) if all(u.mentions for u in parsed) else ([], False)


def _cut(text: str) -> list[str]:
    """``text`` cut where one ask ends and another begins (each side holding a question word)."""
    parts, start = [], 0
    for m in ASK_CUT.finditer(text):
        # (a clause closed by 里/中 names the set the next picks from: "交大签的哪几家企业里，哪些跟氢能无关")
        closes_set = any(w.end() == m.start() for w in WITHIN_AFTER.finditer(text, start, m.end()))
        if m.end() < len(text) and not closes_set and ASKING.search(text[start:m.end()]) and ASKING.search(text[m.end():]):
            parts.append(text[start:m.end()])
            start = m.end()
    return [JOINED.sub("", p).strip() for p in [*parts, text[start:]]]


def in_scene(parts: list[str], parsed: list[Understanding], understood: Callable[[str], Understanding]) -> list[str] | None:
    """The asks each with the scene before the first ask (its clauses asking nothing: "X和Y参与的那个联合培养项目，") put
    before every later ask naming nothing of its own and pointing back at nothing ("涉及哪两个产业？"), when the scene
    links something of the graph's; None when there is no such scene or no such later ask."""
    first = parts[0]
    cuts = [m.end() for m in ASK_CUT.finditer(first) if not ASKING.search(first[:m.end()])]
    # (or the name the first ask opens on, its subject: "现代中药…项目高校一方是哪家?" once a rewrite named the scene)
    opening = [m.text for m in parsed[0].mentions if first.startswith(m.text)]
    scene = first[:cuts[-1]] if cuts else f"{opening[0]}{'，' if HAN.search(first) else ', '}" if opening else ""
    if not scene or not understood(scene).mentions:
        return None
    alone = [i for i, (p, u) in enumerate(zip(parts, parsed)) if i and not u.mentions and not BACK.search(p)
             and not AT_ANSWERS.search(p)]
    return [f"{scene}{p}" if i in alone else p for i, p in enumerate(parts)] if alone else None
