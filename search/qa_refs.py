"""References read before the operators: a class word narrowed by a place, an event or a partner
stands for the entities it picks out, and the question is read on about them.

- a place: "位于普兰店区的单位参与了哪个项目", "金州区那家幼儿园", "the kindergarten located in Jinzhou",
  "the centre in pulandian" → the organisations of that class located in the place (cj:locatedIn,
  then cj:within upwards);
- an event: "召开推进会的那家公司", "the company that hosted the promotion meeting" → the event's
  venue and organiser of that class (cj:venue, cj:organizer);
- a partner, when what is asked of it is no organisation or cooperation (those are the hop
  operator's): "Who is the president of the college that partners with X", "和X合作的那家公司的总经理是谁"
  → X's partners of that class.

``through_reference(u)`` gives the reading with the named place, event or partner replaced by the
entities reached, and one evidence item per link it followed (its source span, or the graph's
property as its derivation), which the answer cites beside its own. When the class word is itself
what is asked ("what centre is in pulandian", "哪些企业位于金州区", or a question word alone after it: "X项目的
参与方是谁", "who are the partners of X project": the project's parties, not their other partners), ``placed_set`` answers with the
entities; when a place reaches none of that class, with nothing (settled: no relinking is tried).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from search.auxiliaries import BE
from search.qa_cues import NEGATED_WITH
from search.qa_form import ASKING, LogicalForm, asked_words
from search.qa_graph import COOPERATION, ORGANIZATION, PARTICIPANT, PERSON
from search.qa_outcome import OperatorBase, Outcome, participation_item
from search.qa_places import Locators
from search.qa_post_holder import POST_OF
from search.qa_answer import evidence_item
from graph.han import HAN
from search.text import blank_match, normalize
from search.documents import CJ
from search.understand import Mention, Understanding
from search.understand_lexicon import class_word_spans

# Between a zh place and the class word after it ("普兰店区的职教中心", "金州区那家幼儿园"), or between a
# class word and the place after it ("哪些企业位于金州区"); between an English class word and its place
# ("the centre (that is) (located) in pulandian").
PLACE_TIES = {
    ("zh", "class after"): re.compile(r"\s*(?:的|那[家所个位]|这[家所个位])?\s*"),
    ("zh", "class before"): re.compile(r"\s*(?:位于|坐落(?:在|于)|地处|落户(?:在|于)?|在)\s*"),
    ("en", "class before"): re.compile(rf"\s*(?:(?:that|which)\s+)?(?:(?:{BE})\s+)?(?:(?:located|based|situated)\s+)?in\s+(?:the\s+)?"),
}
# The words that say where, once they tie a class word to its place: no where-question is left.
PLACING = re.compile(r"位于|坐落(?:在|于)?|地处|落户(?:在|于)?|\blocated\b|\bbased\b|\bsituated\b")
# An event held, named by its name or a part of it, before the class word ("召开推进会的那家公司") or
# after it ("the company that hosted the promotion meeting", "the company where the meeting was held").
# The event may come first, its verb after ("推进会开会的那家公司", "签约仪式举行的地方").
ZH_HELD = re.compile(r"(?:(?:召开|举办|举行|承办|主办|组织|牵头)了?(?P<event>[^\s,，。?？的]{2,24}?)"
                     r"|(?P<held>[^\s,，。?？的]{2,24}?)(?:开会|召开|举办|举行|开))的\s*(?:那[家所个位]|这[家所个位])?\s*$")
EN_HELD = re.compile(r"^\s*(?:(?:that|which|who)\s+(?:host(?:ed|s)?|held|holds?|organi[sz]e[sd]?|ran|runs?|convene[sd]?)\s+(?:the\s+)?"
                     r"(?P<event>(?:[a-z-]+\s+){0,4}?(?:meeting|ceremony|conference|forum|event))\b"
                     r"|where\s+(?:the\s+)?(?P<held>(?:[a-z-]+\s+){0,4}?(?:meeting|ceremony|conference|forum|event))\s+(?:was|were)\s+held\b)")
# "和X合作的C", "the C that partners with X": a class word narrowed by a partner.
ZH_PARTNER_THEN_CLASS = re.compile(r"\s*(?:合作|共建|携手|搭档|签约)的\s*(?:那[家所个位]|这[家所个位])?\s*")
# ("the college that built the training base with X": the partners through cooperations of the class named)
EN_CLASS_THEN_PARTNER = re.compile(r"\s*(?:(?:that|which|who)\s+(?:partners?|works?|cooperates?|collaborates?|teams? up"
                                   r"|(?:co-?)?buil(?:t|ds?)|set up|sets up|runs?|ran|signed|signs?)"
                                   r"(?P<object>(?:\s+[a-z-]+){0,4}?)\s+with|partnering(?:\s+with)?)\s+(?:the\s+)?")
# "托幼一体化项目里的那家幼儿园", "开源鸿蒙人才培养中心项目的大学", "the kindergarten in the childcare
# base project": a class word narrowed by a cooperation it takes part in.
ZH_COOPERATION_THEN_CLASS = re.compile(r"\s*(?:里的?|中的?|的)?\s*(?:那[家所个位]|这[家所个位])?\s*")
EN_CLASS_THEN_COOPERATION = re.compile(rf"\s*(?:(?:that|which|who)\s+(?:{BE})\s+)?(?:in|on|of)\s+(?:the\s+)?")
# A question word right before a class word: that class is what is asked ("哪些企业", "what centre").
ASKED_BEFORE = re.compile(r"(?:哪[一两二三四五六七八九十几]?[家所个位些项名类]?|\bwhich|\bwhat)\s*$")
# Nothing but a question word after the class word: that class is what is asked ("X项目的参与方是谁", "X的合作方都有哪些",
# "who are the partners of X"; the English asking words are before it, ASKED_BEFORE_EN).
ASKED_AFTER = re.compile(r"\s*(?:都|分别|到底|究竟)?\s*(?:是|有|包括)?\s*(?:谁|哪[一两几]?[家所个位些方]?(?:单位|机构)?|什么|啥)\s*(?:呢|啊|呀)?\s*[?？。]?\s*$")
ASKED_BEFORE_EN = re.compile(r"^\s*(?:who|what|which)\s+(?:are|were|is|was)\s+(?:the\s+)?$")
# The holding verbs a narrowed event leaves in the topic.
HOLDING_WORDS = ("召开", "举办", "举行", "承办", "主办", "组织", "牵头", "host", "hosted", "held", "organise", "organised", "organize",
                 "organized", "ran", "convened")
# What an evidence item calls each link followed.
LINK_WORDS = {f"{CJ}locatedIn": "位于 located in", f"{CJ}within": "位于 located in", f"{CJ}venue": "举办地 venue", f"{CJ}organizer": "主办 organised by"}
# "位于P的单位中，有哪些…", "of the organisations in P, which …": the narrowed class is the one asked.
ASKED_AMONG = re.compile(r"\s*(?:中|里|里面|当中|之中)[\s,，]*(?:有|都有)?\s*哪")
# Asking for an organisation's group, or for its units ("一汽解放旗下": under the group's banner).
PARENT_ASKED = re.compile(r"母公司|上级(?:单位|公司|集团)?|隶属|所属(?:的)?集团|哪个集团|哪家集团|\bparent (?:company|group|organi[sz]ation)\b"
                          r"|\b(?:group|parent)\b.{0,60}\b(?:belongs?|belonged) to\b|\bpart of which (?:group|company)\b|\bowned by which\b")
# A group named as the kind asked ("隶属于哪个集团"): its parent, whoever's.
GROUP_WORD = re.compile(r"集团|\bgroup\b")
UNITS_ASKED = re.compile(r"子公司|下属|分公司|旗下|\bsubsidiar(?:y|ies)\b|\bunits of\b")
SUB_ORGANIZATION = f"{CJ}subOrganizationOf"
# Who organised or hosted an event named by a part of its name; hosting asks for the venue.
ROLE_ASKED = (
    re.compile(r"(?:谁|哪[个家位](?:单位|部门|机构|企业|公司)?)(?:牵头|主办|组织|召开|举办|承办)+了?(?P<event>[^\s,，。?？]{2,24}?)[?？。]?$"),
    re.compile(r"(?P<event>[^\s,，。?？]{2,24}?)(?:是|由)?(?:谁|哪[个家位](?:单位|部门|机构|企业|公司)?)(?:牵头|主办|组织|召开|举办|承办)"),
    re.compile(r"\b(?:who|which \w+)\s+(?:organi[sz]e[sd]?|convene[sd]?|host(?:ed|s)?|ran|runs?|led|leads?)\s+(?:the\s+)?"
               r"(?P<event>(?:[a-z-]+\s+){0,4}?(?:meeting|ceremony|conference|forum|event))\b"),
)
HOSTED = re.compile(r"承办|\bhost")
EVENT_ROLES = "SELECT ?p ?o WHERE { VALUES ?p { cj:venue cj:organizer } ?e ?p ?o }"


@dataclass(frozen=True)
class Reference:
    """A class word narrowed by something the question names: the word's span, the named thing's
    text, the entities reached and the (subject, property, object) links followed to each."""

    start: int
    word: str
    named: str
    reached: tuple[str, ...]
    links: tuple[tuple[str, str, str], ...]


class References(Locators):
    """References narrowed by a place, an event or a partner, and the answer when the narrowed class is asked."""

    def through_reference(self, u: Understanding) -> tuple[Understanding, list[dict]]:
        """The reading with a narrowed class word's named thing replaced by the entities reached, and
        the evidence of the links followed; ``u`` and no evidence when it has no such reference, or
        when the narrowed class is what is asked (placed_set answers that)."""
        ref = self._reference(u)
        if ref is None or not ref.reached or self._asked_word(u, ref) or self._one_of_two_asked(u, ref):
            return u, []
        docs = [self.facts.docs[x] for x in ref.reached if x in self.facts.docs]
        mentions = tuple(m for m in u.mentions if m.text not in ref.named and ref.named not in m.text) + tuple(Mention(d, ref.named) for d in docs)
        blanked = u.blanked[:ref.start] + " " * len(ref.word) + u.blanked[ref.start + len(ref.word):]
        blanked = blanked.replace(ref.named, " " * len(ref.named))  # named by the entities now, as a name is
        question = PLACING.sub(blank_match, u.question)
        blanked = PLACING.sub(blank_match, blanked)
        spent = {ref.word, *ref.named.split(), *HOLDING_WORDS}
        narrowed = replace(u, mentions=mentions, blanked=blanked, question=question,
                           topic=" ".join(w for w in PLACING.sub(" ", u.topic).split() if w not in spent))
        if ref.word == u.answer_word:  # the narrowed class was read as the one asked: the asked one is after a question word
            asked = next((w for m in ASKING.finditer(blanked) for w in [self.lexicon.class_word_at(blanked, m.end())] if w), None)
            narrowed = replace(narrowed, answer_word=asked or "", answer_classes=frozenset(self.lexicon.class_words.get(asked or "", ())))
        return narrowed, self._link_items(ref.links)

    def placed_set(self, form: LogicalForm) -> Outcome | None:
        """"what centre is in pulandian", "哪些企业位于金州区": the asked class's entities located in the
        place; a narrowed class reaching nothing is answered with nothing, settled."""
        u = form.understanding
        ref = self._reference(u)
        if ref is None or (ref.reached and not self._asked_word(u, ref)):
            return None
        # "…中，有哪些也参加了X项目": those taking part in every cooperation named
        reached = [x for x in ref.reached if all(c in self.graph.cooperations(x) for c in self._coops(u))]
        ref = replace(ref, reached=tuple(reached))
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in ref.reached)
        if not ref.reached:
            coops = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in self._coops(u))
            return Outcome([], [], self._lang(u, f"图谱中没有{ref.named}的{ref.word}" + (f"参与{coops}。" if coops else "。"),
                                              f"The graph holds no {ref.word} in {ref.named}" + (f" taking part in {coops}." if coops else ".")),
                           settled=True)
        count = len(ref.reached)
        text = self._lang(u, f"{ref.named}的{ref.word}（{count}个）：{names}。", f"{ref.word.capitalize()} in {ref.named} ({count}): {names}.")
        return Outcome(self._entities(ref.reached), self._link_items(ref.links), text)

    def _one_of_two_asked(self, u: Understanding, ref: Reference) -> bool:
        """Whether the narrowed class word is one of two types asked ("who are the enterprise and the school in
        project P"): each type is answered (two_types), not read as the entities it reaches."""
        asked = asked_words(u, self.lexicon, class_word_spans(u.blanked, self.lexicon))
        return len(asked) >= 2 and ref.word in asked

    def _asked_word(self, u: Understanding, ref: Reference) -> bool:
        """Whether the narrowed class word is what a question word asks for ("what centre is in P")."""
        after, before = u.blanked[ref.start + len(ref.word):], u.blanked[:ref.start]
        return not self._orgs(u) and bool((ref.word == u.answer_word and ASKED_BEFORE.search(before))
                                          or ASKED_AMONG.match(after) or ASKED_AFTER.match(after) or ASKED_BEFORE_EN.match(before))

    def _reference(self, u: Understanding) -> Reference | None:
        """The first class word narrowed by a place, an event or a partner, in that order."""
        spans = [(at, w) for at, w in class_word_spans(u.blanked, self.lexicon)
                 if self._is(frozenset(self.lexicon.class_words[w]), ORGANIZATION)]
        for find in (self._by_place, self._by_event, self._by_partner, self._by_cooperation):
            found = find(u, spans)
            if found is not None:
                return found
        return None

    def _by_place(self, u: Understanding, spans) -> Reference | None:
        names, _, _ = self._places()
        text = u.blanked
        for name in sorted((n for n in names if len(n) >= 2 and n in text), key=len, reverse=True):
            where = text.find(name)
            end = where + len(name)
            for at, word in spans:
                if at >= end:  # the class word after the place: zh only ("普兰店区的职教中心")
                    tie, gap = PLACE_TIES.get((u.lang, "class after")), text[end:at]
                elif at + len(word) <= where:
                    tie, gap = PLACE_TIES.get((u.lang, "class before")), text[at + len(word):where]
                else:
                    continue
                if tie is not None and tie.fullmatch(gap):
                    return self._placed(name, names[name], at, word)
        return None

    def _placed(self, name: str, place: str, at: int, word: str) -> Reference:
        kinds = frozenset(self.lexicon.class_words[word])
        reached, links = [], []
        for x in sorted(self.graph.of_class(kinds), key=self.facts.label):
            chain = self._chain(x)
            upto = next((i for i, step in enumerate(chain) if step[1] == place), None)
            if upto is not None:
                reached.append(x)
                links += [(a, p, b) for a, b, p in chain[:upto + 1]]
        return Reference(at, word, name, tuple(reached), tuple(dict.fromkeys(links)))

    def _by_event(self, u: Understanding, spans) -> Reference | None:
        """A class word tied to an event it hosted or organised, the event named by (a part of) its name."""
        text = u.question
        for at, word in spans:
            if u.lang == "zh":
                held = ZH_HELD.search(text[:at])
                phrase = (held["event"] or held["held"]) if held else None
            else:
                held = EN_HELD.match(text[at + len(word):])
                phrase = (held["event"] or held["held"]) if held else None
            event = self._event_named(phrase, u.lang) if phrase else None
            if event is not None:
                return self._held(event, phrase or "", at, word)
        return None

    def _event_named(self, phrase: str, lang: str) -> str | None:
        """The one event whose name, in the question's language, holds ``phrase``; None when none or several do."""
        found = {iri for iri, names in self._event_names["zh" if lang == "zh" else "en"] if any(phrase in n for n in names)}
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def _event_names(self) -> dict[str, list[tuple[str, list[str]]]]:
        """Per language, each event with its names in that language, normalised: made on the first
        question naming an event, not from every entity at each (6.5k at 100x the seed)."""
        events = [(iri, doc) for iri, doc in self.facts.docs.items() if f"{CJ}Event" in doc.types]
        return {lang: [(iri, [normalize(n) for n in doc.name_values if bool(HAN.search(n)) == (lang == "zh")])
                       for iri, doc in events] for lang in ("zh", "en")}

    def _held(self, event: str, phrase: str, at: int, word: str) -> Reference:
        kinds = frozenset(self.lexicon.class_words[word])
        rows = [(r["p"], r["o"]) for r in self.facts.kg.select(EVENT_ROLES, e=event)]
        found = [(p, o) for p, o in rows if self.graph.classes.get(o, frozenset()) & kinds]
        links = tuple((event, p, o) for p, o in found)
        return Reference(at, word, phrase, tuple(dict.fromkeys(o for _, o in found)), links)

    def _by_partner(self, u: Understanding, spans) -> Reference | None:
        # what is asked of the partners is who holds a post there or where they are: organisations or
        # cooperations asked of them are the hop operator's
        tied = self._tied(u, spans, ORGANIZATION, ZH_PARTNER_THEN_CLASS, EN_CLASS_THEN_PARTNER)
        if tied is None:
            return None
        x, at, word, tie = tied
        partners = self.graph.partners(x.doc.iri, frozenset(self.lexicon.class_words[word]))
        through = self._cooperation_classes(tie.groupdict().get("object") or "")
        partners = {p: kept for p, cs in partners.items()
                    for kept in [{c for c in cs if not through or self.graph.classes[c] & through}] if kept}
        links = tuple((c, PARTICIPANT, p) for p in sorted(partners) for c in sorted(partners[p]))
        return Reference(at, word, x.text, tuple(sorted(partners)), links)

    def _cooperation_classes(self, phrase: str) -> frozenset[str]:
        """The cooperation classes a phrase's class words name ("the training base"); none when it names none."""
        words = self.lexicon.class_words_in(phrase)
        return frozenset(c for w in words for c in self.lexicon.class_words[w] if self._is(frozenset({c}), COOPERATION))

    def _by_cooperation(self, u: Understanding, spans) -> Reference | None:
        """A class word tied to the one cooperation named: the parties of that class in it."""
        tied = self._tied(u, spans, COOPERATION, ZH_COOPERATION_THEN_CLASS, EN_CLASS_THEN_COOPERATION)
        if tied is None:
            return None
        x, at, word, _ = tied
        kinds = frozenset(self.lexicon.class_words[word])
        reached = sorted(p for p in self.graph.parties.get(x.doc.iri, ()) if self.graph.classes.get(p, frozenset()) & kinds)
        return Reference(at, word, x.text, tuple(reached), tuple((x.doc.iri, PARTICIPANT, p) for p in reached))

    def _tied(self, u: Understanding, spans, root: str, after: re.Pattern, before: re.Pattern):
        """In a who- or where-question, the one mention of ``root``'s class and the first class word
        tied to it (after it by ``after``, before it by ``before``): (mention, start, word, match); None
        when there is none."""
        named = [m for m in u.mentions if root in m.doc.types]
        if len(named) != 1 or u.intent not in ("who", "where"):
            return None
        x, text = named[0], u.question
        where = text.find(x.text)
        if NEGATED_WITH.search(text[:max(where, 0)]):
            return None  # "没跟X合作的那家公司": not X's partners, the negation's
        for at, word in spans:
            gap = text[where + len(x.text):at] if at > where else text[at + len(word):where]
            tie = (after if at > where else before).fullmatch(gap)
            if tie and (gap.strip() or at > where):
                return x, at, word, tie
        return None

    def _link_items(self, links) -> list[dict]:
        """One evidence item per link followed: its source span, or the graph's property as its derivation."""
        items = []
        for s, p, o in links:
            if p == PARTICIPANT:  # a partner's: cited as every participation is
                items.append(participation_item(self.facts, o, s))
                continue
            source = self.facts.evidence(s, p, o)
            items.append(evidence_item([self.facts.label(s), LINK_WORDS.get(p, p), self.facts.label(o)], source,
                                       f"cj:{p.rsplit('#', 1)[-1]} in the graph"))
        return items

    def event_role(self, form: LogicalForm) -> Outcome | None:
        """"谁牵头召开了推进会", "Who organised the consortium promotion meeting?", "which company hosted the
        ceremony": the organiser (or, for hosting, the venue) of the one event named by (a part of) its name."""
        u = form.understanding
        found = next((m for m in (p.search(u.question) for p in ROLE_ASKED) if m), None)
        event = self._event_named(found["event"].strip(), u.lang) if found else None
        if found is None or event is None:
            return None
        role = f"{CJ}venue" if HOSTED.search(found.group()) else f"{CJ}organizer"
        held = [r["o"] for r in self.facts.kg.select(EVENT_ROLES, e=event) if r["p"] == role]
        if not held:
            return None
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in held)
        word = LINK_WORDS[role].split(" ", 1)[0 if u.lang == "zh" else 1]
        text = self._lang(u, f"{self.facts.label(event)}的{word}：{names}。", f"{self.facts.label(event, 'en')} ({word}): {names}.")
        return Outcome(self._entities(held), self._link_items([(event, role, o) for o in held]), text)


class Groups(OperatorBase):
    """A group and its units: "X的母公司是哪家", "X隶属于哪个集团", "which group does X belong to",
    "X有哪些子公司", "the subsidiaries of X" (cj:subOrganizationOf, read both ways). A person said to belong to
    a unit ("郑鸿隶属于哪家单位"), no organisation of theirs named before it, asks for their own organisation."""

    @staticmethod
    def _belonging(u: Understanding) -> bool:
        """Whether the question's only words of a group are 隶属 said of a person ("郑鸿隶属于哪家单位"), none pointing
        at their organisation ("董建军所在企业隶属于…") and none naming a group above it ("…隶属于哪个集团")."""
        said = list(PARENT_ASKED.finditer(u.question))
        people = [m for m in u.mentions if PERSON in m.doc.types and m.text in u.question]
        if {m.group() for m in said} != {"隶属"} or GROUP_WORD.search(u.question) or len(people) != 1:
            return False
        # the words between the person and 隶属 (in the blanked question): none pointing at their organisation
        start = u.question.find(people[0].text) + len(people[0].text)
        return not POST_OF.search(u.blanked, start, max(start, said[0].start()))

    def group_of(self, form: LogicalForm) -> Outcome | None:
        """The parents (or units) of the one organisation named, or of the organisations of the one
        person named (their posts': "董建军所在企业隶属于哪个集团"); each cited by its span or derivation."""
        u = form.understanding
        upward = PARENT_ASKED.search(u.question)
        if upward is None and not UNITS_ASKED.search(u.question):
            return None
        if upward is not None and not self._orgs(u) and self._belonging(u):
            return None  # "郑鸿隶属于哪家单位": the person's own organisation (the affiliation reading's)
        subjects = self._orgs(u) or sorted({org for person, _, org, _ in self.facts.positions
                                            if any(m.doc.iri == person for m in u.mentions)})
        if len(subjects) != 1:
            return None
        x = subjects[0]
        pairs = ([(x, p) for p, units in self.graph.units.items() if x in units] if upward
                 else [(unit, x) for unit in sorted(self.graph.units.get(x, ()))])
        found = [p if upward else unit for unit, p in pairs]
        names = self._lang(u, "、", ", ").join(self.facts.label(f, u.lang) for f in found)
        word = self._lang(u, "上级单位" if upward else "下属单位", "parent organisation" if upward else "units")
        text = self._lang(u, f"{self.facts.label(x)}的{word}：{names}。" if found else f"图谱中没有{self.facts.label(x)}的{word}。",
                          f"The {word} of {self.facts.label(x, 'en')}: {names}." if found
                          else f"The graph holds no {word} of {self.facts.label(x, 'en')}.")
        evidence = []
        for unit, parent in pairs:
            source = self.facts.evidence(unit, SUB_ORGANIZATION, parent)
            evidence.append(evidence_item([self.facts.label(unit), "隶属 part of", self.facts.label(parent)], source, "cj:subOrganizationOf in the graph"))
        return Outcome(self._entities(found), evidence, text, settled=True)
