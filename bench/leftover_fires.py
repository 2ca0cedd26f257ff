"""How often search.qa_leftover decides an answer on question sets, and how often the answer is then right.

A question fires when the reading read again without its residual topic is kept because every word it left
unaccounted asks about nothing (a word of a linked name, the asker's role, a function word: the answer's
understanding notes them as ``harmless``); the harness: bench/qa_fires.py.

    python bench/leftover_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import harmless_fired, main


if __name__ == "__main__":
    main(__doc__.splitlines()[0], harmless_fired())
