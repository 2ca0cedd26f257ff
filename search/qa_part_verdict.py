"""A verdict on one stated part against the rest of its whole summed: "企业的家数是不是比其余所有类别加起来还多",
"do companies outnumber all the other kinds combined" (search.qa_more_than_all leaves such a comparison alone: it is
no superlative). The part's stated figure against the whole's less it, both cited, the working given ("97 − 57 = 40");
a kind narrowed by a word the graph does not sort members by gets no verdict, the reason said.

Contract: ``PartVerdicts.part_over_rest(form)`` is an operator of search.qa_operators.Operators (None unless one part
of a stated whole is compared with the others summed).
"""

from __future__ import annotations

import re

from search.other_words import ZH_OTHER, ZH_REST
from search.qa_form import LogicalForm
from search.qa_more_than_all import SUMMED
from search.qa_outcome import Outcome
from search.qa_part_said import said
from search.qa_stated_parts import StatedParts

# The other parts summed ("比其余所有类别加起来还多", "than all the other kinds combined"), and fewer asked after them.
OTHERS_SUMMED = re.compile(rf"(?:{'|'.join((*ZH_OTHER, ZH_REST))}|\bother\b|\bthe\s+rest\b)[^,，。;；?？]{{0,16}}?(?:{SUMMED.pattern})",
                           re.IGNORECASE)
FEWER = re.compile(r"少|\bfewer\b|\bless\b|\bsmaller\b", re.IGNORECASE)


class PartVerdicts(StatedParts):
    """The operator judging one part against the others summed."""

    def part_over_rest(self, form: LogicalForm) -> Outcome | None:
        """"企业是不是比其余所有类别加起来还多", "do companies outnumber all the other kinds combined": one part named
        against the rest of its whole summed, a verdict from the part's stated figure and the whole's less it, each cited,
        the working given; None unless so asked."""
        u = form.understanding
        summed = OTHERS_SUMMED.search(u.question)
        if summed is None or not form.operators & {"yes/no", "larger", "smaller"} or self._others_named(u):
            return None
        read = self._read_parts(u, form)
        if read is None or len(read.named) != 1 or read.unstated:
            return None
        if (narrowed := self._narrowed(u, form, read)) is not None:
            return narrowed  # "外资企业是不是比其余各类加起来还多": no figure of that kind
        whole, part = read.whole.whole, read.named[0]
        values = {q: self.facts.figures["zh"][q]["value"] for q in (whole, part)}
        rest = values[whole] - values[part]
        fewer = "smaller" in form.operators or bool(FEWER.search(u.question, summed.end()))
        verdict = values[part] < rest if fewer else values[part] > rest
        how = f"{values[whole]:g} − {values[part]:g} = {rest:g}"
        return self._worked([whole, part], how, self._lang(
            u, f"{'是' if verdict else '否'}。{said(self.facts, part, 'zh')}，其余各类加起来{rest:g}（由原文数字推算：{how}）。",
            f"{'Yes' if verdict else 'No'}. {said(self.facts, part, 'en')}; all the others together: {rest:g} "
            f"(worked out from the stated figures: {how})."))
