"""Posts besides one named: "杨跃权除了当校长还兼什么职", "besides being president, what post does Yang Yuequan
hold": the posts the named person holds, those the except clause names left out; empty, and said so, when
the person holds no other. Each post cites the span stating it."""

from __future__ import annotations

from search.qa_cues import EXCEPT_CLAUSE
from search.qa_form import LogicalForm
from search.qa_graph import PERSON, POSITION
from search.qa_match import uses
from search.qa_outcome import OperatorBase, Outcome, post_item


class OtherPosts(OperatorBase):
    """The posts-besides operator."""

    def other_posts(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        people = list(dict.fromkeys(m.doc.iri for m in u.mentions if PERSON in m.doc.types))
        if "except" not in form.operators or POSITION not in u.answer_classes or len(people) != 1:
            return None
        clauses = [m.group(1) or m.group(2) or "" for m in EXCEPT_CLAUSE.finditer(u.question)]
        held = [(pos, title) for person, pos, _, title in self.facts.positions if person == people[0]]
        left_out = {pos for pos, title in held if any(uses(c, title) for c in clauses)}
        if not left_out:
            return None
        others = sorted({pos for pos, _ in held} - left_out, key=self.facts.label)
        evidence = [post_item(self.facts, people[0], p) for p in others]
        name, listed = self.facts.label(people[0], u.lang), self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p in others)
        if not others:
            return Outcome([], [], self._lang(u, f"图谱中{name}没有其他职务。", f"The graph holds no other post of {name}."), settled=True)
        return Outcome(self._entities(others), evidence, self._lang(u, f"{name}还担任：{listed}。", f"{name} also holds: {listed}."))
