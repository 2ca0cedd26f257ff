"""Superlatives over partners of a class: "哪个大学合作的企业最多", "which university partners with the
most companies", "哪个学校合作的企业最少", "which company has the most partners". Each organisation of
the class asked is counted by its distinct partners of the other class the question names (any
organisation when it names partners only); every organisation with the top (or, of those with any,
the lowest) count is an answer (ties kept). A kind of cooperation named besides (the logical form's ``kinds``: "人才培养类项目里，
合作企业最多的是哪所大学") counts the partners shared in cooperations of that kind only, counted at the question (the
build's tables count over every kind); a class none of which takes part in that kind has no answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from search.qa_graph import ORGANIZATION
from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome, derived, participation_items
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS



class PartnerSuperlative(OperatorBase):
    """The operator ranking organisations by their partners of a named class."""

    def most_partners(self, form: LogicalForm) -> Outcome | None:
        """The organisations of the asked class with the most (fewest) partners of the other class named."""
        u = form.understanding
        fewest = "fewest" in form.operators and not u.most
        if "superlative" not in form.operators or u.mentions or not self._is(u.answer_classes, ORGANIZATION):
            return None
        others = [(w, frozenset(self.lexicon.class_words[w])) for _, w in class_word_spans(u.blanked, self.lexicon)
                  if w not in RELATION_WORDS and w != u.answer_word]
        others = [(w, c) for w, c in others if c != u.answer_classes and self._is(c, ORGANIZATION)]
        if not others and "partners" in form.operators:
            others = [("", frozenset({ORGANIZATION}))]  # partners of any kind
        if not others:
            return None
        word, kind = others[0]
        held = self._partner_levels(u.answer_classes, kind, form.kinds)
        top = (min if fewest else max)(held, default=0)  # the fewest of those with any
        if not top:
            return self._none_in_kind(u, word) if form.kinds else None  # none shares a cooperation of that kind
        winners = sorted(held[top], key=self.facts.label)
        evidence = participation_items(self.facts, [[(p, min(c)) for p, c in sorted(self._partners_in(o, kind, form.kinds).items())]
                                                    for o in winners])
        evidence += [derived(self.facts, o, f"count of distinct partners {top}") for o in winners]
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in winners)
        most = self._lang(u, "最少" if fewest else "最多", "fewest" if fewest else "most")
        text = self._lang(u, f"{'' if word.startswith('合作') else '合作'}{word or '方'}{most}的{u.answer_word}（各{top}个）：{names}。",
                          f"{u.answer_word.capitalize()} with the {most} partner{' ' + word if word else 's'} "
                          f"({top} each): {names}.")
        return Outcome(self._entities(winners), evidence, text)

    def _partners_in(self, org: str, kind: frozenset[str], within: frozenset[str]) -> dict[str, set[str]]:
        """The partners of ``kind`` of ``org`` → the cooperations shared, of the kinds ``within`` only (any: none)."""
        found = self.graph.partners(org, kind)
        if not within:
            return found
        kept = {p: {c for c in coops if self.graph.classes.get(c, frozenset()) & within} for p, coops in found.items()}
        return {p: coops for p, coops in kept.items() if coops}

    def _partner_levels(self, asked: frozenset[str], kind: frozenset[str], within: frozenset[str]) -> Mapping[int, Sequence[str]]:
        """count of partners → the organisations of ``asked`` with that many: the build's table over every kind
        (search.qa_counts), or counted now within the kinds of cooperation ``within``."""
        if not within:
            return self.aggregates.partners.of(self.graph, asked, kind)
        held: dict[int, list[str]] = defaultdict(list)
        for org in sorted(self.graph.of_class(asked)):
            if n := len(self._partners_in(org, kind, within)):
                held[n].append(org)
        return held

    def _none_in_kind(self, u, word: str) -> Outcome:
        """The honest empty answer: no organisation of the class asked has a partner in the kind of cooperation named."""
        return Outcome([], [], self._lang(u, f"图谱中没有哪个{u.answer_word}在所问的这类合作中有合作{word or '方'}，无法排出最多或最少。",
                                          f"No {u.answer_word} in the graph has a partner{' ' + word if word else ''} in "
                                          "cooperations of the kind asked, so none has the most or the fewest."), settled=True)
