"""The response shape of /api/ask and ``chanjiao ask`` (``Answer``): what search.qa.QuestionAnswerer gives and every
stage after the plan fills in (answers, evidence, the sentence, the query, the related entities, the understanding).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from search.qa_text import counted


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
