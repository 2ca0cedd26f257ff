"""How often search.qa_verbs decides an answer on question sets, and how often the answer is then right.

A question fires when the reading read again without its residual topic is kept because a word it left unaccounted
is the question's own verb or frame (a verb of taking part, a word pointing at the source or its signing, the word of
an operator applied, an adverb of stance, a verb the asker says of themselves: the answer's understanding notes it as ``harmless`` with that reason); the
harness: bench/qa_fires.py.

    python bench/verbs_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import harmless_fired, main

REASONS = frozenset(("verb", "deixis", "operator", "stance", "asker"))


if __name__ == "__main__":
    main(__doc__.splitlines()[0], harmless_fired(REASONS))
