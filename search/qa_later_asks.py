"""Every ask of a question answered: the asks the question read whole left unanswered, each answered alone.

"装备制造实训基地是哪两家建的？一共投了多少钱？", "How many projects were signed, and how many of those were
talent-cultivation ones?", "…out of how many applicants, and in what overall position?": read whole, such a question
is answered on one of its asks (the last, often), and the answer is confident and incomplete. Its asks (the clauses
search.qa_conjoined.cut finds) are each answered alone, an ask naming nothing of the graph's read with the names of
the nearest ask before that names some ("一共投了多少钱" of the base named first); an ask picking from the answers
before ("其中", "of those"), counting them or asking nothing of its own ("具体多少") is what the whole reading
answers. An ask is covered by the whole when the whole lists an answer of the kind the ask asks for ("学院那方叫啥" by
the college it names), or already gives every answer the ask finds alone, listed or said in its sentence (the
category "属于哪一类"): an answer the two merely share covers nothing (round 40; round 39 judged by shared answers, and
added a party's head and a category the whole had said). The others found are joined after the whole's answer, in
the question's order. A question whose whole reading relates its clauses (a comparison, a difference, a negation, an
exception: ``RELATING``) asks once. An ask found answered by nothing is said so beside the rest, named by where it
stands ("（最后一问图谱中没有答案。）"), never dropped in silence; a question the whole reading leaves empty (no
answers, no evidence, no verdict) is answered only when every one of its asks is.

Honesty first (round 40): a whole refused for a name outside the graph, or refused by a stage that settled it,
stays refused ("Which college and which district vocational centre are in <a college the graph lacks>?" never lists
every college); and two how-many asks answered alone by the very same figure split a figure the graph holds only
undivided ("市级的有几个，区级的有几个" of the 13 市、区级政府部门): neither is answered by it (the whole's own
answer left as it is: refusing it broke asks restating one count, on TUNE and CHECK).

Contract: ``LaterAsks(kind_of).read(text, lang, whole, understood, answer)``; ``text`` the question as read, ``whole``
its answer read whole, ``understood`` a clause → its parse, ``answer`` a clause → its answer
(search.qa.QuestionAnswerer.part), ``kind_of(iri, classes)`` whether an answer is of a kind. The joined answer keeps
``whole``'s understanding, the asks listed under "asks" and those unanswered under "unanswered". What each rule
changes on a set: bench/later_asks40_fires.py.
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
# The intent of a how-many ask (search.understand.Understanding.intent).
COUNT = "count"
# How the names an ask before gives are put before a later ask naming nothing, by language.
NAMES_BEFORE = {"zh": "{names}{ask}", "en": "{names}: {ask}"}


# What marks a whole reading refused honestly (search.qa_answer.parse_summary, search.qa_readings.doubtful): a name the
# graph does not hold, or a refusal a stage settled with no answers (a split of a kind the graph does not make, a
# relation held of nobody, a word held nowhere). The asks alone never overturn it.
OUT_OF_SCOPE, SETTLED = "outside_graph", "settled"


class LaterAsks:
    """Every ask of a question answered (the module's rules); ``kind_of(iri, classes)``: whether the answer ``iri`` is
    of one of ``classes`` or narrower (search.qa_graph.of_kinds over the graph's classes)."""

    def __init__(self, kind_of: Callable[[str, frozenset[str]], bool]):
        self.kind_of = kind_of

    def read(self, text: str, lang: str, whole: Answered, understood: Callable[[str], Understanding],
             answer: Callable[[str], Answer]) -> Answered:
        """``whole`` with the asks of ``text`` it leaves unanswered answered alone and joined, or said unanswered;
        ``whole`` itself when the question asks once, its answer covers every ask, or it was refused honestly."""
        parts = cut(text)
        # (几 in a round number asks nothing: "这十几个签约项目，…" is no ask of its own)
        if len(parts) < 2 or "asks" in whole.understanding or RELATING & set(whole.understanding.get("operators", ())) \
                or not all(ASKING.search(ROUND_NUMBER.sub(" ", p)) for p in parts) or refused(whole):
            return whole
        parsed = [understood(p) for p in parts]
        got = [None if _of_the_one_before(p, u) else answer(_with_names(p, i, parsed, lang))
               for i, (p, u) in enumerate(zip(parts, parsed))]
        split = unsplit(got, parsed)
        got = [_nothing(g) if g is not None and split and split == {a["id"] for a in g.answers} else g for g in got]
        if not whole.answers:  # (a whole stating a verdict or citing evidence answers, with no answers listed: kept)
            answered = all(g is not None and g.answers for g in got) and not _states(whole)
            return _joined(whole, parts, got, [False] * len(got), lang) if answered else whole
        covered = [g is None or self._covers(whole, u, g) for g, u in zip(got, parsed)]
        if not any(covered) or all(covered):
            return whole
        return _joined(whole, parts, got, covered, lang)

    def _covers(self, whole: Answer, u: Understanding, alone: Answer) -> bool:
        """Whether ``whole`` answers the ask parsed as ``u`` (answered ``alone`` on its own): it lists an answer of
        the kind the ask asks for, or already gives every answer the ask finds alone (listed, or said in its
        sentence), or the ask, finding nothing alone, names an answer of the whole. An answer the two merely share
        covers nothing: a party's head asked as "学院那方" is no second ask."""
        if u.answer_classes and any(self.kind_of(a["id"], frozenset(u.answer_classes)) for a in whole.answers):
            return True
        ids, said = {a["id"] for a in whole.answers}, normalize(whole.answer_text)
        # an ask naming one of the whole's answers is asked of it: alone, the asker's context around it ("My professor
        # forwarded a clip quoting X. Who is he exactly, …") may refuse it, which says nothing of the whole ("…holds
        # no answer to the first ask" beside X's own line would be false)
        if not alone.answers and {m.doc.iri for m in u.mentions} & ids:
            return True
        return bool(alone.answers) and all(a["id"] in ids or normalize(a["label"]) in said
                                           or normalize(a.get("label_en") or a["label"]) in said for a in alone.answers)


def refused(whole: Answer) -> bool:
    """Whether the whole reading was refused honestly: a name outside the graph, or a refusal settled with no answers."""
    u = whole.understanding
    return bool(u.get(OUT_OF_SCOPE)) or (not whole.answers and bool(u.get(SETTLED)))


def unsplit(got: Sequence[Answer | None], parsed: Sequence[Understanding]) -> frozenset[str]:
    """The answers two how-many asks are each found answered by alone, the very same (empty when none are): "市级的有
    几个，区级的有几个" each answered by the 13 of 市、区级政府部门 splits a figure the graph holds only undivided,
    and neither ask is answered by it. The whole reading's answer is left as it is: two asks restating one count
    ("一共露了几次面？参与了几个项目？") find the same figure too. (Two asks of who or which may share their answers:
    the same firm built and funded a base.)"""
    counts = [frozenset(a["id"] for a in g.answers) for g, u in zip(got, parsed)
              if g is not None and g.answers and u.intent == COUNT]
    return next((ids for ids in counts if counts.count(ids) > 1), frozenset())


def _nothing(g: Answer) -> Answer:
    """``g`` with nothing found."""
    empty = copy(g)
    empty.answers, empty.evidence, empty.total = [], [], None
    return empty


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
