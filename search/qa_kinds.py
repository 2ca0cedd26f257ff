"""Organisations in one kind of cooperation: "哪些公司参与了科技创新类项目", "Which companies took part in
the talent cultivation projects?". The kind the question names (narrower than a project) constrains
the cooperations; each answer cites its participation in one of them. Two kinds named ("既参与了科技创新类
又参与了人才培养类项目的大学", "schools in both a base project and a tech innovation project") ask for
the organisations in a cooperation of each kind; each answer cites one of every kind."""

from __future__ import annotations

from search.qa_fact_indexes import by_label
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_form import LogicalForm
from search.qa_outcome import OperatorBase, Outcome, participation_items
from search.qa_plans import CITED_LINKS
from search.qa_text import listed_names
from search.understand_lexicon import class_word_spans


class Kinds(OperatorBase):
    """The in-a-kind operator."""

    def in_kind(self, form: LogicalForm) -> Outcome | None:
        """The organisations of the asked class taking part in a cooperation of the kind named."""
        u = form.understanding
        if u.mentions or u.topic or not self._is(u.answer_classes, ORGANIZATION) or u.intent not in ("list", "count"):
            return None
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(u.blanked, self.lexicon)]
        kinds = [k for k in kinds if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
        if len(kinds) != 1:
            return self.in_kinds(form, list(dict.fromkeys(kinds))) if len(set(kinds)) > 1 else None
        listed = self._listed(form, kinds[0])
        if listed is None:
            found = self._parties_in_kind(u.answer_classes, kinds[0])
            ranked = self._extreme(form, found)
            answers = by_label(self.facts, ranked)
        else:  # the table's own lists of cooperations, as _parties_in_kind gives them for one class
            answers, found = listed, self.graph.kinds.get(next(iter(kinds[0])), {})
            ranked = found
        # each answer cites at least one link (qa_plans.cited): the first CITED_LINKS answers hold all that are cited
        evidence = participation_items(self.facts, [[(org, coop) for coop in ranked[org]] for org in answers[:CITED_LINKS]])
        kind = self.facts.catalogue.classes[next(iter(kinds[0]))]
        entities = self._entities(answers[: self.listed])  # the answers listed; all are counted
        names = listed_names(Outcome(entities, [], "", total=len(answers)), u.lang)  # 8 names, then the count
        if ranked is not found:  # "哪所大学签的科技创新项目最多": the ones with the most (fewest) of the kind
            top = len(next(iter(ranked.values())))
            most = self._lang(u, "最多" if u.most else "最少", "most" if u.most else "fewest")
            return Outcome(entities, evidence, self._lang(
                u, f"参与{kind.zh}{most}的{u.answer_word}（各{top}个）：{names}。",
                f"{u.answer_word.capitalize()} in the {most} {kind.en or ''} ({top} each): {names}."), total=len(answers))
        text = self._lang(u, f"参与{kind.zh}的{u.answer_word}（{len(answers)}个）：{names or '无'}。",
                          f"{u.answer_word.capitalize()} in {kind.en or ''} ({len(answers)}): {names or 'none'}.")
        return Outcome(entities, evidence, text, total=len(answers))

    def _listed(self, form: LogicalForm, kind: frozenset[str]) -> list[str] | None:
        """The organisations of the one class asked counted in the one kind named, by label, as the build listed
        them (search.qa_reach.kinds_listed; by_label of ``_parties_in_kind``); None when the most or fewest are
        asked, or several classes are named."""
        classes = form.understanding.answer_classes
        if "superlative" in form.operators or len(kind) != 1 or len(classes) != 1:
            return None
        return list(self.reach.kinds_listed.get((next(iter(kind)), next(iter(classes))), ()))

    def _parties_in_kind(self, classes: frozenset[str], kind: frozenset[str]) -> dict[str, list[str]]:
        """The organisations of ``classes`` → the cooperations of ``kind`` they take part in, both sorted;
        read off the participation graph's kinds (search.qa_graph.Participation.in_kind), made once."""
        return self.graph.in_kind(kind, self.graph.of_class(classes))

    def in_kinds(self, form: LogicalForm, kinds: list[frozenset[str]]) -> Outcome:
        """The organisations of the asked class in a cooperation of every kind named, each cited once per kind."""
        u = form.understanding
        each = [self._parties_in_kind(u.answer_classes, kind) for kind in kinds]
        answers = by_label(self.facts, set.intersection(*(set(found) for found in each)))
        evidence = participation_items(self.facts, [[(org, found[org][0]) for found in each] for org in answers])
        named = [self.facts.catalogue.classes[next(iter(kind))] for kind in kinds]
        entities = self._entities(answers)
        names = listed_names(Outcome(entities, [], ""), u.lang)
        return Outcome(entities, evidence, self._lang(
            u, f"{'和'.join(k.zh for k in named)}都参与的{u.answer_word}（{len(answers)}个）：{names or '无'}。",
            f"{u.answer_word.capitalize()} in both {' and '.join(k.en or '' for k in named)} ({len(answers)}): "
            f"{names or 'none'}."))

    def _extreme(self, form: LogicalForm, found: dict[str, list[str]]) -> dict[str, list[str]]:
        """Only the organisations with the most (or fewest) cooperations when the question asks so; ``found`` else."""
        fewest = "fewest" in form.operators and not form.understanding.most
        if not found or "superlative" not in form.operators:
            return found
        top = (min if fewest else max)(len(c) for c in found.values())
        return {o: c for o, c in found.items() if len(c) == top}
