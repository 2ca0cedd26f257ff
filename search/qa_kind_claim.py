"""A kind claimed of one cooperation, asked yes or no: "东风日产那个充电检测的项目，算人才培养类吗", "is the Bifei
membrane internship base a talent-cultivation project?", "河野那个工作台项目算基地项目嗎".

The claim is (P, is a, K): K a kind of cooperation the question names by a class word (人才培养类, "a base project":
a class narrower than cooperation and project), P the one cooperation the rest of the question describes (its name,
or a party and a topic: search.qa_party_claims). A cooperation's kind is a fact the graph holds for every one of its
cooperations (the article files each signed project under one category), so P's own classes decide: "yes" when P is
of K, "no" citing the kind it is of, the held fact the claim contradicts. A party named beside P that does not take
part in it is another claim, left to search.qa_party_claims (None here). The verdict of a party's taking part alone
("东风日产是签约方之一") never answers a kind claimed.
"""

from __future__ import annotations

from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, PROJECT
from search.qa_outcome import Outcome, derived
from search.qa_party_claims import PartyClaims
from search.understand import Understanding


class KindClaims(PartyClaims):
    """The kind-of-a-cooperation claim of a yes/no question (see the module's docstring)."""

    def kind_claim(self, form: LogicalForm) -> Outcome | None:
        """The verdict on the one cooperation described being of the kind the question names; None when the
        question names no kind of cooperation, pins down no one cooperation, or names a party not in it."""
        u = form.understanding
        if "yes/no" not in form.operators or not (kinds := self._kind_named(u)):
            return None
        orgs, coops = self._orgs(u), self._coops(u)
        coop = coops[0] if len(coops) == 1 else self._described(form) if len(orgs) <= 1 else None
        if coop is None or any(coop not in self.graph.cooperations(o) for o in orgs):
            return None
        held = self.graph.classes.get(coop, frozenset())
        ancestors = self.facts.catalogue.ancestors
        verdict = any(c in kinds or kinds & set(ancestors.get(c, ())) for c in held)
        doc = self.facts.docs.get(coop)
        kind = self.facts.catalogue.type_label(doc, u.lang) if doc is not None else ""
        name = self.facts.label(coop, u.lang)
        evidence = [derived(self.facts, coop, f"its type in the graph: {self.facts.catalogue.type_label(doc, 'en') if doc else ''}")]
        if verdict:
            return Outcome(self._entities([coop]), evidence, self._lang(u, f"是。{name}属于{kind}。", f"Yes. {name} is a {kind}."))
        return Outcome([], evidence, self._lang(u, f"否，不是。图谱中{name}属于{kind}。", f"No. In the graph {name} is a {kind}."),
                       settled=True)

    def _kind_named(self, u: Understanding) -> frozenset[str]:
        """The kind of cooperation claimed: the kind asked, else the last class word of a kind of cooperation (the
        predicate closes the claim in either language: "…算人才培养类吗", "is it in the R&D category?"); empty if none."""
        named = [u.answer_classes, *reversed(self._classes(u))]
        kinds = [c - {COOPERATION, PROJECT} for c in named]
        return next((k for k in kinds if k and self._is(k, COOPERATION)), frozenset())
