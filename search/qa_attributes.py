"""Attributes the graph does not hold: a question asking a person's age or an organisation's phone
number is answered honestly empty, never with whatever else the graph knows about the entity.

The ontology records people's posts and organisations' parts in cooperations, nothing personal or
contact-like; the logical form (search/qa_attribute_words.py UNHELD_ATTRIBUTES) holds the attributes the
question's words ask for and which entities they are asked of. An attribute word only counts when
the question names an entity of that kind, or names none and asks of that kind ("the consortium's website"); one
of no kind (a lead organisation) is held of nothing.
"""

from __future__ import annotations

import re

from search.qa_form import LogicalForm
from search.qa_graph import within
from search.qa_member_kinds import MEMBERS_ASKED
from search.qa_outcome import OperatorBase, Outcome

# "the headcount of the trade associations in the membership": a kind's members counted, no organisation's own staff
# (unless its people are named: "the headcount of staff at the member firms").
MEMBERS_HEADCOUNT = re.compile(r"\bhead\s*count\b")
STAFF = re.compile(r"\b(?:employees?|staff|workforce|workers?|students?|enrol+ment)\b|员工|职工|学生|在校")


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
            if of_kind and _members_counted(u.question):
                continue
            if named or not kinds or of_kind:
                who = self._lang(u, "、", ", ").join(self.facts.label(i, u.lang) for i in dict.fromkeys(named))
                return Outcome([], [], self._lang(u, f"图谱没有记载{who + '的' if who else ''}{zh}，无法回答。",
                                                  f"The graph does not record the {en}{' of ' + who if who else ''}, "
                                                  "so this cannot be answered."),
                               settled=True)
        return None


def _members_counted(question: str) -> bool:
    """Whether a headcount asked of a kind counts its members ("the headcount of those in the membership")."""
    return bool(MEMBERS_HEADCOUNT.search(question) and MEMBERS_ASKED.search(question) and not STAFF.search(question))
