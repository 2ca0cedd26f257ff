"""Linking a leftover phrase of a question to an entity: short forms and typos of names
("大交大", "大连理工大雪", "Dalian Jiatong Univeristy") that the exact lexicon does not know.

A phrase links to the top lexical-search hit among organisations, people and cooperations
when that hit scores at least ``min_score`` and at least ``min_ratio`` times the runner-up;
both thresholds are fitted by bench/calibrate_qa_link.py on phrases the tests do not use.
"""

from __future__ import annotations

from search.engine import SearchEngine
from search.understand import CJ

# Linkable kinds: topics (industries) are resolved by the topic stage, not here.
LINKABLE = ("Organization", "Cooperation", "Person")


def candidates(engine: SearchEngine, phrase: str, k: int = 2) -> list[tuple[str, float, str]]:
    """The top lexical hits for a phrase among linkable kinds: (zh label, score, en label), best first."""
    found = [r for kind in LINKABLE for r in engine.search(phrase, k=k, type=f"{CJ}{kind}", mode="lexical")]
    found.sort(key=lambda r: -r.score)
    return [(r.label, r.score, r.label_en or r.label) for r in found[:k]]


def link(engine: SearchEngine, phrase: str, min_score: float, min_ratio: float, lang: str = "zh") -> str | None:
    """The label (zh, or en for ``lang="en"``) of the entity a phrase names, or None when no hit is
    clear enough."""
    found = candidates(engine, phrase)
    if not found or found[0][1] < min_score:
        return None
    if len(found) > 1 and found[0][1] < min_ratio * found[1][1]:
        return None
    return found[0][0] if lang == "zh" else found[0][2]
