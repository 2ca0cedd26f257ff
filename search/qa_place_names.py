"""A place's other names: "金普新区又叫什么", "In the piece, which new area is the same place as the Dalian Economic and
Technological Development Zone?", "大连开发区和金普新区是一个地方吗".

A question asking another name of a place (qa_cues.OTHER_NAME_ASKED) and naming one place of the graph's, by any of its
names, is answered by that place and the names the graph holds for it in the question's language besides the ones
written, each cited by the span stating it where the source does (else the registry's alias, named as such); naming two
or more, with a yes/no asked, by "yes" when they are one place. A place the graph does not hold is the scope's
(search.qa_scope): never answered here; nor is a question naming no place or, besides a yes/no, several, nor a "no"
given (a name read in part, "Dalian" of "the Dalian Development Zone", is no other place).
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.qa_answer import evidence_item
from search.documents import PLACE_NAMES
from search.qa_cues import OTHER_NAME_ASKED
from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome
from search.text import normalize

ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"


class PlaceNames(OperatorBase):
    """The other-names operator over the graph's places (their names read with the facts: search.qa_fact_tables)."""

    def other_names(self, form: LogicalForm) -> Outcome | None:
        """The place the question names and its other names, or whether the names it gives are one place."""
        u = form.understanding
        if not OTHER_NAME_ASKED.search(u.question):
            return None
        # a place's name inside a name linked ("大连" of 大连理工大学, "Dalian" of Dalian Daily) names no place
        linked = [m.span() for t in {m.text for m in u.mentions} for m in re.finditer(re.escape(t), u.question)]
        said = self._places_said(u.question, linked)
        places = list(dict.fromkeys(said.values()))
        if "yes/no" in form.operators and len(said) >= 2:
            return self._one_place(u, said, places)
        if len(places) != 1:
            return None
        place, label = places[0], self.facts.label(places[0], u.lang)
        names = self._place_names_of(place, u.lang)
        others = [n for n in names if not any(normalize(n) in s or s in normalize(n) for s in said)]
        # the name written, as the graph writes it ("Dalian Economic and Technological Development Zone")
        first = next((n for n in names if normalize(n) == next(iter(said))), next(iter(said)))
        listed = self._lang(u, "、", ", ").join(n for n in others if n != label)
        if normalize(label) in said:  # "金普新区又叫什么": its other names
            text = self._lang(u, f"{label}又名{listed}。", f"{label} is also named {listed}.") if listed else ""
        else:  # "大连开发区就是哪个新区": the place the name written is, and its names besides
            text = self._lang(u, f"{first}即{label}" + (f"，又名{listed}。" if listed else "。"),
                              f"{first} is {label}" + (f", also named {listed}." if listed else "."))
        if text and "yes/no" in form.operators:  # "金普新区还有别的名字吗": yes, and which
            text = self._lang(u, "是。", "Yes. ") + text
        return Outcome(self._entities([place]), [self._name_cited(place, n) for n in others], text) if text else None

    def _one_place(self, u, said: dict[str, str], places: list[str]) -> Outcome | None:
        """"Yes" when the names ``said`` (name → place) are one place; None otherwise, as a name read in part ("Dalian" of
        a development zone the graph names otherwise) is no other place."""
        if len(places) != 1:
            return None
        names = self._lang(u, "、", ", ").join(said)
        text = self._lang(u, f"是。{names}是同一个地方：{self.facts.label(places[0])}。",
                          f"Yes. {names} are one place: {self.facts.label(places[0], 'en')}.")
        return Outcome(self._entities(places), [self._name_cited(places[0], n) for n in said], text)

    def _places_said(self, question: str, linked: list[tuple[int, int]]) -> dict[str, str]:
        """The place names written in ``question``, longest first and none inside another or in a ``linked`` span (start,
        end), each to its place."""
        found: dict[str, str] = {}
        taken = list(linked)
        for name in self.facts.place_names:
            for m in re.finditer(re.escape(name) if HAN.search(name) else rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", question):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    taken.append((m.start(), m.end()))
                    found.setdefault(name, self.facts.place_named[name])
        return found

    def _place_names_of(self, place: str, lang: str) -> list[str]:
        """The place's names in ``lang`` as the graph writes them: its label, then its other labels."""
        zh = lang == "zh"
        # every place's names: a few rows, read only at a question asking another name
        written = [self.facts.label(place, lang), *sorted(str(r["l"]) for r in self.facts.kg.select(PLACE_NAMES) if r["place"] == place)]
        return list(dict.fromkeys(n for n in written if bool(HAN.search(n)) == zh))

    def _name_cited(self, place: str, name: str) -> dict:
        """The evidence item of one name of a place: the span stating it, or the registry alias it is."""
        source = self.facts.evidence(place, ALT_LABEL, name)
        return evidence_item([self.facts.label(place), "别名 also named", name], source, "skos:altLabel or rdfs:label in the graph (registry)")
