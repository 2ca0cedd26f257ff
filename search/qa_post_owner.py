"""The owner a post is asked of, and whether it holds one: a title asked of one thing is never answered by a
holder of that title at another.

A title is asked of what stands right before it in Chinese ("大连理工那边的党委书记", "乡村振兴产业学院的院长",
"大连理工，党委书记是谁"), of what follows its "of" or stands before its "'s" in English ("the principal of the
kindergarten that …", "Dalian University's president"), and, when the question asks for a person by the post alone
and names the kind of organisation it is asked of ("跟大职院一起建托幼基地的幼儿园，校长是谁", "the principal of
DVTC's partner kindergarten"), of an organisation of that kind. The owner may be named in passing beside another
organisation that holds the title ("杨跃权是大连职院的书记，那大连理工的党委书记叫什么"); only the owner's posts answer.
An owner holding no such post, or a cooperation (no one holds a post at a project), leaves the answer empty, as a
title nobody holds does (FactFinder.unheld_title). A clause naming a person puts a claim about their post, left to
the claims' readings ("杨跃权是大连理工的校长吗").

Contract: ``unowned_title(u, facts)`` is the title asked of an owner holding none, or None; the plan stage
(search.qa_compose) answers nobody then.
"""

from __future__ import annotations

import re

from search.qa_facts import TITLE, FactFinder, title_among
from graph.han import HAN as CJK
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON
from search.text import normalize
from search.understand import Understanding

# Where a clause ends: a post is asked of what its own clause (or the one right before, when it opens it) names.
CLAUSE_MARK = re.compile(r"[，,。；;：:？?！!]")
# What may stand between an owner and its post in Chinese: a side word and the possessive ("大连理工那边的", "校方的").
ZH_LINK = re.compile(r"(?:那边|这边|那头|方面|那里|那儿|这里)?的?\s*$")
# An English owner: after the title's "of" up to the end of its noun phrase, or before its "'s".
EN_OF = re.compile(r"\s+of\s+")
EN_PHRASE_END = re.compile(r"\b(?:that|which|who|whose|with|in|at|on|for|and|to|from)\b|[,?;:!]|\.(?!\w)")
EN_POSSESSIVE = re.compile(r"(?:['’]s?)?\s*$")
# The kinds of thing a post can be asked of: an organisation, or a cooperation (where no one holds a post).
OWNER_KINDS = (ORGANIZATION, COOPERATION)


def unowned_title(u: Understanding, facts: FactFinder) -> str | None:
    """The title the question asks of an owner that holds no such post (the module); None when every title asked
    is held by its owner, or its owner is not said."""
    for m in TITLE.finditer(u.question):
        start, end = _clause(u.question, m.start(), m.end())
        if any(PERSON in p.doc.types and start <= u.start(p) < end for p in u.mentions):
            continue  # a claim about a named person's post
        owners = _owners(u, facts, m, start, end)
        if owners is not None and not title_among(m.group(0), [t for _, _, org, t in facts.positions if org in owners]):
            return m.group(0).strip()
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding ``text[start:end]``."""
    before = [c.end() for c in CLAUSE_MARK.finditer(text, 0, start)]
    after = CLAUSE_MARK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _owners(u: Understanding, facts: FactFinder, title: re.Match, start: int, end: int) -> set[str] | None:
    """The organisations the title is asked of: the one named, none for a cooperation, those of a kind named; None
    when the question says no owner."""
    if u.lang != "zh":
        of = EN_OF.match(u.question, title.end())
        if of is None:
            return _said_before(u, facts, EN_POSSESSIVE.sub("", u.question[start:title.start()]), start)
        phrase_end = EN_PHRASE_END.search(u.question, of.end(), end)
        phrase = u.question[of.end():phrase_end.start() if phrase_end else end].rstrip()
        # the head of an English phrase is its last noun: "Dalian Vocational's partner kindergarten"
        return next((found for cut in range(len(phrase), 0, -1)
                     if (found := _said_before(u, facts, phrase[:cut], of.end())) is not None), None)
    before = ZH_LINK.sub("", u.question[start:title.start()])
    if before.strip() or start == 0:
        return _said_before(u, facts, before, start)
    previous = _clause(u.question, start - 1, start - 1)[0]  # "大连理工，党委书记是谁": the clause before says it
    return _said_before(u, facts, ZH_LINK.sub("", u.question[previous:start - 1]), previous)


def _said_before(u: Understanding, facts: FactFinder, text: str, offset: int) -> set[str] | None:
    """The organisations named right at the end of ``text`` (which starts at ``offset`` in the question): an
    organisation's mention, a cooperation's (no organisation), or a kind of organisation's word; None when none is."""
    text = text.rstrip()
    end = offset + len(text)
    for m in u.mentions:
        if u.start(m) >= 0 and u.start(m) + len(m.text) == end and any(k in m.doc.types for k in OWNER_KINDS):
            return {m.doc.iri} if ORGANIZATION in m.doc.types else set()
    kinds = {c for c, names in facts.catalogue.classes.items() if facts.of_class({c}, ORGANIZATION)
             and any(_ends_with(text, normalize(n)) for n in names.values)}
    if not kinds:
        return None
    ancestors = facts.catalogue.ancestors
    return {org for _, _, org, _ in facts.positions
            if kinds & {c for t in facts.typed.get(org, ()) for c in (t, *ancestors.get(t, ()))}}


def _ends_with(text: str, word: str) -> bool:
    """Whether ``text`` ends with ``word``, a whole word when it is Latin."""
    return bool(word) and text.endswith(word) and (CJK.match(word) is not None or not text[:-len(word)][-1:].isalnum())
