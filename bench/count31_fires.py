"""How often round 31's tally and ranking readings fire on question sets, and how often the answer is then right.

The readings, each counted while the question is answered (its step wrapped, nothing else changed):
- ``ranked measured``: a place other than the first asked of organisations ranked by the cooperations they take part
  in, no first place stated ("按签约项目数排，排第二的学校", "亚军", "并列第三", "which school places third"), said as the
  ordinal superlative (search.qa_rank_premise.ranked_measured);
- ``past the last level``: an ordinal superlative past the count levels held ("第二多的幼儿园" with one kindergarten)
  answered by nothing, no longer by the last level (search.qa_plans);
- ``ranked itself``: the thing a which-word asks or a superlative heads, ranked by size, with its count asked beside
  ("哪个项目拉的单位最多，有几家": search.qa_kinds_together.ranked_then_counted);
- ``new words``: a question using one of the round's new words (deals counted by 单, "busiest", "most active", "最忙",
  "most crowded", "项目数一样"): search.understand.NUMERAL, search.qa_cues' MOST_WORDS, LARGEST_WORDS, SAME_WORDS; or
  administrative levels listed ("市、区两级": search.qa_spans.ZH_LEVELS) or cooperations named by a verb of signing and
  counted ("签下的合作": search.qa_tally.SIGNED_COUNTED).

The harness is bench/qa_fires.py: each firing question is printed right or WRONG, and each set's answerable and empty
tallies beside.

    python bench/count31_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import re

import search.qa_plans as plans
import search.qa_rewrites as rewrites
from qa_fires import calls_changing, calls_returning, main
from search.qa import QuestionAnswerer
from search.qa_kinds_together import KindsTogether
from search.qa_spans import ZH_LEVELS
from search.qa_tally import SIGNED_COUNTED
from search.text import normalize

# The round's new words, as the question is normalised.
NEW_WORDS = re.compile(r"[0-9一二三四五六七八九十两几]+单(?!位)|最忙|最热闹|\b(?:busiest|most active|most involved|most prolific|most crowded|"
                       r"equal number|same count)\b|数一样|数相同|数量一样|数目一样|数目相同")


def counted(qa: QuestionAnswerer) -> Callable[[], int]:
    """Both readings hooked; the count of their firings so far."""
    measured = calls_changing(rewrites, "ranked_measured")
    past = [0]
    ranked = plans.Plan._ranked

    def counting(self, support, by_label, limit):
        found = ranked(self, support, by_label, limit)
        past[0] += self.most and bool(support) and self.most_rank > 1 and not found[1]
        return found

    plans.Plan._ranked = counting  # type: ignore[method-assign]
    itself = calls_returning(KindsTogether, "_ranked_itself")
    worded, answer = [0], qa.answer

    def answering(question: str, *args, **kwargs):
        text = normalize(question)
        worded[0] += bool(NEW_WORDS.search(text) or ZH_LEVELS.search(text) or SIGNED_COUNTED.search(text))
        return answer(question, *args, **kwargs)

    qa.answer = answering  # type: ignore[method-assign]
    return lambda: measured() + past[0] + itself() + worded[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
