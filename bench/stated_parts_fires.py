"""How often arithmetic over a stated whole's parts (search.qa_stated_parts) answers on question sets, and how often
the answer is then right.

A question fires when the operator ``stated_parts`` returns an outcome (a part ranked, the rest of the whole, a gap, a
sum, a share, or a gap refused for a side naming no part); the harness: bench/qa_fires.py.

    python bench/stated_parts_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The operator wrapped to count each question it answers."""
    return calls_returning(qa.operators, "stated_parts")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
