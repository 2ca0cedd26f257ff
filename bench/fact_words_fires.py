"""How often a kind word described by one entity's facts (search.qa_fact_words, read by
search.qa_described.Described.by_facts) is read on question sets, and how often the answer is then right.

A question fires when a description is read as an entity (``by_facts`` gives a question); the harness:
bench/qa_fires.py.

    python bench/fact_words_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The described stage's reading by facts wrapped to count each question it reads a description in."""
    return calls_returning(qa.described, "by_facts")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
