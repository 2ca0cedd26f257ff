"""Asides that tell a name apart from a like-named one: "Dalian University (not DUT)", "大连大学（不是大连理工大学）",
"Dalian University itself (not Dalian University of Technology)". The aside negates nothing the question asks:
it says which of two similar names is meant, so it is dropped before the question is read again (else a count
of the one's projects becomes the one's minus the other's). A name in brackets right after a short form the parse
did not link glosses it: "交大和大大(大连大学)比一比", "Dagong (Dalian University of Technology) vs Minzu": the short form
is the name, so the name stands in its place (else the short form is left over as a topic the graph does not
hold). A short form glossed so is written with the name's own letters: Chinese characters in the name's order
(大大 of 大连大学), an English word opening as the name does; a word of the question before a bracketed name,
"the campus (DUT)", is none.

Contract: ``without_asides(text, u)`` gives ``text`` with each parenthesised aside removed whose words are a
negation word and one name the parse linked, standing right after another linked name; ``text`` unchanged
when there is none. ``glossed(text, u)`` gives ``text`` with each unlinked short form and the bracketed linked name
after it written as the name alone, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.name_table import is_subsequence
from search.understand import Understanding

# "(not X)", "（不是X）", "(i.e. not X)", "（而非X）": the aside's negation word and what it names.
ASIDE = re.compile(r"\s*[（(]\s*(?:i\.e\.,?\s*)?(?:not|rather than|不是|并非|而非|非|不是指)\s*(?:the\s+)?([^()（）]+?)\s*[)）]",
                   re.IGNORECASE)
# A name in brackets, glossing the short form written right before it ("大大(大连大学)", "dagong (dalian university)").
GLOSS = re.compile(r"\s*[（(]\s*([^()（）]+?)\s*[)）]")
# The short form before it: a run of Chinese characters, or one English word.
SHORT_ZH = re.compile(r"[\u4e00-\u9fff]{2,}$")
SHORT_EN = re.compile(r"(?<![a-z&])[a-z]{2,}$")
# What may stand between the name meant and its aside: "Dalian University itself (not …)".
BETWEEN = re.compile(r"\s*(?:itself|herself|himself|本身|自己)?\s*$", re.IGNORECASE)


def without_asides(text: str, u: Understanding) -> str:
    """``text`` without the asides naming a linked name other than the one right before them."""
    names = sorted({m.text for m in u.mentions if m.text}, key=len, reverse=True)
    out, at = [], 0
    for m in ASIDE.finditer(text):
        before = BETWEEN.sub("", text[:m.start()])
        meant = next((n for n in names if before.endswith(n)), None)
        if meant is None or m.group(1) not in names or m.group(1) == meant:
            continue
        out.append(text[at:m.start()])
        at = m.end()
    return "".join(out) + text[at:] if out else text


def glossed(text: str, u: Understanding) -> str:
    """``text`` with each short form the parse did not link, glossed by a linked name in brackets right after it,
    written as that name (see the module)."""
    names = {m.text for m in u.mentions if m.text}
    ends = {text.find(n) + len(n) for n in names if text.find(n) >= 0}
    out, at = [], 0
    for m in GLOSS.finditer(text):
        short = _short_form(text[at:m.start()], m.group(1), max((e - at for e in ends if at <= e <= m.start()), default=0))
        if m.group(1) not in names or not short:
            continue
        out.append(text[at:m.start() - len(short)] + m.group(1))
        at = m.end()
    return "".join(out) + text[at:] if out else text


def _short_form(before: str, name: str, linked_end: int) -> str:
    """The end of ``before`` (past its linked names, which end by ``linked_end``) that writes ``name`` short: its
    longest run of Chinese characters in the name's order, or the English word opening as the name does; ''."""
    free = before[linked_end:]
    if HAN.search(name):
        run = SHORT_ZH.search(free)
        return next((run.group()[i:] for i in range(len(run.group()) - 1) if is_subsequence(run.group()[i:], name)), "") if run else ""
    word = SHORT_EN.search(free)
    return word.group() if word and name[:1] == word.group()[:1] and word.group() != name else ""
