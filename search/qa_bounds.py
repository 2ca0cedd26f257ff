"""Answers bounded by a count: "哪些项目的参与方超过两家", "which projects have more than two partners",
"参与项目不少于3个的单位". Cooperations are counted by their parties (of the kinds named: "两所以上大学"), organisations by the cooperations
they take part in (of the kind the question names); every answer cites its count as a derivation.
The bound is the logical form's (search/qa_cues.py BOUNDS), as a yes/no claim's: one table for both."""

from __future__ import annotations

from search.qa_counts import Levelled
from search.qa_graph import COOPERATION, ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, derived
from search.qa_values import numbers_in
from search.qa_form import LogicalForm
from search.understand import Understanding


class CountBounds(OperatorBase):
    """The count-bound operator."""

    def count_bound(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        bound = form.bound
        numbers = numbers_in(u.question)
        if bound is None or len(numbers) != 1 or u.mentions or {"yes/no", "money"} & form.operators:
            return None
        held = self._by_count(u)
        if held is None:
            return None
        n = next(iter(numbers))
        counts = {x: c for c, xs in held.items() if bound(c, n) for x in xs}
        if bound(0, n):  # those counting none: the class asked's other instances
            counts.update(dict.fromkeys(self.graph.of_class(u.answer_classes).difference(*held.values()), 0))
        answers = sorted(counts, key=lambda x: (-counts[x], self.facts.label(x)))
        names = self._lang(u, "、", ", ").join(f"{self.facts.label(a, u.lang)}（{counts[a]}）" if u.lang == "zh"
                                               else f"{self.facts.label(a, u.lang)} ({counts[a]})" for a in answers)
        text = self._lang(u, f"符合该数量条件的{u.answer_word}（{len(answers)}个）：{names or '无'}。",
                          f"{u.answer_word.capitalize()} meeting that count ({len(answers)}): {names or 'none'}.")
        return Outcome(self._entities(answers), [derived(self.facts, a, f"count {counts[a]}") for a in answers], text)

    def _by_count(self, u: Understanding) -> Levelled | None:
        """The answer candidates by their count (none left out), from the build's tables (search.qa_counts):
        a cooperation's parties (of the kinds named: "有两所以上大学参加的项目", else all of them), an
        organisation's cooperations (of the kind named) it takes part in itself."""
        if self._is(u.answer_classes, COOPERATION):
            kinds = list(self._party_kinds(u).values())
            return self.aggregates.parties.of(self.graph, u.answer_classes, frozenset().union(*kinds) if kinds else None)
        if self._is(u.answer_classes, ORGANIZATION):
            return self.aggregates.own_cooperations.of(self.graph, u.answer_classes, self._counted(u))
        return None
