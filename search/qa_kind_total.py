"""The total over the kinds of a class, asked as such: "三类项目加起来一共签了多少个", "across the three categories, what
was the total number of projects signed", "what is the combined number of projects in all categories".

A count asking for a total across the kinds (categories) of projects asks for the whole, not for the kinds one by one
(search.qa_profile.Describers.categories lists them) nor for one kind's figure: the instances of every kind under the
class, counted, each kind's share stated beside ("16 in all: 6 + 5 + 5"). A number of kinds said that is not the
number the graph holds ("the four categories") answers nothing: the question is about kinds the graph does not sort so.

Contract: ``KindTotals.kind_total(form)`` is an operator of search.qa_operators.Operators (a mixin over
search.qa_profile.Describers' ``_kinds``): an Outcome when the form asks such a total, else None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from search.documents import Names
from search.qa_answer import evidence_item
from search.qa_cues import IN_ALL_ASKED
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, PROJECT
from search.qa_outcome import Outcome
from search.qa_values import number_value

# A total asked in so many words, besides the words asking for all of them (IN_ALL_ASKED: 一共, in total, altogether).
TOTAL_ASKED = re.compile(rf"{IN_ALL_ASKED.pattern}|\btotal\b|\bcombined\b|\bsum\b|总数|总和|合起来", re.IGNORECASE)
# The kinds gone across, with the number of them when said: "三类", "these three categories", "all the categories".
KINDS_SAID = re.compile(r"(?P<zh>[两二三四五六七八九几各所有])(?:个|大)?类|(?:\b(?P<en>two|three|four|five|six|all|both|the|these|those)\s+)?"
                        r"\b(?:categories|kinds|types|tiers)\b", re.IGNORECASE)
# The words a total across kinds is asked with besides: none names a subject the total is narrowed to.
KIND_WORDS = re.compile(r"\b(?:number|categories|category|kinds|kind|types|type|tiers|across|signed|day|cooperation|projects?)\b"
                        r"|[两二三四五六七八九几各]类|签|个", re.IGNORECASE)
# Other asks a total of kinds is not: a sum of money, a comparison, a verdict, an exception.
OTHER_ASKS = frozenset({"money", "compare", "larger", "smaller", "yes/no", "negation", "except", "superlative", "difference"})


class KindTotals:
    """The total across the kinds of projects (an operator mixin; the host gives ``_kinds``, ``_lang``, ``facts``)."""

    def kind_total(self, form: LogicalForm) -> Outcome | None:
        """The instances of every kind of project counted, each kind's count beside (see the module)."""
        u = form.understanding
        said = KINDS_SAID.search(u.question)
        if said is None or not TOTAL_ASKED.search(u.question) or u.mentions or OTHER_ASKS & form.operators \
                or (u.answer_classes and not u.answer_classes & {COOPERATION, PROJECT}) or (u.topic and not form.constraints and _topical(u.topic)):
            return None
        kinds = self._kinds({PROJECT}, set())  # type: ignore[attr-defined]
        number = _number(said)
        if len(kinds) < 2 or (number is not None and number != len(kinds)):
            return None
        whole = set().union(*kinds.values())
        order = sorted(kinds, key=lambda k: (-len(kinds[k]), k))
        names = self.facts.catalogue.classes  # type: ignore[attr-defined]
        parts = " + ".join(str(len(kinds[k])) for k in order)
        answers, evidence = kind_items(names, kinds, order)
        evidence.append(evidence_item([str(len(whole))], derivation=f"the sum of {len(order)} kinds: {parts}"))
        each = "、".join(f"{names[k].zh}{len(kinds[k])}个" for k in order)
        each_en = ", ".join(f"{names[k].en} {len(kinds[k])}" for k in order)
        return Outcome(answers, evidence, self._lang(u, f"{len(order)}类项目合计{len(whole)}个（{each}：{parts}）。",  # type: ignore[attr-defined]
                                                     f"{len(whole)} projects in all across the {len(order)} kinds ({each_en}: {parts})."),
                       settled=True)


def kind_items(names: Mapping[str, Names], kinds: Mapping[str, set[str]], order: list[str]) -> tuple[list[dict], list[dict]]:
    """The answers and evidence items of ``kinds`` (each class → its instances) in ``order``: each kind by its ``names``,
    cited by the count of its instances (a kind total's and search.qa_profile.Describers.categories')."""
    answers = [{"id": k, "label": names[k].zh or "", "label_en": names[k].en or "", "type": "类", "score": 1.0} for k in order]
    evidence = [evidence_item([names[k].zh or k, "类 class of", str(len(kinds[k]))], derivation=f"{len(kinds[k])} instances of {k}")
                for k in order]
    return answers, evidence


def _number(said: re.Match) -> int | None:
    """The number of kinds a question says ("三类": 3, "three categories": 3), None when it says none."""
    word = said.group("zh") or said.group("en")
    return number_value(word) if word else None


def _topical(topic: str) -> bool:
    """Whether the topic left holds a word of its own (a subject the total would be narrowed to), not only the
    words a total and its kinds are asked with."""
    return bool(KIND_WORDS.sub(" ", TOTAL_ASKED.sub(" ", topic)).strip())
