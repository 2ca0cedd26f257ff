"""What a negation's question says around its negated clause besides what it denies: the set it picks from and the
party it denies.

- A set named before the negation and closed by a word of "within" (or by a clause break right after its kind:
  "交大那三个项目，哪个不是搞研发的", "Jiaotong's three projects: which one is not R&D?") scopes the answers: "交大那几个签约里，哪个不是
  技术攻关的", "大职院签的项目中，哪些不是…", "of Jiaotong's signings, which is not …": the named organisations'
  cooperations are the universe, whatever the negated clause then denies. A name the negation governs ("DUT没参与的
  基地项目": DUT is the subject of the denied taking part) scopes nothing, having no such word after it.
- A class word after a co-party word inside the negated clause is the party denied, not the class asked: "交大的签约
  里，哪个不是跟企业合作的" asks for signings, and denies the firms as partners.

Contract: ``scoping_names(u, negated, orgs, lexicon)`` gives the named organisations of ``orgs`` that scope the answers (empty:
none); ``denied_party_word(negated, word)`` whether ``word`` stands in ``negated`` as the party denied;
``asking_set(u, negated, lexicon)`` is ``u`` asking for the set picked from when its answer word is the party denied.
Queries nothing.
"""

from __future__ import annotations

import re

from dataclasses import replace

from search.qa_breaks import COLONS, COMMAS, SEMICOLONS
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT, within
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.wording import ZH_WITH

# A word closing the set picked from ("…的签约里", "项目中", "当中"), or an English "of"/"among" opening it.
# (中 closes a set only before a break or the asking words: 中心, 中药 close nothing)
WITHIN_AFTER = re.compile(r"(?:里头|里面|当中|之中|里|中)(?=\s|[,，:：]|哪|有|不|没|是|谁)")
WITHIN_BEFORE = re.compile(r"\b(?:of|among|out of|from)\s+$", re.IGNORECASE)
# A set named whole before a clause break: the name, a possessive, demonstrative or count, a kind of cooperation, the
# break ("交大那三个项目，哪个不是…", "Jiaotong's three projects: which one is not…", "X's trio of projects:").
SET_FILLER = re.compile(r"^(?:\s*(?:'s|的|那|这))?\s*(?:[一二两三四五六七八九十几\d]+\s*[个项]|[a-z0-9]+\s+(?:of\s+)?)?\s*$")
SET_BREAK = re.compile(rf"^\s*[{COMMAS}{COLONS}{SEMICOLONS}]")
# A co-party word right before a class word: the class is the partner the negation denies.
CO_PARTY = re.compile(rf"(?:{ZH_WITH}|\bwith(?:\s+an?|\s+any)?)\s*$", re.IGNORECASE)


def scoping_names(u: Understanding, negated: str, orgs: list[str], lexicon: Lexicon) -> list[str]:
    """The organisations of ``orgs`` named before the negation in a set the answers are picked from (see the module):
    each followed, before the negation, by a word of "within", or by its kind of cooperation closed by a clause break
    ("交大那三个项目，", "X's three projects:"), or opened by English "of"/"among"; empty when a name of ``orgs``
    stands after the negation (the negation then denies it)."""
    at = len(u.blanked) - len(negated)
    named = {m.doc.iri: u.start(m) for m in u.mentions if m.doc.iri in orgs}
    if any(i < 0 or i >= at for i in named.values()):
        return []
    text = u.blanked
    ends = {m.doc.iri: u.start(m) + len(m.text) for m in u.mentions if m.doc.iri in orgs}
    sets = [(start, start + len(w)) for start, w in class_word_spans(text[:at], lexicon)
            if within(frozenset(lexicon.class_words[w]), COOPERATION, lexicon.catalogue.ancestors)]
    scoping = []
    for iri, i in named.items():
        within_word = any(i < w.start() < at for w in WITHIN_AFTER.finditer(text, 0, at))
        whole = any(ends[iri] <= s and SET_FILLER.match(text[ends[iri]:s]) and SET_BREAK.match(text[e:at]) for s, e in sets)
        if within_word or whole or WITHIN_BEFORE.search(u.question[max(0, i - 12):i]):
            scoping.append(iri)
    return scoping


def denied_party_word(negated: str, word: str) -> bool:
    """Whether ``word`` stands in the negated clause right after a co-party word ("不是跟企业合作的": the firms denied)."""
    at = negated.find(word)
    return at >= 0 and bool(CO_PARTY.search(negated[:at]))


def asking_set(u: Understanding, negated: str, lexicon: Lexicon) -> Understanding:
    """``u`` asking for the set named before the negation when the class it asks for is the party the negated clause
    denies ("交大的签约里，哪个不是跟企业合作的": the signings, a party's signed projects); ``u`` as it is otherwise."""
    if not u.answer_word or not denied_party_word(negated, u.answer_word):
        return u
    before = u.blanked[: len(u.blanked) - len(negated)]
    ancestors = lexicon.catalogue.ancestors
    for _, word in reversed(class_word_spans(before, lexicon)):
        classes = frozenset(lexicon.class_words[word])
        if within(classes, ORGANIZATION, ancestors):
            return u  # an organisation named as the set: the partner reading's
        # (a signing word of a named party: its signed projects)
        return replace(u, answer_word=word, answer_classes=classes if within(classes, COOPERATION, ancestors) else frozenset({PROJECT}))
    return u
