"""How often round 32's partner-in-a-kind check changes an answer on question sets, and how often the changed answer is
right (judged as the evaluation judges it: search.qa_eval.judge), with the answers each question got without it: a
partner asked within a kind of cooperation the question names ("哪所大学和大连机床合建了实训基地", "Which university worked
on an R&D project with DVTC?") must share a cooperation of that kind with the organisation named, else the answer is the
honest refusal (search.qa_kind_unheld.KindsHeld._partners_in_kind); "who" asked with the kind as the only class word
("大连职院和谁合作了人才培养项目") is answered by the partners in cooperations of that kind (search.qa_compose.kind_asked_partners).

Only questions with a class word of a kind of cooperation can change (the check reads nothing else): the others are
not answered at all. Each of those is answered with the check, then with it switched off (the code as before it,
patched in this process). Printed per set and over all: questions, firings, right with and without, and empty cases
answered by the change (must be 0).

    python bench/coopkind32_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import answered_afresh, changed_main, patched

from search import qa as qa_module
from search import qa_compose
from search.qa import QuestionAnswerer
from search.qa_graph import ORGANIZATION, PROJECT, within
from search.qa_kind_unheld import KindsHeld
from search.understand import Understanding

UNCHANGED = {"answer_text": "", "answers": []}


def _unheld_before(self: KindsHeld, u: Understanding, answers: list[dict], operators=()) -> str | None:
    """KindsHeld.unheld before round 32: a project kind no named organisation takes part in at all, answers read."""
    orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    if not answers or not orgs:
        return None
    for word in self.lexicon.class_words_in(u.blanked or u.question):
        kinds = self._kinds(word)
        projects = {c for c in kinds if within({c}, PROJECT, self.lexicon.catalogue.ancestors)}
        if projects and not kinds & u.answer_classes and not any(self.graph.cooperations(o, kinds) for o in orgs):
            return word
    return None


def _refusal_before(word: str, lang: str, partner: str = "") -> str:
    return (f"图谱中没有所问单位参与的{word}（它给出的相近事实不是所问的），无法回答。" if lang == "zh"
            else f"The graph holds no {word} the organisation named takes part in (the near facts it gives are not that), "
                 "so this cannot be answered.")


def check_off():
    """The check switched off: KindsHeld.unheld and its refusal as before round 32, and "who" asked with a kind of
    cooperation as the only class answered by every partner (qa_compose.kind_asked_partners)."""
    return patched((KindsHeld, "unheld", _unheld_before), (qa_module, "kind_refusal", _refusal_before),
                   (qa_compose, "kind_asked_partners", lambda u, anchors, facts: anchors))


def answered(qa: QuestionAnswerer, question: str) -> dict:
    """The answer as a dict when the question holds a class word of a kind of cooperation; a constant (no change) else."""
    if not any(qa.kinds_held._kinds(w) for w in qa.lexicon.class_words_in(question)):
        return UNCHANGED
    return answered_afresh(qa, question)


if __name__ == "__main__":
    changed_main(__doc__.splitlines()[0], check_off, answered)
