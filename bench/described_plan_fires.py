"""How often a plan described in the asker's words and pointed at (search.qa_described_plan) is read on question sets,
and how often the answer is then right.

A question fires when a description is read as a plan (``DescribedPlans.named`` changes the text) or when an answer of
another plan than the one nearest a description no plan leads is refused (``DescribedPlans.unheld`` gives the
description); the harness: bench/qa_fires.py.

    python bench/described_plan_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_changing, calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The descriptions' reading and check wrapped to count each question one of them fires on."""
    named, unheld = calls_changing(qa.described_plans, "named"), calls_returning(qa.described_plans, "unheld")
    return lambda: named() + unheld()


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
