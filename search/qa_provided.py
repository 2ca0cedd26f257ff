"""An organisation's own plans counted, whatever words say it has them: "大连职院下一步重点推进几个计划", "how many
separate plans did the college list", "how many key programmes will it roll out next within the consortium".

A programme (cj:TrainingProgramme) is the provider's own, not a cooperation: the words saying that the organisation
has it — the verbs of planning, launching, carrying out and listing it, the words ranking it key or main, the count's
own "separate"/"distinct", and the time and place frame ("next", "within the consortium") — name no topic and narrow
nothing. Any other word stays a topic ("how many hydrogen plans", "面向海外的计划"): the programmes are then kept to
the industries it names (search.qa_planners.plan_programmes), or nothing is answered when it names nothing held.

Contract: ``provision_read(u)`` is ``u`` with those words taken out of its topic when it asks for programmes of an
organisation it names; ``u`` unchanged otherwise. The logical form is made of what it returns (search.qa.QuestionAnswerer.form).
"""

from __future__ import annotations

from dataclasses import replace

from graph.han import HAN as CJK
from search.qa_graph import ORGANIZATION, PROGRAMME
from search.understand import Understanding

# How an organisation is said to have its plans, in both languages (words of the topic as the parse leaves them).
PROVIDING = frozenset({
    # the verbs of having, launching, carrying out and listing a plan
    "推进", "推出", "实施", "开展", "落实", "打算", "提出", "部署", "安排", "列了", "列出", "列", "公布", "宣布", "启动", "推行", "搞",
    "plan", "plans", "planning", "planned", "roll", "rolls", "rolling", "rolled", "launch", "launches", "launched",
    "launching", "implement", "implements", "implemented", "implementing", "carry", "carries", "carried", "put", "puts",
    "forward", "announce", "announces", "announced", "announcing", "unveil", "unveils", "unveiled", "list", "lists",
    "listed", "listing", "lay", "lays", "laid", "set", "sets", "adopt", "adopts", "adopted", "pursue", "pursues", "run", "runs",
    # the plans ranked key or main, and the count's own distinctness
    "重点", "主要", "核心", "key", "main", "major", "core", "priority", "separate", "distinct", "different", "individual",
    # the frame of time and place: next, within the consortium being built, as the college says
    "下一步", "接下来", "今后", "建设", "建设中", "next", "steps", "step", "inside", "within", "say", "says", "said", "will",
})


def provision_read(u: Understanding) -> Understanding:
    """``u`` with the topic words that only say how a named organisation has its programmes taken out (see the
    module); unchanged unless it asks for programmes of an organisation it names."""
    if PROGRAMME not in u.answer_classes or not u.topic or not any(ORGANIZATION in m.doc.types for m in u.mentions):
        return u
    kept = [w for w in u.topic.split() if not _providing(w)]
    return u if len(kept) == len(u.topic.split()) else replace(u, topic=" ".join(kept))


def _providing(word: str) -> bool:
    """Whether a topic word says only how a plan is had: a word of PROVIDING, or a Chinese run made of them."""
    if word.lower() in PROVIDING:
        return True
    if not CJK.search(word):
        return False
    rest = word
    for w in sorted((w for w in PROVIDING if CJK.search(w)), key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest
