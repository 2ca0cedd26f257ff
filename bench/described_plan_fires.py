"""How often a plan described in the asker's words and pointed at (search.qa_described_plan) is read on question sets,
and how often the answer is then right.

A question fires when a description is read as a plan or a cooperation (``DescribedPlans.named`` changes the text);
the harness: bench/qa_fires.py.

    python bench/described_plan_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_changing, main


def counted(qa) -> Callable[[], int]:
    """The descriptions' reading wrapped to count each question it puts a plan in."""
    return calls_changing(qa.described_plans, "named")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
