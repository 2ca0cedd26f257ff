"""Questions asking two things in one breath.

Two answer types: "…是哪家企业和哪所学校", "which company and which university signed X": the plain
answer for each class word asked, merged, each part with its own evidence and sentence.
When and something else: "《意见》是啥时候、由哪些部门印发的", "when was Jinpu approved, and what was its
ranking?". The date is answered as a when-question, the rest as the question it is without the
when-words (two answer types again when it asks for two: "是哪家公司跟哪所大学做的，什么时候签的"); both
answers, their evidence and sentences are joined."""

from __future__ import annotations

from dataclasses import replace

from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome


class TwoAsks(OperatorBase):
    """The two-answer-types and when-and-more operators."""

    def two_types(self, form: LogicalForm) -> Outcome | None:
        """The plain answer for each class word asked, merged; None unless two are asked."""
        u = form.understanding
        if "two types" not in form.operators:
            return None
        answers: list[dict] = []
        evidence: list[dict] = []
        texts: list[str] = []
        # "是哪家公司跟哪所大学做的，什么时候签的": each type listed, the date answered once besides
        intent = "list" if u.intent == "when" else u.intent
        parts = [replace(u, intent=intent, answer_classes=frozenset(self.lexicon.class_words[word]), answer_word=word)
                 for word in form.asked] + ([u] if u.intent == "when" else [])
        for asked in parts:
            part = self.plain(asked)
            answers += [a for a in part.answers if a["id"] not in {b["id"] for b in answers}]
            evidence += part.evidence
            texts.append(part.answer_text)
        return Outcome(answers, evidence, self._lang(u, "", " ").join(texts))

    def when_and(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if form.when_and is None:
            return None
        date = self.plain(u)
        intent, rest = form.when_and
        asked = replace(u, intent=intent, blanked=rest)
        typed = self.two_types(self.form_of(asked)) if "two types" in form.operators else None
        more = typed or self.plain(asked)
        more_text = more.text if isinstance(more, Outcome) else more.answer_text
        if not (date.answers or date.evidence) or not (more.answers or more.evidence):
            return None
        answers = date.answers + [a for a in more.answers if a["id"] not in {d["id"] for d in date.answers}]
        texts = dict.fromkeys(t for t in (date.answer_text, more_text) if t)  # one date sentence, not two
        return Outcome(answers, date.evidence + more.evidence, self._lang(u, "", " ").join(texts))
