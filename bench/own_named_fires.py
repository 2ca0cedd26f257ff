"""How often search.qa_own_named fires on question sets, and how often the answer is then right.

A question fires when a kind word's anchors gain a named organisation's own cooperation of another class, by a word
of its name ("金州区第一幼儿园合建的什么基地": its talent-cultivation 基地项目); the harness: bench/qa_fires.py.

    python bench/own_named_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

import search.qa


def counted(qa) -> Callable[[], int]:
    """search.qa's own_named wrapped to count each call adding a cooperation of no class the kind word names."""
    fired = [0]
    own_named = search.qa.own_named

    def counted_own(graph, labels, orgs, word):
        found = own_named(graph, labels, orgs, word)
        kinds = set(qa.lexicon.class_words.get(word + "类") or qa.lexicon.class_words.get(word + "项目") or ())
        fired[0] += any(not graph.classes.get(c, set()) & kinds for c in found)
        return found

    search.qa.own_named = counted_own
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
