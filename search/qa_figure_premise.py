"""A figure asked of an organisation it is not of: "大工每年组建多少个订单班" (the order-training plan is the
vocational college's), "DUT's training base: how many internship places?" (the base is the machine-tool maker's
and the college's), "大连大学首批培养多少名现场工程师". The question's premise (the named organisation has that
plan, base or figure) is one the graph does not bear out, so nothing is answered: never the other owner's figure.
The figure the graph does hold is cited beside the empty answer, with whose it is, and said.

Contract: ``FigurePremise.figure_elsewhere(form)`` applies to a how-many or how-much question (not a yes/no) naming
at least one organisation and not counting entities of a class the graph holds (cooperations, organisations,
people: those are counted for the organisation by the other readings). It returns None unless the figure that
best matches the question's words (FactFinder.best_quantity, matched by a word of its own) belongs to a thing
linked to organisations that leave out a named one (FactFinder.others_figure); then an empty settled outcome.
A sum of money of a cooperation is its parties' together: a share of it asked of some of them ("机床厂出了多少钱",
"of the 120 million, how much did the college put in": SHARE_ASKED in the clause asking the sum, naming parties
that leave out one) is no figure the graph holds either, and is answered the same way.
"""

from __future__ import annotations

import re

from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON
from search.qa_match import QUANTITY_MIN
from search.qa_measures import asking_clauses
from search.qa_outcome import OperatorBase, Outcome, figure_item
from search.understand import Understanding

# A share of a sum asked of the one paying it: "其中", "各出", "X出了多少", "X's share", "how much came from X".
SHARE_ASKED = re.compile(r"其中|各自?[出投掏拿]|[出投掏拿]了\s*多少|单独|自己|\b(?:share|portion|part|contribut\w*|came\s+from"
                         r"|put\s+in|chip(?:ped)?\s+in|each|own)\b", re.IGNORECASE)


class FigurePremise(OperatorBase):
    """The operator answering by nothing a figure asked of an organisation the figure is not of."""

    def figure_elsewhere(self, form: LogicalForm) -> Outcome | None:
        """The empty outcome of a figure asked of another organisation than its own (see the module), or None."""
        u = form.understanding
        orgs = self._orgs(u)
        counted = any(self._is(u.answer_classes, root) for root in (COOPERATION, ORGANIZATION, PERSON))
        if not orgs or "yes/no" in form.operators or not (u.intent == "count" or "money" in form.operators) or counted:
            return None
        best = self.facts.best_quantity(u)
        if best is None or best[1] < QUANTITY_MIN or not self.facts.figure_asked(best[0], u) \
                or not (self.facts.others_figure(best[0], set(orgs)) or self._share_asked(best[0], u)):
            return None
        orgs = [o for o in orgs if o in self._share_asked(best[0], u)] or orgs  # (a share asked: those it is asked of)
        f, lang = self.facts, u.lang
        owner = f.quantity_owner[best[0]][0]
        named = self._lang(u, "、", ", ").join(f.label(o, lang) for o in orgs)
        held = f"{f.label(best[0], lang)}{self._lang(u, '：', ': ')}{f.figure_text(best[0], lang)}"
        return Outcome([], [figure_item(f, best[0])], self._lang(
            u, f"图谱没有记载{named}的这一数字（图谱记载的是{f.label(owner)}的{held}），无法回答。",
            f"The graph holds no such figure of {named} (it records {f.label(owner, 'en')}'s {held}), so this cannot be answered."),
            settled=True)

    def _share_asked(self, quantity: str, u: Understanding) -> set[str]:
        """The parties of a cooperation the clause asking its sum of money asks a share of, when they leave out one
        (SHARE_ASKED): the graph holds the sum, not who paid what; none otherwise."""
        owner = self.facts.quantity_owner[quantity][0]
        parties = self.facts.parties_of(owner) if self.facts.figures["zh"][quantity].get("currency") else set()
        clause = next((c for c in asking_clauses(u.question) if SHARE_ASKED.search(c)), "")
        named = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types and m.text and m.text in clause}
        return named if len(parties) > 1 and named and named < parties else set()
