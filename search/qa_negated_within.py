"""The set a negation picks from when the question names it before the negation: a named organisation's partners or
a named cooperation's parties, not every instance of the class asked.

- "大连交大签的三家企业里，哪几家跟氢能八竿子打不着", "Of Jiaotong's partner companies, which have nothing to do with
  hydrogen": Jiaotong's firms (search.qa_negated_scope.scoping_names reads the name as the set), those of the denied
  topic, kind or partner taken away — never every firm of the graph less Jiaotong's.
- "数字人才中心的高校里，哪些没签别的项目", "Of the universities in the digital talent centre project, which ones are
  not partners in any other project": the cooperation's parties of the class asked, those taking part in another
  cooperation taken away.

Contract: ``NegatedWithin`` (an operator mixin) gives ``_scoped_universe(u, negated, orgs)`` → (the universe, the
named organisations scoping it), ``_only_in_named(form, u, negated)`` → (universe, positive set) or None, and
``_kinds_before(u, negated)``: the cooperations of each kind named before the negation ("科技创新类项目里，…").
"""

from __future__ import annotations

from search.qa_descriptions import OTHERS
from search.qa_form import CLAUSE_BREAK, LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, PROJECT
from search.qa_negated_scope import scoping_names
from search.qa_outcome import OperatorBase
from search.understand import Understanding
from search.understand_lexicon import class_word_spans


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last clause break before it)."""
    return max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)), default=0)


class NegatedWithin(OperatorBase):
    """The sets a negation picks from, named before it."""

    def _scoped_universe(self, u: Understanding, negated: str, orgs: list[str]) -> tuple[set[str], list[str]]:
        """The instances of the class asked a negation picks from, and the named organisations scoping them: of
        cooperations, theirs ("交大那几个签约里，哪个不是…"); of organisations, their partners ("交大签的三家企业里")."""
        universe = self.graph.of_class(u.answer_classes)
        scope = scoping_names(u, negated, orgs, self.lexicon)
        if scope and self._is(u.answer_classes, COOPERATION):
            return universe.intersection(*(self.graph.cooperations(o) for o in scope)), scope
        if scope and self._is(u.answer_classes, ORGANIZATION):
            return universe.intersection(*(self.graph.partners(o, u.answer_classes) for o in scope)), scope
        return universe, []

    def _only_in_named(self, form: LogicalForm, u: Understanding, negated: str) -> tuple[set[str], set[str]] | None:
        """The parties of the class asked to the one cooperation named before the negation, and of them those taking
        part in another cooperation, when the negated clause denies another one ("没签别的项目", "no other project");
        None otherwise."""
        before = len(u.blanked) - len(negated)
        # (the other one denied may stand before the negation word in its clause: "哪些在别的签约里都没出现", "别处再没露面")
        clause = u.blanked[clause_start(u.blanked, before):]
        if not u.answer_classes or not self._is(u.answer_classes, ORGANIZATION) or not OTHERS.search(clause):
            return None
        named = [m.doc.iri for m in u.mentions if COOPERATION in m.doc.types and 0 <= u.start(m) < before]
        if any(u.start(m) >= before for m in u.mentions) or any(m.doc.types & {ORGANIZATION, PERSON} for m in u.mentions):
            return None  # a name in the negated clause is what is denied; an organisation or person named is another set
        coops = set(named or (c for c, _ in form.constraints if COOPERATION in self.graph.classes.get(c, ())))
        if len(coops) != 1:
            return None
        coop = coops.pop()
        universe = self.graph.parties.get(coop, set()) & self.graph.of_class(u.answer_classes)
        return universe, {p for p in universe if set(self.graph.cooperations_of.get(p, ())) - {coop}}

    def _partners_within(self, u: Understanding, negated: str, scope: list[str]) -> set[str]:
        """The partners every organisation of ``scope`` shares a cooperation with, in the kinds of cooperation named before
        the negation if any ("DUT's partners in the base projects": those of its base projects only)."""
        kinds = self._kinds_before(u, negated)
        within_kinds = set.intersection(*kinds) if kinds else None
        return set.intersection(*({p for p, coops in self.graph.partners(o, {ORGANIZATION}).items()
                                   if within_kinds is None or coops & within_kinds} for o in scope))

    def _kinds_before(self, u: Understanding, negated: str) -> list[set[str]]:
        """The cooperations of each kind named before the negation word, narrower than a project
        ("科技创新类项目里，哪些项目的合作大学不是X": the universe is that kind's)."""
        before = u.blanked[: len(u.blanked) - len(negated)]
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(before, self.lexicon)]
        return [self.graph.of_class(k) for k in kinds if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
