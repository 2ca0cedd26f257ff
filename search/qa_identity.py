"""A negated identity: "科技创新类项目里，不是大连理工大学的大学有哪些", "the universities in the innovation category
that are NOT Dalian University of Technology", "哪些高校不是大工". The copula denies that an answer IS the named one,
not that it takes part with it: the named one is left out as an except clause leaves it ("besides DUT, which
universities …"), its partners kept.

It reads so only when the name stands right after the copula's negation (不是, 不属于, "are not", "isn't", an article
between) and is itself of the class asked, and nothing but the asking words follows it in its clause ("的大学有哪些",
"? which are they"): "哪些大学不是大工的合作伙伴", "which universities are not partnering with DUT" deny a relation,
the negation's own reading.

Contract: ``identity_denied(u, lexicon)`` gives (``u`` asking for the class the negation's clause is about, the IRIs of the
named organisations of that class the question's copula negation denies being, in mention order; empty: none); ``identity_free(u, iris)`` is ``u`` with those negations and
names blanked from its question, so that the rest reads as the plain question about the others. Queries nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set as AbstractSet
from dataclasses import replace

from search.qa_breaks import CLAUSE_MARK, SEMICOLONS, SENTENCE_MARKS
from search.qa_cues import DENIED_KIND
from search.qa_graph import ORGANIZATION, of_kinds, within
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# What may stand between the copula's negation and the name: an article, spaces.
BETWEEN = re.compile(r"\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
# A Latin word after a name linked short is of its name when a word of the name begins with it ("electric").
NAME_PREFIX = 4
# A class word said as a partner's role ("合作高校", "the partner university"): the answers' partner, not the answers.
PARTNER_BEFORE = re.compile(r"(?:合作|搭档|伙伴|签约|\bpartner(?:ing)?|\bco-?operating|\bsigning)\s*$")
# Where a sentence ends (the relative clause's head noun is sought in the negation's sentence).
SENTENCE_END = re.compile(rf"[{SENTENCE_MARKS}{SEMICOLONS}.]\s*")
# The asking words that may follow the name in its clause: the answer word aside, nothing the name could be related by.
ASKING_TAIL = re.compile(r"^(?:[\s的有哪些几所家个位是呢都还]|\b(?:which|what|are|is|they|it|ones?|then|please|among|them)\b)*$",
                         re.IGNORECASE)


def identity_denied(u: Understanding, lexicon: Lexicon) -> tuple[Understanding, tuple[str, ...]]:
    """The named organisations a copula negation denies the answers are (see the module), and ``u`` asking for the
    class word the negation's clause is about: the one asked when the names are of it, else the nearest before the
    negation they are of ("the universities in the innovation category that are NOT X. Which are they?"); ``u`` and
    nothing when none is denied."""
    found: list[str] = []
    word, classes = u.answer_word, u.answer_classes
    for m in u.mentions:
        at = u.start(m)
        denied = _denied_before(u.question[:at]) if at > 0 else None
        if ORGANIZATION not in m.doc.types or m.doc.iri in found or denied is None \
                or not _asking_after(u.question[at + len(m.text):], (word, *m.doc.name_values)):
            continue
        own = _of(m.doc.types, classes, lexicon)
        if not own and u.answer_classes and within(u.answer_classes, ORGANIZATION, lexicon.catalogue.ancestors):
            continue  # "找的学校不是大工的是哪几家公司": firms asked, the school before the negation is their partner's role
        head = _head(u.blanked[:denied], m.doc.types, lexicon) if not own else (word, classes)
        if head is not None and (not found or head[1] == classes):
            (word, classes), found = head, [*found, m.doc.iri]
    return (replace(u, answer_word=word, answer_classes=classes), tuple(found)) if found else (u, ())


def identity_free(u: Understanding, iris: tuple[str, ...]) -> Understanding:
    """``u`` without the copula negations of ``iris`` and their names: the plain question about the others."""
    question = u.question
    for m in (m for m in u.mentions if m.doc.iri in iris):
        at = question.find(m.text)
        if at < 0:
            continue
        start = max((d.start() for d in DENIED_KIND.finditer(question[:at]) if BETWEEN.match(question[d.end():at])), default=at)
        question = question[:start] + " " * (at + len(m.text) - start) + question[at + len(m.text):]
    return replace(u, question=question, mentions=tuple(m for m in u.mentions if m.doc.iri not in iris))


def _denied_before(before: str) -> int | None:
    """Where the copula's negation ``before`` ends on (an article between) begins, or None."""
    return next((d.start() for d in DENIED_KIND.finditer(before) if BETWEEN.fullmatch(before[d.end():])), None)


def _asking_after(after: str, words: tuple[str, ...]) -> bool:
    """Whether the rest of the name's clause holds only asking words, besides ``words`` (the answer word, the rest of
    the name: "not Dalian Sanyou Electric" linked as "dalian sanyou")."""
    end = CLAUSE_MARK.search(after)
    tail = after[: end.start()] if end else after
    for word in sorted(filter(None, words), key=len, reverse=True):
        tail = tail.replace(word.lower(), " ")
    name_words = {w for n in words for w in re.findall(r"[a-z]+", n.lower())}
    tail = " ".join(w for w in tail.split() if not any(n.startswith(w) for n in name_words if len(w) >= NAME_PREFIX))
    return bool(ASKING_TAIL.match(tail))


def _of(types: Iterable[str], classes: AbstractSet[str], lexicon: Lexicon) -> bool:
    """Whether an entity of ``types`` is of one of ``classes`` or narrower."""
    return of_kinds(types, classes, lexicon.catalogue.ancestors)


def _head(before: str, types: frozenset[str], lexicon: Lexicon) -> tuple[str, frozenset[str]] | None:
    """The class word nearest the negation in its sentence whose class, narrower than an organisation, the named
    entity is of (the relative clause's head), with its classes; None when none is."""
    sentence = before[max((e.end() for e in SENTENCE_END.finditer(before)), default=0):]
    heads = [(w, frozenset(lexicon.class_words[w])) for at, w in class_word_spans(sentence, lexicon)
             if not PARTNER_BEFORE.search(sentence[:at])]
    # (a kind narrower than an organisation: "企业的合作方不是大工" denies the partner role of the firms asked, no answer's identity)
    return next(((w, k) for w, k in reversed(heads) if ORGANIZATION not in k and _of(types, k, lexicon)), None)
