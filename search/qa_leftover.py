"""The closed-world check of leftover words: which words a reading left unplaced name nothing the question asks about.

A reading that finds nothing is read again without its residual topic (search.qa_readings), and that other reading
was kept only when its answer accounts for every residual word; a word it did not account for was taken as a topic
the graph does not hold, and the answer was a refusal ("the graph holds nothing on electric for Dalian Sanyou
Electrical Equipment", "… no firm partnering with Dalian Minzu University on student journalist"). A leftover word
asks about nothing, and so stands in no answer's way, when it is
- ``name``: a word of the name of an entity the question links, as the graph names it ("Sanyou Electric" is Dalian
  Sanyou Electrical Equipment; a Han word inside its Chinese name);
- ``frame``: a word of the asker's self-introduction that the frame reading kept because it names something
  ("Student journalist at dalian minzu daxue here.", "As a recruiter, …", "我是…的老师，"): who asks is no topic;
- ``function``: an English function word of the grammar, no noun: a preposition or pronoun the index's stop words
  lack ("between", "inside", "our"), or an adverb in -ly ("obviously", "newly"). (Chinese function words are the
  parser's own already; jieba's part-of-speech tags were tried and left out: its dictionary tags 本科 a pronoun.)
Every other leftover word — an attribute ("monthly pay", 董事长, 建筑面积), a relation the reading did not read
("who chaired", 出席), a name-shaped span — still empties the answer: the graph holds nothing on it.

Contract: ``Leftovers(labels).harmless(word, question, linked)`` gives the reason (``name``, ``frame``, ``function``)
``word`` (a content word of the residue, search.qa_coverage.content_words) asks about nothing in ``question`` (the
question as read) whose linked entities are the IRIs ``linked``, or None. Queries nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from graph.han import HAN as CJK
from search.lexical import s_stem

# English prepositions and pronouns the search index's stop words do not hold (a closed class of the grammar).
EN_FUNCTION_WORDS = frozenset((
    "above", "across", "after", "against", "along", "amid", "among", "amongst", "around", "before", "behind", "below",
    "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "inside", "into", "near", "off",
    "onto", "opposite", "outside", "over", "past", "per", "since", "through", "throughout", "till", "toward", "towards",
    "under", "underneath", "unlike", "until", "upon", "via", "within", "without",
    "this", "these", "those", "he", "him", "his", "she", "her", "hers", "we", "us", "our", "ours", "you", "your", "yours",
    "me", "my", "mine", "itself", "themselves"))
# An adverb in -ly; not after i, p or b, where nouns end so too (family, supply, assembly).
EN_ADVERB = re.compile(r"^[a-z]{3,}(?<![ipb])ly$")
# A self-introduction clause: "X here", "As a/an X", "I'm a X", "我是X", "作为X" (the asker's role, search.qa_frame).
SELF_INTRO = re.compile(r"^(?:as an?|i'?m an?|i am an?)\s.*|.*\bhere$|^(?:我是|作为|本人是).*", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[.;:!?。；：！？,，]\s*")
# A Latin word of a name matches a leftover word by their shared beginning of this many letters at least
# ("electric" in "Electrical"); shorter words only whole.
NAME_PREFIX = 5


class Leftovers:
    """Tells the leftover words that ask about nothing (see the module)."""

    def __init__(self, labels: Callable[[str], Iterable[str]]):
        """``labels``: an IRI's names (zh, en)."""
        self.labels = labels

    def harmless(self, word: str, question: str, linked: Iterable[str]) -> str | None:
        """Why ``word`` asks about nothing in ``question`` with the linked IRIs ``linked``, or None."""
        if _in_name(word, [n for iri in linked for n in self.labels(iri)]):
            return "name"
        if _in_self_introduction(word, question):
            return "frame"
        return "function" if _function_word(word) else None


def _in_name(word: str, names: list[str]) -> bool:
    """Whether ``word`` is a word of one of ``names``: a Han word inside the name, a Latin one as a word's beginning."""
    if CJK.search(word):
        return len(word) > 1 and any(word in name for name in names)
    stem = s_stem(word)
    words = {w for name in names for w in re.findall(r"[a-z]+", name.lower())}
    return any(w in (word, stem) or (len(stem) >= NAME_PREFIX and w.startswith(stem)) for w in words)


def _in_self_introduction(word: str, question: str) -> bool:
    """Whether ``word`` stands in a self-introducing clause of ``question``."""
    clauses = [c.strip() for c in CLAUSE_MARK.split(question.lower())]
    return any(SELF_INTRO.match(c) and word in re.findall(r"[a-z]+|[^\sa-z]+", c) for c in clauses if c) \
        or any(SELF_INTRO.match(c) and CJK.search(word) and word in c for c in clauses if c)


def _function_word(word: str) -> bool:
    """Whether ``word`` is an English function word (EN_FUNCTION_WORDS, EN_ADVERB)."""
    return word in EN_FUNCTION_WORDS or bool(EN_ADVERB.match(word))
