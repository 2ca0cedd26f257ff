"""An organisation's own cooperation said by a word of its name rather than by its class.

"金州区第一幼儿园跟人家合建的是个什么基地?": 基地 is a kind word (实训基地类项目), yet the kindergarten's one project is a
talent-cultivation project named 金普新区托幼一体化人才培养基地项目. A kind said by a word of cooperations' names names,
among the named organisations' own cooperations, those whose names hold that word too, whatever their class: a
stranger says "什么基地", "what centre" by the name the project carries. Only the named ones' own cooperations are
added, so a question naming no organisation, or one whose cooperations no name word fits, reads as before.

Contract: ``own_named(graph, labels, orgs, word)`` → the cooperations of ``orgs`` whose Chinese or English name holds
``word`` (an English word whole), sorted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from graph.han import HAN
from search.qa_graph import Participation


def own_named(graph: Participation, labels: Callable[[str], Iterable[str]], orgs: Iterable[str], word: str) -> list[str]:
    """The cooperations the organisations ``orgs`` take part in whose names (``labels``: an entity → its names) hold
    ``word``: as characters in a Chinese name, as a whole word in an English one."""
    word = word.strip().lower()
    if not word:
        return []
    held = re.compile(re.escape(word) if HAN.search(word) else rf"\b{re.escape(word)}\b")
    own = {c for o in orgs for c in graph.cooperations(o)}
    return sorted(c for c in own if any(held.search(name.lower()) for name in labels(c)))
