"""Kinds named together to DESCRIBE a thing, not asked for or counted: "the one with all the universities and tech
firms", "the deal with both universities and companies on it", "the one that has universities and companies",
"那个既有高校又有科技公司参与的项目", "高校跟企业都有份的那个", "有高校和企业一起参与的那个".

A run of two or more kinds joined side by side (a conjunction, 又有, 也有; a word narrowing the next kind may stand after
it: "tech firms", 科技公司) is a description when a describing word opens it ("with", "featuring", "involving", "that
has", "where", 既有) or, in Chinese, a clause of taking part closes it into a modifier (…都有份的, …参与的, …都有的).
Such kinds say which thing is meant: they narrow no answer class (search.understand.narrowed) and are not the kinds a
count adds up (search.qa_kinds_together); "高校和企业加起来有几家", "how many universities and companies … in total"
name the kinds counted and describe nothing.

Contract: ``described_kinds(text, lexicon)`` gives the (start, word) of the class words of ``text`` standing in such a
description, in order (empty when none does). ``CONJUNCTION`` is the text joining two kinds named together.
"""

from __future__ import annotations

import re

from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS

# The text between two kinds named together: a conjunction, an enumeration comma, or nothing (高校企业都算上).
CONJUNCTION = re.compile(r"\s*(?:和|与|及|以及|跟|同|加|加上|还有|连|带|、|,|，|/|&|\+|\band\b|\bplus\b|\bas well as\b|\bor\b|\bvs\b\.?|\bversus\b)"
                         r"\s*(?:\band\b\s*)?", re.IGNORECASE)
# Two kinds of one description: a conjunction or "又有" / "也有" (既有高校又有企业), then an article or "all" and a word
# narrowing the next kind ("and tech firms", 又有科技公司).
DESCRIBED_JOIN = re.compile(rf"(?:{CONJUNCTION.pattern}|\s*(?:又有|也有)\s*)(?:(?:the|all)\s+)?(?:[\u4e00-\u9fff]{{1,4}}|[a-z-]+\s+)?",
                            re.IGNORECASE)
# A describing word opening the run: "with (all|both) the", "that has", "featuring", 既有.
OPENS = re.compile(r"(?:\b(?:with|featuring|involving|where|(?:that|which)\s+(?:has|have|had|includes?))\s+(?:all\s+|both\s+)?"
                   r"(?:(?:the|those|its|their|some)\s+)?(?:(?!which\b|what\b|whose\b|how\b)[a-z-]+\s+)?|既有|既是)$", re.IGNORECASE)
# A clause of taking part closing the run into a modifier: "…都有份的", "…一起参与的", "…都有的".
CLOSES = re.compile(r"\s*(?:都|也|一起|共同|一块儿?)?(?:有份|有|在|参与|参加|加入|出力)[了过]?的")


def described_kinds(text: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """The class words of ``text`` in a run of joined kinds that describes a thing (see the module), in order."""
    runs: list[list[tuple[int, str]]] = []
    for at, word in class_word_spans(text, lexicon):
        if word in RELATION_WORDS:
            continue
        if runs and DESCRIBED_JOIN.fullmatch(text, runs[-1][-1][0] + len(runs[-1][-1][1]), at):
            runs[-1].append((at, word))
        else:
            runs.append([(at, word)])
    return [kind for run in runs if len(run) >= 2 and (OPENS.search(text, 0, run[0][0])
                                                       or CLOSES.match(text, run[-1][0] + len(run[-1][1])))
            for kind in run]
