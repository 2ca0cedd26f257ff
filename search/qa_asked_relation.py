"""The relation a who-question asks by must be one the graph holds: "Who chaired the progress meeting at the
machine tool company?" asks who CHAIRED it; the graph holds the people quoted there and the posts they hold, no
chair, so the person quoted is no answer. The same need is written "推进会由谁主持", "Whom do we contact", "who
presided over …", "主持会议的是谁": the word the asking word asks by (the verb after who/谁, or before 的是谁) names the relation asked. When the coverage of the answer (search.qa_coverage, read by search.qa_readings)
leaves that very word unaccounted and held nowhere, and no relation of the ontology is named by it (its labels'
words: "who spoke for X" asks 发言人 spoken by, "who organised it" 主办方 organizer), the answer is a neighbouring
fact of the same thing, and the honest answer is empty.

Only an answer of a plan reading no relation word of the question is checked (FACT_PLANS: a post held, a date, a
place, a figure): a plan reading a relation of its own (authors, speakers, issuers), a participation, or an
operator's answer (a comparison, a project's parties) answers the relation it reads.

Contract: ``AskedRelation.of(kg)`` reads the ontology's relation labels once; ``.checked(answer, question)`` is
``answer`` (with its understanding's "unheld" words and "plan", search.qa_readings), or it emptied and settled when
a who-word of the normalised ``question`` asks by an unheld word naming no relation (see above). Words the asking
word is written with (auxiliaries, pronouns, 来/去) are skipped, never asked by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from search.auxiliaries import AUXILIARIES, MODALS
from search.qa_answer import Answer
from search.qa_match import han_pairs
from search.qa_plans import DatePlan, PeoplePlan, PlacePlan, PositionsPlan, QuantityPlan

# The plans whose answers are facts of a thing (a post held there, its date, place or figure), no relation asked.
FACT_PLANS = frozenset(plan.kind for plan in (PeoplePlan, PositionsPlan, DatePlan, PlacePlan, QuantityPlan))

# The labels of the ontology's relations, in both languages: the relations the graph can hold of anything.
RELATION_LABELS = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { { ?p a owl:ObjectProperty } UNION { ?p a owl:DatatypeProperty } ?p rdfs:label ?label }"""
# An English word and a label's word name the same relation when they share their first letters ("spoke", "spoken").
STEM_LETTERS = 5
WORD = re.compile(r"[a-z]+|[\u4e00-\u9fff]+")
# English: "who chaired", "whom do we contact", "who will she report to".
_AUX = rf"(?:{AUXILIARIES}|{MODALS}|must|shall|gets?|got)"
_SUBJECT = r"(?:we|i|you|they|she|he|it|one|my\s+\w+|our\s+\w+)"
# (the word right after: "who is the head of X", "who is in charge of X" ask a post, which no verb names here)
ASKED_BY_EN = re.compile(rf"\bwhom?\s+(?:{_AUX}\s+(?:{_SUBJECT}\s+)?)?([a-z]+)")
# Chinese: "由谁主持", "谁来负责", "是谁主办的"; and the asked relation before its who-word: "主持会议的是谁", "联系人是谁".
ASKED_BY_ZH = (re.compile(r"谁(?:来|去|在|负责)?(?![人的家是])([\u4e00-\u9fff]{2})"),
               re.compile(r"([\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{0,4}的)?(?:人)?(?:是|为|叫)谁"))


def asked_by(question: str) -> list[str]:
    """The words the who-words of the normalised ``question`` ask by (see the module), in order."""
    words = [m.group(1) for m in ASKED_BY_EN.finditer(question)]
    return words + [m.group(1) for pattern in ASKED_BY_ZH for m in pattern.finditer(question)]


def _pieces(word: str) -> set[str]:
    """What a word is matched on: an English word's first letters, a Han run's two-character pieces."""
    return (han_pairs(word) or {word}) if "\u4e00" <= word[0] <= "\u9fff" else {word[:STEM_LETTERS]}


@dataclass(frozen=True)
class AskedRelation:
    """The who-question's relation checked against what the graph can hold (see the module)."""

    held: frozenset[str]  # the pieces of the words of the ontology's relation labels

    @classmethod
    def of(cls, kg) -> AskedRelation:
        """The check, with the relation labels of ``kg``'s ontology read once."""
        words = (w for row in kg.select(RELATION_LABELS) for w in WORD.findall(str(row["label"]).lower()))
        return cls(frozenset(p for w in words for p in _pieces(w)))

    def unheld(self, question: str, unheld: list[str], plan: str | None) -> str | None:
        """The word a who-word of ``question`` asks by that ``unheld`` lists and no relation label names, when
        ``plan`` reads no relation (FACT_PLANS), or None."""
        if plan not in FACT_PLANS:
            return None
        held_nowhere = set(unheld)
        return next((w for w in asked_by(question) if w in held_nowhere and not _pieces(w) & self.held), None)

    def checked(self, answer: Answer, question: str) -> Answer:
        """``answer``, or it emptied and settled when the relation its who-word asks by is held nowhere."""
        u = answer.understanding
        word = self.unheld(question, u.get("unheld", []), u.get("plan")) if answer.answers else None
        if word is None:
            return answer
        text = (f"图谱中没有关于“{word}”这一关系的记载（它给出的相近事实不是所问的），无法回答。" if u.get("lang") == "zh"
                else f"The graph holds nothing on “{word}” as asked (the near facts it gives are not that), so this cannot be answered.")
        return replace(answer, answers=[], evidence=[], total=None, answer_text=text,
                       understanding={**u, "settled": True, "relation_unheld": word})
