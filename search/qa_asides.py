"""Asides that tell a name apart from a like-named one: "Dalian University (not DUT)", "大连大学（不是大连理工大学）",
"Dalian University itself (not Dalian University of Technology)". The aside negates nothing the question asks:
it says which of two similar names is meant, so it is dropped before the question is read again (else a count
of the one's projects becomes the one's minus the other's).

Contract: ``without_asides(text, u)`` gives ``text`` with each parenthesised aside removed whose words are a
negation word and one name the parse linked, standing right after another linked name; ``text`` unchanged
when there is none.
"""

from __future__ import annotations

import re

from search.understand import Understanding

# "(not X)", "（不是X）", "(i.e. not X)", "（而非X）": the aside's negation word and what it names.
ASIDE = re.compile(r"\s*[（(]\s*(?:i\.e\.,?\s*)?(?:not|rather than|不是|并非|而非|非|不是指)\s*(?:the\s+)?([^()（）]+?)\s*[)）]",
                   re.IGNORECASE)
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
