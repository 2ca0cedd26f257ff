"""A figure answers only a question about a thing of its owner's kind: "大连机床签的攻关课题投资多少钱" names an R&D
project (攻关课题), and the 1.2亿元 the graph holds is the training base's, no R&D project's; "DVTC's talent-training
project: how many internship places?" is not answered with the base's 2,800 places either.

The question names the kind of cooperation the figure is of by a class word (攻关课题, 人才培养项目, "a talent-cultivation
project": a class narrower than cooperation and project, its answer classes); a figure whose owner is a cooperation of
no such kind is not of the thing asked, whatever words it shares with the question. An owner's kind fits the one named
when one is the other or narrower, or when the named kind's label holds the owner kind's (实训基地类项目 holds 实训基地:
a base called a base project). The honest answer is empty, the figure held cited with whose it is.

Contract: ``OwnerKinds(facts, classes, labels).unfit(u, answers)`` gives the class word the figure answers are not of,
or None (no figure answered, no kind of cooperation named, or the owners fit). Queries nothing: the owners and classes
are the prepared tables'.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, PROJECT, within
from search.understand import Understanding


class OwnerKinds:
    """Tells a figure answer whose owner is not of the kind of cooperation the question names (see the module)."""

    def __init__(self, facts: FactFinder, classes: Mapping[str, frozenset[str]], label: Callable[[str], str]):
        """``classes``: an entity's classes (search.qa_graph.Participation.classes); ``label``: a class's Chinese label."""
        self.facts, self.classes, self.label = facts, classes, label
        self.ancestors = facts.catalogue.ancestors

    def unfit(self, u: Understanding, answers: Sequence[dict]) -> str | None:
        """The class word naming the kind the figure answers' owners are not of, or None."""
        kinds = u.answer_classes - {COOPERATION, PROJECT}
        if not kinds or not within(kinds, COOPERATION, self.ancestors):
            return None
        owners = [self.facts.quantity_owner[a["id"]][0] for a in answers if a["id"] in self.facts.quantity_owner]
        owned = [self.classes.get(o, frozenset()) for o in owners]
        if not owned or any(not within(c, COOPERATION, self.ancestors) or self._fits(c, kinds) for c in owned):
            return None
        return u.answer_word or None

    def _fits(self, owned: frozenset[str], kinds: frozenset[str]) -> bool:
        """Whether an owner of the classes ``owned`` is of one of ``kinds`` (or they of its, or named by its label)."""
        for c in owned - {COOPERATION}:
            broader = set(self.ancestors.get(c, ()))
            if c in kinds or kinds & broader or any(c in self.ancestors.get(k, ()) or (self.label(c) or "\0") in self.label(k) for k in kinds):
                return True
        return False

    def refusal(self, word: str, answers: Sequence[dict], lang: str) -> str:
        """The honest empty answer: no figure of the kind asked, the one held named with its owner."""
        f, q = self.facts, answers[0]["id"]
        owner, held = f.label(f.quantity_owner[q][0], lang), f"{f.label(q, lang)}{'：' if lang == 'zh' else ': '}{f.figure_text(q, lang)}"
        return (f"图谱没有记载{word}的这一数字（图谱记载的是{owner}的{held}），无法回答。" if lang == "zh"
                else f"The graph holds no such figure of a {word} (it records {owner}'s {held}), so this cannot be answered.")
