"""Attributes the graph does not hold: a question asking a person's age or an organisation's phone
number is answered honestly empty, never with whatever else the graph knows about the entity.

The ontology records people's posts and organisations' parts in cooperations, nothing personal or
contact-like; the logical form (search/qa_cues.py UNHELD_ATTRIBUTES) holds the attributes the
question's words ask for and which entities they are asked of. An attribute word only counts when
the question names an entity of that kind, or names none and asks of that kind ("the consortium's website"); one
of no kind (a lead organisation) is held of nothing.
"""

from __future__ import annotations

from search.qa_form import LogicalForm
from search.qa_graph import within
from search.qa_outcome import OperatorBase, Outcome


class Attributes(OperatorBase):
    """The operator for attributes the graph does not hold."""

    def unheld_attribute(self, form: LogicalForm) -> Outcome | None:
        """An empty outcome saying the graph does not record the attribute asked of a named entity."""
        u = form.understanding
        ancestors = self.facts.catalogue.ancestors
        for _, (zh, en), kinds in form.attributes:
            named = [m.doc.iri for m in u.mentions if not kinds or any(k in m.doc.types for k in kinds)]
            # no entity named, but its kind ("Does the consortium have a website", "联合体的官网"): asked of that kind
            of_kind = not u.mentions and any(within(u.answer_classes, k, ancestors) for k in kinds)
            if named or not kinds or of_kind:
                who = self._lang(u, "、", ", ").join(self.facts.label(i, u.lang) for i in dict.fromkeys(named))
                return Outcome([], [], self._lang(u, f"图谱没有记载{who + '的' if who else ''}{zh}，无法回答。",
                                                  f"The graph does not record the {en}{' of ' + who if who else ''}, "
                                                  "so this cannot be answered."),
                               settled=True)
        return None
