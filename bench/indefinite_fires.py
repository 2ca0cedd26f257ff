"""How often search.qa_indefinite fires on question sets, and how often the answer is then right.

A question fires when a statement's indefinite pointed back at by a later clause is asked for ("推进会在一家企业开的，
这家公司…" → "推进会在哪家企业开的？"); the harness: bench/qa_fires.py.

    python bench/indefinite_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main

import search.qa_chain


def counted(qa) -> Callable[[], int]:
    """search.qa_chain's asked_indefinite wrapped to count each statement it asks."""
    return calls_returning(search.qa_chain, "asked_indefinite")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
