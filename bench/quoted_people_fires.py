"""How often search.qa_quoted_people decides an answer on question sets, and how often the answer is then right.

A question fires when the rewrite puts the names of the people the source quotes where the question describes them
("文章里接受采访的两个人", "the people quoted in the story"); the harness: bench/qa_fires.py.

    python bench/quoted_people_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_changing, main


def counted(qa) -> Callable[[], int]:
    """The rewrite wrapped to count each question whose text it changed."""
    return calls_changing(qa.quoted_people, "named")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
