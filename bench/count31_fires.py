"""How often round 31's tally and ranking readings fire on question sets, and how often the answer is then right.

The readings, each counted while the question is answered (its step wrapped, nothing else changed):
- ``ranked measured``: a place other than the first asked of organisations ranked by the cooperations they take part
  in, no first place stated ("按签约项目数排，排第二的学校", "亚军", "并列第三", "which school places third"), said as the
  ordinal superlative (search.qa_rank_premise.ranked_measured);
- ``past the last level``: an ordinal superlative past the count levels held ("第二多的幼儿园" with one kindergarten)
  answered by nothing, no longer by the last level (search.qa_plans).

The harness is bench/qa_fires.py: each firing question is printed right or WRONG, and each set's answerable and empty
tallies beside.

    python bench/count31_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import search.qa_plans as plans
import search.qa_rewrites as rewrites
from qa_fires import calls_changing, main
from search.qa import QuestionAnswerer


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
    return lambda: measured() + past[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
