"""A question asking about one person by a pronoun, after clauses that only say something about him.

"A manager called Dong Jianjun is quoted about cutting training time for new hires. Who exactly is he?", "新闻里说杨跃权
讲到学生培养的“订单服务”，他是什么职务？", "董建军说企业省了不少培训时间，这人到底啥来头？": the clauses before the asking
one say where the asker met the name (what he said, that he was quoted); what is asked is the asking clause, about
him. Read whole, the lead-in's words of saying made the question "what did he say", its topic words a constraint.

Contract: ``PersonBack(facts).rewrite(text, u)`` gives the last asking clause with the one person the clauses before it
name put for its pronoun ("he", "his", "他", "这人"; "his" → "X's"), when those clauses ask nothing, name no other
person and no organisation but the person's own employer, and the asking clause names nothing itself and asks for
no others ("他还…": besides what the lead-in says); ``text`` unchanged otherwise. A question whose lead-in asks ("说
这话的是谁？他在哪家公司？") is search.qa_chain's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_chain import ASKING, CLAUSE_CUT, PERSON_PRONOUN, named_in
from search.qa_descriptions import OTHERS, QUOTE_COVERAGE, QUOTED, speakers_of
from search.qa_facts import FactFinder
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_post_words import PostWords
from search.text import normalize
from search.understand import Understanding

# Pointing back at one person: a personal pronoun, or a demonstrative with a word for a person ("这人", "this guy").
PERSON_POINTER = re.compile(rf"{PERSON_PRONOUN.pattern}|这个人|这人|此人|该人|这位(?=[是在叫担现到究具]|$)"
                            r"|\bthis (?:guy|man|woman|person|gentleman|lady|fellow|chap)\b"
                            # "他的学校" as the wording has it (search.wording.PRONOUN_ORGANISATION): the place the name goes
                            r"|^\s*(?=所在的?(?:学校|大学|学院|公司|企业|单位|集团|机构))")
# A statement's end: what comes before it asks nothing, a relative "who" in it included ("a secretary who is also …").
STATEMENT = re.compile(r"[^.。?？!！]*[.。!！]")


class PersonBack:
    """The asking clause about the one person a lead-in names, read with one graph's posts."""

    def __init__(self, facts: FactFinder):
        self.facts, self.post_words = facts, PostWords(facts)

    def rewrite(self, text: str, u: Understanding) -> str:
        """The module's rewrite: the asking clause with the person's name for its pronoun, or ``text``."""
        for cut in reversed([m.end() for m in CLAUSE_CUT.finditer(text) if m.end() < len(text)]):
            head, rest = text[:cut], text[cut:]
            point = PERSON_POINTER.search(rest)
            if point is None or not ASKING.search(rest) or ASKING.search(STATEMENT.sub(" ", head)) or OTHERS.search(rest):
                continue
            if any(m.text in rest for m in u.mentions):
                return text  # the asking clause names what it asks about itself
            person = self._one_person(head, u)
            return named_in(rest, point, person) if person else text
        return text

    def _one_person(self, head: str, u: Understanding) -> str | None:
        """The name of the one person ``head`` names, or describes by the posts he holds ("a party secretary who is
        also a college president"), when the organisations it names are that person's own."""
        people = {m.doc.iri: m.text for m in u.mentions if PERSON in m.doc.types and m.text in head}
        if not people:  # every post the lead-in names held by one person
            posts = replace(u, question=self.post_words.named(head, u))  # "一位院长": the title of that role held
            held = {p for p, _, _ in self.facts.matching_positions(posts)}
            # "说…的那位书记": a holder of the posts is the one meant only when the claim is theirs (search.qa_descriptions)
            said = QUOTED.search(head)
            speakers = speakers_of(self.facts, next(g for g in said.groups() if g), QUOTE_COVERAGE) if said else None
            held = held if speakers is None else held & speakers
            people = {p: normalize(self.facts.label(p, u.lang)) for p in held}
        if len(people) != 1:
            return None
        (person, name), = people.items()
        own = {org for p, _, org, _ in self.facts.positions if p == person}
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types and m.text in head}
        return name if orgs <= own else None
