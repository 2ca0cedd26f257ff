"""How often round 31's honesty checks decide an answer on question sets, and how often the answer is then right.

A question fires when an answer is refused because it leaves unaccounted the head a how-word or a what-word asks the
measure or value of, held nowhere and far from every answer (search.qa_readings, search.qa_measures.measured_head),
or when an industry the question names narrows away what two named organisations share (search.qa_outcome
._on_industries). $EMPTIES31_WHICH=head or =industry counts one of them only. The harness: bench/qa_fires.py.

    python bench/empties31_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import os
from collections.abc import Callable

from qa_fires import main


def counted(qa) -> Callable[[], int]:
    """The two checks wrapped to count their firings (both, or the one named by $EMPTIES31_WHICH)."""
    fired = [0]
    which = os.environ.get("EMPTIES31_WHICH")
    if which in (None, "head"):
        checked = qa.readings._checked

        def counted_checked(u, first, *args):
            had = bool(first.answers)
            kept = checked(u, first, *args)
            fired[0] += had and not kept.answers and "measured_kinship" in kept.understanding
            return kept

        qa.readings._checked = counted_checked
    if which in (None, "industry"):
        narrowed = qa.operators._on_industries

        def counted_narrowed(u, common):
            kept = narrowed(u, common)
            fired[0] += len(kept) < len(common)
            return kept

        qa.operators._on_industries = counted_narrowed
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
