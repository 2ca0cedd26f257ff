"""A unit named through its group: "FAW Jiefang's Dalian plant", "一汽解放在大连的工厂", "通用技术集团旗下的机床公司",
"the Dalian plant of FAW Jiefang". The words between the group's name and a kind word (an organisation's class
word, or a unit word: 子公司, "subsidiary") narrow the group's units (cj:subOrganizationOf, at any depth) to
those of that kind whose names, industries or places hold every narrowing word.

``named(text, u)`` puts the one unit that fits in the phrase's place, so the question is read on about the
unit, never about the whole group; when no unit or several fit, the text is left as it is (the group's own
reading, which counts what its units take part in, stays; nothing is guessed).
"""

from __future__ import annotations

import re

from search.qa_facts import FactFinder
from search.qa_graph import ORGANIZATION, Participation
from search.qa_kind_names import names_of, parts_of
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS

# Words naming a unit of a group whatever its kind.
UNIT_WORDS = re.compile(r"子公司|分公司|分厂|下属企业|下属单位|\b(?:subsidiary|subsidiaries|branch|unit|arm|division)\b")
# Between the group's name and the kind word: "一汽解放(在)大连(的)工厂", "通用技术集团旗下的机床公司",
# "FAW Jiefang's Dalian plant".
# (Chinese narrowing words may be several, each ended by 的: "一汽解放在大连的柴油机厂".)
BETWEEN = {"zh": re.compile(r"^(?:在|旗下|下属|下面)?的?(?P<words>(?:[^\s,，。?？!！的]{1,6}的)?[^\s,，。?？!！的]{0,6}?)(?:的|那家|那个|这家|那所)?$"),
           "en": re.compile(r"^['’]s\s+(?P<words>(?:[a-z-]+\s+){0,3})$")}
# Before the group's name, after the kind word: "the Dalian plant of FAW Jiefang".
EN_BEFORE = re.compile(r"\bthe\s+(?P<words>(?:[a-z-]+\s+){0,3})$")
EN_OF = re.compile(r"^\s+(?:of|under|belonging to|owned by)\s+$")


class UnitReferences:
    """Units named through their group, read with one graph's classes, units and names."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation):
        self.lexicon, self.facts, self.graph = lexicon, facts, graph

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with a unit named through its group replaced by the unit's name, when one unit fits."""
        if text != u.question:
            return text
        for start, end, group, kinds, words in self._phrases(u):
            # (narrowed by words of its own name, the one named is a candidate too: "CSPC Yuanda's Dalian
            # pharmaceutical arm" is the Dalian pharmaceutical company "CSPC Yuanda" links, written on past its name)
            own = [group] if words.strip() and u.lang == "en" else []
            fits = [x for x in [*own, *sorted(self.graph.units.get(group, ()))]
                    if self._of_kind(x, kinds) and self._fits(x, words)]
            if len(fits) == 1:
                return text[:start] + normalize(self.facts.label(fits[0], u.lang)) + text[end:]
        return text

    def _phrases(self, u: Understanding):
        """(start, end, group, kinds, narrowing words) of each phrase naming a kind through a group with units."""
        # (a relation's word is no unit's kind: "Dongfeng Nissan's partner" is a partner, no plant of its own)
        kinds_at = [(at, at + len(w), frozenset(self.lexicon.class_words[w])) for at, w in class_word_spans(u.blanked, self.lexicon)
                    if w not in RELATION_WORDS]
        kinds_at += [(m.start(), m.end(), frozenset({ORGANIZATION})) for m in UNIT_WORDS.finditer(u.blanked)]
        for m in u.mentions:
            if ORGANIZATION not in m.doc.types or (at := u.start(m)) < 0:
                continue
            after = at + len(m.text)
            for start, end, kinds in kinds_at:
                if start >= after and (tie := BETWEEN[u.lang].match(u.question[after:start])):
                    yield at, end, m.doc.iri, kinds, tie["words"]
                elif u.lang == "en" and end <= at and EN_OF.match(u.question[end:at]) and (
                        lead := EN_BEFORE.search(u.question[:start])):
                    yield lead.start(), after, m.doc.iri, kinds, lead["words"]

    def _of_kind(self, x: str, kinds: frozenset[str]) -> bool:
        classes = self.graph.classes.get(x, frozenset())
        return not kinds.isdisjoint(classes.union(*(self.facts.catalogue.ancestors.get(c, ()) for c in classes)))

    def _fits(self, x: str, words: str) -> bool:
        """Whether every narrowing word is a part of the unit's names, industries' names or places' names."""
        names = [normalize(n) for n in names_of(self.facts, self.graph, x, True)]
        names += [normalize(self.facts.label(place, lang)) for place in self.facts.located.get(x, ()) for lang in ("zh", "en")]
        parts = [p for w in words.split("的") for p in parts_of(w) if p]
        return all(any(p in n if not p.isascii() else re.search(rf"\b{re.escape(p)}", n) for n in names) for p in parts)
