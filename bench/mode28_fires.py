"""How often search.qa_mode restricts an answer by a cooperation mode on question sets, and how often it is then right.

A question fires when the mode reading replaces the answer read whole: a mode the graph holds stated of the projects
("哪些项目是合作研发的", "are joint R&D", "不是合作研发而是共建的那个", "the odd one out"); the harness: bench/qa_fires.py.

    python bench/mode28_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search.qa import QuestionAnswerer


def restricted(qa: QuestionAnswerer) -> Callable[[], int]:
    """qa.modes.read wrapped to count the answers it replaces."""
    fired = [0]
    read = qa.modes.read

    def counting(question, u, whole):
        found = read(question, u, whole)
        fired[0] += found is not whole
        return found

    qa.modes.read = counting  # type: ignore[method-assign]
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], restricted)
