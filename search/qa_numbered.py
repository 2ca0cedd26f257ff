"""A numbered school named by its short form: "金州二幼" (金州区第二幼儿园), "大连一中", "甘井子三小".

Chinese names a numbered school by its place, its number and one character of its kind: 一幼 is 第一幼儿园, 二中 is
第二中学. Linking reads the place and the kind word and lands on the school of that place whatever the number, so
"金州二幼是和谁一起建的基地" was answered with 金州区第一幼儿园's base, and "大连一幼跟哪所学校合作" with every school.
Here the short form is read back against the names the graph holds: it is held when some name holds 第 + the number +
the kind (第二幼儿园), its place (when the question gives one) right before it, a 市/区/县 dropped ("大连市金州区第一幼儿园"
is 金州一幼, not 大连一幼). Otherwise the question names a school the graph does not hold, and the answer is empty.

Contract: ``Numbered(labels).unheld(question)`` gives the first short form of ``question`` that no label holds, or
None; ``Numbered.checked(answer, question)`` empties and settles an answer given for such a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from search.qa_answer import Answer

# one character of a kind → the kind word closing a numbered school's name
KINDS = {"幼": "幼儿园", "中": "中学", "小": "小学"}
# place, number, kind; what follows may not go on into a word ("一小时", "一中心", "一小部分")
SHORT = re.compile(r"([\u4e00-\u9fff]{0,3})([一二三四五六七八九十]{1,2})([幼中小])(?=$|[^\u4e00-\u9fff]|[是和跟与與同的也有在签簽参參合建那这這办辦哪啥呢吗])")
# what closes a place's name before the number ("大连市金州区第一幼儿园": 金州)
PLACE_END = re.compile(r"(?:新区|市|区|县)$")


@dataclass(frozen=True)
class Numbered:
    """The names of the graph's organisations, read for numbered schools (see the module)."""

    labels: tuple[str, ...]

    def unheld(self, question: str) -> str | None:
        """The first short form of a numbered school in ``question`` that no label holds, or None."""
        for m in SHORT.finditer(question):
            place, number, kind = m.groups()
            if not self._held(place, number, KINDS[kind]):
                return m.group(0)
        return None

    def _held(self, place: str, number: str, kind: str) -> bool:
        whole = f"第{number}{kind}"
        for label in self.labels:
            at = label.find(whole)
            if at >= 0 and (not place or PLACE_END.sub("", label[:at]).endswith(place[-2:])):  # ("问下金州一幼": 金州)
                return True
        return False

    def checked(self, answer: Answer, question: str) -> Answer:
        """``answer``, or it emptied and settled when ``question`` names a numbered school the graph does not hold."""
        word = self.unheld(question) if answer.answers else None
        if word is None:
            return answer
        u = answer.understanding
        text = (f"图谱中没有关于{word}的任何信息，无法回答。" if u.get("lang") == "zh"
                else f"The graph holds nothing on {word}, so this cannot be answered.")
        return replace(answer, answers=[], evidence=[], total=None, answer_text=text,
                       understanding={**u, "settled": True, "numbered_unheld": word})
