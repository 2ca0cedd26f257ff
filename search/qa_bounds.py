"""Answers bounded by a count: "哪些项目的参与方超过两家", "which projects have more than two partners",
"参与项目不少于3个的单位". Cooperations are counted by their parties (of the kinds named: "两所以上大学"), organisations by the cooperations
they take part in (of the kind the question names); every answer cites its count as a derivation.
The bound is the logical form's (search/qa_cues.py BOUNDS), as a yes/no claim's: one table for both."""

from __future__ import annotations

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
        counts = self._counts(u)
        if counts is None:
            return None
        n = next(iter(numbers))
        answers = sorted((x for x, c in counts.items() if bound(c, n)), key=lambda x: (-counts[x], self.facts.label(x)))
        names = self._lang(u, "、", ", ").join(f"{self.facts.label(a, u.lang)}（{counts[a]}）" if u.lang == "zh"
                                               else f"{self.facts.label(a, u.lang)} ({counts[a]})" for a in answers)
        text = self._lang(u, f"符合该数量条件的{u.answer_word}（{len(answers)}个）：{names or '无'}。",
                          f"{u.answer_word.capitalize()} meeting that count ({len(answers)}): {names or 'none'}.")
        return Outcome(self._entities(answers), [derived(self.facts, a, f"count {counts[a]}") for a in answers], text)

    def _counts(self, u: Understanding) -> dict[str, int] | None:
        """Each answer candidate's count: a cooperation's parties, an organisation's cooperations."""
        if self._is(u.answer_classes, COOPERATION):
            # "有两所以上大学参加的项目": the parties of the kinds named are counted, else all of them
            kinds = list(self._party_kinds(u).values())
            return {c: sum(1 for p in self.graph.parties.get(c, ()) if not kinds or any(self.graph.classes[p] & k for k in kinds))
                    for c in self.graph.of_class(u.answer_classes)}
        if self._is(u.answer_classes, ORGANIZATION):
            counted = self._counted(u)
            return {o: sum(1 for p in self.graph.cooperations(o, counted).values() if p == o)
                    for o in self.graph.of_class(u.answer_classes)}
        return None
