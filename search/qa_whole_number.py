"""A whole named by its number alone: "母校在这16个里头占了几个", "in how many of the sixteen is it a signatory".

A question counting a share of a whole often leaves out the whole's noun and names it by its size ("这16个里", "of the
sixteen", "among the 16"). The graph tells which whole that is when exactly one of its classes has that many instances
(the 16 signed projects); the rewrite writes the class word after the number ("这16个项目里", "of the sixteen
projects"), so that the count reads what is counted as it does when the noun is said. Several classes of that size
(six base projects and six people), or none, leave the question alone: a number the graph holds no whole of stays a
number of the question's own, and so does a number no larger than the count of things the question names ("大连大学、
民大、交大这三所里": those three).

Contract: ``WholesByNumber(lexicon, graph).named(text, u)`` is a rewrite of the answerer's table (search.qa_rewrites.steps):
``text`` as written, or with the one class word inserted; the table of sizes is made once, at start.
"""

from __future__ import annotations

import re

from graph.han import HAN as CJK
from search.auxiliaries import AUXILIARIES, MODALS
from search.qa_graph import Participation
from search.qa_values import EN_NUMBERS, number_value
from search.understand import Understanding
from search.understand_lexicon import Lexicon

_EN_NUMBER = "|".join(EN_NUMBERS)
# "这16个里头", "那十六项当中", "16个里面": a number and a measure word, no noun, then where among them.
ZH_WHOLE = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十百]+)\s*(?P<mw>[个家所项份]?)(?=\s*(?:里头|里面|里边|之中|当中|中间|之内|里"
                      # (a bare 中 or 内 only where it closes the phrase: "17所中高等院校" names its noun)
                      r"|[中内](?:$|[\s,，、。？?！!]|[有哪谁占是参共签的只仅就属算几多]))(?!\s*[个家所项份]))")
# "of the sixteen", "among the 16", "out of all 16": a number where a noun would follow, a verb, a pronoun or the
# clause's end after it ("of the sixteen is it", "of the 16 did DUT").
EN_WHOLE = re.compile(rf"\b(?:of|among|amongst|out\s+of|from|across)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:all\s+)?"
                      rf"(?P<n>\d+|{_EN_NUMBER})\b(?=\s*(?:[?,.;:!]|$|\s+(?:{AUXILIARIES}|{MODALS}|it|they|he|she|we|you|i|involve[sd]?|include[sd]?|feature[sd]?)\b))", re.IGNORECASE)
# (a participle after the number may open its noun: "the sixteen signed projects", "the 16 listed deals")


class WholesByNumber:
    """The graph's wholes by their sizes, and the rewrite naming one said by its number alone."""

    def __init__(self, lexicon: Lexicon, graph: Participation):
        sizes: dict[int, dict[frozenset[str], list[str]]] = {}
        by_classes: dict[frozenset[str], list[str]] = {}
        for word, named in lexicon.class_words.items():
            by_classes.setdefault(frozenset(named), []).append(word)
        for kinds, words in by_classes.items():
            instances = frozenset(graph.of_class(kinds))
            if instances:
                sizes.setdefault(len(instances), {}).setdefault(instances, []).extend(words)
        # per size, the one whole of it (its words), or nothing when several or none are of that size
        self.words = {n: next(iter(wholes.values())) for n, wholes in sizes.items() if len(wholes) == 1}

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with the class word of the one whole of a number's size put after the number (the module)."""
        zh = u.lang == "zh"
        pattern = ZH_WHOLE if zh else EN_WHOLE
        named = len({m.doc.iri for m in u.mentions})
        for m in pattern.finditer(text):
            n = number_value(m.group("n"))
            if n is not None and n <= named:
                continue  # "A、B、C这三所里": the number points back at the things named, no whole of the graph's
            word = self._word(n, zh)
            if word is not None:
                return f"{text[:m.end()]}{'' if zh else ' '}{word}{text[m.end():]}"
        return text

    def _word(self, n: int | None, zh: bool) -> str | None:
        """The shortest class word of the one whole of ``n`` instances, in the question's script (English: a plural)."""
        words = self.words.get(n) if n else None
        if not words:
            return None
        fitting = [w for w in words if bool(CJK.search(w)) == zh and (zh or w.endswith("s"))]
        return min(fitting, key=lambda w: (len(w), w)) if fitting else None

