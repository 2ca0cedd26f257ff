"""The asks inside one clause of a question: two things asked side by side, each an ask of its own.

A clause may ask for two things at once: two kinds joined ("高低压电器那个基地，企业方和大学方的全称", "which company
and which university built it", "the kindergarten and the college behind it") or two asks joined by a 顿号 ("是谁建的、
投了多少钱", "在哪儿上班、是个啥职务"). Read whole, such a clause is answered on one of its asks (the last kind, often)
and the answer is confident and incomplete. The asks found here are handed to search.qa_later_asks, which answers each
alone and joins those the whole reading left unanswered (its honesty rules hold: a whole refused for a name outside the
graph stays refused, a question the whole leaves empty is answered only when every ask is).

- ``clauses(text)``: the clauses of search.qa_conjoined.cut, each further cut at a 、 with a question word on both
  sides (a list of names before one question word, "大工、交大哪个多", has none on its left and stays whole).
- ``KindPairs(kinds)(clause, u)``: the clause asked once per kind when it joins two different kinds of the graph's
  (class words, names blanked) by 和/与/及/、/and/plus/as well as, each kind kept with the words around the pair
  ("企业方的全称", "大学方的全称"; "which company …", "which university …"); the clause alone otherwise, and when it
  asks their total ("加起来", "in total": search.qa_kind_total.TOTAL_ASKED), which the two kinds make together.
"""

from __future__ import annotations

import re
from itertools import pairwise
from search.qa_chain import ASKING
from search.qa_conjoined import cut
from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_kind_total import TOTAL_ASKED
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# A 、 between two asks: "是谁建的、投了多少钱".
ENUMERATION_COMMA = "、"
# The words joining two kinds asked side by side, with what may stand between them: a 方 closing the first
# ("企业方和大学方"), an article or a which-word opening the second ("the company and the university", "哪家企业和
# 哪所学校", "which firm and which college").
PAIR_JOIN = re.compile(r"^方?\s*(?:和|与|與|及|跟|、|\band\b|\bplus\b|\bas\s+well\s+as\b)\s*"
                       r"(?:(?:the|its|their|which)\s+|哪[一]?[个個家所位间間]?)?$", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` (search.qa_conjoined.cut), each cut again at a 、 standing between two asks."""
    return [ask for clause in cut(text) for ask in _enumerated(clause)]


def _enumerated(clause: str) -> list[str]:
    """``clause`` cut at each 、 with a question word on both sides of it (within the clause)."""
    parts, start = [], 0
    for at in (m.start() for m in re.finditer(ENUMERATION_COMMA, clause)):
        if ASKING.search(clause[start:at]) and ASKING.search(clause[at + 1:]):
            parts.append(clause[start:at].strip())
            start = at + 1
    return [*parts, clause[start:].strip()]


# Class words naming every organisation or every cooperation ("单位", "项目", "partners"): no kind of one.
GENERIC = frozenset({ORGANIZATION, COOPERATION, PROJECT})


class KindPairs:
    """A clause asked once per kind of a pair it joins (over the lexicon's class words and the catalogue ``facts``
    reads)."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder):
        self.lexicon, self.facts = lexicon, facts

    def kinds(self, text: str) -> list[tuple[int, str, frozenset[str]]]:
        """The (start, word, classes) of the kinds of organisation or cooperation ``text`` names by class words, in order
        (none naming every organisation or every cooperation)."""
        found = [(at, word, frozenset(self.lexicon.class_words[word])) for at, word in class_word_spans(text, self.lexicon)]
        return [(at, word, classes) for at, word, classes in found if not classes <= GENERIC
                and (self.facts.of_class(classes, ORGANIZATION) or self.facts.of_class(classes, COOPERATION))]

    def __call__(self, clause: str, u: Understanding) -> list[str]:
        """``clause`` (parsed as ``u``, whose ``question`` and ``blanked`` it is read off) once per kind of the first
        pair of different kinds it joins, one of which its reading asks for (``u.answer_classes``); ``[clause]`` when
        it joins none or asks their total."""
        if TOTAL_ASKED.search(u.question):
            return [clause]
        found, asked = self.kinds(u.blanked), frozenset(u.answer_classes)
        for (a, first, one), (b, second, other) in pairwise(found):
            # (a pair is asked when the clause's reading asks one of its kinds: "中职和高职打通…带多少学生" asks neither)
            if one != other and asked in (one, other) and PAIR_JOIN.match(u.blanked[a + len(first):b]):
                text = u.question
                return [text[:a + len(first)] + text[b + len(second):], text[:a] + text[b:]]
        return [clause]
