"""How many take part in a named cooperation in all, the parties the question names among them.

"互感器集团牵头的乡村振兴产业学院，连企业带学校一共几家单位共建", "how many organisations in total build
the X project with Y": a count asked in all (the form's "in all" operator) of the organisations of one named
cooperation, every organisation named being one of its parties, counts every party of the asked kind, the
named ones too: they describe the cooperation, they are not the partners asked about (the plain reading,
"有几家单位和Y共建了X", leaves them out). Each party is cited by its participation."""

from __future__ import annotations

from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, participation_items


class PartyCount(OperatorBase):
    """The in-all count of a named cooperation's parties."""

    def parties_in_all(self, form: LogicalForm) -> Outcome | None:
        """Every party of the one cooperation named, of the asked kind; None unless a count in all of
        organisations is asked of one named cooperation whose parties hold every organisation named."""
        u = form.understanding
        coops, orgs = self._coops(u), self._orgs(u)
        if not {"count", "in all"} <= form.operators or len(coops) != 1 or not u.answer_classes:
            return None
        coop = coops[0]
        parties = self.graph.parties.get(coop, set())
        # the kind the counted word names ("连企业带学校一共几家单位": 单位, not the first class word read)
        kinds = frozenset(self.lexicon.class_words.get(u.answer_word, ())) or u.answer_classes
        if not self._is(kinds, ORGANIZATION) or not all(self.graph.members(o) & parties for o in orgs):
            return None
        kept = sorted(parties if ORGANIZATION in kinds else parties & self.graph.of_class(kinds), key=self.facts.label)
        names = self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p in kept)
        label = self.facts.label(coop, u.lang)
        text = self._lang(u, f"{label}的{u.answer_word}一共{len(kept)}个：{names}。",
                          f"{len(kept)} {u.answer_word} in all take part in {label}: {names}.")
        return Outcome(self._entities(kept), participation_items(self.facts, [[(p, coop)] for p in kept]), text)
