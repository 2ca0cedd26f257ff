"""How often the counts of kinds taken together or compared (search.qa_kinds_together) answer on question sets, and how
often the answer is then right.

A question fires when two or more kinds named together are counted as one set (``kinds_together``), when a thing
ranked by size has its count asked (``ranked_then_counted``), or when two kinds are compared by their counts
(``compare_kinds``, search.qa_figure_compare: bare English kinds and a named organisation's projects read since
round 28); the harness: bench/qa_fires.py.

    python bench/kinds_together_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The three operators wrapped to count each question one of them answers."""
    fired = [calls_returning(qa.operators, name) for name in ("kinds_together", "ranked_then_counted", "compare_kinds")]
    return lambda: sum(f() for f in fired)


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
