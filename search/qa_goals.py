"""What a consortium aims at: "联合体的目标是什么", "what are the goals of the consortium" — its cj:goal
statements in the question's language, cited by the spans of the source that state them.

Contract: ``Goals.goals_of(form)`` answers a question asking for goals (GOAL_ASKED) about the one
consortium it names, or about the graph's only consortium when it names none; None otherwise (a
programme's 目标 is its target figure, the figure plans' question).
"""

from __future__ import annotations

import re

from search.qa_answer import evidence_item
from search.documents import CJ
from search.qa_form import LogicalForm
from search.qa_graph import CONSORTIUM
from search.qa_outcome import OperatorBase, Outcome

# Words asking what something aims at.
GOAL_ASKED = re.compile(r"目标|宗旨|愿景|要干什么|想做什么|\bgoals?\b|\baims?\b|\bobjectives?\b|\bmission\b|\bpurpose\b")
GOALS = "SELECT ?text WHERE {{ ?x cj:goal ?text . FILTER(LANG(?text) = \"{lang}\") }}"


class Goals(OperatorBase):
    """A consortium's goals."""

    def goals_of(self, form: LogicalForm) -> Outcome | None:
        """The goals of the one consortium asked about, each cited (see the module's contract)."""
        u = form.understanding
        if not GOAL_ASKED.search(u.question):
            return None
        named = [m.doc.iri for m in u.mentions if self._is(m.doc.types, CONSORTIUM)]
        only = sorted(self.graph.of_class({CONSORTIUM}))
        subjects = named or (only if len(only) == 1 and not u.mentions else [])
        if len(set(subjects)) != 1:
            return None
        x = subjects[0]
        goals = [row["text"] for row in self.facts.kg.select(GOALS.format(lang=u.lang), x=x)]
        if not goals:
            return None
        # each span stating a goal, cited as it is written (the goals are said in the graph's words)
        evidence = [evidence_item([self.facts.label(x), "目标 goal", source["text"]], [source])
                    for source in self.facts.evidence(x, f"{CJ}goal")]
        listed = self._lang(u, "；", "; ").join(g.rstrip("。.") for g in goals) + self._lang(u, "。", ".")
        return Outcome(self._entities([x]), evidence,
                       self._lang(u, f"{self.facts.label(x)}的目标：{listed}", f"The goals of {self.facts.label(x, 'en')}: {listed}"))
