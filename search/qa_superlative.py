"""Superlatives over partners of a class: "哪个大学合作的企业最多", "which university partners with the
most companies". Each organisation of the class asked is counted by its distinct partners of the
other class the question names; every organisation with the top count is an answer (ties kept).
"""

from __future__ import annotations

from search.qa_graph import ORGANIZATION
from search.qa_outcome import OperatorBase, Outcome, derived, participation_item
from search.understand import RELATION_WORDS, Understanding, class_word_spans


class PartnerSuperlative(OperatorBase):
    """The operator ranking organisations by their partners of a named class."""

    def most_partners(self, u: Understanding) -> Outcome | None:
        """The organisations of the asked class with the most partners of the other class named."""
        if not u.most or u.mentions or not self._is(u.answer_classes, ORGANIZATION):
            return None
        others = [(w, frozenset(self.lexicon.class_words[w])) for _, w in class_word_spans(u.blanked, self.lexicon)
                  if w not in RELATION_WORDS and w != u.answer_word]
        others = [(w, c) for w, c in others if c != u.answer_classes and self._is(c, ORGANIZATION)]
        if not others:
            return None
        word, kind = others[0]
        counts = {o: self.graph.partners(o, kind) for o in self.graph.of_class(u.answer_classes)}
        top = max((len(p) for p in counts.values()), default=0)
        if not top:
            return None
        winners = sorted((o for o, p in counts.items() if len(p) == top), key=self.facts.label)
        evidence = [participation_item(self.facts, p, min(coops)) for o in winners for p, coops in sorted(counts[o].items())]
        evidence += [derived(self.facts, o, f"count of distinct partners {top}") for o in winners]
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in winners)
        text = self._lang(u, f"合作{word}最多的{u.answer_word}（各{top}个）：{names}。",
                          f"{u.answer_word.capitalize()} with the most partner {word} ({top} each): {names}.")
        return Outcome(self._entities(winners), evidence, text)
