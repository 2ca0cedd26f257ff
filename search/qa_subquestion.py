"""Relational descriptions: an entity given by what it is to another, resolved by asking the description itself.

"和碧菲分离膜合作的那所学校，在科技创新类里又跟哪几家企业合作？", "推进会的东道主企业，它的技术攻关搭档是哪所大学？",
"杨跃权那所学校跟哪几家企业一起建了基地？", "Heye's academic partner on the levitation worktable also signed with …",
"Dong Jianjun's employer co-funded …", "Who heads the college that Dalian Ligong Technology teamed up with?". The
description is a sub-question whose answer must be exactly one entity of the kind its head word names (a class word
of the lexicon's, or a relation noun standing for an organisation: employer, host, 东道主, 合作方): it is asked as a
question of its own ("D是哪个？", "Which is D?") and read as every question is (partner-of, works-for, the venue of
an event, the party of a project described by its topic: the answerer's own plans), and its one answer of the kind
is put in its place; the rest of the question is then read about that entity, a pointer back at it ("它", "its",
"that university") taking its name, and the first hop said and cited beside the answer (search.qa_chain.Hop).
A sub-answer of no entity or of several of the kind leaves the question to the other readings.

Where a description stands: in Chinese the clause opening the question (up to its first break, or up to a kind
pointed at, "杨跃权那所学校跟…"), ending on its head word and asking nothing itself; in English "the (…) KIND
that/which/who …" or "the KIND partnering …" up to a break, and "X's (…) HEAD (on the …)" up to the verb after it.

Contract: ``SubQuestions(lexicon, facts, answer)``; ``rewrite(hops)`` the answerer's rewrite putting the one entity
in, its hop kept in ``hops``; ``read_on(hops)`` the answer of the question read on that the rewrite found (asked
once: the answerer returns it rather than reading the rewritten question again); ``folded(text, u)`` an English closing bare ask put into the indefinite it asks for; ``fired`` how many
times either changed a question (for bench/subquestion_fires.py).
A question asked on the way (the sub-question itself) is never rewritten so again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from search.auxiliaries import AUXILIARIES, BE, MODALS
from search.qa_anaphora import POINTING_BACK
from search.qa_breaks import CLAUSE_MARKS
from search.qa_chain import ASKING, PRONOUN, Hop
from search.qa_descriptions import EN_ASKED_BEFORE, EN_OPENER, OTHERS, PARTNER_TAIL, ZH_EXCEPT
from search.qa_cues import ZH_PARTNER_WORDS
from search.qa_facts import TITLE, FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, Participation, kinds_fit, of_kinds, within
from search.qa_indefinite import EN_INDEFINITE, indefinite_kind
from search.text import blank_match, normalize
from search.understand import Understanding, understand
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS
from search.wording import zh_pointing

# Relation nouns heading a description of an organisation, none of them a class word: what it is to another.
RELATION_HEADS = re.compile(rf"(?:{ZH_PARTNER_WORDS}|合作单位|东道主|东家|雇主|主办方|承办方)$"
                            r"|\b(?:partners?|employer|host|owner|counterpart)$")
# Where a Chinese clause ends.
ZH_BREAK = re.compile(rf"[{CLAUSE_MARKS}]")
# An except clause setting aside what a description gives ("除了做燃料电池双极板那家氢能公司，另外还…").
EXCEPT_OPENING = re.compile(rf"\s*{ZH_EXCEPT}")
ZH_EXCEPTED = re.compile(rf"(?:^|(?<=[，,。;；:：]))\s*{ZH_EXCEPT}(?P<d>[^，,。;；:：?？]{{3,40}}?)(?:之外|以外)?(?=[，,])")
# A person described by a clause and pointed at, the title of a post last ("说…那位党委书记兼校长"), and the clause after
# it going on about the organisation of the post ("他们公司" is read "所在的公司": search.wording; qa_post_holder reads it).
ZH_TITLE_END = re.compile(rf"(?<={zh_pointing('位', formal=False, one=False, bare=False)})(?:[^，,]{{0,12}}?)(?:{TITLE.pattern})$")
PERSON_OF = re.compile(r"^\s*所在")
# A kind pointed at after a clause naming it ("杨跃权那所学校"): the pointer before the kind word.
ZH_POINTED_AT = zh_pointing("所家个位", formal=False, bare=False)  # "那所", "这一家"
ZH_POINTER = re.compile(rf"{ZH_POINTED_AT}\s*[^\s的,，]{{0,4}}$")  # (narrowing words after it: "这家医药企业")
# Where an English description's clause ends: a break, a dash between clauses.
EN_BREAK = re.compile(r"\s+[-–—]+\s+|[,;:?!]|\.(?:\s|$)")
# The relative or participle clause after "the (up to three words) KIND" (qa_descriptions.EN_OPENER before it).
EN_CLAUSE = re.compile(r"^\s+(?:(?:that|which|who)(?:['’]s\b|\s)|(?=[a-z]+ing\b))")
# "X's (up to two words) HEAD": the possessor's name ends right before.
EN_POSSESSOR = re.compile(r"['’]s\s+(?:[a-z][a-z-]*\s+){0,2}?$")
# What follows a whole possessive description: a break, the clause's verb, or nothing.
EN_VERB_NEXT = re.compile(rf"^\s*(?:$|[,;:?!.–—-]|(?:co|also|and|then|{AUXILIARIES}|{MODALS}"
                          r"|[a-z]+(?:ed|s))\b)")
# "where is the kindergarten that …": where the described one is, asked of it alone (the plain reading's).
WHERE_BEFORE = re.compile(rf"(?:^|[,;:?!.]\s*)(?:where|when)\s+(?:{BE})\s+$")
# "on the levitation worktable": a phrase narrowing a possessive head, up to the verb after it.
EN_NARROWING = re.compile(r"^\s+(?:on|in|for|at|behind)\s+(?:the\s+)?(?P<words>(?:[a-z][a-z-]*\s*){1,5})")
# Words that end a narrowing phrase: the verb of the clause (or what comes before one).
EN_VERB = re.compile(rf"^(?:also|and|then|{AUXILIARIES}|{MODALS}|co-[a-z]+|[a-z]+ed)$")
# Pointers back at the entity put in, besides POINTING_BACK's and the pronouns: "他们公司", "that same university".
ALSO_POINTING = re.compile(r"他们(?:公司|学校|单位|企业|集团)|(?:它|他)们?的|其(?=[\u4e00-\u9fff])"
                           r"|\bthat same (?:school|university|college|company|firm)\b")


# Words saying nothing of what a description describes: pointers, articles, 的, relative words.
EMPTY_WORDS = re.compile(rf"{ZH_POINTED_AT}|的|\b(?:the|that|which|who|a|an)\b|['’]s\b")
# The fewest characters a description says besides its head word.
MIN_SAID = 2
# A rest asking for the described one itself, nothing of it: "是哪所", "叫什么", "which one is it".
BARE_REST = re.compile(r"^[\s,，;；:：-]*(?:到底|究竟)?(?:是|叫|为)?\s*(?:哪|什么|啥|谁|誰|which|what|who)[^\s,，。?？]{0,4}[呢啊呀]?\s*[?？]?\s*$"
                       r"|^[\s,，;；:：-]*(?:is|was)\s+(?:it|which|what|who)\b[^,?]{0,12}[?]?\s*$")
# A rest counting ("一共有几个"): what a description of one cooperation is not asked with.
COUNTED = re.compile(r"几[个项家所]|多少[个项家所]|\bhow many\b")
# A parenthesised aside inside an English description ("the college that X (the lithium one, not …) teamed up with").
ASIDE = re.compile(r"\([^()]*\)")


# A closing English ask of nothing but a question word, a kind word at most ("… on a company's site. Which company?",
# "… with a membrane firm. Which one?"), or of nothing but the name of a kind ("… with a kindergarten; what's the
# kindergarten called?"; "what's it called" may point at any earlier thing): it asks for the indefinite before it (the Chinese twin: qa_indefinite.BARE_ASK).
EN_BARE_ASK = re.compile(r"(?:[.;:!?]|\s[-–—])\s*(?:so\s+|and\s+)?(?:(?:which|what)\s+(?P<kind>[a-z-]+)?\s*(?:(?:was|is)\s+(?:it|that))?"
                         r"|what\s+(?:is|was)\s+(?:(?:the|that|this)\s+(?P<called>[a-z-]+)\s+called"
                         r"|the\s+(?:full\s+)?name\s+of\s+(?:the|that|this)\s+(?P<name_of>[a-z-]+)))\s*\??\s*$")


@dataclass(frozen=True)
class Description:
    """A relational description: its span, the question asking it, and the classes its one answer must be of."""

    start: int
    end: int
    asked: str
    kinds: frozenset[str]
    named: tuple[str, ...] = ()  # the organisations it names: no answer of the rest asking for their kind
    narrow: str = ""  # the words right before the head word narrowing it ("产业学院"): the one answer's names hold them
    title: str = ""  # a person described: the title of a post the one answer holds


class SubQuestions:
    """Relational descriptions read with one lexicon, facts and participation; ``answer``: a question → its answer
    (search.qa.QuestionAnswerer.answer), the sub-question's."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation, answer: Callable,
                 named_by: Callable[[str, str], bool]):
        """``named_by(entity, words)``: whether narrowing words are the entity's names' (qa_descriptions.named_by)."""
        self.lexicon, self.facts, self.graph, self.answer, self.named_by = lexicon, facts, graph, answer, named_by
        self._asking = False  # a sub-question being answered: its own reading puts nothing in
        self._read_on: tuple[Hop, Any] | None = None  # the last hop put in and the answer of the question read on
        self.fired = 0

    def rewrite(self, hops: list[Hop]) -> Callable[[str, Understanding], str]:
        """The answerer's rewrite: ``text`` with the one entity a relational description stands for put in (the
        module), its hop kept in ``hops``; ``text`` unchanged when there is none or not one entity fits."""
        def rewritten(text: str, u: Understanding) -> str:
            if self._asking:
                return text
            for found in self.descriptions(text, u):
                hop = self._resolved(text, found, u.lang)
                # kept when the question read about the entity finds something; else the other readings read it
                # (a second hop they read otherwise: "跟X合作的大学，还和哪几家汽车企业合作" by the partners' industry)
                got = self._asked(hop.text) if hop is not None else None
                if hop is not None and got is not None and got.answers:
                    hops.append(hop)
                    self.fired += 1
                    self._read_on = hop, got
                    return hop.text
            return text
        return rewritten

    def read_on(self, hops: list[Hop]):
        """(the hops up to the last one put in, the answer of the question read on with its entity put in) when a
        rewrite of this question put one in (``hops``: the question's own): that answer was found by the rewrite, so it
        is not sought again (a hop after it is said in that answer already); else None."""
        kept, self._read_on = self._read_on, None
        at = next((i for i, h in enumerate(hops) if kept is not None and h is kept[0]), None)
        return (hops[:at + 1], kept[1]) if kept is not None and at is not None else None

    def _asked(self, question: str):
        """The answer of ``question`` asked on the way (nothing is put in it)."""
        self._asking = True
        try:
            return self.answer(question)
        finally:
            self._asking = False

    def _resolved(self, text: str, found: Description, lang: str) -> Hop | None:
        """The hop of the description's one entity, the question read on with it put in; None unless one fits."""
        got = self._asked(found.asked)
        fits = [a["id"] for a in got.answers if self._of(a["id"], found.kinds) and self._holds(a["id"], found.title)
                and self.named_by(a["id"], found.narrow)]
        if len(fits) != 1 or got.understanding.get("outside_graph"):
            return None
        name = normalize(self.facts.label(fits[0], lang))
        # what the description names, as its own reading linked it when the question's words did not ("冰山松羊", a slip)
        found = found if found.named else replace(found, named=tuple(
            e for e in got.understanding.get("entities", ()) if ORGANIZATION in self.graph.classes.get(e, ())))
        return Hop(fits[0], self._without_named(_put_in(text, found, name, lang), found, fits[0], lang), got.answer_text,
                   tuple(got.evidence), False)

    def _without_named(self, text: str, found: Description, entity: str, lang: str) -> str:
        """``text`` read without what the description names when it asks for that kind: "which companies work with
        the university that Dongfeng Nissan partners with" asks for others than Dongfeng Nissan; "…的那所大学，还参加了
        哪些项目" for other projects than those it shares with them (an except clause, search.qa_excluded; a name's own
        commas would cut it: left out)."""
        read = understand(text, self.lexicon)
        asked = frozenset(read.answer_classes)
        left = [x for x in found.named if x not in text and asked and self._of(x, asked)]
        if OTHERS.search(text) and (read.asks_what or (asked and self.facts.of_class(asked, COOPERATION))):
            left = sorted(c for c in self.graph.cooperations(entity) if self.graph.parties.get(c, set()) & set(found.named))
        if not left:
            return text
        names = ("、" if lang == "zh" else " and ").join(normalize(self.facts.label(x, lang)).replace(",", "") for x in left)
        return f"除了{names}，{text}" if lang == "zh" else f"besides {names}, {text}"

    def folded(self, text: str, u: Understanding) -> str:
        """"The meeting was hosted on a company's site. Which company?" → "The meeting was hosted on which company's
        site?": a closing English ask of nothing but a question word (and a kind word, or "one") put into the last
        indefinite of an organisation's kind before it, of the kind it names; ``text`` unchanged otherwise."""
        bare = EN_BARE_ASK.search(text) if u.lang == "en" else None
        if bare is None:
            return text
        head, kind = text[:bare.start()], bare["kind"] or bare["called"] or bare["name_of"]
        asked = frozenset(self.lexicon.class_words.get(kind, ())) if kind and kind != "one" else frozenset({ORGANIZATION})
        if not asked:
            return text
        for m in reversed(list(EN_INDEFINITE.finditer(head))):
            word = frozenset(self.lexicon.class_words.get(indefinite_kind(head, m.end(), self.lexicon, "en") or "", ()))
            ancestors = self.facts.catalogue.ancestors
            if word and within(word, ORGANIZATION, ancestors) and kinds_fit(word, asked, ancestors):
                self.fired += not self._asking
                return head[:m.start()] + "which " + head[m.end():] + "?"
        return text

    def _of(self, entity: str, kinds: frozenset[str]) -> bool:
        return of_kinds(self.graph.classes.get(entity, ()), kinds, self.facts.catalogue.ancestors)

    def _holds(self, person: str, title: str) -> bool:
        """Whether ``person`` holds a post of ``title`` (any entity, when no title is asked)."""
        return not title or any(p == person and title in held for p, _, _, held in self.facts.positions)

    def descriptions(self, text: str, u: Understanding) -> list[Description]:
        """The relational descriptions of ``text``, first to last (the module's shapes)."""
        found = self._zh(text, u) if u.lang == "zh" else self._en(text, u)
        return [replace(d, named=tuple(m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types
                                       and m.text and m.text in text[d.start:d.end])) for d in found
                if self._asks_of(text[:d.start], text[d.end:])]

    @staticmethod
    def _asks_of(before: str, after: str) -> bool:
        """Whether the question around a description asks something of what it describes: a question word outside
        it, and not the description itself asked for ("what is X's position", "…的合作学校，是哪所？")."""
        return bool(ASKING.search(before + " " + after)) and not EN_ASKED_BEFORE.search(before) \
            and not BARE_REST.match(after)

    def _kinds(self, word: str) -> frozenset[str]:
        """The classes a head word names: a class word's, an organisation for a relation noun."""
        return frozenset(self.lexicon.class_words.get(word, ())) or frozenset({ORGANIZATION})

    def _zh(self, text: str, u: Understanding) -> list[Description]:
        """"D，REST" with D opening the question, or "X那所KIND…": D names something and asks nothing."""
        cut = ZH_BREAK.search(text)
        head = text[:cut.start()] if cut else text
        found: list[Description] = []
        if EXCEPT_OPENING.match(head):
            return self._zh_excepted(text, u)  # "除了…那所大学，…": set aside, not gone on about
        for at, word in class_word_spans(u.blanked[:len(head)], self.lexicon):  # (a kind word inside a name is none)
            end = at + len(word)
            tail = PARTNER_TAIL["zh"].match(head[end:])
            end += tail.end() if tail else 0
            closes = end == len(head.rstrip()) and cut is not None
            pointer = ZH_POINTER.search(head[:at])
            if self._named_itself(head[:pointer.start()] if pointer else "", self._kinds(word), u):
                continue  # "医诺生物这家药企" is the one named, pointed at: no relation
            # (a noun phrase: "X参与了Y项目，它…" states, it describes nothing)
            phrase = (closes or pointer) and (pointer or tail or "的" in head[:at])
            if phrase and self._describable(word, text[end:], head[:at]) and self._describes(head[:end], text[end:], word):
                found.append(Description(0, end, head[:end] + "是哪个？", self._kinds(word), narrow=_narrowing_zh(u.blanked[:at])))
        titled = ZH_TITLE_END.search(head.rstrip())
        if titled and cut is not None and PERSON_OF.match(text[cut.end():]) and self._describes(head, "", titled.group()):
            title = list(TITLE.finditer(titled.group()))[-1].group()  # "党委书记兼校长": a post of either title
            found.append(Description(0, len(head.rstrip()), head.rstrip() + "是哪个？", frozenset({PERSON}), title=title))
        relation = RELATION_HEADS.search(head.rstrip())
        if relation and cut is not None and self._describes(head, text[len(head):], relation.group()):
            found.append(Description(0, len(head.rstrip()), head.rstrip() + "是哪个？", frozenset({ORGANIZATION})))
        return sorted(found + self._zh_excepted(text, u), key=lambda d: d.start - d.end)

    def _zh_excepted(self, text: str, u: Understanding) -> list[Description]:
        """"除了做双极板那家氢能公司，另外还…": a kind pointed at after a clause, set aside by an except clause."""
        found = []
        for m in ZH_EXCEPTED.finditer(text):
            spans = class_word_spans(u.blanked[:m.end("d")], self.lexicon)
            at, word = spans[-1] if spans else (-1, "")
            pointer = ZH_POINTER.search(text[m.start("d"):at]) if at + len(word) == m.end("d") else None
            if pointer is None or self._named_itself(text[m.start("d"):m.start("d") + pointer.start()], self._kinds(word), u):
                continue
            if self._organisational(word) and self._describes(m["d"], text[m.end():], word):
                found.append(Description(m.start("d"), m.end("d"), m["d"] + "是哪个？", self._kinds(word), narrow=_narrowing_zh(u.blanked[:at])))
        return found

    def _describable(self, word: str, rest: str, before: str) -> bool:
        """Whether an opening description's head word may stand for one entity: a kind of organisation, or a kind
        of cooperation described by a clause ("大连机床自己签下的攻关课题，搭档是哪所大学": 的 before it; "现代中药那个
        项目" is a name in part, qa_part_names') unless the rest counts (its one project counted is no count of its
        projects)."""
        cooperation = self.facts.of_class(self._kinds(word), COOPERATION) and "的" in before \
            and not COUNTED.search(rest)
        return self._organisational(word) or cooperation

    def _organisational(self, word: str) -> bool:
        """Whether a head word names a kind of organisation (a cooperation pointed at is qa_kind_refs' and qa_part_names')."""
        return self.facts.of_class(self._kinds(word), ORGANIZATION)

    def _named_itself(self, before: str, kinds: frozenset[str], u: Understanding) -> bool:
        """Whether ``before`` (what precedes a kind pointed at) is only the name of an entity of that kind."""
        return any(before.strip() == m.text and self._of(m.doc.iri, kinds) for m in u.mentions)

    def _describes(self, phrase: str, rest: str, head: str) -> bool:
        """Whether ``phrase`` describes by a relation and ``rest`` asks something of what it describes: the phrase says
        something besides its head word and pointers, and asks nothing itself; the rest is more than a bare ask for
        the described one itself ("…的合作学校，是哪所？")."""
        if ASKING.search(phrase) or (TITLE.search(head) and not phrase.endswith(head)):
            return False
        said = EMPTY_WORDS.sub(" ", phrase.replace(head, " "))
        return len("".join(said.split())) >= MIN_SAID and not BARE_REST.match(rest)

    def _en(self, text: str, u: Understanding) -> list[Description]:
        """"the (…) KIND that/who … | KIND partnering …" up to a break; "X's (…) HEAD (on the …)"."""
        found: list[Description] = []
        heads = [(at, w) for at, w in class_word_spans(u.blanked, self.lexicon)]  # (a kind word inside a name is none)
        heads += [(m.start(), m.group()) for m in re.finditer(r"\b(?:partners?|employer|host|owner)\b", text)]
        for at, word in sorted(heads):
            end = at + len(word)
            opener, clause = EN_OPENER.search(text[:at]), EN_CLAUSE.match(text[end:])
            if opener and clause:
                # (a break inside an aside or a name is none of the clause's: the aside is read with it, and left out
                # when asked; "Guochuang Hydrogen Energy Technology Co., Ltd." is one name)
                stop = EN_BREAK.search(_unbroken(text, u), end + clause.end())
                close = stop.start() if stop else len(text)
                phrase = text[opener.start():close]
                # (the relation is to another the clause names, or a kind of: "the dalian vocational college taking part" is
                # a name in part)
                named = any(m.text and m.text in text[end:close] for m in u.mentions) \
                    or bool(class_word_spans(u.blanked[end:close], self.lexicon))
                if named and self._organisational(word) and not WHERE_BEFORE.search(text[:opener.start()]) \
                        and self._describes(phrase, text[close:], word):
                    asked = " ".join(ASIDE.sub(" ", phrase).split())
                    found.append(Description(opener.start(), close, f"Which is {asked}?", self._kinds(word)))
                continue
            possessor = EN_POSSESSOR.search(text[:at])
            if possessor is None:
                continue
            start = next((text.rfind(m.text, 0, possessor.start() + 1) for m in u.mentions
                          if m.text and text[:possessor.start()].endswith(m.text)), -1)
            if start < 0:
                continue
            partner = PARTNER_TAIL["en"].match(text[end:])
            end += partner.end() if partner else 0
            if not (partner or RELATION_HEADS.search(word)) or possessor.end() - possessor.start() > len("'s "):
                continue  # "CSPC's Dalian pharma company" names a company by its parts (qa_described), no relation
            close = end + _narrowing(text[end:])
            if not EN_VERB_NEXT.match(text[close:]):
                continue  # "sanyou's partner electrical": the possessive is no whole phrase of the clause
            found.append(Description(start, close, f"Which is {text[start:close]}?", self._kinds(word)))
        return sorted(found, key=lambda d: d.start - d.end)  # the widest first: "Heye's college partner on the …"


def _unbroken(text: str, u: Understanding) -> str:
    """``text`` with its asides and the names it mentions blanked to spaces of their length: no break inside them."""
    masked = ASIDE.sub(blank_match, text)
    for name in {m.text for m in u.mentions if m.text}:
        masked = masked.replace(name, " " * len(name))
    return masked


def _narrowing_zh(before: str) -> str:
    """The words right before a Chinese head word that narrow it ("共建的产业学院": 产业), none of them a relation
    word ("合作学校", "东道主企业") nor part of a name (``before`` has names blanked)."""
    run = re.search(r"[\u4e00-\u9fff]{1,4}$", before)
    words = re.split(rf"的|{zh_pointing('所家个位', formal=False, bare=False)}", run.group())[-1] if run else ""
    return "" if not words or words in RELATION_WORDS or RELATION_HEADS.search(words) else words


def _narrowing(after: str) -> int:
    """How far a phrase narrowing a possessive head runs ("on the levitation worktable"), up to the verb after it."""
    m = EN_NARROWING.match(after)
    if m is None:
        return 0
    end = m.start("words")
    for w in re.finditer(r"[a-z][a-z-]*", m["words"]):
        if EN_VERB.match(w.group()):
            break
        end = m.start("words") + w.end()
    return end if end > m.start("words") else 0


def _put_in(text: str, found: Description, name: str, lang: str) -> str:
    """``text`` with ``name`` where the description stands, or, when it opens the question, the clause after it
    going on: the name put where that clause points back at it ("它的", "its", "that university"), or before it, the
    description with its break left out."""
    rest = text[found.end:]
    cut = (ZH_BREAK if lang == "zh" else EN_BREAK).match(rest.lstrip()) if rest.strip() else None
    if found.start == 0 and cut is not None and rest.lstrip()[cut.end():].strip():
        after = rest.lstrip()[cut.end():]
        point = POINTING_BACK.search(after) or ALSO_POINTING.search(after) or PRONOUN.search(after)
        if PERSON_OF.match(after):  # "董建军所在的公司": the post holder read on (search.qa_post_holder)
            return text[:found.start] + name + after
        if point is not None:
            said = name + ("'s" if point.group() in ("its", "their") else "的" if point.group().endswith("的") else "")
            return text[:found.start] + after[:point.start()] + said + after[point.end():]
        return text[:found.start] + name + (" " if lang == "en" else "") + after.lstrip()
    return text[:found.start] + name + rest

