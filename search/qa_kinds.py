"""Organisations in one kind of cooperation: "哪些公司参与了科技创新类项目", "Which companies took part in
the talent cultivation projects?". The kind the question names (narrower than a project) constrains
the cooperations; each answer cites its participation in one of them."""

from __future__ import annotations

from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_outcome import OperatorBase, Outcome, participation_item
from search.understand import Understanding, class_word_spans


class Kinds(OperatorBase):
    """The in-a-kind operator."""

    def in_kind(self, u: Understanding) -> Outcome | None:
        """The organisations of the asked class taking part in a cooperation of the kind named."""
        if u.mentions or u.topic or not self._is(u.answer_classes, ORGANIZATION) or u.intent not in ("list", "count"):
            return None
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(u.blanked, self.lexicon)]
        kinds = [k for k in kinds if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
        if len(kinds) != 1:
            return None
        found: dict[str, tuple[str, str]] = {}
        for org in sorted(self.graph.of_class(u.answer_classes)):
            for coop, party in sorted(self.graph.cooperations(org, kinds[0]).items()):
                if party == org:  # a group takes part through its unit, which is the answer
                    found.setdefault(org, (party, coop))
        answers = sorted(found, key=self.facts.label)
        evidence = [participation_item(self.facts, party, coop) for party, coop in found.values()]
        kind = self.facts.catalogue.classes[next(iter(kinds[0]))]
        names = self._lang(u, "、", ", ").join(self.facts.label(a, u.lang) for a in answers)
        text = self._lang(u, f"参与{kind.zh}的{u.answer_word}（{len(answers)}个）：{names or '无'}。",
                          f"{u.answer_word.capitalize()} in {kind.en or ''} ({len(answers)}): {names or 'none'}.")
        return Outcome(self._entities(answers), evidence, text)
