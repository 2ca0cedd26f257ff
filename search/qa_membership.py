"""Membership of a consortium, asked yes or no: "大连大学是联合体成员吗", "Is Dalian University a member of the
consortium?", "大连理工大学加入联合体了吗".

A verdict needs the fact: "yes" when the graph names the organisation a member (cj:member, its span cited);
"no" only when the graph's member list is whole (it names as many members as the member count it holds).
Otherwise the graph does not record the membership either way, and the answer says so (closed-world
honesty), with the member count it does hold as the derivation: taking part in a consortium's project is
no membership, and a member count names no members.
"""

from __future__ import annotations

import re

from search.qa_answer import evidence_item
from search.qa_fact_indexes import figures_of
from search.qa_form import LogicalForm
from search.qa_graph import CONSORTIUM
from search.qa_member_kinds import LISTED_MEMBERS, MEMBER, MEMBER_COUNT
from search.qa_outcome import OperatorBase, Outcome
from search.understand import Understanding

# A claim of membership: "是…成员(单位)", "加入了…", "a member of", "belong to … consortium", "joined".
MEMBERSHIP_CLAIMED = re.compile(r"成员|会员|加入|\bmembers?(?:hip)?\b|\bjoin(?:ed|s)?\b|\bbelongs? to\b|\bpart of\b")


class Membership(OperatorBase):
    """The membership claim of a yes/no question."""

    def membership(self, form: LogicalForm) -> Outcome | None:
        """The verdict on one named organisation's membership of the one consortium the question names
        (by name or by its class word); None when the question claims no membership."""
        u = form.understanding
        if "yes/no" not in form.operators or not MEMBERSHIP_CLAIMED.search(u.blanked):
            return None
        orgs = [o for o in self._orgs(u) if not self._is(self.graph.classes.get(o, frozenset()), CONSORTIUM)]
        consortia = self._consortia(u)
        if len(orgs) != 1 or len(consortia) != 1:
            return None
        org, consortium = orgs[0], consortia[0]
        members = {r["m"] for r in self.facts.kg.select(LISTED_MEMBERS, c=consortium)}
        names = self.facts.label(org, u.lang), self.facts.label(consortium, u.lang)
        if org in members:
            source = self.facts.evidence(consortium, MEMBER, org)
            item = evidence_item([self.facts.label(consortium), "成员单位 member", self.facts.label(org)], source)
            return Outcome(self._entities([org]), [item], self._lang(u, f"是。{names[0]}是{names[1]}的成员单位。",
                                                                     f"Yes. {names[0]} is a member of {names[1]}."))
        total = self._member_total(consortium)
        if members and total is not None and len(members) >= total:
            return Outcome([], [], self._lang(u, f"否。图谱列出的{names[1]}全部{total}家成员单位中没有{names[0]}。",
                                              f"No. {names[0]} is not among the {total} members of {names[1]} the graph lists."),
                           settled=True)
        held = self._lang(u, f"（图谱只记载其成员单位共{total}家，未列出名单）" if total else "",
                          f" (it holds only their number, {total}, not who they are)" if total else "")
        return Outcome([], [], self._lang(u, f"图谱没有记载{names[0]}是否为{names[1]}的成员单位{held}，无法判断。",
                                          f"The graph does not record whether {names[0]} is a member of {names[1]}{held}."),
                       settled=True)

    def _consortia(self, u: Understanding) -> list[str]:
        """The consortia the question names: by name, else the graph's only one when a class word names the kind."""
        named = [m.doc.iri for m in u.mentions if self._is(m.doc.types, CONSORTIUM)]
        if named:
            return list(dict.fromkeys(named))
        said = any(self._is(c, CONSORTIUM) for c in self._classes(u))
        held = self.graph.instances.get(CONSORTIUM, set())  # its size told at once, the consortia not listed
        return sorted(held) if said and len(held) == 1 else []

    def _member_total(self, consortium: str) -> int | None:
        """The consortium's whole member count (the largest it holds), or None: read off its own figures
        (qa_fact_indexes.figures_of, indexed once), not every figure of the graph."""
        counts = [int(self.facts.figures["zh"][q]["value"]) for q in figures_of(self.facts, consortium)
                  if self.facts.quantity_owner[q][1] == MEMBER_COUNT and q in self.facts.figures["zh"]]
        return max(counts) if counts else None
