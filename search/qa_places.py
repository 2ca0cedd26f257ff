"""Where things are: "大连交通大学在哪里", "金普新区在哪个省", "Which province is Jinpu New Area in?".

The subject is the one entity the question names (an organisation, a consortium, or a place the
graph holds); the answer is the places it lies in, nearest first, following cj:locatedIn and
then cj:within upwards. When the question asks for one level ("哪个省", "which city"), only the
places of that level are kept. Every step cites its source span or, for a registry link that no
article states, its derivation. An event's venue is not this: it is the date/place plan's.
"""

from __future__ import annotations

import re

from search.qa_answer import evidence_item
from search.qa_accounted import TopicWords
from search.qa_cues import EXCEPT_CLAUSE, LEVELS, LIES_ASKED, SIGNING_ASKED, WHERE_ASKED
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION
from search.qa_outcome import OperatorBase, Outcome
from search.text import normalize
from search.documents import CJ
from search.understand import Understanding


# A relative clause after a name makes it what the question is about ("the centre that co-builds X with Y").
RELATIVE_HEAD = re.compile(r"\s*,?\s*(?:that|which|who)\b")


class Locators(OperatorBase):
    """The places of one graph and the where-is operator over them."""

    def _places(self) -> tuple[dict[str, str], dict[str, set[str]], dict[str, set[str]]]:
        """(normalised place name → place, entity → places it is located in, place → enclosing
        places): read with the facts (search.qa_facts), only looked up here."""
        return self.facts.place_named, self.facts.located, self.facts.within

    def where_is(self, form: LogicalForm) -> Outcome | None:
        """The places the question's one subject lies in (of the level asked, if any)."""
        u = form.understanding
        signed = SIGNING_ASKED.search(u.question) and not LIES_ASKED.search(u.question) and form.level is None
        if "where" not in form.operators or "venue" in form.operators or signed:
            return None  # where a thing was held or signed is its event's venue (the date/place plan)
        if u.answer_classes and self._is(u.answer_classes, COOPERATION):
            return None  # "X是在哪个合作项目里出现的": the cooperation asked for, no place
        subject = self._subject(u, u.question)
        if subject is None:
            return None
        part = self._part_asked(u, subject)
        if part:
            return self._part_unheld(u, subject, part)
        chain = self._chain(subject)
        wanted = f"{CJ}{form.level}" if form.level else None
        kept = [step for step in chain if wanted is None or wanted in self.graph.classes.get(step[1], ())]
        if not kept:
            return None
        if "except" in form.operators and self._set_aside(u, [subject, *(place for _, place, _ in kept)]):
            # "Apart from Jinpu in Dalian, which city also …": the one answer is the one set aside
            return Outcome([], [], self._lang(u, f"图谱中除{self.facts.label(subject)}外没有其他记录，无法回答。",
                                              f"The graph holds none besides {self.facts.label(subject, 'en')}, "
                                              "which the question sets aside."), settled=True)
        return self._located_outcome(u, subject, kept)

    def _set_aside(self, u: Understanding, entities: list[str]) -> bool:
        """Whether a clause an except word opens or closes names one of ``entities`` (by a place name of
        theirs the graph holds)."""
        clauses = [m.group(1) or m.group(2) or "" for m in EXCEPT_CLAUSE.finditer(u.question)]
        names = [n for n, place in self._places()[0].items() if place in entities and len(n) >= 2]
        return any(re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", c) for c in clauses for n in names)

    def _subject(self, u: Understanding, text: str) -> str | None:
        """The one named entity with a place: a mention, the single instance of the class asked
        about ("联合体在哪个省"), or a place named in the question; None when it is not one."""
        names, located, within = self._places()
        docs = list(dict.fromkeys(m.doc.iri for m in u.mentions))
        if len(docs) > 1:  # "the centre that co-builds X with Y": the one a relative clause follows
            docs = list(dict.fromkeys(m.doc.iri for m in u.mentions if (at := u.start(m)) >= 0
                                      and RELATIVE_HEAD.match(u.question, at + len(m.text))))
        if len(docs) > 1 or (not docs and len(u.mentions) > 1):
            return None
        # two of the class's placed instances at most, off the build's table: enough to tell one from several
        placed = self.reach.some(self.reach.placed, u.answer_classes, 2) if u.answer_classes else []
        one = docs or (placed if len(placed) == 1 and not self._is(u.answer_classes, f"{CJ}Place") else [])
        if one:
            # where an event was held is its venue (the date/place plan), not where it lies
            event = f"{CJ}Event" in self.graph.classes.get(one[0], ())
            return one[0] if one[0] in located and not event else None
        spans = [n for n in names if len(n) >= 2 and n in text and (names[n] in within or names[n] in located)]
        places = {names[n] for n in spans}
        return places.pop() if len(places) == 1 else None

    def _part_asked(self, u: Understanding, subject: str) -> list[str]:
        """The content words of the topic the subject's names do not hold ("秘书处" of "联合体秘书处设在哪",
        "secretariat"): the question asks where a part of the subject is, which the graph does not place."""
        names = " ".join(normalize(n) for n in (self.facts.label(subject), self.facts.label(subject, "en")))
        # the level asked ("哪个城市") and the where-words ("located") are the question's, not a part
        parts = [w for w in TopicWords(self.lexicon.vocabulary).parts(u.topic, u.question)
                 if w not in names and w not in LEVELS and not WHERE_ASKED.search(w)]
        # a word of the subject's own kind after its possessive is a part of it ("where is dalian university's campus")
        own = u.answer_word and u.answer_classes & self.graph.classes.get(subject, frozenset()) and any(
            re.search(rf"{re.escape(m.text)}(?:['’]s\s+|的){re.escape(u.answer_word)}", u.question)
            for m in u.mentions if m.doc.iri == subject)
        return parts or ([u.answer_word] if own else [])

    def _part_unheld(self, u: Understanding, subject: str, part: list[str]) -> Outcome:
        """An empty outcome saying the graph does not record where the part of the subject asked about is."""
        what = self._lang(u, "、", " ").join(part)
        return Outcome([], [], self._lang(u, f"图谱中没有关于{self.facts.label(subject)}的{what}的信息，无法回答。",
                                          f"The graph holds nothing on the {what} of {self.facts.label(subject, 'en')}, "
                                          "so this cannot be answered."), settled=True)

    def _chain(self, subject: str) -> list[tuple[str, str, str]]:
        """(from, place, property) steps from the subject up the containment chain, nearest first."""
        _, located, within = self._places()
        steps, frontier, seen = [], [(subject, p, f"{CJ}locatedIn") for p in sorted(located.get(subject, ()))], {subject}
        if not frontier:
            frontier = [(subject, p, f"{CJ}within") for p in sorted(within.get(subject, ()))]
        while frontier:
            step = frontier.pop(0)
            if step[1] in seen:
                continue
            seen.add(step[1])
            steps.append(step)
            frontier += [(step[1], p, f"{CJ}within") for p in sorted(within.get(step[1], ()))]
        return steps

    def _located_outcome(self, u: Understanding, subject: str, steps) -> Outcome:
        f = self.facts
        evidence = []
        for start, place, prop in steps:
            source = f.evidence(start, prop, place)
            evidence.append(evidence_item([f.label(start), "位于 located in", f.label(place)], source, f"cj:{prop[len(CJ):]} in the graph"))
        places = [place for _, place, _ in steps]
        names = self._lang(u, "、", ", ").join(f.label(p, u.lang) for p in places)
        return Outcome(self._entities(places), evidence,
                       self._lang(u, f"{f.label(subject)}位于{names}。", f"{f.label(subject, 'en')} is in {names}."))
