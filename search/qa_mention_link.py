"""Linking a mention the reading left unlinked — a word of a name said alone ("the maritime one", "Minzu",
"Jiaotong"), a short form, a description in the asker's words — to one entity of the graph: one stage, one result.

The reading links names it finds whole (search.understand), short forms and slips it knows (search.qa_renaming); what
it cannot place is left in its topic. Here each run of the topic's words that the question writes together (Latin
words, up to ``MAX_WORDS``; a Chinese word of two characters or more) is a candidate mention, and the graph's
entities of the kinds wanted are ranked for it by lexical search over their names and texts (SearchEngine.ranked,
the ranking search shows), the entities the question already names left out. A mention links to the top entity only
when it scores at least ``min_score`` and leads the runner-up by ``min_margin`` (a ratio of scores): both fitted by
bench/calibrate_qa_mention_link.py on phrases of development questions the tests do not use. A word many entities'
texts hold ("technology": 嘉翔科技 2.69, 超聚变数字技术 2.63) leads none by that margin and links nothing; a word of
one entity's name alone ("maritime": 大连海事大学 4.84, the next 0.45) does.

What the stage does not decide: a name the graph does not hold ("Shenzhen University", 深圳职业技术大学) is refused by
the scope check (search.qa_scope) before any reading gets here, and the caller runs the stage only on readings the
scope check passed; a mention linked is read again by the caller, whose answer must still be of the kind asked.

Where it is used: a mention coordinated with a name the reading links ("Dalian University and the maritime one",
"大连大学和海事那所", "Minzu versus DUT": ``coordinate``), among entities of that name's kind, is a rewrite of every
question (search.qa_rewrites, "coordinated"); the other side of a comparison naming one side, anywhere in its topic, is
tried when the comparison found no second side (search.qa.QuestionAnswerer._paired). A comparison naming no side is not
read so: its topic words are the figures compared ("研究成果和实习岗位哪个多": 研究成果 would link to a research firm).

Contract: ``MentionLinker(engine, min_score, min_margin).linked(u, kinds, exclude)`` gives the ``LinkedMention`` of
each mention of the parse ``u`` that links (left to right, one per entity, none of ``exclude``); ``renamed(text, u,
kinds, exclude)`` gives ``text`` (normalised, as ``u.question``) with each linked mention replaced by its entity's
name in the question's language, and the links, or None when none links. Nothing is kept between questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from graph.han import HAN
from search.documents import CJ
from search.engine import SearchEngine
from search.name_table import is_subsequence
from search.text import normalize
from search.understand import Understanding

# The kinds a mention links to by default: organisations (a cooperation described is search.qa_described_cooperation's).
ORGANISATIONS = (f"{CJ}Organization",)
# Most Latin words a mention runs over ("the ethnic affairs university" leaves "ethnic affairs"), fewest letters one
# word has, and fewest characters a Chinese word has, to be a mention at all (shorter ones are any name's part).
MAX_WORDS, MIN_LETTERS, MIN_HAN = 3, 4, 2
# Candidates looked at: the top, the runner-up, and one more for an excluded entity ranked among them.
CANDIDATES = 3


@dataclass(frozen=True)
class LinkedMention:
    """A mention of the question linked to one entity: the mention as written, the entity, its lexical score, its
    lead over the runner-up (a ratio; infinite when no other entity scores) and why, in words."""

    span: str
    iri: str
    label: str
    label_en: str
    score: float
    margin: float
    why: str

    def summary(self) -> dict:
        """The link as the answer's understanding records it."""
        return {"span": self.span, "entity": self.iri, "label": self.label, "score": round(self.score, 2),
                "margin": round(self.margin, 2) if self.margin != float("inf") else None, "why": self.why}


class MentionLinker:
    """Mentions linked over one search engine's lexical ranking (see the module)."""

    def __init__(self, engine: SearchEngine, min_score: float, min_margin: float):
        self.engine, self.min_score, self.min_margin = engine, min_score, min_margin

    def scored(self, phrase: str, kinds: Iterable[str] = ORGANISATIONS, exclude: Iterable[str] = ()) -> LinkedMention | None:
        """The top entity for ``phrase`` among every entity of the graph (``exclude`` left out), when it is of one of
        ``kinds``, with its score and its lead over the runner-up of any kind (a word of a cooperation's name as much as
        of a company's, "digital", leads neither); None when no entity's text holds a word of it or the top is of
        another kind. (The calibration reads every phrase so, whatever its score and margin.)"""
        left_out, wanted = set(exclude), set(kinds)
        found = [r for r in self.engine.ranked(phrase, CANDIDATES + len(left_out), mode="lexical") if r.id not in left_out and r.score > 0]
        if not found or not self._types(found[0].id) & wanted or not self.written_in(phrase, found[0].id):
            return None
        top, runner = found[0], (found[1] if len(found) > 1 else None)
        margin = top.score / runner.score if runner is not None else float("inf")
        why = f"“{phrase}” ranks {top.label_en or top.label} first by the words of its names and text ({top.score:.2f}"
        why += f"; the next, {runner.label_en or runner.label}, {runner.score:.2f})" if runner is not None else "; no other)"
        return LinkedMention(phrase, top.id, top.label, top.label_en or top.label, top.score, margin, why)

    def written_in(self, phrase: str, iri: str) -> bool:
        """Whether ``phrase`` is written within one of the entity's names: a Chinese phrase its characters in order
        (海事, 民大, 轻工职院), a Latin one each word a word of the name or the start of one ("univ"); a part written in
        no name (深圳职业技术: 深圳) names another entity, the graph's or not."""
        doc = self.engine.catalogue.by_iri.get(iri)
        names = [normalize(n) for n in doc.name_values] if doc is not None else []
        if HAN.search(phrase):
            return any(is_subsequence(phrase, n) for n in names)
        words = re.split(r"[\s-]+", phrase.strip())
        return any(all(re.search(rf"\b{re.escape(w)}", n) for w in words) for n in names)

    def _types(self, iri: str) -> frozenset[str]:
        """The classes of the entity ``iri`` (none for an IRI the catalogue lacks)."""
        doc = self.engine.catalogue.by_iri.get(iri)
        return frozenset(doc.types) if doc is not None else frozenset()

    def accepted(self, found: LinkedMention | None) -> bool:
        """Whether a scored mention is clear enough to link: its score and its lead over the runner-up."""
        return found is not None and found.score >= self.min_score and found.margin >= self.min_margin

    def linked(self, u: Understanding, kinds: Iterable[str] = ORGANISATIONS, exclude: Iterable[str] = ()) -> tuple[LinkedMention, ...]:
        """The mentions of ``u``'s topic that link, left to right, each entity once, the longest mention first where
        two overlap; none of the entities in ``exclude`` (IRIs) nor of those ``u`` names."""
        kinds, left_out = tuple(kinds), {*exclude, *(m.doc.iri for m in u.mentions)}
        out: list[LinkedMention] = []
        taken: set[int] = set()
        for span, at in sorted(mentions(u), key=lambda m: -len(m[1])):
            if taken & set(at):
                continue
            found = self.scored(span, kinds, left_out)
            if self.accepted(found) and found is not None and found.iri not in {m.iri for m in out}:
                out.append(found)
                taken |= set(at)
        return tuple(sorted(out, key=lambda m: u.question.find(m.span)))

    def renamed(self, text: str, u: Understanding, kinds: Iterable[str] = ORGANISATIONS,
                exclude: Iterable[str] = ()) -> tuple[str, tuple[LinkedMention, ...]] | None:
        """``text`` with each mention of ``u`` that links (``linked``) replaced by its entity's name (normalised, in the
        question's language), with the links made; None when none links or none stands in ``text`` as written."""
        new, made = text, []
        for found in self.linked(u, kinds, exclude):
            name = normalize(found.label if u.lang == "zh" else found.label_en)
            replaced = re.compile(_written(found.span)).sub(name.replace("\\", r"\\"), new, count=1)
            if replaced != new:
                new = replaced
                made.append(found)
        return (new, tuple(made)) if made else None


    def coordinated(self, text: str, u: Understanding) -> tuple[str, tuple[LinkedMention, ...]] | None:
        """``text`` with each mention standing coordinated with a name the reading links ("Dalian University and the
        maritime one", "大连大学和海事那所", "Minzu versus Dalian University": ``coordinate``) replaced by the entity it
        links to among those of that name's kind (side_kinds), and the links; None when no such mention links."""
        if text != u.question:
            return None
        new, made = text, list[LinkedMention]()
        for span, _ in mentions(u):
            side = next((m for m in u.mentions if set(ORGANISATIONS) <= m.doc.types and coordinate(text, m.text, span)), None)
            found = self.scored(span, side_kinds(side.doc.types), {m.doc.iri for m in u.mentions}) if side is not None else None
            if found is None or not self.accepted(found) or found.iri in {m.iri for m in made}:
                continue
            name = normalize(found.label if u.lang == "zh" else found.label_en)
            replaced = re.compile(_written(found.span)).sub(name.replace("\\", r"\\"), new, count=1)
            if replaced != new:
                new, made = replaced, [*made, found]
        return (new, tuple(made)) if made else None


# Words coordinating two things compared or named together, and what may stand between one of them and the coordinator
# ("the maritime one", "海事那所"): a determiner, "one", a pointing word with its measure word.
EN_AND = r"(?:and|or|versus|vs\.?|against|compared\s+with)"
ZH_AND = r"(?:和|跟|与|同|还是|或|或者|对比|比)"
EN_BEFORE, EN_AFTER = r"(?:the\s+)?", r"(?:\s+ones?)?"
ZH_POINTER = r"(?:[那这][所家个位])?"


def coordinate(text: str, name: str, span: str) -> bool:
    """Whether ``span`` (a candidate mention) stands coordinated with ``name`` (a name the reading links) in ``text``: the
    two joined by a coordinating word, nothing between them but a determiner, "one" or a pointing word."""
    if not name or name not in text:
        return False
    said, named = _written(span), re.escape(name)
    if HAN.search(span):
        pattern = rf"{named}{ZH_AND}{ZH_POINTER}{said}{ZH_POINTER}|{ZH_POINTER}{said}{ZH_POINTER}{ZH_AND}{named}"
    else:
        pattern = rf"{named}\s*,?\s+{EN_AND}\s+{EN_BEFORE}{said}{EN_AFTER}\b|\b{EN_BEFORE}{said}{EN_AFTER}\s*,?\s+{EN_AND}\s+(?:the\s+)?{named}"
    return re.search(pattern, text) is not None


def mentions(u: Understanding) -> list[tuple[str, tuple[int, ...]]]:
    """The candidate mentions of the parse ``u``: each run of up to MAX_WORDS of its topic's Latin words that the
    question writes together (each word of MIN_LETTERS letters or more), and each Chinese word of MIN_HAN characters or
    more; each with the indexes of the topic words it covers."""
    words = u.topic.split()
    out: list[tuple[str, tuple[int, ...]]] = []
    for i, word in enumerate(words):
        if HAN.search(word):
            if len(word) >= MIN_HAN and word in u.question:
                out.append((word, (i,)))
            continue
        for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1):
            run = words[i:j]
            if any(HAN.search(w) or len(w) < MIN_LETTERS for w in run):
                break
            phrase = " ".join(run)
            if re.search(_written(phrase), u.question):
                out.append((phrase, tuple(range(i, j))))
    return out


def _written(phrase: str) -> str:
    """The pattern of ``phrase`` as a question writes it: Latin words whole, a space or a hyphen between them."""
    if HAN.search(phrase):
        return re.escape(phrase)
    return r"\b" + r"[\s-]+".join(map(re.escape, phrase.split())) + r"\b"


def side_kinds(types: Iterable[str]) -> tuple[str, ...]:
    """The kinds the other side of a comparison is of, given the classes of the side the question names: its own
    classes but the generic organisation (a university is compared with a school, not with a company or a project)."""
    own = tuple(sorted(set(types) - set(ORGANISATIONS)))
    return own or ORGANISATIONS
