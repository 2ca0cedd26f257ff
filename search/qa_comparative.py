"""A comparison of two named things said with a verb of winning: "does DVTC beat DUT by count of agreements, or the
other way round?", "is Dalian University ahead of Dalian Maritime University in deals?", "交大的签约项目超过民大了吗",
"民大勝過交大嗎". Beating, topping, outnumbering, being ahead of, exceeding B is having more than B: the question is
said so ("have more than", "比B多"), the form the comparison operator reads (search.qa_operators.compare, a verdict
when it asks yes or no). "Or the other way round", "还是反过来" restate the comparison the other way: the reading
asks which of the two, and the words go.

Only between two names the question links, the verb right after the first's clause and the second named right
after it: "DUT tops the table" (no second name) is a first place (search.qa_rank_premise), "which company beat the
others" no comparison of two.

A word saying which kind of thing a compared one is ("本科的大工对上高职的大连职院", "the undergraduate DUT") describes it, not
what is counted: a word of the labels of the named things' own classes is no topic left over (``kind_words``).

Contract: ``comparative(text, u)`` gives ``text`` (normalised, parsed as ``u``) with a verb of winning between two
linked names said as "more than" and the other-way-round tail dropped, or ``text`` unchanged. Queries nothing.
``kind_words(words, u, classes)`` gives those of ``words`` written in a label of a class of a thing ``u`` names.
"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.han import HAN
from search.auxiliaries import BE
from search.documents import Names
from search.text import normalize
from search.understand import Understanding

# Winning over B said as a verb (English: the verb before B; "does A beat B" → "does A have more than B").
WIN_EN = re.compile(r"\b(?:beats?|beaten|beating|tops|topped|outdo(?:es)?|outdid|outnumbers?|outnumbered|surpass(?:es|ed)?"
                    rf"|exceeds?|exceeded|outranks?|outranked|outscores?|edges? out|(?:{BE})\s+ahead\s+of|ahead\s+of"
                    r"|(?:is|are)\s+out\s*doing)\s+$")
WIN_ZH = re.compile(r"(?:超过|超出|胜过|赢过|压过|多于|领先于|领先|强过|盖过|超越)了?\s*$")
# The comparison restated the other way: the two are asked about, which has more.
OTHER_WAY = re.compile(r"[,，]?\s*(?:or\s+)?(?:the\s+other\s+way\s+(?:round|around)|vice\s+versa)|[,，]?\s*(?:还是|或者)?(?:反过来|倒过来)(?:呢)?")


def comparative(text: str, u: Understanding) -> str:
    """``text`` with "A beats B" said as "A has more than B" (see the module), or unchanged."""
    names = sorted({text.find(m.text): m.text for m in u.mentions if text.find(m.text) >= 0}.items())
    for (_, first), (at, second) in pairwise(names):
        before = text[:at]
        en = WIN_EN.search(before)
        if en is not None and first in text[: en.start()]:
            said = before[: en.start()] + ("has more than " if en.group().startswith(("is", "are", "was", "were")) else "have more than ")
            return OTHER_WAY.sub("", said + text[at:])
        zh = WIN_ZH.search(before)
        if zh is not None and first in text[: zh.start()]:
            end = at + len(second)
            tail = text[end:]
            return OTHER_WAY.sub("", before[: zh.start()] + "比" + second + "多" + tail)
    return text


def kind_words(words: list[str], u: Understanding, classes: dict[str, Names]) -> set[str]:
    """Those of ``words`` written in a label or alias of a class of an entity ``u`` names (``classes``: the
    catalogue's class names): "本科" of 本科高校, the class of 大连理工大学."""
    labels = {normalize(n) for m in u.mentions for c in m.doc.types if c in classes
              for n in classes[c].values}
    return {w for w in words if any(w in label if HAN.search(w) else w in label.split() for label in labels)}
