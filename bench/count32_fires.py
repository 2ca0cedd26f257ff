"""How often round 32's count and ranking readings fire on question sets, and how often the answer is then right.

The readings, each counted while the question is answered (its step wrapped, nothing else changed):
- ``measured basis``: the measure a ranking or a comparison goes by said as a clause of its own ("按签约项目数算，…",
  "按参与签约的次数给学校排个座次，…", "按这次签的项目数计，哪边多"), its count word and verb read as a measure and a
  first place asked after it as the most (search.qa_rank_premise.measured_basis);
- ``items counted``: a count asked with the measure word of items and no class asked ("以大连大学名义参加的签约，一共几项"):
  the cooperations, not the partners (search.qa_measures.counts_items, read by search.qa_compose);
- ``signed counted``: organisations ranked by the cooperations they take part in when the question names projects or
  their signing: only the signed projects support a rank (search.qa_plans.Plan.counted), counted when a row is left out;
- ``owned counted``: an English count whose head is owned by a class word before it ("how many of the meeting's
  agreements"): the thing owned is the answer word (search.understand.POSSESSED), counted when it is read so.

The harness is bench/qa_fires.py: each firing question is printed right or WRONG, and each set's answerable and empty
tallies beside.

    python bench/count32_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import search.qa_compose as compose
import search.qa_plans as plans
import search.qa_rewrites as rewrites
import search.understand as understand
from qa_fires import calls_changing, main
from search.qa import QuestionAnswerer


def counted(qa: QuestionAnswerer) -> Callable[[], int]:
    """Both readings hooked; the count of their firings so far."""
    basis = calls_changing(rewrites, "measured_basis")
    items, inner = [0], compose.counts_items

    def counting(question: str) -> bool:
        found = inner(question)
        items[0] += found
        return found

    compose.counts_items = counting  # type: ignore[assignment]
    left, counts = [0], plans.Plan._counts

    def leaving(self, row, facts):
        kept = counts(self, row, facts)
        left[0] += not kept
        return kept

    plans.Plan._counts = leaving  # type: ignore[method-assign]
    owned, possessed = [0], understand.POSSESSED

    class Counting:
        @staticmethod
        def match(text: str, at: int):
            found = possessed.match(text, at)
            owned[0] += found is not None
            return found

    understand.POSSESSED = Counting  # type: ignore[assignment]
    return lambda: basis() + items[0] + left[0] + owned[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
