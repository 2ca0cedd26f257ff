"""Two or more asks in one question, each standing on its own, answered alone and the answers joined.

Conjoined ("Which university partnered with Dongfeng Nissan, and which company worked with Minzu?", "大连大学
参与了哪些项目？另外，德泰和哪所大学合作？"): clauses each asking on its own — a question word and a name of its
own ("学校又是哪家" leaves its subject unsaid, "which of them" points back: no ask of its own) — each answered as
a question, the answers, evidence and sentences joined; only when every ask finds answers and together more
than the question read whole does (search.qa.QuestionAnswerer.answer). A later ask pointing back at an earlier
one's entity is chained instead (search.qa_chain); one asking nothing but the verdict of the one before ("…谁的学校出场
更多，谁赢了？", "…, who wins?": no name, kind or word besides its question word) is none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy

from search.qa_anaphora import POINTING_BACK
from search.qa_answer import Answer
from search.qa_chain import ASKING, CLAUSE_CUT, JOINED, PRONOUN, Answered
from search.qa_nameless_asks import answered_one, counts_the_one_before, nameless
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
    got = [answer(part) for part in parts]
    if not got or any(not a.answers or a.understanding.get("outside_graph") for a in got):
        return whole
    answers = list({a["id"]: a for g in got for a in g.answers}.values())
    ids = {a["id"] for a in whole.answers}
    if not ids < {a["id"] for a in answers} or (unnamed and not answered_one(parts, [{a["id"] for a in g.answers} for g in got], ids)):
        return whole
    joined = copy(whole)
    joined.answers, joined.evidence, joined.sparql = answers, [e for g in got for e in g.evidence], got[0].sparql
    joined.answer_text = ("" if lang == "zh" else " ").join(g.answer_text for g in got)
    joined.understanding, joined.related, joined.total = {**whole.understanding, "asks": parts}, [], None
    return joined


def asks(text: str, understood: Callable[[str], Understanding]) -> tuple[list[str], bool]:
    """The clauses of ``text`` that each ask on their own (a question word, and a name of their own, or, each
    opening as a question, not all naming one: search.qa_nameless_asks), when there are two or more and
    together they are the whole question, and whether some name nothing; else [] (and False)."""
    parts = cut(text)
    # each names what it asks about: a clause leaving it unsaid ("学校又是哪家") or pointing back at the one
    # before ("which of them", "其中哪个", "它") is asked of it
    if len(parts) < 2:
        return [], False
    parsed = [understood(p) for p in parts]
    if any(counts_the_one_before(p, u) for p, u in zip(parts[1:], parsed[1:])) or any(map(asks_nothing, parsed[1:])):
        return [], False
    if nameless(parts, parsed, ASKING):
        return parts, True
    if any(BACK.search(p) for p in parts[1:]):
        return [], False
    return (parts, False) if all(u.mentions for u in parsed) else ([], False)


def cut(text: str) -> list[str]:
    """The clauses of ``text`` cut where one ask meets the next (``ASK_CUT``, a question word on both sides), the
    words joining them dropped; one clause when it asks once."""
    parts, start = [], 0
    for m in ASK_CUT.finditer(text):
        # (a clause closed by 里/中 names the set the next picks from: "交大签的哪几家企业里，哪些跟氢能无关")
        closes_set = any(w.end() == m.start() for w in WITHIN_AFTER.finditer(text, start, m.end()))
        if m.end() < len(text) and not closes_set and ASKING.search(text[start:m.end()]) and ASKING.search(text[m.end():]):
            parts.append(text[start:m.end()])
            start = m.end()
    return [JOINED.sub("", p).strip() for p in [*parts, text[start:]]]


def asks_nothing(u: Understanding) -> bool:
    """Whether a later ask, parsed as ``u``, asks for nothing but the verdict the one before asks ("…谁的学校出场更多，
    谁赢了？", "…, who wins?"): no name, no kind, no word beside its question word. It is no ask of its own."""
    # (a when, where or how many of the one before is an ask of its own: "…签了什么项目？什么时候签的？")
    return u.intent in ("who", "list") and not (u.mentions or u.answer_classes or u.asked or ASKING.sub("", u.topic).strip())
