"""A profile request whose every ask the profile answers: the profile, not one ask of it.

"帮我简单介绍下国创氢能，它在联合体里干了啥", "Who exactly is Guochuang Hydrogen, and what is it developing with its
university partner?", "國創氫能這家在金普那個聯合體裡是啥情況，麻煩給我講講": a request for the profile of ONE entity
(search.qa_profile) with a follow-up the profile itself answers. The readings before this one may answer the
follow-up alone (its projects, its partner) and drop the entity, or read the asker's lead-in ("最近在看氢能方向的企业")
as a topic the graph lacks. This reading keeps the answer when it names the entity already; otherwise, when

- the question asks for a profile (search.qa_cues: PROFILE_TRIGGERS, PROFILE_FORM, but no bare "是什么", "what is";
  "who exactly is X") and names exactly one entity that is no industry, in no description of another the reading
  resolved ("跟X合作的那所大学，它另外的项目是啥"),
- asks no post (a post word left over asks for its holder: "who is the president of X"), no count and no date,
- and every content word left over (search.qa_profile_asks.ProfileAsks.beyond, on the question without its profile
  words and the entity's name) is either in a lead-in clause (one before the entity is named that asks nothing) or
  stated by the profile itself (its lines, the labels it names and the links its evidence follows, in either
  language: "developing" by its "… Development Project", "university" by the university it names, "担任" by a post),

the answer is that profile, each line cited. Contract: ``ProfileCover(...).reread(written, first_u, found, entire, resolved)``
(``entire``: the whole question) gives ``found`` or the profile's answer; it builds the profile once and runs no other query.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from search.qa_answer import Answer
from search.qa_cues import PROFILE_FORM, PROFILE_TRIGGERS
from search.qa_form import except_spans, unprofiled_text
from search.qa_graph import INDUSTRY, ORGANIZATION, PERSON, POSITION, of_kinds, within
from search.qa_facts import FactFinder
from search.qa_outcome import Outcome
from search.qa_profile import CLAUSE_END
from search.qa_profile_asks import ProfileAsks
from search.qa_residue import asking_offsets
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.wording import zh_pointing

# "who exactly is X", "what really is X": a profile asked with an intensifier between the question word and the verb
INTENSIFIED = re.compile(r"\b(?:who|what)\s+(?:exactly|really|precisely|actually)\s+(?:is|are|was)\b")
# The cues that ask of the name right beside them ("X是谁", "who exactly is X", "what's X", "X是个什么单位"), and the
# profile triggers that are such cues (search.qa_cues.PROFILE_TRIGGERS): "排在X后面的是谁", "X参与的项目，另外两个合作方是谁",
# "X的全称是什么" ask of another thing
NAMED_ASKED = re.compile(r"是谁|谁是|是什么|是啥|\b(?:who|what)(?:['’]s|\s+(?:(?:exactly|really|precisely|actually)\s+)?(?:is|are|was))\b")
BESIDE_NAME = frozenset({"是谁", "谁是", "是什么", "who is", "what is", "who is that", "what is that"})
# What may stand between a name and the kind asked of it ("青软创新这家是什么单位", "X啊，是哪家公司")
AFTER_NAME = re.compile(rf"\s*(?:{zh_pointing('家个所位', formal=False, one=False, bare=False)})?\s*[啊呀呢,，]?\s*")
# "是啥情况", "什么背景", "what's the story with X": how the one named stands, its profile
STANDING_WORDS = ("情况", "状况", "背景", "底细")
STANDING = re.compile(rf"(?:什么|啥)(?:样的?)?(?:{'|'.join(STANDING_WORDS)})|\bwhat['’]?s\s+the\s+(?:story|deal|background)\b")
# A name's possessive: what follows it is asked of, not the name ("who are X's partners"); the name may be linked by
# its first words ("bingshan songyang's": "bingshan")
POSSESSIVE = re.compile(r"(?:\s+(?!(?:and|or|what|who|which|it|is|are)\b)[a-z0-9&.-]+){0,2}\s*['’]s?\b|\s*的")
# A who asked beside a profile request ("它跟谁合作", "and who its partners are")
WHO = re.compile(r"谁|\bwho(?:m|se)?\b", re.IGNORECASE)
# The parties a who asks for: an organisation or a person, of any narrower class (``_is_party``).
PARTIES = frozenset({ORGANIZATION, PERSON})
# A clause that asks: a question mark or a question word (a lead-in clause states where the asker stands)
ASKING = re.compile(r"[?？]|[哪谁啥几]|什么|多少|\b(?:who|what|which|how|where|when|why|whose)\b", re.IGNORECASE)
# An English word of the leftover is stated by the profile when the profile holds a word of the same stem
STEM = 5
# Asks no profile answers: how many, when
UNPROFILED_INTENTS = frozenset({"count", "when"})


class ProfileCover:
    """The profile of the one entity a profile request names, when it covers every ask of the request."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, profile_of: Callable[[str, Understanding], Outcome],
                 classes: Callable[[str], frozenset[str]], max_answers: int):
        self.lexicon, self.classes = lexicon, classes
        self.asks = ProfileAsks(lexicon, facts.place_named)
        self.profile_of = profile_of
        self.max_answers = max_answers
        self.fired = 0  # how many answers the profile changed (bench/profile_cover_fires.py)
        ancestors = lexicon.catalogue.ancestors
        # the words of posts, the ontology's and the names of the posts held ("president", "校长")
        self.post_words = frozenset(w.lower() for w, classes in lexicon.class_words.items() if within(classes, POSITION, ancestors)) | \
            frozenset(facts.label(p[1], lang).lower() for p in facts.positions for lang in ("zh", "en"))

    def reread(self, written: str, first: Understanding, found: Answer, entire: bool = True,
               resolved: frozenset[str] = frozenset()) -> Answer:
        """``found``, or the profile of the entity ``first`` (the question's first parse) asks a profile of (``written``:
        the question as written, its closing request too: "…，麻烦给我讲讲"), when the
        profile covers every ask (the module) and ``found`` names no more than it (one profile per clause, joined, is
        said once); ``found`` when not ``entire``: for a part of a question (a clause asked on its own is no profile
        request, the question it is part of may be), or when the reading resolved a description to another entity
        (``resolved``, the entities of search.qa_chain.Hop: "跟X合作的那所大学，它…" is about that university)."""
        iri = self._profiled(written, first) if entire else None
        if iri is None or resolved - {iri}:
            return found
        outcome = self.profile_of(iri, first)
        held = {a["id"] for a in found.answers}
        # an answer naming it beside what its profile does not name answers more than the profile: kept
        if (iri in held and not held <= {a["id"] for a in outcome.answers}) or self._uncovered(first, outcome):
            return found
        self.fired += held != {a["id"] for a in outcome.answers[: self.max_answers]}  # an answer changed, not only its text
        return replace(found, answers=outcome.answers[: self.max_answers], answer_text=outcome.text,
                       evidence=outcome.evidence, related=[], total=None,
                       understanding={**found.understanding, "profile_covers": iri, "settled": True})

    def _profiled(self, text: str, u: Understanding) -> str | None:
        """The one entity (no industry) a profile request (``text``, parsed as ``u``) names, or None."""
        if u.intent in UNPROFILED_INTENTS:
            return None
        named = {m.doc.iri for m in u.mentions if INDUSTRY not in m.doc.types}
        # (one an except clause sets aside is asked about the least: "Besides DUT, who is the other partner on …")
        if any(s <= u.start(m) < e for m in u.mentions for s, e in except_spans(u.blanked)):
            return None
        if len(named) != 1 or not (any(w in text for w in PROFILE_TRIGGERS if w not in BESIDE_NAME) or STANDING.search(text)
                                   or _beside_name(u, NAMED_ASKED.search(u.question)) or _beside_name(u, PROFILE_FORM.search(u.blanked))):
            return None
        return named.pop()

    def _is_party(self, iri: str) -> bool:
        """Whether ``iri`` is an organisation or a person (a party a who asks for), by its classes and theirs."""
        return of_kinds(self.classes(iri), PARTIES, self.lexicon.catalogue.ancestors)

    def _uncovered(self, u: Understanding, outcome: Outcome) -> list[str]:
        """The words left over the profile request that ask for more than ``outcome`` (the profile) states."""
        rest = INTENSIFIED.sub(" ", unprofiled_text(u))
        # a class word is stated by an entity of its class the profile names ("哪个学校": the university it names)
        named = {c for a in outcome.answers for c in self.classes(a["id"])}
        named |= {b for c in named for b in self.lexicon.catalogue.ancestors.get(c, ())}
        left = rest
        for at, word in reversed(class_word_spans(rest, self.lexicon)):
            if self.lexicon.class_words[word] & named:
                left = left[:at] + " " * len(word) + left[at + len(word):]
        asking = asking_offsets(left)  # the asking material ("一起", "搞"): no content asked
        words = self.asks.beyond("".join(" " if i in asking else ch for i, ch in enumerate(left)))
        # "who is the president of X", "X的总经理是谁", "杨跃权是什么身份": a post asked (a word of one, or part of a post's
        # name): its holder or the posts answer, not a profile
        if any(p in rest.lower() for p in self.post_words) or any(w.lower() in p for w in words for p in self.post_words):
            return ["post"]
        # "它跟谁合作", "who its partners are": a who asked beside the profile needs a party of its own it names
        if WHO.search(rest) and not any(self._is_party(a["id"]) for a in outcome.answers[1:]):
            return ["who"]
        lead = _lead_in(u)
        # what the profile says: its text, the labels it names and the links its evidence follows ("担任 holds")
        said = " ".join([outcome.text, *(a.get("label", "") for a in outcome.answers), *(a.get("label_en", "") for a in outcome.answers),
                         *(str(step) for item in outcome.evidence for step in item.get("path", ()))]).lower()
        return [w for w in words if w not in lead and w not in STANDING_WORDS and not _stated(w, said)]


def _beside_name(u: Understanding, cue: re.Match | None) -> bool:
    """Whether ``cue`` (a match in ``u.question``) stands right before or after a name the question uses: "X是谁",
    "who is X", "X这家是个什么单位" ask of X; "排在X后面的是哪所学校", "X参与的项目，另外两个合作方是谁", "who are X's
    partners", "谁是X的校长" do not."""
    if cue is None:
        return False
    spans = [(at, at + len(m.text)) for m in u.mentions if (at := u.start(m)) >= 0]
    q = u.question
    return any((end <= cue.start() and AFTER_NAME.fullmatch(q[end:cue.start()]))
               or (start >= cue.end() and AFTER_NAME.fullmatch(q[cue.end():start]) and not POSSESSIVE.match(q, end))
               for start, end in spans)


def _lead_in(u: Understanding) -> str:
    """The clauses of ``u.question`` before the entity is named when they ask nothing (where the asker stands:
    "最近在看氢能方向的企业，"), else ""."""
    named = min((u.start(m) for m in u.mentions if INDUSTRY not in m.doc.types and m.text in u.question),
                default=-1)
    ends = [m.end() for m in CLAUSE_END.finditer(u.question, 0, max(named, 0))]
    lead = u.question[:ends[-1]] if ends else ""
    return "" if ASKING.search(lead) else lead


def _stated(word: str, said: str) -> bool:
    """Whether the profile's text and labels (lower-cased, ``said``) state ``word``: a Chinese word as written, an
    English one by its stem."""
    return word.lower() in said or (word.isascii() and len(word) > STEM and word[:STEM].lower() in said)
