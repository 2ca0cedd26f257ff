"""How often a short form glued to the words around it decides a renaming on question sets, and how often the answer
is then right.

A question fires when search.qa_renaming's short forms take a name's rest glued to the next word ("理工大和…": 理工 and
大, search.qa_renaming.glued) or a short form glued at the end of verbs the parse kept with it ("纠结报交大": 交大, "听说海大也": 海大,
search.qa_renaming.verbs_around); the harness: bench/qa_fires.py.

    python bench/glued_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search import qa_renaming


def counted(qa) -> Callable[[], int]:
    """The renaming's glue and tail steps wrapped to count each renaming they changed."""
    fired, tails = [0], set()
    glued, verbs_around = qa_renaming.glued, qa_renaming.verbs_around

    def counted_verbs_around(text, word, i, j):
        ok = verbs_around(text, word, i, j)
        tails.update({word[i:j]} if ok else set())
        return ok

    def counted_glued(text, phrase, name):
        taken = glued(text, phrase, name)
        fired[0] += taken != phrase or phrase in tails
        tails.clear()
        return taken

    qa_renaming.glued, qa_renaming.verbs_around = counted_glued, counted_verbs_around
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
