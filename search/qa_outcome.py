"""What a question operator returns, the evidence items it cites, and the helpers every operator
shares (the named organisations and cooperations, the question's class words, the language)."""

from __future__ import annotations

import re

from dataclasses import dataclass
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from search.qa_answer import evidence_item
from search.qa_breaks import COLONS, SEMICOLONS, SENTENCE_MARKS
from search.qa_fact_queries import CATEGORY_OF_CLASS
from search.qa_facts import FactFinder
from search.qa_plans import HOLDS, cited
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PARTICIPANT, Participation
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS

if TYPE_CHECKING:  # built by search.qa_tables, which imports the operators' modules
    from search.qa_counts import Aggregates
    from search.qa_own_words import OwnWords
    from search.qa_reach import Reach


@dataclass
class Outcome:
    """What an operator found: answers (entity dicts), evidence items, the sentence, the SPARQL."""

    answers: list[dict]
    evidence: list[dict]
    text: str
    sparql: str = ""
    settled: bool = False  # an empty outcome that is the answer: no relinking of names is tried
    total: int | None = None  # how many answers there are, when more than ``answers`` lists
    applied: str = ""  # the operator applied when no operator the form notes names it ("bridge": search.qa_bridge)


def participation_item(facts: FactFinder, party: str, coop: str) -> dict:
    """The evidence item of ``party`` taking part in ``coop``: the span stating it, or, where no sentence states that
    link (a party aligned to the cooperation from another entry), the graph link it derives from."""
    source = facts.evidence(coop, PARTICIPANT, party)
    return evidence_item([facts.label(party), "参与 participates in", facts.label(coop)], source,
                         "cj:participant link of the cooperation, stated by no sentence")


def participation_items(facts: FactFinder, groups: Sequence[Sequence[tuple[str, str]]]) -> list[dict]:
    """The participation items an operator's answer cites: ``groups`` holds each answer's (party,
    cooperation) links; the share cited is the plain plans' (qa_plans.cited), taken before any span
    is looked up."""
    return [participation_item(facts, party, coop) for party, coop in cited(groups)]


def post_pairs(facts: FactFinder, person: str) -> list[tuple[str, str]]:
    """The person's (post, organisation) pairs, sorted."""
    return sorted({(pos, org) for who, pos, org, _ in facts.positions if who == person})


def post_item(facts: FactFinder, person: str, position: str, organisation: str = "") -> dict:
    """The evidence item of ``person`` holding ``position`` (at ``organisation``, when given): the span stating it."""
    source = facts.evidence(person, HOLDS, position)
    path = [facts.label(person), "担任 holds", facts.label(position)]
    path += ["任职于 post in", facts.label(organisation)] if organisation else []
    return evidence_item(path, source)


def figure_item(facts: FactFinder, quantity: str) -> dict:
    """The evidence item of a figure: its owner, link and the span stating it."""
    owner, predicate = facts.quantity_owner[quantity]
    source = facts.evidence(owner, predicate, quantity)
    return evidence_item([facts.label(owner), facts.label(predicate), facts.label(quantity)], source)


def derived(facts: FactFinder, answer: str, how: str) -> dict:
    return evidence_item([facts.label(answer)], derivation=how)


def shared_items(facts: FactFinder, shared: Mapping[str, Iterable[str]]) -> list[dict]:
    """The participation item of every named party of every shared cooperation (cooperation → its named parties, as
    OperatorBase._shared gives them), each cooperation's parties in IRI order; none left out."""
    return [participation_item(facts, p, c) for c, parties in shared.items() for p in sorted(parties)]


VERDICT_LISTED = 8  # the answers a verdict's sentence names at most (the rest are in its answers and evidence)


def verdict_listing(answers: Sequence[dict], lang: str) -> str:
    """The labels of the first VERDICT_LISTED answers a verdict rests on, in the question's language ("zh" or not)."""
    return ("、" if lang == "zh" else ", ").join(str(a["label" if lang == "zh" else "label_en"])
                                                for a in answers[:VERDICT_LISTED])



# What closes a clause of its own before the one the question asks in.
CLAUSE_END = re.compile(rf"[{COLONS}{SEMICOLONS}{SENTENCE_MARKS}]")


class OperatorBase:
    """The facts, lexicon and participation graph of one graph, and helpers over an Understanding."""

    def __init__(self, facts: FactFinder, lexicon: Lexicon, graph: Participation, plain: Callable,
                 form_of: Callable, listed: int | None = None, *, aggregates: Aggregates, own_words: OwnWords,
                 reach: Reach):
        """``plain(u)`` answers the ordinary way; ``form_of(u)`` gives the logical form (search/qa_form.py)
        of a rephrased question, for an operator that hands it to another. ``listed``: how many answers
        an outcome of a long list needs to list (QAConfig.max_answers; None: all), the others only counted.
        ``aggregates``, ``own_words`` and ``reach``: the tables made at build time (search.qa_tables) that
        operators comparing or picking from every instance of a class read instead of counting."""
        self.facts, self.lexicon, self.graph, self.plain, self.form_of = facts, lexicon, graph, plain, form_of
        self.listed, self.aggregates, self.own_words, self.reach = listed, aggregates, own_words, reach

    # -- helpers ---------------------------------------------------------------------------------
    def _orgs(self, u: Understanding) -> list[str]:
        return list(dict.fromkeys(m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types))

    def _coops(self, u: Understanding) -> list[str]:
        return list(dict.fromkeys(m.doc.iri for m in u.mentions if COOPERATION in m.doc.types))

    def _classes(self, u: Understanding, asked_clause: bool = False) -> list[frozenset[str]]:
        """The class words of the question in order, as class sets (relation words left out); ``asked_clause``:
        only those of the clause naming its first entity ("给孩子挑大学时…：民族大学和交大谁的项目多" counts
        no 大学 partners)."""
        at = min((u.start(m) for m in u.mentions if m.text in u.question), default=0)
        start = max((m.end() for m in CLAUSE_END.finditer(u.blanked[:at])), default=0) if asked_clause else 0
        return [frozenset(self.lexicon.class_words[w]) for at_word, w in class_word_spans(u.blanked, self.lexicon)
                if w not in RELATION_WORDS and at_word >= start]

    def _party_kinds(self, u: Understanding) -> dict[str, frozenset[str]]:
        """The organisation class words of the question other than the one asked, each with its classes;
        read where no organisation or cooperation is named (大连理工大学 names no 大学)."""
        text = u.question
        for m in u.mentions:
            if m.doc.types & {ORGANIZATION, COOPERATION}:
                text = text.replace(m.text, " " * len(m.text))
        kinds = {}
        for _, word in class_word_spans(text, self.lexicon):
            classes = frozenset(self.lexicon.class_words[word])
            if word != u.answer_word and self._is(classes, ORGANIZATION) and ORGANIZATION not in classes:  # "partners" is no kind
                kinds[word] = classes  # the graph's types are inferred: an instance of a narrower class has these too
        return kinds

    def _counted(self, u: Understanding) -> frozenset[str]:
        """What is counted when organisations are compared: the cooperation class the question names."""
        named = [c for c in self._classes(u) if self._is(c, COOPERATION)]
        return named[0] if named else frozenset({COOPERATION})

    def _is(self, classes, root: str) -> bool:
        return self.facts.of_class(classes, root)

    def _source_word(self, kind: str, name: str) -> str:
        """The source's own word for a kind when its instances are filed under one category other than its
        name ("基地项目类" for 实训基地类项目), else ""."""
        cats = {r["cat"] for r in self.facts.kg.select(CATEGORY_OF_CLASS, k=kind)}
        own = self.facts.label(next(iter(cats))) if len(cats) == 1 else ""
        return own if own != name else ""

    def _lang(self, u: Understanding, zh: str, en: str) -> str:
        return zh if u.lang == "zh" else en

    def _entities(self, iris) -> list[dict]:
        return [self.facts.entity(i, 1.0) for i in iris]

    def _cooperate_on(self, u: Understanding, pair: str, coops: Iterable[str]) -> str:
        """The sentence naming the cooperations the named ends (``pair``, as written for the answer) all take part in:
        "A与B共同参与：X、Y。", "A and B cooperate on: X, Y."."""
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in coops)
        return self._lang(u, f"{pair}共同参与：{names}。", f"{pair} cooperate on: {names}.")

    def _on_industries(self, u: Understanding, common: dict[str, set[str]]) -> dict[str, set[str]]:
        """``common`` (cooperations → parties) narrowed to those of every industry the question names: "A和B合作的压缩机
        项目叫什么" asks none of their other projects."""
        named = self._industries(u)
        return {c: parties for c, parties in common.items() if all(c in self.graph.of_topic.get(i, ()) for i in named)}

    def _industries(self, u: Understanding) -> list[str]:
        return list(dict.fromkeys(m.doc.iri for m in u.mentions if INDUSTRY in m.doc.types))

    def _shared(self, orgs: list[str], coops: list[str]) -> dict[str, set[str]]:
        """Cooperations every named organisation takes part in (among the named ones, if any) → parties."""
        common = self.graph.shared_by(orgs)
        return {c: parties for c, parties in common.items() if not coops or c in coops}
