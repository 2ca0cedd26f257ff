"""How often the calibrated leftover decision (search.qa_leftover_model) decides an answer on question sets, and how
often the answer is then right.

A question fires when the reading read again without its residual topic is kept because the model pardoned a word no
rule of search.qa_leftover does (the answer's understanding notes it as ``harmless`` with the reason ``model``), or
when a question refused for names the graph lacks is answered read without them (search.qa_readings.Readings.unheld:
"Our delegation from Hanoi …"); the harness: bench/qa_fires.py.

    python bench/leftover32_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import harmless_fired, main


def counted(qa) -> Callable[[], int]:
    """The model's pardons and the answers read without names the graph lacks, counted as they fire."""
    pardons = harmless_fired(frozenset({"model"}))(qa)
    unheld, kept = qa.readings.unheld, [0]

    def counting(question, refused, u, again):
        found = unheld(question, refused, u, again)
        kept[0] += found is not refused
        return found

    qa.readings.unheld = counting
    return lambda: pardons() + kept[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
