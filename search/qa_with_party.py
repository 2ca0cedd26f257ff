"""Cooperations with a party of a kind: "有幼儿园参与的项目是哪个", "哪些项目有企业和高校共同参与",
"which projects involve a research institution", "唯一有职教中心参加的项目".

The answers are the cooperations of the class asked for that have, for every organisation class the
question names beside it, at least one party of that class; each answer cites the participation of
such a party. A question saying the answer is the only one ("唯一", "the only") is told when it is
not. The positive counterpart of the negation operator's "没有大学参与的项目" (search/qa_operators.py).
"""

from __future__ import annotations

from search.qa_fact_indexes import by_label
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION
from search.qa_match import uses_any
from search.qa_outcome import OperatorBase, Outcome, participation_item
from search.understand import Understanding
from search.understand_words import ONLY_WORDS

# Operators under which the kinds of party are read by another operator (or mean something else).
OTHER_READINGS = frozenset({"negation", "except", "largest", "smallest", "yes/no", "two types", "hops", "profile"})


class WithParty(OperatorBase):
    """The cooperations-with-a-party-of-a-kind operator."""

    def with_party(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if OTHER_READINGS & form.operators or form.negated is not None or u.topic or u.intent not in ("list", "count"):
            return None
        if not u.answer_classes or not self._is(u.answer_classes, COOPERATION) or self._orgs(u) or self._coops(u):
            return None
        kinds = self._party_kinds(u)
        if not kinds:
            return None
        having = self.graph.of_class(u.answer_classes)
        for kind in kinds.values():  # the cooperations with a party of each kind, from the build's table: no scan
            having &= self.reach.of(self.reach.with_party, kind)
        found = {coop: [min(p for p in self.graph.parties[coop] if self.graph.classes.get(p, frozenset()) & kind)
                        for kind in kinds.values()] for coop in by_label(self.facts, having)}
        evidence = [participation_item(self.facts, party, coop) for coop, parties in found.items() for party in parties]
        return Outcome(self._entities(found), evidence, self._sentence(u, list(found), list(kinds)), settled=not found)

    def _sentence(self, u: Understanding, found: list[str], kinds: list[str]) -> str:
        """The answers with the kinds of party they have, and whether the one asked for is the only one."""
        names = self._lang(u, "、", ", ").join(self.facts.label(c, u.lang) for c in found)
        kind = self._lang(u, "和", " and ").join(kinds)
        only = uses_any(u, ONLY_WORDS)
        if not found:
            return self._lang(u, f"图谱中没有{kind}参与的{u.answer_word}。", f"The graph holds no {u.answer_word} a {kind} takes part in.")
        if only and len(found) > 1:
            return self._lang(u, f"不止一个：有{kind}参与的{u.answer_word}共{len(found)}个：{names}。",
                              f"Not only one: {len(found)} {u.answer_word} have a {kind} taking part: {names}.")
        en = f"{'the only ' if only else ''}{u.answer_word} with a {kind} taking part ({len(found)}): {names}."
        return self._lang(u, f"{'唯一' if only else ''}有{kind}参与的{u.answer_word}共{len(found)}个：{names}。", en[0].upper() + en[1:])
