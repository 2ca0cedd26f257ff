"""How often the asker's own clause decides an answer on question sets, and how often the answer is then right.

A question fires when the reading read again without its residual topic is kept because a word it left unaccounted
stands only in the asker's own clause beside the asking one ("my nephew got an offer from X; …", "我表哥在X做装配，…":
search.qa_leftover notes it as ``harmless`` with the reason ``context``); the harness: bench/qa_fires.py.

    python bench/context_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import harmless_fired, main


if __name__ == "__main__":
    main(__doc__.splitlines()[0], harmless_fired(frozenset(("context",))))
