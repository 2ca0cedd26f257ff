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

from dataclasses import replace

from search.qa_claims import asking_clause
from search.qa_verdict_cues import YES_NO_EN, YES_NO_ZH
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, PROJECT, of_kinds
from search.qa_outcome import Outcome, derived
from search.qa_party_claims import PartyClaims
from search.understand import Understanding
from search.understand_lexicon import class_word_spans


class KindClaims(PartyClaims):
    """The kind-of-a-cooperation claim of a yes/no question (see the module's docstring)."""

    def kind_claim(self, form: LogicalForm) -> Outcome | None:
        """The verdict on the one cooperation described being of the kind the question names; None when the
        question names no kind of cooperation, pins down no one cooperation, or names a party not in it."""
        u = form.understanding
        if "yes/no" not in form.operators or not (named := self._kind_named(u)):
            return None
        kinds, predicate, _ = named
        orgs, coops = self._orgs(u), self._coops(u)
        coop = coops[0] if len(coops) == 1 else self._described(form) if len(orgs) <= 1 else None
        if coop is None or any(coop not in self.graph.cooperations(o) for o in orgs):
            return None
        held = self.graph.classes.get(coop, frozenset())
        verdict = of_kinds(held, kinds, self.facts.catalogue.ancestors)
        doc = self.facts.docs.get(coop)
        kind = self.facts.catalogue.type_label(doc, u.lang) if doc is not None else ""
        name = self.facts.label(coop, u.lang)
        evidence = [derived(self.facts, coop, f"its type in the graph: {self.facts.catalogue.type_label(doc, 'en') if doc else ''}")]
        if verdict and not predicate:
            return None  # the kind describes the cooperation ("那个人才培养项目是跟X签的吗"): the claim is another's
        if verdict:
            return Outcome(self._entities([coop]), evidence, self._lang(u, f"是。{name}属于{kind}。", f"Yes. {name} is a {kind}."))
        return Outcome([], evidence, self._lang(u, f"否，不是。图谱中{name}属于{kind}。", f"No. In the graph {name} is a {kind}."),
                       settled=True)

    def _kind_named(self, u: Understanding) -> tuple[frozenset[str], bool, int] | None:
        """The category of signed project claimed (a kind narrower than project: 人才培养类, "an R&D project"; a
        base's own class word names the base, no category), by its last class word, whether that word closes
        the claim after every name ("…算人才培养类吗", "is it in the R&D category?") and where it stands in the blanked
        question; None if none is named."""
        # the claim's own clause, its names blanked (a kind word in a name claims nothing)
        clause = asking_clause(replace(u, question=u.blanked), lambda c: bool(YES_NO_ZH.search(c) or YES_NO_EN.search(c)))
        spans = [(at, frozenset(self.lexicon.class_words[w]) - {COOPERATION, PROJECT})
                 for at, w in class_word_spans(u.blanked, self.lexicon) if w in clause]
        spans = [(at, k) for at, k in spans if k and self._is(k, PROJECT)]
        if not spans:
            return None
        at, kinds = spans[-1]
        return kinds, all(u.start(m) < at for m in u.mentions), at
