"""How often the asker's own clause decides an answer on question sets, and how often the answer is then right.

A question fires when the reading read again without its residual topic is kept because a word it left unaccounted
stands only in the asker's own clause beside the asking one ("my nephew got an offer from X; …", "我表哥在X做装配，…":
search.qa_leftover notes it as ``harmless`` with the reason ``context``); the harness: bench/qa_fires.py.

    python bench/context_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


def counted(qa) -> Callable[[], int]:
    """The readings' settling wrapped to count each answer a word of the asker's own clause let through."""
    fired = [0]
    settled = qa.readings.settled

    def counted_settled(question, text, u, first):
        kept = settled(question, text, u, first)
        fired[0] += "context" in (kept.understanding.get("harmless") or {}).values()
        return kept

    qa.readings.settled = counted_settled
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
