"""How often search.qa_described_document decides an answer on question sets, and how often the answer is then right.

A question fires when the reading of a document named by what it says answers it or refuses it (a year, a title or a
name contradicting the document); the harness: bench/qa_fires.py.

    python bench/described_document_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The reading wrapped to count each question it read a document off, or a contradiction."""
    return calls_returning(qa.documents, "read")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
