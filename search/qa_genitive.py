"""English noun phrases read as their possessive twins, the form the reading already reads as Chinese does.

A Chinese question names whose thing it asks about one way, X的N ("冰山松洋的合作大学", "大连职院的校长"), and
one way a clause, X…的N ("和河野合作的大学"); an English one has three ways to say the first and two the second,
of which the reading reads one each ("X's partner university", "the university that works with X"). So the
others are written in that one's form before they are read:

- the genitive with "of": "the partner university of X", "the president of X", "the college of Yang Yuequan"
  → "X's partner university", … — the head a kind of the graph's classes, a post or a partner;
- an adjective of a kind before "partner": "Heye's academic partner" → "Heye's college partner" (河野的高校合作方);
- the relative clause with no "that": "the university Heye works with" → "Heye's partner university" (和河野合作的
  大学), of a verb of heading "the college Yang Yuequan heads" → "Yang Yuequan's college", of another verb "the
  university Heye built X for" → "the university that Heye built X for" — a name and a verb right after the kind; a name
  of that kind is in apposition to it, "the lathe company GT Dalian Machine Tool appear among …", and left as it is.

X is a name the question links to an organisation, a person or a cooperation: "the University of Tokyo" names
no held entity and is left to the scope as the name it is; a place ("the universities of Dalian") says where.

Contract: ``Genitives(lexicon).possessive(text, u)`` gives ``text`` with each such phrase rewritten (the
answerer's rewrite signature), ``text`` itself for a Chinese question or when none is found;
``of_held(span, known)`` tells the scope that a span "N of X" is such a genitive of a held X, no name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from search.qa_english_names import EN_DOING
from search.qa_facts import TITLE
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, of_kinds, within
from search.understand import Understanding
from search.understand_lexicon import Lexicon
from search.understand_words import RELATION_WORDS

# "the (up to two words) HEAD of ": the head and its modifiers ("partner", "academic", "Dalian") before "of".
OF_BEFORE = re.compile(r"\bthe\s+(?P<head>(?:[a-z&-]+\s+){0,2}[a-z-]+)\s+of\s+$")
# Heads naming whose one stands in a relation to X, not a kind: X's partner, X's post holders.
RELATIONAL_HEADS = frozenset({"partner", "partners", "counterpart", "counterparts", "host", "owner", "owners"})
# "the KIND (up to two words)": the kind word ends the text before a name the clause opens with.
KIND_BEFORE = re.compile(r"\bthe\s+(?:[a-z&-]+\s+){0,2}?(?P<kind>[a-z-]+)\s+$")
# "Heye's academic partner", "DUT's corporate partners": an adjective of a kind before "partner" says the kind, as
# 高校 says it in "高校合作方"; written as the kind's class word, the partner is read as "X's college partner" is.
KIND_ADJECTIVES = {"academic": "college", "corporate": "company", "business": "company", "industry": "company",
                   "industrial": "company"}
KIND_ADJECTIVE = re.compile(rf"\b(?P<adjective>{'|'.join(KIND_ADJECTIVES)})(?=\s+(?:partner|partners|counterpart|counterparts)\b)")
# Verbs of heading an organisation: the clause "Yang Yuequan heads" says whose post it is.
HEADING = frozenset({"run", "runs", "ran", "head", "heads", "headed", "lead", "leads", "led", "manage", "manages",
                     "managed", "chair", "chairs", "chaired", "direct", "directs", "directed"})
EN_RELATION_VERBS = frozenset(w for w in RELATION_WORDS if w.isascii() and " " not in w)
CLAUSE_VERB = re.compile(r"\s+(?P<verb>[a-z-]+)(?P<up>\s+up)?(?P<with>\s+with\b)?")
# The entities a genitive may be of: a place says where ("the colleges of Dalian"), not whose.
OWNERS = (ORGANIZATION, PERSON, COOPERATION)


class Genitives:
    """The rewrite of English genitives and bare relative clauses, read with one graph's class words."""

    def __init__(self, lexicon: Lexicon, ancestors: Mapping[str, frozenset[str]]):
        self.lexicon, self.ancestors = lexicon, ancestors

    def possessive(self, text: str, u: Understanding) -> str:
        """``text`` with "the N of X" written "X's N" and "the N X verb…" as the module says."""
        if u.lang != "en" or text != u.question:
            return text
        text = KIND_ADJECTIVE.sub(lambda m: KIND_ADJECTIVES[m["adjective"]], text)
        for m in sorted(self._owners(u), key=lambda m: -text.find(m.text)):
            at = text.find(m.text)
            of = OF_BEFORE.search(text, 0, at)
            if of is not None and self._head(of["head"]):
                text = f"{text[:of.start()]}{m.text}'s {of['head']}{text[at + len(m.text):]}"
                continue
            kind = KIND_BEFORE.search(text, 0, at)
            verb = CLAUSE_VERB.match(text, at + len(m.text))
            if kind is None or verb is None or not self._kind(kind["kind"]):
                continue
            if verb["verb"] in HEADING:  # "the college Yang Yuequan heads": his post's, "Yang Yuequan's college"
                text = f"{text[:kind.start()]}{m.text}'s {kind.group()[4:].strip()}{text[verb.end():]}"
            elif verb["with"] and self._partnering(verb["verb"]):  # "the university Heye works with": its partner
                text = f"{text[:kind.start()]}{m.text}'s partner {kind.group()[4:].strip()}{text[verb.end():]}"
            elif (verb["verb"] in EN_RELATION_VERBS or verb["verb"] in EN_DOING) and not self._apposed(m, kind["kind"]):
                text = f"{text[:kind.end()]}that {text[kind.end():]}"
        return text

    @staticmethod
    def _partnering(verb: str) -> bool:
        """Whether "VERB with" says working with ("works with", "teamed up with", "signed with")."""
        return verb in EN_RELATION_VERBS or verb in EN_DOING or f"{verb} with" in RELATION_WORDS or f"{verb} up" in RELATION_WORDS

    def _owners(self, u: Understanding):
        seen = set()
        for m in u.mentions:
            if m.text not in seen and any(within({c}, o, self.ancestors) for c in m.doc.types for o in OWNERS):
                seen.add(m.text)
                yield m

    def _head(self, head: str) -> bool:
        """Whether a genitive's head is a kind, a post or a relation (its last word; "the Dalian plant of X" too)."""
        last = head.split()[-1]
        return self._kind(last) or last in RELATIONAL_HEADS or any(t.end() == len(head) for t in TITLE.finditer(head))

    def _apposed(self, m, kind: str) -> bool:
        """Whether the name ``m`` is of the kind its kind word names, so stands in apposition to it ("the lathe company
        GT Dalian Machine Tool appear …": the company named), no subject of a relative clause about another of the kind
        ("the university Heye works with": Heye is no university)."""
        return of_kinds(m.doc.types, frozenset(self.lexicon.class_words[kind]), self.ancestors)

    def _kind(self, word: str) -> bool:
        return word in self.lexicon.class_words and word not in RELATION_WORDS


def of_held(span: str, known: Callable[[str], bool], places: frozenset[str]) -> bool:
    """Whether a name-like span "kind of X" ("university of Bingshan Songyang") is a genitive of a held X: its
    head written in lower case (a capitalised "University of Tokyo" is a name's shape), X held and no place."""
    head, of, owner = span.partition(" of ")
    return bool(of) and head == head.lower() and bool(head.strip()) and owner.lower() not in places and known(owner)
