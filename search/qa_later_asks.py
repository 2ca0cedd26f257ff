"""Every ask of a question answered: the asks the question read whole left unanswered, each answered alone.

"装备制造实训基地是哪两家建的？一共投了多少钱？", "How many projects were signed, and how many of those were
talent-cultivation ones?", "…out of how many applicants, and in what overall position?": read whole, such a question
is answered on one of its asks (the last, often), and the answer is confident and incomplete. Its asks (the clauses
search.qa_conjoined.cut finds) are each answered alone, an ask naming nothing of the graph's read with the names of
the nearest ask before that names some ("一共投了多少钱" of the base named first); an ask picking from the answers
before ("其中", "of those"), counting them or asking nothing of its own ("具体多少") is what the whole reading
answers. An ask is answered by the whole when the answers share one; the others found are joined after it, in the
question's order. A question whose whole reading relates its clauses (a comparison, a difference, a negation, an
exception: ``RELATING``) asks once. An ask found answered by nothing is said so beside the rest, named by where it
stands ("（最后一问图谱中没有答案。）"), never dropped in silence; a question the whole reading leaves empty (no
answers, no evidence, no verdict) is answered only when every one of its asks is.

Contract: ``later_asks(text, lang, whole, understood, answer)``; ``text`` the question as read, ``whole`` its
answer read whole, ``understood`` a clause → its parse, ``answer`` a clause → its answer (search.qa.QuestionAnswerer.part).
The joined answer keeps ``whole``'s understanding, the asks listed under "asks" and those unanswered under "unanswered".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy

from search.qa_answer import Answer
from search.qa_chain import ASKING, Answered
from search.qa_conjoined import asks_nothing, cut
from search.qa_nameless_asks import AT_ANSWERS, ROUND_NUMBER, counts_the_one_before
from search.qa_text import VERDICTS
from search.text import normalize
from search.understand import Understanding

# The operators relating one clause of a question to another (compared, told apart by a difference, denied, set aside):
# such a question's clauses make one ask, which the whole reading answers; read alone, a clause loses the relation.
RELATING = frozenset({"compare", "fewer", "same", "larger", "smaller", "difference", "negation", "not kind", "except"})
# How an ask found answered by nothing is said, by language, named by where it stands (first, between, last): never
# quoted, so that no word of the question ("comparing two …") reads as a figure the answer states.
UNANSWERED = {"zh": "（{which}图谱中没有答案。）", "en": " (The graph holds no answer to {which}.)"}
WHERE_ASKED = {"zh": ("头一问", "中间那一问", "最后一问"), "en": ("the first ask", "an ask between", "the last ask")}
# How the names an ask before gives are put before a later ask naming nothing, by language.
NAMES_BEFORE = {"zh": "{names}{ask}", "en": "{names}: {ask}"}


def later_asks(text: str, lang: str, whole: Answered, understood: Callable[[str], Understanding],
               answer: Callable[[str], Answer]) -> Answered:
    """``whole`` with the asks of ``text`` it leaves unanswered answered alone and joined, or said unanswered
    (the module's rules); ``whole`` itself when the question asks once or its answer covers every ask."""
    parts = cut(text)
    # (几 in a round number asks nothing: "这十几个签约项目，…" is no ask of its own)
    if len(parts) < 2 or "asks" in whole.understanding or RELATING & set(whole.understanding.get("operators", ())) \
            or not all(ASKING.search(ROUND_NUMBER.sub(" ", p)) for p in parts):
        return whole
    parsed = [understood(p) for p in parts]
    ids = {a["id"] for a in whole.answers}
    got = [None if _of_the_one_before(p, u) else answer(_with_names(p, i, parsed, lang))
           for i, (p, u) in enumerate(zip(parts, parsed))]
    covered = [g is None or bool(ids & {a["id"] for a in g.answers}) for g in got]
    if not ids:  # (a whole stating a verdict or citing evidence answers, with no answers listed: kept)
        answered = all(g is not None and g.answers for g in got) and not _states(whole)
        return _joined(whole, parts, got, [False] * len(got), lang) if answered else whole
    if not any(covered) or all(covered):
        return whole
    return _joined(whole, parts, got, covered, lang)


def _states(whole: Answer) -> bool:
    """Whether an answer listing no answers still states something: evidence cited, or a verdict it opens on."""
    return bool(whole.evidence) or any(v.match(normalize(whole.answer_text)) for v in VERDICTS.values())


def _of_the_one_before(part: str, u: Understanding) -> bool:
    """Whether an ask (``part``, parsed as ``u``) is of the answers of the one before, which only the whole reading
    answers: it picks from them ("其中", "of those"), counts them ("有几家？") or asks nothing of its own ("具体多少")."""
    return bool(AT_ANSWERS.search(part)) or counts_the_one_before(part, u) or asks_nothing(u)


def _where(at: int, of: int, lang: str) -> str:
    """The ask at ``at`` of ``of`` named by where it stands (search.qa_later_asks.WHERE_ASKED)."""
    return WHERE_ASKED[lang][0 if at == 0 else 2 if at == of - 1 else 1]


def _with_names(part: str, at: int, parsed: Sequence[Understanding], lang: str) -> str:
    """The ask ``part`` (the ``at``-th), with the names of the nearest ask before it naming some put before it when
    it names nothing of its own."""
    if parsed[at].mentions:
        return part
    before = next((u for u in reversed(parsed[:at]) if u.mentions), None)
    if before is None:
        return part
    names = ("" if lang == "zh" else " ").join(dict.fromkeys(m.text for m in before.mentions))
    return NAMES_BEFORE[lang].format(names=names, ask=part)


def _joined(whole: Answered, parts: Sequence[str], got: Sequence[Answer | None], covered: Sequence[bool],
            lang: str) -> Answered:
    """``whole`` joined, in the asks' order, with the answers of the asks it does not cover (``covered``), each found
    answered by nothing said so."""
    # (the whole's answer said first, a verdict it opens on staying its opening; a whole answering nothing not said)
    texts = [whole.answer_text] if whole.answers else []
    answers, evidence, unanswered = {a["id"]: a for a in whole.answers}, list(whole.evidence), []
    for at, (part, g, c) in enumerate(zip(parts, got, covered)):
        if c or g is None:
            continue
        if g.answers:
            texts.append(g.answer_text)
            answers.update({a["id"]: a for a in g.answers if a["id"] not in answers})
            evidence += g.evidence
        else:
            unanswered.append(part)
            texts.append(UNANSWERED[lang].format(which=_where(at, len(parts), lang)))
    joined = copy(whole)
    joined.answers, joined.evidence, joined.related, joined.total = list(answers.values()), evidence, [], None
    joined.answer_text = ("" if lang == "zh" else " ").join(t for t in texts if t).strip()
    joined.understanding = {**whole.understanding, "asks": list(parts), "unanswered": unanswered}
    return joined
