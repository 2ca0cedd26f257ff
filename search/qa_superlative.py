"""Superlatives over partners of a class: "哪个大学合作的企业最多", "which university partners with the
most companies", "哪个学校合作的企业最少", "which company has the most partners". Each organisation of
the class asked is counted by its distinct partners of the other class the question names (any
organisation when it names partners only); every organisation with the top (or, of those with any,
the lowest) count is an answer (ties kept).
"""

from __future__ import annotations

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
        held = self.aggregates.partners.of(self.graph, u.answer_classes, kind)  # the build's counts (search.qa_counts)
        top = (min if fewest else max)(held, default=0)  # the fewest of those with any
        if not top:
            return None
        winners = sorted(held[top], key=self.facts.label)
        evidence = participation_items(self.facts, [[(p, min(c)) for p, c in sorted(self.graph.partners(o, kind).items())]
                                                    for o in winners])
        evidence += [derived(self.facts, o, f"count of distinct partners {top}") for o in winners]
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in winners)
        most = self._lang(u, "最少" if fewest else "最多", "fewest" if fewest else "most")
        text = self._lang(u, f"{'' if word.startswith('合作') else '合作'}{word or '方'}{most}的{u.answer_word}（各{top}个）：{names}。",
                          f"{u.answer_word.capitalize()} with the {most} partner{' ' + word if word else 's'} "
                          f"({top} each): {names}.")
        return Outcome(self._entities(winners), evidence, text)
