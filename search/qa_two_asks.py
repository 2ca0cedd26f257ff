"""Questions asking two things in one breath.

Two answer types: "…是哪家企业和哪所学校", "which company and which university signed X": the plain
answer for each class word asked, merged, each part with its own evidence and sentence.
When and something else: "《意见》是啥时候、由哪些部门印发的", "when was Jinpu approved, and what was its
ranking?". The date is answered as a when-question, the rest as the question it is without the
when-words (two answer types again when it asks for two: "是哪家公司跟哪所大学做的，什么时候签的"); both
answers, their evidence and sentences are joined.
Each of two named ("董建军和杨跃权分别在哪个单位工作", "what did A and B each sign"): the question asked of
each named person or organisation alone, the answers joined."""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_outcome import OperatorBase, Outcome, participation_items
from search.understand import Understanding


# "分别", "各自", "respectively", "each": the question is asked of each named thing alone.
EACH_ASKED = re.compile(r"分别|各自|各(?=是|在|有|参与|参加|签|做|搞|干|属于)|\brespectively\b|\beach\b")
# Operators that read the named things together: none of them is asked of each alone.
TOGETHER = frozenset({"compare", "larger", "smaller", "earlier", "later", "difference", "two types", "yes/no"})


class TwoAsks(OperatorBase):
    """The two-answer-types, when-and-more and each-of-two operators."""

    def apply(self, form: LogicalForm) -> Outcome | None:
        """Every operator's answer to a form (search.qa_operators.Operators gives it)."""
        raise NotImplementedError

    def each_named(self, form: LogicalForm) -> Outcome | None:
        """The question asked of each of two or more named people (or organisations) alone, when it says
        分别/各自/respectively; the answers, evidence and sentences joined. None when any part finds nothing."""
        u = form.understanding
        if not EACH_ASKED.search(u.question) or TOGETHER & form.operators:
            return None
        named = [m for root in (PERSON, ORGANIZATION) if len(ms := [m for m in u.mentions if root in m.doc.types]) >= 2
                 for m in ms]
        if len({m.doc.iri for m in named}) < 2 or len(named) != len(u.mentions):
            return None
        parts = []
        for m in named:
            # the others' names, the words joining them and the each-word blanked in place (the question and
            # its blanked form stay as long as each other)
            others = "|".join(re.escape(o.text) for o in named if o is not m)
            cut = re.compile(rf"(?:\s*(?:和|与|跟|及|、|,|，|\band\b)\s*)?(?:{others})(?:\s*(?:和|与|跟|及|、|\band\b))?|{EACH_ASKED.pattern}")
            spans = [x.span() for x in cut.finditer(u.question)]
            question, blanked = (_blanked(t, spans) for t in (u.question, u.blanked))
            alone = replace(u, mentions=(m,), question=question, blanked=blanked)
            form_alone = self.form_of(alone)
            got = self.apply(form_alone)
            plain = self.plain(alone) if got is None else None
            part = got or (Outcome(plain.answers, plain.evidence, plain.answer_text) if plain is not None else None)
            if part is None or not part.answers:
                return None
            parts.append(part)
        answers = list({a["id"]: a for p in parts for a in p.answers}.values())
        return Outcome(answers, [e for p in parts for e in p.evidence], self._lang(u, "", " ").join(p.text for p in parts))

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
        text = self._lang(u, f"{u.answer_word}：{names}。", f"{u.answer_word.capitalize()}: {names.rstrip('.')}.")
        return Outcome(self._entities(kept), participation_items(self.facts, [links]), text)

    def when_and(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if form.when_and is None:
            return None
        date = self.plain(replace(u, intent="when"))
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


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` turned to spaces."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
