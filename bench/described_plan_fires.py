"""How often a plan described in the asker's words and pointed at (search.qa_described_plan) is read on question sets,
and how often the answer is then right.

A question fires when a description is read as a plan or a cooperation (``DescribedPlans.named`` changes the text);
the harness: bench/qa_fires.py.

    python bench/described_plan_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


def counted(qa) -> Callable[[], int]:
    """The descriptions' reading wrapped to count each question it puts a plan or a cooperation in."""
    fired = [0]
    inner = qa.described_plans.named

    def counting(text, held, config):
        found = inner(text, held, config)
        fired[0] += found != text
        return found

    qa.described_plans.named = counting
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
