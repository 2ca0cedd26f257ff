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
from search.qa_outcome import OperatorBase, Outcome, participation_items
from search.understand import Understanding


class TwoAsks(OperatorBase):
    """The two-answer-types and when-and-more operators."""

    def two_types(self, form: LogicalForm) -> Outcome | None:
        """The plain answer for each class word asked, merged; None unless two are asked."""
        u = form.understanding
        if "two types" not in form.operators:
            return None
        # "是哪家公司跟哪所大学做的，什么时候签的": each type listed, the date answered once besides
        intent = "list" if u.intent == "when" else u.intent
        parts = [replace(u, intent=intent, answer_classes=frozenset(self.lexicon.class_words[word]), answer_word=word)
                 for word in form.asked] + ([u] if u.intent == "when" else [])
        got = [(p.answers, p.evidence, p.answer_text) for p in map(self.plain, parts)]
        found = [a["id"] for answers_of, _, _ in got for a in answers_of]
        for i, asked in enumerate(parts[:len(form.asked)]):
            # "一汽解放那个基地是哪家企业和哪所学校建的": the named one is the answer of its own kind
            named = None if got[i][0] else self._named_of_kind(asked, found)
            got[i] = (named.answers, named.evidence, named.text) if named else got[i]
        answers: list[dict] = []
        for answers_of, _, _ in got:
            answers += [a for a in answers_of if a["id"] not in {b["id"] for b in answers}]
        evidence = [item for _, items, _ in got for item in items]
        texts = [text for _, _, text in got]
        return Outcome(answers, evidence, self._lang(u, "", " ").join(texts))

    def _named_of_kind(self, u: Understanding, found: list[str]) -> Outcome | None:
        """The named organisations of the kind asked that share a cooperation with the answers found so far
        (the question names the cooperation by one of its parties), each citing that participation."""
        named = [o for o in self._orgs(u) if self.graph.classes.get(o, frozenset()) & u.answer_classes]
        # the party itself: a group named stands for its unit that takes part ("一汽解放" for its Dalian diesel plant)
        links = [(party, c) for o in named for c, party in sorted(self.graph.cooperations(o).items())
                 if any(f in self.graph.parties.get(c, ()) for f in found)]
        if not links:
            return None
        kept = list(dict.fromkeys(o for o, _ in links))
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in kept)
        text = self._lang(u, f"{u.answer_word}：{names}。", f"{u.answer_word.capitalize()}: {names}.")
        return Outcome(self._entities(kept), participation_items(self.facts, [links]), text)

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
