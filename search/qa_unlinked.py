"""Names the question writes without a suffix that link to nothing: "which projects did huawei sign",
"who does byd partner with", "tell me about lenovo", "xiaomi的合作学校有哪些".

A capitalised or suffixed name is found by the scope stage (search/qa_scope.py) before answering; a
lower-case word with no suffix cannot be told from an ordinary word there. Once the answer is empty,
a Latin word the reading left in the topic is read as a name when it stands where a name stands: in
a Chinese question any Latin word does (a Chinese question writes names, not English words, in Latin
letters); in an English one, after "with", "about", "by", "between", "and" or "from", or between an
auxiliary and a verb of cooperation ("did huawei sign"). It must be no word of the graph's names or
of the reading's (search.qa_scope.Scope.plain). The answer then says "the graph holds nothing about
huawei" instead of "no projects on huawei": what is missing is the name, not the projects.

Contract: ``unlinked_names(question, topic, plain)`` gives those words of ``topic`` (the parse's) in
``question`` (as typed), in question order, each once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.han import HAN
from search.understand import RELATION_WORDS

NAME_WORD = r"([a-z][a-z0-9&'’-]*)"
# Where an English question writes the name of what it asks about.
AFTER_PREPOSITION = re.compile(rf"\b(?:with|about|by|between|and|from)\s+{NAME_WORD}", re.IGNORECASE)
AS_SUBJECT = re.compile(rf"\b(?:did|does|do|has|have|is|was|were|can|will)\s+{NAME_WORD}\s+([a-z]+)", re.IGNORECASE)
EN_RELATIONS = frozenset(w for w in RELATION_WORDS if not HAN.search(w))
# Latin words shorter than this are acronyms of ordinary words or particles too often to be named.
MIN_LETTERS = 3


def unlinked_names(question: str, topic: str, plain: Callable[[str], bool]) -> list[str]:
    """The Latin words of ``topic`` that ``question`` writes where a name stands and that ``plain``
    (a word of the graph's or of the reading's) does not hold (see the module)."""
    left = {w for w in topic.split() if re.fullmatch(r"[a-z][a-z0-9&'’-]*", w)}
    if not left:
        return []
    if HAN.search(question):
        slots = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9&'’-]*", question)]
    else:
        slots = [m.group(1).lower() for m in AFTER_PREPOSITION.finditer(question)]
        slots += [m.group(1).lower() for m in AS_SUBJECT.finditer(question) if m.group(2).lower() in EN_RELATIONS]
    return list(dict.fromkeys(w for w in slots if w in left and len(w) >= MIN_LETTERS and not plain(w)))
