"""The logical form: a parsed question linked to the graph, what the plan and sentence stages read.

Contract: ``logical_form(u, constraints, lexicon, places)`` is built once per plain reading of a question,
after parsing (search/understand.py gives ``u``, whose question is already normalised) and after
the topic is linked to the graph (``constraints``: the industries or cooperations the answers must
concern, each with a confidence). The form is frozen and holds, besides the parse, the linked
mentions (entities, industries, places, dates), the relation words the question uses, the
constraints and the operators its words call for (count, compare, superlative, negation, yes/no,
two answer types, hops). The plan stage (search/qa_compose.py) and the sentence stage
(search/qa_text.py) take the form; an operator (search/qa_operators.py) still decides by its own
test whether it applies, and ``operators`` names the cues it starts from, shown in the response.
"""

from __future__ import annotations

from dataclasses import dataclass

from search.qa_graph import INDUSTRY
from search.qa_match import uses_any
from search.qa_operators import (ALSO_WORDS, EXCEPT_WORDS, FEWER_WORDS, MORE_WORDS, NOT_WORDS, PARTNERED, RELATIVE,
                                 asked_words)
from search.qa_values import dates_in
from search.qa_yes_no import asks_yes_no
from search.understand import (FEWEST_WORDS, RELATION_WORDS, Lexicon, Mention, Understanding, class_word_spans,
                               word_regex)


@dataclass(frozen=True)
class LogicalForm:
    """A question over the ontology: the parse, its links into the graph, relations and operators."""

    understanding: Understanding
    constraints: tuple[tuple[str, float], ...]  # the topic's industries or cooperations, with a confidence
    relations: tuple[str, ...]  # the relation words used ("合作", "signed"), in the parse's order
    places: tuple[str, ...]  # the graph's place names the question uses (where, not what: no topic)
    dates: tuple[str, ...]  # the dates the question states (ISO 8601 at the precision written)
    operators: frozenset[str]  # the operators the question's words call for (OPERATORS)

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return self.understanding.mentions

    @property
    def industries(self) -> tuple[str, ...]:
        """The industries named, as entities (人工智能); the topic's are among the constraints."""
        return tuple(m.doc.iri for m in self.mentions if INDUSTRY in m.doc.types)

    def summary(self) -> dict:
        """The form's own parts for the response's ``understanding``."""
        return {"relations": list(self.relations), "places": list(self.places), "dates": list(self.dates),
                "operators": sorted(self.operators),
                "constraints": [iri for iri, _ in self.constraints]}


def _hops(u: Understanding, lexicon: Lexicon) -> bool:
    """Two class words, the second reached through the first: "跟X合作的大学还和哪些企业合作", "which
    companies work with the university that works with X"."""
    chained = uses_any(u, ALSO_WORDS) or PARTNERED.search(u.blanked) or (u.lang == "en" and RELATIVE.search(u.blanked))
    return bool(chained) and len([w for _, w in class_word_spans(u.blanked, lexicon) if w not in RELATION_WORDS]) >= 2


# Each operator and the cue in the question that calls for it.
OPERATORS = {
    "count": lambda u, lexicon: u.intent == "count",
    "compare": lambda u, lexicon: len(u.mentions) >= 2 and uses_any(u, (*MORE_WORDS, *FEWER_WORDS)),
    "superlative": lambda u, lexicon: u.most or uses_any(u, FEWEST_WORDS),
    "negation": lambda u, lexicon: uses_any(u, (*NOT_WORDS, *EXCEPT_WORDS)),
    "yes/no": lambda u, lexicon: asks_yes_no(u),
    "two types": lambda u, lexicon: len(asked_words(u, lexicon)) >= 2,
    "hops": _hops,
}


def logical_form(u: Understanding, constraints, lexicon: Lexicon, places=()) -> LogicalForm:
    """The logical form of the parse ``u`` with its topic linked to ``constraints``; ``places``: the
    graph's place names the question uses."""
    relations = tuple(w for w in RELATION_WORDS if word_regex(w).search(u.blanked))
    return LogicalForm(u, tuple(constraints), relations, tuple(places), tuple(sorted(dates_in(u.question))),
                       frozenset(name for name, cue in OPERATORS.items() if cue(u, lexicon)))
