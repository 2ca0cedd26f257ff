"""A heading a stranger puts before a question: "For my notes: which companies …", "Background for my slides, how
many …", "做笔记用：大连交通大学和哪些企业签了约？". It labels the question and asks nothing, so it is dropped before
the question is read again (else its words narrow the topic, and the graph "holds nothing on my notes").

A heading is the words opening the question up to a colon (in English a comma or a dash too, which the standard
wording reads as a comma) when they ask nothing themselves ("Which came first: …") and the rest asks (an English question word opens it, or a question mark ends it)
and the heading says nothing the graph or the reading could use: no name or word the reading linked, no digit,
no word of the graph's or the reading's ("Hydrogen: which firms …", "Among universities, …", "In 2021, …" keep
theirs), and no word that may be a name: in English every word of it is a common word ("tencent: which schools
…" keeps it, to be refused), in Chinese no word is tagged or shaped as a name.

Contract: ``Headings(plain, zh_plain, zh_names).without(text, u)`` gives ``text`` (the normalised question,
parsed as ``u``) without its heading, or ``text`` unchanged when it has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.han import HAN, HAN_RUN
from search.auxiliaries import AUXILIARIES, MODALS
from search.qa_name_shape import common_word
from search.scope_words import CONTENT_TAGS, EN_FUNCTION, EN_MODIFIERS
from search.qa_spans import tagged_words
from search.text import LATIN_WORD
from search.understand import Understanding

# The heading and the mark ending it: in English a colon or a comma (a spaced dash reads as one:
# search.wording.SPACED_DASH), in Chinese a colon (a comma there joins clauses of the question).
EN_HEADING = re.compile(r"^(?P<head>[^:,;?!.]{2,60}?)\s*[:,]\s*(?P<rest>\S.*)$")
ZH_HEADING = re.compile(r"^(?P<head>[^:：,，;；?？!！。]{2,20}?)\s*[:：]\s*(?P<rest>\S.*)$")
# What opens an asking clause in English.
ASKING = re.compile(rf"^(?:which|what|who|whom|whose|how|when|where|why|{AUXILIARIES}|{MODALS}|list|name|tell|give|show|please)\b")
# The question words of Chinese; 么 asks as a particle ("是么") or in 什么, 怎么, never in 这么, 那么 (degree: "是这么写的",
# "那么多项目"), 要么 (either) or 多么 (how very).
ZH_ASKING = re.compile(r"[哪谁几吗]|(?<![这那要多])么|什么|多少|是否|有没有")
# The tagger's tags of a name, which a heading never holds.
NAME_TAGS = frozenset({"ORG", "PER", "LOC", "nr", "ns", "nt", "nz"})


class Headings:
    """Headings of questions (see the module)."""

    def __init__(self, plain: Callable[[str], bool], zh_plain: Callable[[str], bool],
                 zh_names: Callable[[str], list[str]]):
        """``plain``: whether a lower-case word is a word of the graph's names or of the reading's
        (search.qa_scope.Scope.plain); ``zh_plain``: the same for a Chinese word; ``zh_names``: the name-like
        spans of a Chinese text the graph does not hold (search.qa_scope.Scope.unknown_names)."""
        self.plain, self.zh_plain, self.zh_names = plain, zh_plain, zh_names

    def without(self, text: str, u: Understanding) -> str:
        """``text`` without its heading (see the module)."""
        zh = bool(HAN.search(text))
        m = (ZH_HEADING if zh else EN_HEADING).match(text)
        if m is None or u.question != text or not (m["rest"].rstrip().endswith(("?", "？")) or ASKING.match(m["rest"])):
            return text
        head = m["head"]
        if ASKING.match(head) or ZH_ASKING.search(head):
            return text  # "Which came first: A or B?": the words before the colon ask
        if any(c.isdigit() for c in head) or u.blanked[:m.end("head")] != u.question[:m.end("head")]:
            return text  # a year, a figure or a name the reading linked is part of what is asked
        return m["rest"] if (self._zh_heading(head) if zh else self._en_heading(head)) else text

    def common_words(self, text: str) -> bool:
        """Whether an English text's words are all common words, none the graph's or the reading's (as a heading's)."""
        return self._en_heading(text)

    def _en_heading(self, head: str) -> bool:
        """Whether an English heading's words are all common words, none the graph's or the reading's."""
        if HAN.search(head):
            return False
        content = [w for w in LATIN_WORD.findall(head) if w not in EN_FUNCTION and w not in EN_MODIFIERS]
        return bool(content) and not any(self.plain(w) or not common_word(w) for w in content)

    def _zh_heading(self, head: str) -> bool:
        """Whether a Chinese heading holds words, none a name, a word of a name the graph holds or the reading's."""
        if LATIN_WORD.search(head) or self.zh_names(head):
            return False
        tagged = tagged_words(head)
        content = [w for w, tag, _ in tagged if tag in CONTENT_TAGS and HAN_RUN.fullmatch(w)]
        return bool(content) and not any(tag in NAME_TAGS for _, tag, _ in tagged) \
            and not any(self.zh_plain(w) for w in content)
