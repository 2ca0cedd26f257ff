"""What two or more named things are compared by, read off the comparison itself (search.qa_operators.compare).

A question comparing named organisations says more than its comparison: the asker's story ("My niece is choosing
between A and B;", "我侄女在交大，同学在民大，她们打赌…"), a word before it ("同事觉得民大是签约大户"), a remark after it
("…, or is it even?"). Only the comparison's measure says what is counted; a word there the graph holds nowhere ("谁的
学生更多", "more research funding", "more projects about drones") is a measure the graph lacks, and the comparison
refuses, as it does when the measure is a sum of money ("谁的经费多", "invested more money": no count of projects is
one; the comparison of figures is search.qa_figure_compare's). A comparison stating no measure ("who shows up more often", "谁签得多", "出场更多") counts the named things'
signed projects, as one stating projects does.

The measure is read by the comparison's shape in each language:
- English: the noun phrase after the comparative ("more students", "a larger number of the fresh agreements": the
  words up to a preposition, a conjunction or a mark; "number of the" and determiners skipped), with a topic narrowing
  it right after ("projects about drones"), and the noun of "whose X is larger";
- Chinese: in each clause holding a comparative (更多, 较少, 多, 少, 领先 …), the words after the last name it holds, or
  the whole clause when it holds none ("交大和民大，谁的学生更多": 的学生; "俩人争谁的学校在这批签约里出场更多").
A question where no comparative is read keeps every word as a possible measure (as before this module).

A kind word right after a which- or whose-word, or naming the compared as a pair ("the two big academic signatories,
A versus B", "这两所学校"), that every compared thing is an instance of names the compared things, not their partners:
"谁的学校出场更多", "which campus is on more projects" count the schools' projects (``own_kind``).

Contract: ``measure_words(words, question, names)`` gives those of ``words`` (in their order) standing in the measure
of the comparison in ``question`` (normalised) naming ``names``; ``amount_measured(question, names)`` the word
saying that measure is a sum of money, or None (AMOUNT_WORDS: "谁的经费多", "more funding"); ``own_kind(text, at)`` tells whether the class word
at ``at`` of ``text`` stands right after a which- or whose-word. Pure functions over text; query nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from graph.han import HAN
from search.qa_breaks import CLAUSE_MARKS, DASH
from search.qa_cues import AMOUNT_WORDS

# The comparatives of a comparison; its superlatives, read where it has no comparative (among the named: "which of A
# and B has the most"; beside one, a superlative describes: "of the two most frequent partners, … whose name is on more")
EN_COMPARATIVE = re.compile(r"\b(?:more|fewer|less|larger|bigger|greater|higher|lower|smaller)\b")
EN_SUPERLATIVE = re.compile(r"\b(?:most|fewest|least|largest|biggest|greatest|highest|lowest|smallest)\b")
# Words between the comparative and its noun that are no measure ("a larger number of the", "more of these").
EN_SKIPPED = frozenset({"number", "numbers", "count", "share", "amount", "total", "of", "the", "a", "an", "these", "those",
                        "this", "that", "its", "their", "his", "her", "such"})
# Words closing the measure's noun phrase: prepositions, conjunctions, a comparison's own words.
EN_CLOSING = frozenset({"in", "on", "at", "of", "for", "to", "from", "with", "among", "amongst", "by", "than", "or", "and",
                        "but", "over", "across", "during", "within", "into", "onto", "under", "between", "about", "is",
                        "are", "was", "were", "overall", "so", "far", "involving", "concerning", "regarding", "around",
                        "covering", "related", "then", "now", "often", "times", "frequently"})
# A topic narrowing the measure right after it ("projects about drones", "deals involving hydrogen").
EN_NARROWING = frozenset({"about", "on", "involving", "concerning", "regarding", "around", "covering", "related"})
EN_NARROWED = 4  # at most so many words of the narrowing topic
# "whose budget is larger": the noun between whose and the copula before the comparative
EN_WHOSE = re.compile(rf"\bwhose\s+((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+(?:is|are|was|were)\s+(?=(?:{EN_COMPARATIVE.pattern}|{EN_SUPERLATIVE.pattern}))")
EN_WORD = re.compile(r"[\w'’-]+|[^\w\s'’-]")
# A Chinese comparative (多少 asks a figure: no comparison; 最多 among the named is one).
ZH_COMPARATIVE = re.compile(r"(?:更|较|还|最)(?:多|少|高|低|大|小)|多(?!少)|(?<!多)少|领先|占上风|胜出|占优")
CLAUSE = re.compile(rf"[{CLAUSE_MARKS}]|{DASH}")
# The words a kind is asked by among the compared: "谁的学校", "哪所学校", "which campus", "whose school"; or the
# compared said as a pair of that kind ("the two big academic signatories", "both schools", "这两所学校").
OWN_KIND_ASKED = re.compile(r"(?:谁的|哪一?[家所个位]?|\bwhich\s+|\bwhose\s+|\b(?:the|these|those)\s+two\s+(?:[a-z-]+\s+){0,3}"
                            r"|\bboth\s+(?:[a-z-]+\s+){0,2}|两[家所个位])$")


def measure_words(words: Iterable[str], question: str, names: Sequence[str]) -> list[str]:
    """Those of ``words`` standing in the measure of the comparison ``question`` asks (see the module); every one
    when no comparative is read."""
    words = list(words)
    spans = _zh_spans(question, names) if HAN.search(question) else _en_spans(question)
    if spans is None:
        return words
    return [w for w in words if any(_holds(span, w) for span in spans)]


def amount_measured(question: str, names: Sequence[str]) -> str | None:
    """The word of a sum of money the measure of the comparison ``question`` asks is said by ("谁的经费多", "more
    funding", "invested more money"), or None: no count of projects answers it."""
    spans = (_zh_spans(question, names) if HAN.search(question) else _en_spans(question)) or []
    return next((word for span in spans for word in AMOUNT_WORDS if _holds(span, word)), None)


def own_kind(text: str, at: int) -> bool:
    """Whether the class word at ``at`` of ``text`` is asked by a which- or whose-word right before it, or names the
    compared as a pair ("the two signatories", "两所学校")."""
    return OWN_KIND_ASKED.search(text[:at]) is not None


def _zh_spans(question: str, names: Sequence[str]) -> list[str] | None:
    """Per clause holding a comparative, its words after the last name it holds (all of it without one)."""
    clauses = [c for c in CLAUSE.split(question) if c and ZH_COMPARATIVE.search(c)]
    if not clauses:
        return None
    return [clause[max((clause.rfind(n) + len(n) for n in names if n and n in clause), default=0):] for clause in clauses]


def _en_spans(question: str) -> list[str] | None:
    """The noun phrase after each comparative, with a topic narrowing it, and the noun of "whose X is larger"."""
    text = question.lower()
    cues = list(EN_COMPARATIVE.finditer(text)) or list(EN_SUPERLATIVE.finditer(text))
    if not cues:
        return None
    spans = [m.group(1) for m in EN_WHOSE.finditer(text)]
    for cue in cues:
        tokens = EN_WORD.findall(text[cue.end():])
        at = 0
        while at < len(tokens) and tokens[at] in EN_SKIPPED:
            at += 1
        phrase = []
        while at < len(tokens) and tokens[at][0].isalnum() and tokens[at] not in EN_CLOSING:
            phrase.append(tokens[at])
            at += 1
        if phrase and at < len(tokens) and tokens[at] in EN_NARROWING:
            narrowing = tokens[at + 1: at + 1 + EN_NARROWED]
            phrase += narrowing[: next((i for i, t in enumerate(narrowing) if not t[0].isalnum()), len(narrowing))]
        spans.append(" ".join(phrase))
    return spans


def _holds(span: str, word: str) -> bool:
    """Whether ``span`` holds ``word`` (a Han word anywhere, a Latin word as a whole word)."""
    if HAN.search(word):
        return word in span
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", span) is not None
