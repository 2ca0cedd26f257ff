"""How often search.qa_described_cooperation links a cooperation described in other words on question sets, and
how often the answer is then right (the harness: bench/qa_fires.py).

A question fires when the topic stage linked nothing by its own rule and the dominant cooperation was linked.

    python bench/described_cooperation_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


def counted(qa) -> Callable[[], int]:
    """The topic resolver's described step wrapped to count each link it makes."""
    fired = [0]
    described = qa.topics.described

    def counted_described(found):
        linked = described(found)
        fired[0] += bool(linked)
        return linked

    object.__setattr__(qa.topics, "described", counted_described)  # (a frozen dataclass: patched for the count only)
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
