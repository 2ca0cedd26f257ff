"""What connects two or more named organisations that share no cooperation: the go-betweens, each an organisation
cooperating with every one of them ("冰山松洋同医诺生物之间有咩联系", "what institution connects them", "能通过哪所学校联系
起来", "their common partner", "What ties A to B").

The named organisations are connected directly when a cooperation holds them all: that is what they share
(search.qa_operators.shared, or the parties' plan for a kind asked), and this reading stands aside. Otherwise the path is
two hops, A —cooperation— X —cooperation— B: the answers are the organisations X of the kind asked (any organisation when
none is asked: "合作方", "institution", "partner" ask that) that take part in a cooperation with each named one, every
hop cited. The answer is empty, and says so, when no such X is of the kind asked or none is within two hops. A
cooperation asked ("which project connects them"), a count compared, a negation or an exception, and a yes/no claim are
other readings'.

Contract: ``Bridges.bridge(form)`` → an Outcome, or None when the question is not of this shape (the cue: qa_cues.
BRIDGE_ASKED, noted as the operator "bridge"). Reads the participation graph only.
"""

from __future__ import annotations

from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, derived, participation_items
from search.understand import Understanding

# The operators whose readings a connection asked beside them is part of, never this one's.
OTHER_READINGS = frozenset(("negation", "except", "compare", "yes/no", "two types", "superlative"))


class Bridges(OperatorBase):
    """The go-betweens of named organisations (see the module)."""

    def bridge(self, form: LogicalForm) -> Outcome | None:
        """The organisations of the kind asked cooperating with each named organisation, which share no cooperation."""
        u = form.understanding
        orgs = self._orgs(u)
        asked = frozenset(u.answer_classes) or frozenset((ORGANIZATION,))
        if "bridge" not in form.operators or len(orgs) < 2 or OTHER_READINGS & form.operators:
            return None
        if not self._is(asked, ORGANIZATION) or self._shared(orgs, []):
            return None  # a cooperation asked, or one they all take part in: what they share connects them
        hops = [self.graph.partners(o, asked) for o in orgs]
        named = set().union(*(self.graph.members(o) for o in orgs))
        between = sorted(set.intersection(*(set(h) for h in hops)) - named, key=self.facts.label)
        links = [[link for o, h in zip(orgs, hops) for c in sorted(h[x]) for link in
                  ((self.graph.cooperations(o)[c], c), (x, c))] for x in between]
        evidence = participation_items(self.facts, links) + [derived(self.facts, x, "partner of " + ", ".join(
            self.facts.label(o, "en") for o in orgs)) for x in between]
        return Outcome(self._entities(between), evidence, self._bridge_sentence(u, orgs, between), settled=True)

    def _bridge_sentence(self, u: Understanding, orgs: list[str], between: list[str]) -> str:
        """The go-betweens named with the count, or that none is held (the kind asked named)."""
        kind = u.answer_word or self._lang(u, "合作方", "organisation")
        pair = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in orgs)
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in between)
        if not between:
            return self._lang(u, f"{pair}没有共同参与的合作，图谱中也没有同时与它们合作的{kind}（两步之内无联系）。",
                              f"{pair} share no cooperation, and the graph holds no {kind} cooperating with each of them "
                              f"(no link within two hops).")
        return self._lang(u, f"{pair}没有共同参与的合作，通过同时与它们合作的{kind}联系起来（{len(between)}个）：{names}。",
                          f"{pair} share no cooperation; they are connected through the {kind} cooperating with each "
                          f"of them ({len(between)}): {names}.")
