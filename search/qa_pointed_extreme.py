"""The one at an extreme of a set named before it, pointed at: "签约项目里参与方最多的那一个，一共拉了几家单位",
"among the signed projects, the one with the most parties: how many organisations does it involve?".

The set is named by a class word closing the phrase before 里/中/当中 ("签约项目里"), or after "among (the)"; the
superlative phrase after it ends on a pointer (那一个, 那个, 那项; "the one with …"), which stands for one of that set.
Said as the superlative of the set itself ("参与方最多的签约项目", "the signed projects with the most parties"), the
parse ranks the set's members, not the kind a later count word names ("几家单位": the parties of the one ranked).

Contract: ``extreme_pointed(text, lexicon)`` gives ``text`` so rewritten, or ``text`` unchanged when no class word
names the set right before its in-word, or no superlative phrase ending on a pointer follows it. Queries nothing.
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.qa_cues import FEWEST_WORDS, LARGEST_WORDS, MOST_WORDS, SMALLEST_WORDS
from search.understand_lexicon import Lexicon, class_word_spans

_ZH_EXTREMES = "|".join(w for w in (*MOST_WORDS, *FEWEST_WORDS) if HAN.search(w))
# (one English word each: "with the most parties", "having the largest lineup")
_EN_EXTREMES = "|".join(sorted({w for w in (*LARGEST_WORDS, *SMALLEST_WORDS) if w.isascii() and w.isalpha()}))
# "里参与方最多的那一个": the in-word after the set, the superlative phrase (no clause break) and the pointer.
ZH_POINTED = re.compile(rf"(?:里头|里面|里边|当中|之中|里|中)\s*(?P<phrase>[^,，。;；?？!！]{{1,16}}?(?:{_ZH_EXTREMES})的)"
                        r"\s*(?:那|这)一?[个项家所]")
# "among the signed projects, the one with the most parties"
EN_POINTED = re.compile(rf"\bamong\s+(?:the\s+|all\s+(?:the\s+)?)?(?P<set>[^,;:?]{{1,40}}?)\s*[,:]?\s*the\s+one\s+"
                        rf"(?P<phrase>(?:with|that\s+has|having)\s+the\s+(?:{_EN_EXTREMES})\s+[a-z-]+)", re.IGNORECASE)


def extreme_pointed(text: str, lexicon: Lexicon) -> str:
    """``text`` with the one at an extreme of a set, pointed at after the set's in-word, said as that set's
    superlative; unchanged when the set or the pointer is not so said."""
    return _zh(text, lexicon) or _en(text, lexicon) or text


def _zh(text: str, lexicon: Lexicon) -> str | None:
    for m in ZH_POINTED.finditer(text):
        word = next((w for at, w in class_word_spans(text, lexicon) if at + len(w) == m.start()), None)
        if word is not None:
            start = m.start() - len(word)
            return text[:start] + m.group("phrase") + word + text[m.end():]
    return None


def _en(text: str, lexicon: Lexicon) -> str | None:
    m = EN_POINTED.search(text)
    if m is None or not any(at + len(w) == m.end("set") for at, w in class_word_spans(text, lexicon)):
        return None
    return text[:m.start()] + f"the {m.group('set')} {m.group('phrase')}" + text[m.end():]
