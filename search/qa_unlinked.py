"""Latin names a Chinese question writes that link to nothing: "xiaomi的合作学校有哪些".

A capitalised or suffixed name is found by the scope stage (search/qa_scope.py) before answering, and
so is a lower-case English name where an English question's structure puts a name (search/qa_english_names.py).
In a Chinese question any Latin word the reading left in the topic is read as a name (a Chinese
question writes names, not English words, in Latin letters) when it is no word of the graph's names
or of the reading's (search.qa_scope.Scope.plain). The answer then says "the graph holds nothing about
xiaomi" instead of "no projects on xiaomi": what is missing is the name, not the projects.

Contract: ``unlinked_names(question, topic, plain)`` gives those words of ``topic`` (the parse's) in
``question`` (as typed), in question order, each once; none for an English question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.han import HAN

# Latin words shorter than this are acronyms of ordinary words or particles too often to be named.
MIN_LETTERS = 3


def unlinked_names(question: str, topic: str, plain: Callable[[str], bool]) -> list[str]:
    """The Latin words of ``topic`` that ``question`` writes where a name stands and that ``plain``
    (a word of the graph's or of the reading's) does not hold (see the module)."""
    left = {w for w in topic.split() if re.fullmatch(r"[a-z][a-z0-9&'’-]*", w)}
    if not left:
        return []
    if not HAN.search(question):
        return []  # an English question's names are read by their place in it (search.qa_english_names)
    slots = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9&'’-]*", question)]
    return list(dict.fromkeys(w for w in slots if w in left and len(w) >= MIN_LETTERS and not plain(w)))
