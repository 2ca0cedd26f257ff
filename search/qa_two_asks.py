"""A question asking when and something else in one breath: "《意见》是啥时候、由哪些部门印发的", "when was
Jinpu approved, and what was its ranking?". The date is answered as a when-question, the rest as the
question it is without the when-words; both answers, their evidence and sentences are joined."""

from __future__ import annotations

from dataclasses import replace

from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome


class TwoAsks(OperatorBase):
    """The when-and-more operator."""

    def when_and(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if form.when_and is None:
            return None
        date = self.plain(u)
        intent, rest = form.when_and
        more = self.plain(replace(u, intent=intent, blanked=rest))
        if not (date.answers or date.evidence) or not (more.answers or more.evidence):
            return None
        answers = date.answers + [a for a in more.answers if a["id"] not in {d["id"] for d in date.answers}]
        return Outcome(answers, date.evidence + more.evidence,
                       self._lang(u, "", " ").join(t for t in (date.answer_text, more.answer_text) if t))
