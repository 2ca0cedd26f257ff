"""The response shape of /api/ask and ``chanjiao ask`` (``Answer``): what search.qa.QuestionAnswerer gives and every
stage after the plan fills in (answers, evidence, the sentence, the query, the related entities, the understanding).

Contract: ``evidence_item(path, spans, derivation)`` is every evidence item's one constructor; ``counted(result)`` how
many answers an answer or an operator's outcome has; ``parse_summary(u, …)`` the understanding read off a parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from search.qa_compose import Plan
    from search.understand import Understanding


def evidence_item(path: list[str], spans: Sequence[dict] | None = None, derivation: str | None = None) -> dict:
    """An evidence item: the ``path`` through the graph, as its ``source`` the first of the ``spans`` stating it, and,
    when no span states it, the ``derivation`` saying how the graph gives it (none when None)."""
    if spans:
        return {"path": path, "source": spans[0]}
    return {"path": path, "source": None} if derivation is None else {"path": path, "source": None, "derivation": derivation}


def counted(result) -> int:
    """How many answers ``result`` (an answer or an operator's outcome) has: its total when it lists
    only the first of them, else as many as it lists."""
    return len(result.answers) if result.total is None else result.total


@dataclass
class Answer:
    """The response shape of /api/ask and ``chanjiao ask``."""

    question: str
    answers: list[dict] = field(default_factory=list)
    answer_text: str = ""
    evidence: list[dict] = field(default_factory=list)
    sparql: str = ""
    related: list[dict] = field(default_factory=list)
    understanding: dict = field(default_factory=dict)
    total: int | None = None  # how many answers there are, when more than ``answers`` lists (QAConfig.max_answers)

    def to_dict(self) -> dict:
        return {"question": self.question, "answers": self.answers, "total": counted(self),
                "answer_text": self.answer_text, "evidence": self.evidence, "sparql": self.sparql,
                "related": self.related, "understanding": self.understanding}


def parse_summary(u: Understanding, anchors: Iterable[tuple[str, float]] = (), plan: Plan | None = None,
                  unknown: Sequence[str] = ()) -> dict:
    """The ``understanding`` of an answer read off the parse ``u``: its language, intent, answer type and classes,
    linked entities and topic, with the ``anchors`` (iri, confidence) linked, the kind of ``plan`` and the names
    read as ``unknown`` (``outside_graph``)."""
    return {"outside_graph": list(unknown), "lang": u.lang, "intent": u.intent, "answer_type": u.answer_word,
            "answer_classes": sorted(u.answer_classes), "entities": [m.doc.iri for m in u.mentions],
            "topic": u.topic, "anchors": [a for a, _ in anchors], "plan": plan.kind if plan else None}
