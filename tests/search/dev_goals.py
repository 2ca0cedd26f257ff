"""The issue's goals for a question-answering development set, checked the same way for every round:
right on answerable questions, honest (empty) on unanswerable ones."""

from pathlib import Path

from search.qa_eval import judge, load_qa_cases
from search.qa_values import states_number
from search.text import normalize

ANSWERABLE_GOAL = 0.9
HONEST_GOAL = 0.95


def outcomes_of(qa, path: Path) -> list:
    """Each case of the set at ``path`` with what is wrong with its answer (empty when right)."""
    return [(case, judge(case, qa.answer(case.q).to_dict())) for case in load_qa_cases(path)]


def assert_goal(outcomes, empty: bool) -> None:
    """The share of right answers among the unanswerable (``empty``) or answerable cases meets its
    goal; the failing questions are the message."""
    right = [not problems for case, problems in outcomes if case.expect_empty == empty]
    goal = HONEST_GOAL if empty else ANSWERABLE_GOAL
    assert sum(right) / len(right) >= goal, [c.q for c, p in outcomes if p and c.expect_empty == empty]


def labels(answer) -> set[str]:
    """The labels of an answer's answers."""
    return {a["label"] for a in answer.answers}


def cites(answer, words: str) -> bool:
    """Whether an evidence item of an answer holds ``words`` in its path or its source span."""
    return any(words in " ".join(e["path"]) or words in ((e.get("source") or {}).get("text") or "") for e in answer.evidence)


def states(answer, value: int) -> bool:
    """Whether an answer's text states ``value`` as a whole number, in any written form."""
    return states_number(normalize(answer.answer_text), value)


def assert_named_outside(answer, span: str, figures: tuple[int, ...]) -> None:
    """An answer about something the graph does not hold: nothing answered or cited, ``span`` named
    exactly as what is not held, and none of ``figures`` (the seed's) stated."""
    assert answer.answers == [] and answer.evidence == [], answer.answer_text
    assert f"关于{span}的" in answer.answer_text or f"about {span}," in answer.answer_text, answer.answer_text
    assert not any(states_number(answer.answer_text, n) for n in figures)
