"""A "yes" borne out by a shared cooperation only when the claim is one of cooperating: "Did Dongfeng Nissan hire
graduates from DUT?", "东风日产收购了大连理工大学吗", "大连理工大学给东风日产捐过钱吗" name two organisations that do share a
signed project, but claim another relation (hiring, buying, suing, giving money), which the graph holds nothing on.

The yes/no reading answers a claim naming two organisations (or one and a cooperation) with their shared cooperations
(search.qa_yes_no). That "yes" stands when the claim's words are all accounted for by them: the relation of taking
part, read by the parse ("合作", "team up", "sign": no residue), a word of a linked name, the asker's frame, a function
word (search.qa_leftover). A content word the graph holds nowhere left over (hire, graduates, 收购, sue: search.qa_coverage's
unheld words), or a sum of money claimed without a figure where no shared cooperation holds a sum, is a relation the
graph cannot check: no verdict, the shared cooperations cited as what it does hold ("it cannot say").

Contract: ``RelationVerdicts(classes, ancestors, harmless, sums).checked(answer, u)`` gives ``answer`` unchanged, or,
for such a "yes", the answer emptied and settled with that text. Reads what the answer already has (its understanding's
unheld words, the operators, its answers): no query, no second reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from search.qa_answer import Answer
from search.qa_coverage import Answered
from search.qa_graph import COOPERATION, ORGANIZATION, within
from search.qa_outcome import verdict_listing
from search.qa_text import VERDICTS
from search.qa_values import numbers_in
from search.understand import Understanding

# The leftover words asking about nothing (search.qa_leftover.Leftovers.asking_nothing).
Harmless = Callable[[list[str], Understanding, Answered], dict[str, str]]


class RelationVerdicts:
    """Tells a "yes" of shared cooperations to a claim of another relation (see the module)."""

    def __init__(self, classes: Mapping[str, Iterable[str]], ancestors: Mapping[str, Iterable[str]], harmless: Harmless,
                 sums: Callable[[str], bool]):
        """``classes``: an entity's classes; ``ancestors``: a class's broader ones; ``harmless``: as above; ``sums``:
        whether a cooperation holds a sum of money."""
        self.classes, self.ancestors, self.harmless, self.sums = classes, ancestors, harmless, sums

    def checked(self, answer: Answer, u: Understanding) -> Answer:
        """``answer``, or no verdict when its "yes" of shared cooperations answers a claim of another relation."""
        understood = answer.understanding
        if "yes/no" not in understood.get("operators", ()) or not answer.answers or not self._yes(answer.answer_text):
            return answer
        named = [m.doc.iri for m in u.mentions if self._is(m.doc.iri, ORGANIZATION) or self._is(m.doc.iri, COOPERATION)]
        coops = [a["id"] for a in answer.answers]
        if len(set(named)) < 2 or not all(self._is(c, COOPERATION) for c in coops):
            return answer
        unheld = [w for w in understood.get("unheld", ()) if w not in self.harmless(list(understood.get("unheld", ())), u, answer)]
        money = "money" in understood.get("operators", ()) and not numbers_in(u.question) and not any(self.sums(c) for c in coops)
        if not unheld and not money:
            return answer
        said = " ".join(unheld) or ("出钱" if u.lang == "zh" else "money")
        listed = verdict_listing(answer.answers, u.lang)
        text = (f"图谱只记载它们共同参与{listed}，没有记载“{said}”，无法判断是否。" if u.lang == "zh"
                else f"The graph records only that they share {listed}; it holds nothing on “{said}”, so it cannot say yes or no.")
        return replace(answer, answers=[], total=None, answer_text=text,
                       understanding={**understood, "settled": True, "relation_unheld": said})

    def _yes(self, text: str) -> bool:
        return bool(VERDICTS["是"].match(text) or VERDICTS["yes"].match(text.lower()))

    def _is(self, iri: str, root: str) -> bool:
        return any(within({c}, root, self.ancestors) for c in self.classes.get(iri, ()))
