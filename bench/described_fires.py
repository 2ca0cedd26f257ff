"""How often search.qa_described fires on question sets, and how often the answer is then right.

A question fires when the reading dismisses a span read as unheld (``Described.unread`` keeps fewer spans than
it is given), renames one (``Described.renamed`` gives a question) or drops a leftover word (``Described.absorbed``);
the harness: bench/qa_fires.py.

    python bench/described_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


def counted(qa) -> Callable[[], int]:
    """The described stage's three readings wrapped to count each question they change."""
    fired = [0]
    unread, renamed, absorbed = qa.described.unread, qa.described.renamed, qa.described.absorbed

    def counted_unread(question, unknown, held):
        kept = unread(question, unknown, held)
        fired[0] += len(kept) < len(unknown)
        return kept

    def counted_renamed(text, unknown):
        new = renamed(text, unknown)
        fired[0] += new is not None
        return new

    def counted_absorbed(question, text, words, held):
        new = absorbed(question, text, words, held)
        fired[0] += new is not None
        return new

    qa.described.unread, qa.described.renamed, qa.described.absorbed = counted_unread, counted_renamed, counted_absorbed
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
