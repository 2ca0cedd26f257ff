"""Two asks in one question, chained: the first clause's one entity put into the second.

Chained: a later clause points back ("that college", "这所大学", "它", "its", or, in Chinese, goes on with no
subject of its own: "和三友电器合作的那个学校，还跟…") at one entity an earlier clause gives —
- the one partner of the kind pointed at of the organisation the earlier clause names ("The kindergarten in
  Jinzhou works with a college; who is that college's president?", "德泰城市服务集团有个合作高校，这所大学还参加了
  哪个项目？"), narrowed by the cooperations its other words name when several fit; several still fitting are
  asked about, never guessed, and such a pointer never stands for the named one itself;
- else the one answer of that kind of the earlier clause asked as a question ("董建军在哪家企业任职？这家企业参与了
  哪些项目？"); a pronoun the earlier clause uses too stays with what it names ("X: what is it, and who runs it?");
- else, after a clause setting the scene and asking nothing, the one organisation it names ("I read about Bifei.
  Which university did it team up with?").
The entity's name is put where the later clause points, that clause is read as the question, and the first hop
is said and cited beside its answer. A later clause asking for others ("还", "other") leaves the first hop's out.
A closing Chinese ask of nothing but a question word asks for the indefinite before it ("…在一家企业的厂区里开的，
是哪家？" → "…在哪家企业的厂区里开的？").

Two asks each standing on its own are answered apart and joined (search/qa_conjoined.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from search.qa_anaphora import POINTING_BACK, pointed_back
from search.qa_answer import Answer
from search.qa_breaks import CLAUSE_END, DASH
from search.qa_closing_list import closing_start
from search.qa_descriptions import OTHERS
from search.qa_facts import FactFinder
from search.qa_form import except_spans
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, Participation, kinds_fit, of_kinds, within
from search.qa_indefinite import asked_indefinite, kind_pointer, names_only
from search.qa_cues import NEGATED_WITH, WHERE_ASKED, ZH_PARTNER_WORDS
from search.qa_match import uses
from search.qa_outcome import participation_items
from search.text import normalize
from search.understand import Understanding, understand
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import COUNT_WORDS, WHEN_WORDS
from search.wording import EN_PERSON_PRONOUNS, ZH_PERSON_PRONOUNS, ZH_WITH

# Pointing back with no kind: "它的", "its", "it", "they". (English "it" not in "is it", nor in a tag: "wasn't it".)
PRONOUN = re.compile(r"它们|它|\b(?:its|their|they|them)\b|(?<!n't )(?<!\bis )(?<!\bwas )\bit\b")
# Of those, the ones standing for one thing only ("they", "their" may stand for the projects asked about).
ONE_PRONOUN = re.compile(r"它(?!们)|\bits\b|(?<!n't )(?<!\bis )(?<!\bwas )\bit\b")
# A word of a clause: a Latin word or a Han character (a clause setting a scene says two besides the name).
SCENE_WORD = re.compile(r"[a-z]+|[\u4e00-\u9fff]")
# English pronouns standing for a possessor: the name takes "'s".
POSSESSIVE = frozenset({"its", "their", "his"})
# A pronoun standing for one person ("Who was it, and which company is he with?", "说这话的是谁？他在哪家公司？"); "her"
# before a word is her possessive ("what is her post"), else the object (the first alternative leaves it to those after).
PERSON_PRONOUN = re.compile(rf"\b(?:{EN_PERSON_PRONOUNS})\b(?<!her)|\bher\b(?=\s+[a-z])|(?P<object>\bher\b)|[{ZH_PERSON_PRONOUNS}](?!们)")
# A Chinese clause going on with no subject of its own: it opens on an adverb or a preposition of its predicate.
ZERO_SUBJECT = re.compile(r"\s*(?=还|也|又|另外|都|跟|和|与|同|一共|总共|共|在|参加|参与|签|挂名)")
# The end of a description before a clause going on about it: a partner word after the kind word, and the break.
DESCRIBED_END = re.compile(rf"{ZH_PARTNER_WORDS}?[\s,，;；:：]*$")
# Where one clause ends and the next begins: the anaphora's ends, and a dash between two clauses.
CLAUSE_CUT = re.compile(rf"{CLAUSE_END.pattern}|{DASH}")
# Words joining a second ask to the first ("and which…", "另外，…"): no part of the ask itself.
JOINED = re.compile(r"^\s*(?:(?:and|also|then|plus)\b|另外|此外|还有|以及|并且|而且|那么|同时)\s*[,，]?\s*")
# A definite kind coordinated with another after it ("both the company and its academic partner"): the kinds listed are
# asked (two answer types), the first no pointer back at a statement's indefinite.
KINDS_LISTED = re.compile(r"\s*,?\s*(?:and|plus|as well as)\s+(?:the|its|their)\b")
# A question word: a clause holding one asks on its own.
ASKING = re.compile(r"哪|什么|啥|谁|誰|几|幾|多少|是否|有没有|吗|嗎|\b(?:which|what|who|whom|whose|how|when|where)\b")


Answered = TypeVar("Answered", bound=Answer)


@dataclass(frozen=True)
class Hop:
    """The first clause's one entity, the question read on (the later clause with its name in), what the first
    hop says and cites, and whether the first clause asks for the entity itself ("which college …, and who is
    its …": it is among the answers)."""

    entity: str
    text: str
    said: str
    evidence: tuple[dict, ...]
    asked: bool


@dataclass(frozen=True)
class Pointed:
    """A later clause pointing back at a kind of partner: the clauses, the pointer, the organisation named,
    the kind word and its classes, and the named one's partners of that kind → the cooperations shared."""

    head: str
    rest: str
    point: re.Match
    named: str
    word: str
    partners: dict[str, set[str]]


class Chains:
    """Chained and conjoined asks read with one graph's lexicon, facts and participation; ``resolve``: a
    topic phrase → the industries and cooperations it names (search.qa.QuestionAnswerer.resolve_topic)."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation,
                 resolve: Callable[[str], list[tuple[str, float]]], answer: Callable[[str], Answer]):
        """``answer``: a question → its answer (search.qa.QuestionAnswerer.answer), for a first clause asking."""
        self.lexicon, self.facts, self.graph, self.resolve, self.answer = lexicon, facts, graph, resolve, answer
        self._pointed_last: tuple[str, Understanding, Pointed | None] | None = None
        self._last: tuple[str, Answer] | None = None

    def hop(self, text: str, u: Understanding) -> Hop | None:
        """The chain of ``text`` (normalised, parsed as ``u``): a later clause pointing back at the one partner
        of the organisation an earlier clause names, or else at the one answer of its kind an earlier clause
        asking finds; None when there is no such clause or not one entity fits."""
        found = self._pointed(text, u)
        if found is None:
            return self._answered_back(text, u)
        if len(found.partners) != 1:
            return None
        (entity, shared), = found.partners.items()
        x, y = (self.facts.label(e, u.lang) for e in (found.named, entity))
        said = f"{x}的合作方是{y}。" if u.lang == "zh" else f"{x} works with {y.rstrip('.')}."
        cited = participation_items(self.facts, [[(found.named, c), (entity, c)] for c in sorted(shared)])
        return Hop(entity, self._put_in(found, entity, sorted(shared), u.lang), said, tuple(cited),
                   bool(ASKING.search(found.head)))

    def _answered_back(self, text: str, u: Understanding) -> Hop | None:
        """"董建军在哪家企业任职？这家企业参与了哪些项目？": the earlier clause asked as a question, its one answer
        of the kind pointed back at (any organisation for a pronoun) put where the later clause points."""
        set_aside = except_spans(text)  # "X的合作方里，去掉企业，还剩谁": a kind set aside is pointed back at by nothing
        for cut in reversed([m.end() for m in CLAUSE_CUT.finditer(text) if m.end() < len(text)]):
            head, rest = text[:cut], text[cut:]
            if any(s < cut <= e + 2 for s, e in set_aside):
                continue
            # (a person pointed back at by a clause asking nothing is said about, not asked: "His name comes up …")
            point = (POINTING_BACK.search(rest) or kind_pointer(rest, self.lexicon) or ONE_PRONOUN.search(rest)
                     or (ASKING.search(rest) and PERSON_PRONOUN.search(rest)))
            if not point or any(m.text in rest for m in u.mentions if m.text in head):
                continue
            if u.lang == "en" and (listed := closing_start(text, class_word_spans(text, self.lexicon))) is not None \
                    and cut + point.start() >= listed:
                continue  # "who are the two partners, the kindergarten and the college?": the kinds asked (qa_closing_list)
            stated = not ASKING.search(head)
            if stated and KINDS_LISTED.match(rest, point.end()) and point.group().startswith("the "):
                continue  # "…by a separation-membrane maker. Name both the company and its academic partner.": kinds asked
            if stated and (demonstrative := kind_pointer(rest, self.lexicon)) is not None \
                    and self._indefinite(head, demonstrative, u.lang) is not None:
                point = demonstrative  # "…at a machine-tool company. Who heads the college that company …": that company
            person = point.re is PERSON_PRONOUN
            kinds = self._kinds_of(point, person)
            if stated:  # "推进会在一家企业开的，这家公司…": the statement asks for its indefinite
                asked = None if person or ONE_PRONOUN.fullmatch(point.group()) else self._indefinite(head, point, u.lang)
                if asked is None:
                    continue
                head = asked
            # a pronoun the first clause uses too stands for what it names ("Field engineers programme: what is
            # it, and which college runs it?"), not for its answer
            if not kinds and PRONOUN.search(head):
                return None
            got = self._asked(head)
            fits = [a["id"] for a in got.answers if self._of(a["id"], kinds[0] if kinds else frozenset({ORGANIZATION}))]
            # (nor for an answer of the kind the later clause asks for: "which college runs <that college>")
            if len(fits) != 1 or (not kinds and self._of(fits[0], understand(rest, self.lexicon).answer_classes)):
                return None
            if names_only(rest, point):  # "…，这家幼儿园叫什么": the earlier clause's answer is the answer
                return Hop(fits[0], head, "", (), True)
            name = normalize(self.facts.label(fits[0], u.lang))
            return Hop(fits[0], named_in(rest, point, name), got.answer_text, tuple(got.evidence), not stated)
        return None

    def _kinds_of(self, point: re.Match, person: bool) -> list[frozenset[str]]:
        """The kinds a pointer names by its class words (a person for a person's pronoun; none for "it")."""
        return [frozenset(self.lexicon.class_words[w]) for w in self.lexicon.class_words_in(point.group())] \
            or ([frozenset({PERSON})] if person else [])

    def _indefinite(self, head: str, point: re.Match, lang: str) -> str | None:
        """The statement ``head`` asking for its indefinite of the kind ``point`` names (qa_indefinite.asked_indefinite)."""
        kinds = self._kinds_of(point, False)
        return asked_indefinite(head, kinds[0] if kinds else frozenset(), self.lexicon, self.facts.catalogue.ancestors, lang)

    def _asked(self, head: str) -> Answer:
        """The answer of an earlier clause asked alone (kept while the question is answered: each rewrite pass
        asks it again)."""
        if self._last is None or self._last[0] != head:
            self._last = (head, self.answer(head))
        return self._last[1]

    def _of(self, entity: str, kinds: frozenset[str]) -> bool:
        return of_kinds(self.graph.classes.get(entity, ()), kinds, self.facts.catalogue.ancestors)

    def rewrite(self, hops: list[Hop]) -> Callable[[str, Understanding], str]:
        """A rewrite of the answerer's putting a chain's partner in (``hop``), the hop kept in ``hops``."""
        def rewritten(text: str, u: Understanding) -> str:
            hop = self.hop(text, u)
            hops.extend([hop] if hop else [])
            return hop.text if hop else text
        return rewritten

    def pointed_back(self, text: str, u: Understanding) -> str:
        """The question as its clause pointing back at the one organisation named (search.qa_anaphora; or by
        "它", "it", "its" after a clause setting the scene: "I read about Bifei. Which university did it team up
        with?"), unless the pointer's kind is that of the named one's partners."""
        if self.points_elsewhere(text, u):
            return text
        told = pointed_back(text, u)
        return told if told != text else self._pronoun_back(text, u)

    def after_ask(self, text: str, u: Understanding) -> str:
        """The question with the one organisation an earlier clause names put for the pronoun of a later one, when the
        earlier clause asks a place, a date or a number ("X在哪个区？它跟哪所学校合作？"); else ``text``. Read again once a
        kind or a description is put as its one entity's name (search.qa_rewrites)."""
        return text if self.points_elsewhere(text, u) else self._pronoun_back(text, u, scenes=False)

    def _pronoun_back(self, text: str, u: Understanding, scenes: bool = True) -> str:
        """The last clause with the one organisation an earlier clause names put for its pronoun, when the
        earlier clauses ask nothing (an ask's answer may be what the pronoun stands for; ``scenes``: read those), or
        the question with it put there when they ask a place, a date or a number; else ``text``."""
        set_aside = except_spans(text)  # "X的合作方里，去掉企业，还剩谁": a kind set aside is pointed back at by nothing
        for cut in reversed([m.end() for m in CLAUSE_CUT.finditer(text) if m.end() < len(text)]):
            head, rest = text[:cut], text[cut:]
            if any(s < cut <= e + 2 for s, e in set_aside):
                continue
            named = {m.doc.iri: m.text for m in u.mentions if ORGANIZATION in m.doc.types and m.text in head}
            point = ONE_PRONOUN.search(rest)
            name = next(iter(named.values()), "")  # the one organisation named, which the pronoun stands for
            # (a clause of the name alone, "Dalian University - which deals carry its name?", sets no scene)
            scene = len(SCENE_WORD.findall(head.replace(name, " "))) >= 2
            # "X参与了P，它还参与了哪些项目": the others are those besides what the scene states (qa_except reads
            # the whole question), so a clause asking for others keeps its scene
            if not point or len(named) != 1 or OTHERS.search(rest) or names_own(rest, u):
                continue
            if scenes and scene and not ASKING.search(head):
                return named_in(rest, point, name)
            # "X在哪个区？它的合作院校是哪家": an earlier ask of a place, a date or a number, no organisation, leaves the
            # pronoun the named one's; both asks are kept (search.qa_conjoined answers each)
            if asks_of_setting(head):
                return head + named_in(rest, point, name)
        return text

    def ambiguous(self, text: str, u: Understanding) -> tuple[str, list[str]] | None:
        """The kind word and the partners a later clause points back at, when several fit; else None."""
        found = self._pointed(text, u)
        if found is None or len(found.partners) < 2:
            return None
        return found.word, sorted(found.partners, key=self.facts.label)

    def points_elsewhere(self, text: str, u: Understanding) -> bool:
        """Whether a later clause points back at a kind of the named one's partners, not at the named one
        ("大连理工大学有个合作企业，这家公司…"): such a pointer never stands for the named one."""
        return self._pointed(text, u) is not None

    def _pointed(self, text: str, u: Understanding) -> Pointed | None:
        """The last clause pointing back at a kind of partner of the one organisation an earlier clause
        names (its partners of that kind, narrowed by the earlier clause's words when several fit); read once
        per text and parse, as the rewrites, the pointer test and the ambiguity test each ask."""
        last = self._pointed_last
        if last is None or last[0] != text or last[1] is not u:
            last = self._pointed_last = text, u, self._read_pointed(text, u)
        return last[2]

    def _read_pointed(self, text: str, u: Understanding) -> Pointed | None:
        set_aside = except_spans(text)  # "X的合作方里，去掉企业，还剩谁": a kind set aside is pointed back at by nothing
        for cut in reversed([m.end() for m in CLAUSE_CUT.finditer(text) if m.end() < len(text)]):
            head, rest = text[:cut], text[cut:]
            if any(s < cut <= e + 2 for s, e in set_aside):
                continue
            # "和三友电器合作的那个学校，还跟…": a description, then a clause going on about it with no subject
            point = POINTING_BACK.search(rest) or PRONOUN.search(rest) or self._zero_subject(head, rest, u)
            named = {m.doc.iri: m.text for m in u.mentions if ORGANIZATION in m.doc.types and m.text in head}
            if point is None or len(named) != 1 or any(n in rest for n in named.values()):
                continue
            (x, name), = named.items()
            if NEGATED_WITH.search(head[: head.find(name)]):
                continue  # "没跟交大搭伙的那些公司，都有谁": not its partners, the negation's (search.qa_operators)
            kind = self._kind(_blanked(head, [m.text for m in u.mentions]), x, point.group())
            if kind is not None:
                partners = self._partners(x, kind[1], head.replace(name, " "))
                return Pointed(head, rest, point, x, kind[0], partners) if partners else None
        return None

    def _zero_subject(self, head: str, rest: str, u: Understanding) -> re.Match | None:
        """Where a Chinese clause with no subject of its own goes on about the description before it ("和三友电器
        合作的那个学校，还跟人工智能计算中心…", "国创氢能的合作高校，一共签了几个项目"): the description ends on its kind
        word (or a partner word after it) and asks nothing; the clause names a party or cooperation of its own (or a
        partner in part: "跟人工智能计算中心") or asks more than a list (a list of the partners' partners or cooperations, narrowed or not by an industry, is the
        two-hop operator's: search.qa_multi_hop)."""
        ends = self.lexicon.class_words_in(DESCRIBED_END.sub("", head))
        if u.lang != "zh" or ASKING.search(head) or not any(DESCRIBED_END.sub("", head).endswith(w) for w in ends):
            return None
        own = [m for m in u.mentions if m.text in rest and m.text not in head
               and ({ORGANIZATION, COOPERATION} & m.doc.types or _partnered(rest, m.text))]
        return ZERO_SUBJECT.match(rest) if own or understand(rest, self.lexicon).intent != "list" else None

    def _kind(self, head: str, x: str, pointer: str) -> tuple[str, frozenset[str]] | None:
        """The one kind word of organisation the first clause says besides the named one's own kind, and its
        classes, agreeing with the pointer's kind word when it has one; None when there is not one."""
        own, ancestors = self.graph.classes.get(x, frozenset()), self.facts.catalogue.ancestors
        said = {w: frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(head, self.lexicon)}
        said = {w: k for w, k in said.items() if within(k, ORGANIZATION, ancestors)
                and ORGANIZATION not in k and not k & own}
        pointed = [frozenset(self.lexicon.class_words[w]) for w in self.lexicon.class_words_in(pointer)]
        if pointed:  # "哪所高校…，这所学校…": the pointer's kind is the said one's or a broader one
            said = {w: k for w, k in said.items() if kinds_fit(k, pointed[0], ancestors)}
        return next(iter(said.items())) if len(set(said.values())) == 1 else None

    def _partners(self, x: str, kinds: frozenset[str], words: str) -> dict[str, set[str]]:
        """The named one's partners of ``kinds``; when several, those sharing a cooperation the first clause's
        other words resolve to, if any do."""
        partners = self.graph.partners(x, kinds)
        if len(partners) > 1:
            topical = {t for iri, _ in self.resolve(words) for t in (iri, *self.graph.of_topic.get(iri, ()))}
            partners = {p: coops for p, coops in partners.items() if coops & topical} or partners
        return partners

    def _put_in(self, found: Pointed, entity: str, shared: list[str], lang: str) -> str:
        """The later clause with the partner's name where it points back; asking for others ("还", "other"),
        the first hop's left out: its cooperations when cooperations are asked, else the named one."""
        clause = named_in(found.rest, found.point, normalize(self.facts.label(entity, lang)))
        asked = understand(clause, self.lexicon)
        if not OTHERS.search(clause) or not (asked.answer_classes or asked.asks_what):
            return clause  # "who else": the partners' own reading, the named one among them
        cooperations = asked.asks_what or self.facts.of_class(asked.answer_classes, COOPERATION)
        left = shared if cooperations else [found.named]
        other = ("、" if lang == "zh" else ", ").join(normalize(self.facts.label(o, lang)) for o in left)
        return f"除了{other}，{clause}" if lang == "zh" else f"besides {other}, {clause}"

    def with_hops(self, result: Answered, hops: list[Hop], lang: str) -> Answered:
        """The answer with each chain's first hop said and cited before its own (when it has answers); the
        partner among the answers when the first clause asked for it. (The question is answered: the earlier
        clause's answer kept for its rewrite passes is let go.)"""
        self._last = None
        if result.answers and hops:
            asked = [h.entity for h in hops if h.asked and h.entity not in {a["id"] for a in result.answers}]
            # (none: the answer says it; nor a hop's answer the answer repeats, a sub-question answered by a profile)
            said = ("" if lang == "zh" else " ").join(h.said for h in hops if h.said and h.said not in result.answer_text)
            result.answers = [self.facts.entity(x, 1.0) for x in asked] + result.answers
            result.answer_text = f"{said}{'' if lang == 'zh' or not said else ' '}{result.answer_text}"
            result.evidence = [e for h in hops for e in h.evidence] + result.evidence
        return result


def names_own(clause: str, u: Understanding) -> bool:
    """Whether a clause names an organisation or a person of its own (its pronoun may stand for it): "它跟哪家企业一起建P" not."""
    return any(m.text in clause for m in u.mentions if {ORGANIZATION, PERSON} & m.doc.types)


def asks_of_setting(clause: str) -> bool:
    """Whether a clause asks a place, a date or a number ("X在哪个区") of what it names: a later pronoun stands for that."""
    return bool(ASKING.search(clause)) and bool(WHERE_ASKED.search(clause) or any(uses(clause, w) for w in (*WHEN_WORDS, *COUNT_WORDS)))


def named_in(rest: str, point: re.Match, name: str) -> str:
    """The clause ``rest`` with ``name`` where ``point`` points back ("its" → "name's"), the words joining it to
    the clause before left out."""
    said = name + "'s" if point.group() in POSSESSIVE or (point.group() == "her" and not point.group("object")) else name
    return JOINED.sub("", (rest[:point.start()] + said + rest[point.end():]).lstrip(" ,，;；—–-"))


def _blanked(text: str, names: list[str]) -> str:
    """``text`` with each of ``names`` turned to spaces (a kind word inside a name is none of the clause's)."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " " * len(name))
    return text


def _partnered(clause: str, name: str) -> bool:
    """Whether the clause names ``name`` as a partner ("跟人工智能计算中心一起…": 跟 and at most a few words before
    it, none of them a question word: "和哪几家汽车企业" asks for partners of a kind)."""
    return any(not ASKING.search(m.group(1)) for m in re.finditer(rf"(?:{ZH_WITH})([^，,。？?]{{0,4}}?){re.escape(name)}", clause))
