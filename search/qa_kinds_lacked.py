"""The kinds of project a named organisation has none of: "大连交通大学没有参与哪类项目", "三类项目里，大连职院唯独缺席了
哪一类", "which kind of project has X not taken part in". The categories operator (search.qa_profile) answers the kinds
it HAS; asked with a negation, that is the positive set, which a negation never answers: the answer is every kind of
the class asked (or of those the question lists) less the kinds of the organisation's own cooperations, each answer
citing that derivation and the organisation's cooperations cited as what it has. Nothing when it has every kind.
"""

from __future__ import annotations

from collections.abc import Callable

from search.qa_answer import evidence_item
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_kind_list import listed_kinds
from search.qa_outcome import OperatorBase, Outcome, participation_item
from search.understand import Understanding
from search.understand_lexicon import class_word_spans


class KindsLacked(OperatorBase):
    """A mixin of search.qa_operators.Operators (its graph, facts, lexicon and the categories operator's ``_kinds``)."""

    _kinds: Callable[[set[str], set[str]], dict[str, set[str]]]  # search.qa_profile.Describers._kinds

    def kinds_lacked(self, form: LogicalForm) -> Outcome | None:
        """The kinds the one named organisation has no cooperation of; None when the question asks no kinds of one
        organisation under a negation, or its negation names a kind (a kind denied: the negation operator's)."""
        u = form.understanding
        orgs = self._orgs(u)
        if "categories" not in form.operators or form.negated is None or "yes/no" in form.operators \
                or len(orgs) != 1 or self._coops(u) or self._names_kind(form.negated):
            return None
        listed = listed_kinds(u, self.lexicon)
        named = [c for c in self._classes(u) if self._is(c, COOPERATION)] if not listed else []
        every = self._kinds(set(named[0]) if named else {COOPERATION}, set())
        every = {k: m for k, m in every.items() if k in listed} if listed else every
        own = set(self.graph.cooperations(orgs[0]))
        if not every or not own:
            return None  # no kinds to pick from, or it takes part in nothing: no kind it lacks is told apart
        lacked = sorted((k for k, members in every.items() if not members & own), key=lambda k: -len(every[k]))
        return self._lacked(u, orgs[0], lacked, every, own)

    def _names_kind(self, negated: str) -> bool:
        """Whether the negated words name a kind of cooperation narrower than a project ("不是基地类的") or a kind of
        organisation ("没有企业参与的"): what is denied is that kind, not the named organisation's taking part."""
        kinds = (frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon))
        return any(self._is(k, ORGANIZATION) or (self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}) for k in kinds)

    def _lacked(self, u: Understanding, org: str, lacked: list[str], every: dict[str, set[str]], own: set[str]) -> Outcome:
        """The kinds lacked as answers, each derived from the organisation's own cooperations (cited beside)."""
        names, name = self.facts.catalogue.classes, self.facts.label(org, u.lang)
        has = [k for k in every if k not in lacked]
        how = f"{len(every)} kinds − {len(has)} with a cooperation of {self.facts.label(org, 'en')} = {len(lacked)}"
        answers = [{"id": k, "label": names[k].zh or "", "label_en": names[k].en or "", "type": "类", "score": 1.0} for k in lacked]
        evidence = [evidence_item([names[k].zh or k, "类 class of", "0"], derivation=how) for k in lacked]
        evidence += [participation_item(self.facts, org, c) for c in sorted(own & set().union(*every.values()))]
        word = lambda k: self._lang(u, names[k].zh or "", names[k].en or "")  # noqa: E731
        held = self._lang(u, "、", ", ").join(word(k) for k in has)
        if not lacked:
            return Outcome([], [], self._lang(u, f"{name}每一类都有参与（{held}），没有缺少的一类。",
                                              f"{name} takes part in every kind ({held}); it lacks none."), settled=True)
        said = self._lang(u, "、", ", ").join(word(k) for k in lacked)
        return Outcome(answers, evidence, self._lang(u, f"{name}没有参与的类别：{said}（它参与的：{held}）。",
                                                     f"{name} has no project of the kind {said} (it takes part in: {held})."))
