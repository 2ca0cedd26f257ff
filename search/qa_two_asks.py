"""A question asking when and something else in one breath: "《意见》是啥时候、由哪些部门印发的", "when was
Jinpu approved, and what was its ranking?". The date is answered as a when-question, the rest as the
question it is without the when-words; both answers, their evidence and sentences are joined."""

from __future__ import annotations

from dataclasses import replace

from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome
from search.understand import COUNT_WORDS, WH_WORDS, WHEN_WORDS, WHO_WORDS, word_regex


def _first(words, text: str) -> tuple[int, int] | None:
    """(start, end) of the earliest of ``words`` in ``text``, or None."""
    found = [m.span() for w in words for m in [word_regex(w).search(text)] if m]
    return min(found) if found else None


class TwoAsks(OperatorBase):
    """The when-and-more operator."""

    def when_and(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if u.intent != "when":
            return None
        when = _first(WHEN_WORDS, u.blanked)
        if when is None:
            return None
        rest = u.blanked[:when[0]] + " " * (when[1] - when[0]) + u.blanked[when[1]:]
        # the other ask comes after the when-word ("啥时候、由哪些部门"), never inside it ("which month")
        other = [(intent, _first(words, rest[when[1]:])) for intent, words in
                 (("count", COUNT_WORDS), ("who", WHO_WORDS), ("list", WH_WORDS))]
        # in the order above; a word right after the when-word is more of the date ("几月几号")
        other = [(intent, at) for intent, at in other if at is not None and rest[when[1]:][:at[0]].strip()]
        if not other:
            return None
        date = self.plain(u)
        # the most specific ask wins: "what was its ranking" counts, it lists nothing
        more = self.plain(replace(u, intent=other[0][0], blanked=rest))
        if not (date.answers or date.evidence) or not (more.answers or more.evidence):
            return None
        answers = date.answers + [a for a in more.answers if a["id"] not in {d["id"] for d in date.answers}]
        return Outcome(answers, date.evidence + more.evidence,
                       self._lang(u, "", " ").join(t for t in (date.answer_text, more.answer_text) if t))
