"""Other readings of a question whose first reading is doubtful, ranked by how well their answers' evidence
covers the question (search.qa_coverage).

The first reading commits to one parse. When it finds nothing and settles no refusal, the question is read
again without what the parse could not place (its residual topic: "Dalian Maritime University got into one
of the deals, I think. Which project was it" read "i think" as a topic); the other reading wins only when its
answer accounts for every content word the first left unplaced, so a topic the graph does not cover
("哪些高校在航空航天领域有合作") is never dropped. A reading whose asking sentence alone names nothing of what
the question names ("I think X works on aerospace. Which project is that?" read as "which project is that?") is
replaced by the question read with its first-person statement (``background_read``). An answer leaving
unaccounted the noun a which-word asks for, which the graph holds nowhere and no answer is by its meaning
("which hospital did Dalian Medical University bring in", answered with a project), is refused: the graph cannot
say which of its things fits that word. Thresholds: CoverageConfig, fitted by bench/calibrate_qa_coverage.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

import numpy as np

from search.qa_coverage import Answered, Coverage, Weights, answer_texts, content_words, coverage
from search.qa_cues import ALSO_AT, KIND_ASKED
from search.qa_described_party import described_industries, holder_note, relaxed_note, without_described
from search.qa_graph import PERSON
from search.qa_told_apart import pointed_back
from search.qa_measures import MEASURE_NOUNS, measure_asked, measured_head
from search.qa_multi_hop import TWO_HOPS
from search.understand import Mention, Understanding

A = TypeVar("A", bound=Answered)
# The leftover words (of a question parsed, answered by a reading's answer) asking about nothing, each with why
# (search.qa_leftover.Leftovers.asking_nothing).
Harmless = Callable[[list[str], Understanding, Answered], dict[str, str]]
# Whether what a question asks refers back to a name standing in its asker's frame, the names it links set aside
# (search.qa_frame.refers_back, the kinds a text names given).
Back = Callable[[str, str, list[str]], bool]
# The leftover model's reasons (search.qa_leftover_model.LeftoverModel.decided) that pardon no word after a two-hop
# answer's also-word: a clause ahead of the ask there is the second hop's, read by the hops ("Whoever co-founded X
# also trains people for elderly care. Which firms take part in that?").
HOPS_UNPARDONED = frozenset({"ahead"})
KINSHIP_ANSWERS = 10  # the answers whose names and types the asked noun is compared with (a few encodings at most)


@dataclass(frozen=True)
class CoverageConfig:
    """``refuse_below``: an answer covering less than this share of the question's content weight and leaving
    unaccounted a word the graph holds nowhere is refused (0: never); ``asked_similarity``: an answer leaving
    unaccounted the noun a which-word asks for, held nowhere, is refused when no answer's name or type lies this
    near it in meaning (cosine; "which hospital did X bring in" answered with a project; -1: never);
    ``max_readings`` bounds the other readings tried for one question (a count, not a clock: a wall-clock budget
    made the answer depend on the machine's load); ``measured_similarity``: the same for the head a how-word asks the
    measure of ("how large was the audience", "观众有多少"), under any operator (-1: never); ``hop_similarity``: the same
    for the words a two-hop answer leaves unaccounted, held nowhere and asking about something, "还和哪家公司联手做了
    无人机的攻关" (-1: never); ``unit_similarity``: how near in meaning to an answered figure's unit the unit a how-word
    asks a figure in, held nowhere, must lie to be the measure asked and no head unaccounted, "how many learners"
    answered with people (search.qa_asked_unit; 2: never)."""

    refuse_below: float = 0.0
    asked_similarity: float = -1.0
    measured_similarity: float = -1.0
    hop_similarity: float = -1.0
    unit_similarity: float = 2.0
    max_readings: int = 2


def doubtful(answer: Answered) -> bool:
    """Whether a first reading found nothing and settled nothing: no answer, no evidence, no refusal or verdict."""
    u = answer.understanding
    return not (answer.answers or answer.evidence or u.get("settled") or u.get("outside_graph")
                or "yes/no" in u.get("operators", ()))


class Readings(Generic[A]):
    """Weighs a first answer by its coverage and, when it is doubtful, tries other readings of the question."""

    def __init__(self, answered: Callable[[str, str, Understanding], A], weights: Weights,
                 labels: Callable[[str], Iterable[str]], vector: Callable[[str], np.ndarray], config: CoverageConfig,
                 harmless: Harmless | None = None, steps: Callable[[str], Iterable[str]] = lambda step: (step,),
                 back: Back = lambda question, name, named: False,
                 party: Callable[[str, list[str]], str | None] = lambda question, names: None,
                 part: Callable[[str], A] | None = None,
                 narrowing: Callable[[Understanding], list[str]] = lambda u: [],
                 holders: Callable[[Understanding], dict[str, Mention]] = lambda u: {},
                 units: Callable[[str, list[str], Answered], dict[str, float]] = lambda question, unheld, answer: {}):
        """``answered``: the answer of a question read as a text and parsed; ``weights``: SearchEngine.word_weights;
        ``labels``: an IRI's names; ``vector``: a text's embedding (SearchEngine.query_vector, cached); ``harmless``:
        the leftover words asking about nothing (Harmless), or None; ``steps``: an evidence path's step as every label
        of the thing it is labelled by (zh, en: an English word is accounted for by the English name of a Chinese step);
        ``back``: whether what a question asks refers back to a name of its asker's frame (Back); ``party``: a question
        without the clauses where the names it lacks, given, stand only as the asker's party ("Our delegation from Hanoi
        runs dual-track schools.": search.qa_party.asked_apart), or None when one stands otherwise or what is asked refers
        back; ``part``: the answer of a text asked on its own (search.qa.QuestionAnswerer.part), or None; ``narrowing``: the
        words narrowing a class word a parsed question counts (search.qa_qualifiers.counted_qualifiers); ``holders``: the
        one organisation each industry a parse names stands for (search.qa_described_party.IndustryHolders.described);
        ``units``: each word held nowhere that a question asks a figure in, of those given, → its nearness in meaning to
        the units of the figures an answer answers with (search.qa_asked_unit)."""
        self.answered, self.weights, self.labels, self.vector, self.config = answered, weights, labels, vector, config
        self.harmless, self.steps, self.back, self.party, self.part = harmless, steps, back, party, part
        self.narrowing, self.holders, self.units = narrowing, holders, units

    def lost(self, written: Iterable[str], answer: Answered) -> list[str]:
        """The IRIs linked in the question as written that the reading of ``answer`` dropped and its evidence does
        not account for (its parse, anchors and constraints do not hold them, no path names them besides as one
        of its answers): "I think X works on aerospace. Which project is that?" read as "which project is that?"
        answers of every project, X nowhere."""
        understood = answer.understanding
        kept = {*understood.get("entities", ()), *understood.get("anchors", ()), *understood.get("constraints", ())}
        answers = {str(a.get("label", "")) for a in answer.answers}
        paths = {str(p) for item in answer.evidence for p in item.get("path", ())} - answers
        return [iri for iri in dict.fromkeys(written) if iri not in kept and not paths & set(self.labels(iri))]

    def background_read(self, written: Iterable[str], first: A, again: Callable[[], A]) -> A:
        """``first``, unless it lost every name linked in the question as written (``lost``: the asking sentence
        alone names nothing the question names; one kept is what it asks about, "Who is X? … I only know he is
        quoted in the Dalian Daily piece"): then the question read with its background (``again``), when that
        accounts for the names or answers nothing."""
        names = list(written)
        if not first.answers or not names or len(self.lost(names, first)) < len(names):
            return first
        kept = again()
        return kept if not kept.answers or not self.lost(names, kept) else first

    def kinship(self, word: str, answer: Answered) -> float:
        """The highest cosine of ``word`` to the names (zh, en) and types of the answer's first answers."""
        return kinship(self.vector, word, answer)

    def measure(self, u: Understanding, answer: Answered) -> Coverage:
        """The coverage of the question parsed as ``u`` by ``answer``."""
        named = [m.text for m in u.mentions]
        return coverage(answer.understanding.get("topic", u.topic), named, answer_texts(answer, self.labels, steps=self.steps), self.weights)

    def settled(self, question: str, text: str, u: Understanding, first: A) -> A:
        """The answer kept for ``question``, read as ``text`` and parsed as ``u``, whose first reading answered ``first``."""
        measured = self.measure(u, first)
        unheld = [w for w, _, held in measured.unaccounted if not held]
        # the noun a which-word asks for ("which hospital", "which professor"), held nowhere and unaccounted
        # (a word of two characters or more: a single Han character of a parse's residue is no noun, "数字大"; none
        # after a which-word asking for a kind, "哪一类家数垫底": the kind is what is asked)
        kind_asked = u.question[: max(0, u.question.find(u.asked))].rstrip().endswith(KIND_ASKED)
        nouns = content_words(u.asked, self.weights) if unheld and u.asked and not kind_asked else {}  # weighed once
        asked = [w for w in unheld if len(w) > 1 and w in nouns]
        first.understanding.update(coverage=round(measured.score, 3), unheld=unheld)
        if first.answers:
            return self._checked(u, first, measured.score, unheld, asked)
        if not doubtful(first):
            return first
        best: tuple[float, A] | None = None
        for name, read, other, residue in self.others(text, u)[: self.config.max_readings] + self.described(text, u):
            found = self.answered(question, read, other)
            # the words the reading left unplaced must all be accounted for by the other's answers and paths (a sentence
            # merely holding them is no answer to them: "1.2亿投资中企业出了多少" is no count of the base's firms)
            measured = coverage(residue, [m.text for m in other.mentions], answer_texts(found, self.labels, sentences=False, steps=self.steps), self.weights)
            # (a leftover word asking about nothing, a word of a linked name, the asker's role, a function word, need
            # no accounting: search.qa_leftover)
            harmless = self.harmless(measured.words(), other, found) if self.harmless and measured.unaccounted else {}
            if found.answers and set(measured.words()) <= set(harmless) and (best is None or measured.score > best[0]):
                found.understanding.update(reading=name, coverage=round(measured.score, 3), **({"harmless": harmless} if harmless else {}))
                best = (measured.score, found)
        return self._noted(u, best[1]) if best else first

    def described(self, text: str, u: Understanding) -> list[tuple[str, str, Understanding, str]]:
        """The readings of a parse ``u`` (of ``text``) naming an industry only to describe a party (search.qa_described_party),
        as ``others`` gives them: without the industries a named party's name holds, else with each industry one
        organisation holds read as that organisation; each then with its topic dropped too, unless a which-word asks
        for it. (Tried after ``others``, beyond their bound: they are offered only where a party is so described.)"""
        described = described_industries(u, self.labels, self.weights)
        held = {} if described else self.holders(u)
        if not described and not held:
            return []
        name = "described party" if described else "industry holder"
        relaxed = without_described(u, described, self.labels, self.weights, held)
        readings = [(name, text, relaxed, "")]
        if relaxed.topic and not u.asked:
            readings.append((f"{name}, residue dropped", text, replace(relaxed, topic=""), relaxed.topic))
        return readings

    def _noted(self, u: Understanding, answer: A) -> A:
        """``answer`` of another reading of the parse ``u``, saying what it did not narrow by or read as whom when
        that reading dropped or replaced an industry describing a party (search.qa_described_party)."""
        reading, lang = str(answer.understanding.get("reading", "")), answer.understanding.get("lang", "en")
        if reading.startswith("described party"):
            words = [m.text for m in described_industries(u, self.labels, self.weights)]
            answer.understanding["relaxed"] = words
            note = relaxed_note(words, lang)
        elif reading.startswith("industry holder"):
            held = self.holders(u)
            answer.understanding["relaxed"] = [m.text for m in held.values()]
            note = holder_note(held, lang)
        else:
            return answer
        return replace(answer, answer_text=getattr(answer, "answer_text", "") + note)  # type: ignore[type-var]

    def unheld(self, question: str, refused: A, u: Understanding, again: Callable[[], A]) -> A:
        """``refused``, ``question`` parsed as ``u`` refused for names the graph lacks ("Our delegation from Hanoi…"),
        or its answer read without them (``again``) when it answers of the kind asked and each of those names asks
        about nothing in the question as asked (its frame too), by the same decision as the leftover words of another
        reading (``harmless``: search.qa_leftover and its model; a date asked, answered by projects, is no answer). Names
        standing only as the asker's party, where the people who ask come from, refuse nothing by their role (``party``):
        the answer read without them, or else the question read without their clauses ("A Kenyan union delegate compares
        …: do …?", 替台湾来的参访团整理资料：…), unless neither answers."""
        unheld = refused.understanding.get("outside_graph") or []
        if (rest := self.party(question, unheld)) is not None:
            return self._apart(unheld, rest, again) or refused
        # each name is weighed whole ("大连工业大学", not 大连, 工业 and 大学: each of its words may look harmless)
        words = [n.lower() for n in unheld if content_words(n, self.weights)]
        # a name the question points back at after it is what it asks about ("My cousin works at Nokia. Which
        # university does the company partner with?"), as is one of the asker's frame that what is asked refers back
        # to ("A Suzhou college wants a partner: which firms does the college work with?": search.qa_frame.refers_back)
        named = [m.text for m in u.mentions]
        people = [m.text for m in u.mentions if PERSON in m.doc.types]  # "his college" after a person named is theirs
        if self.harmless is None or not words or any(pointed_back(question, n, people) or self.back(question, n, named) for n in unheld):
            return refused
        found = again()
        if not found.answers or found.understanding.get("outside_graph"):
            return refused
        found.understanding["unheld_names"] = unheld  # what the decision weighs (search.qa_leftover_model)
        harmless = self.harmless(words, replace(u, question=question), found)
        if not set(words) <= set(harmless):
            return refused
        found.understanding["harmless"] = harmless
        return found

    def _apart(self, unheld: list[str], rest: str, again: Callable[[], A]) -> A | None:
        """The answer of a question whose names the graph lacks, ``unheld``, stand only as the asker's party: read
        without them (``again``), else its ``rest`` without their clauses asked on its own (their other words may read
        as a topic: "帮越南来的考察团准备材料：…"); None when neither answers."""
        for read in (again, lambda: self.part(rest) if self.part else again()):
            found = read()
            if found.answers and not found.understanding.get("outside_graph"):
                found.understanding["party"] = unheld  # (search.qa_party)
                return found
        return None

    def _checked(self, u: Understanding, first: A, score: float, unheld: list[str], asked: list[str]) -> A:
        """``first``, an answer to the question parsed as ``u`` covering ``score`` of it and leaving ``unheld`` the words
        held nowhere, or refused: it leaves unaccounted the noun a which-word asks for (``asked``) or the head a
        how-word asks the measure of, far from every answer in meaning, or a word narrowing what it answers that it
        does not answer (_unasked), or covers too little."""
        # (a plain lookup only: an operator's which-word asks for one of the things it compares or ranks, and
        # the words after it say how, "实习岗位和培训人次比，哪个多些"); "which newspaper ran the story" is
        # answered by 大连日报, a newspaper by its meaning; the head a how-word asks the measure of is asked under
        # any operator ("how large was the audience": no figure of students answers it)
        # (a negation no operator read, answered by the plain plan, is a plain lookup: "which hospitals are not part of P")
        operators = set(first.understanding.get("operators") or ())
        if asked and (not operators or (operators <= {"negation", "not kind"} and first.understanding.get("plan"))):
            first.understanding["asked_kinship"] = kinship = round(self.kinship(" ".join(asked), first), 3)
            if kinship < self.config.asked_similarity:
                return _refused(first, asked)
        # (a word naming the measure itself, "规模有多大", "the size", is no head: qa_measures.MEASURE_NOUNS; nor one
        # of the field a ranking is out of, "how large was the pool": qa_measures' own)
        if unasked := self._unasked(u, first, unheld, operators):
            return _refused(first, unasked)
        # the unit a how-word asks a figure in, held nowhere, near the answered figure's unit in meaning is the measure
        # asked, no head left unaccounted ("how many learners": the people): search.qa_asked_unit
        if fit := self.units(u.question, unheld, first):
            first.understanding["unit_kinship"] = min(fit.values())
        near = {w for w, k in fit.items() if k >= self.config.unit_similarity}
        heads = [w for w in unheld if len(w) > 1 and w not in MEASURE_NOUNS and w not in near and measured_head(u.question, w, unheld)]
        if heads and measure_asked(u.question) != "field":
            first.understanding["measured_kinship"] = kinship = round(self.kinship(" ".join(heads), first), 3)
            if kinship < self.config.measured_similarity:
                return _refused(first, heads)
        return _refused(first, unheld) if unheld and score < self.config.refuse_below else first

    def _unasked(self, u: Understanding, first: A, unheld: list[str], operators: set[str]) -> list[str]:
        """The words of ``unheld`` narrowing what ``first`` answers that it does not answer: a word narrowing a kind
        the question counts ("有几个市级政府部门…", "区级政府部门有几个…": the graph sorts nothing by it, so no figure
        of the broader kind, nor of anything else, is the count asked); a word of a two-hop answer asking about
        something after its also-word ("…还和哪家公司联手做了无人机的攻关": the hops filter their second by the topics
        they linked only; the asker's words before it, "A friend at X asked me …", are the first hop's or none), far
        from every answer in meaning ("which two pharma firms" is answered by the drug makers); [] otherwise."""
        counted = self.narrowing(u) if "count" in operators and unheld else []
        if narrowed := [w for w in unheld if len(w) > 1 and any(w == q or w in q.split() for q in counted)]:
            return narrowed
        second = (m := ALSO_AT.search(u.question)) and u.question[m.end():].lower()  # the second hop's words
        pardoned = self.harmless(unheld, u, first) if TWO_HOPS in operators and second and self.harmless is not None else None
        topics = [w for w in unheld if w in second and (w not in pardoned or pardoned[w] in HOPS_UNPARDONED)] \
            if pardoned is not None and second else []
        if topics:
            first.understanding["hop_kinship"] = kinship = round(self.kinship(" ".join(topics), first), 3)
            return topics if kinship < self.config.hop_similarity else []
        return []

    def others(self, text: str, u: Understanding) -> list[tuple[str, str, Understanding, str]]:
        """The other readings, each (its name, its text, its parse, the residue its answer must account for): the
        residual topic dropped, unless a which-word asks for a noun of it ("订单班都开在哪些专业": what is asked
        is never dropped). (The question before each rewrite that changed it was tried too and lost a right
        answer: a reading naming nothing left accounts for everything, so it is no evidence.)"""
        return [("residue dropped", text, replace(u, topic=""), u.topic)] if u.topic and not u.asked else []


def kinship(vector: Callable[[str], np.ndarray], word: str, answer: Answered) -> float:
    """The highest cosine of ``word`` to the names (zh, en) and types of ``answer``'s first answers, embedded by ``vector``."""
    want = vector(word)
    names = {str(a.get(k) or "") for a in answer.answers[:KINSHIP_ANSWERS] for k in ("label", "label_en", "type")} - {""}
    return max((cosine(want, vector(n)) for n in names), default=-1.0)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """The cosine of two vectors; 0 when either is zero."""
    norm = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.dot(a, b)) / norm if norm else 0.0


def _refused(answer: A, words: list[str]) -> A:
    """``answer`` emptied: the question asks for something by words the graph holds nowhere."""
    lang = answer.understanding.get("lang", "en")
    listed = ("、" if lang == "zh" else ", ").join(words)
    text = (f"图谱中没有关于{listed}的记载，无法确定答案。" if lang == "zh"
            else f"The graph holds nothing on {listed}, so this cannot be answered.")
    understanding = {**answer.understanding, "settled": True, "unaccounted": words}
    return replace(answer, answers=[], evidence=[], answer_text=text, understanding=understanding, total=None)  # type: ignore[type-var]
