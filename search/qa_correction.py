"""The correction a "no" states: a yes/no claiming that named organisations worked together ("东风日产是跟大连交大
一起搞的充电故障检测吗", "Does Dongfeng Nissan work with Dalian University?") that the graph does not bear out is
answered "no" and with what the graph holds instead, so the asker learns the fact their premise got wrong.

Contract: ``Corrections.corrected(form, orgs, coops, denial)`` applies when the named organisations share no cooperation
(search.qa_yes_no asks it then). The cooperation the claim is about is the one it names, else the one it describes
(search.qa_party_claims._described: by an industry or a topic the question links); its parties are stated, and the
named organisations not among them. With no cooperation pinned down, the partners of the kind of the others named
(a university claimed: university partners) of the named organisation with fewest such are stated with the
cooperation they share (the claim's own fact: a company's one university partner, not a university's many
companies), when they are at most MOST_STATED. The answers stay empty (a "no" answers nothing); None when the graph holds no such fact to state.
"""

from __future__ import annotations

from search.qa_fact_indexes import by_label
from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_outcome import Outcome, participation_item, post_item, post_pairs
from search.qa_party_claims import PartyClaims
from search.qa_post_premise import posts_text
from search.understand import Understanding

# How many partners a correction names at most: more (a university's many partners) is no one fact the claim got
# wrong, and a list cut short would misstate what the graph holds, so none is stated.
MOST_STATED = 3


class Corrections(PartyClaims):
    """The correction of a false claim that named organisations worked together (see the module)."""

    def corrected(self, form: LogicalForm, orgs: list[str], coops: list[str], denial: str) -> Outcome | None:
        """"No" (``denial``: the verdict's sentence) with what the graph holds instead, or None (see the module)."""
        u = form.understanding
        coop = coops[0] if len(coops) == 1 else None if coops else self._described(form)
        if coop is not None:
            parties = by_label(self.facts, self.graph.parties.get(coop, ()))
            absent = [o for o in orgs if coop not in self.graph.cooperations(o)]  # (a group takes part by its unit)
            if not parties or not absent:
                return None
            evidence = [participation_item(self.facts, p, coop) for p in parties]
            return Outcome([], evidence, self._no(u, absent, coop, parties, False))
        shared = self._partners_of_kind(orgs)
        if not shared:
            return None
        evidence = [participation_item(self.facts, p, c) for org, partner, c in shared for p in (org, partner)]
        said = self._lang(u, "；", "; ").join(self._partnered(u, *fact) for fact in shared)
        return Outcome([], evidence, f"{denial}{self._lang(u, '图谱记载', ' The graph has ')}{said}"
                       f"{self._lang(u, '。', '.')}")

    def posts_instead(self, u: Understanding, denial: str) -> Outcome | None:
        """"杨跃权是大连理工大学的校长吗": "no" (``denial``) with the posts the graph holds of the one person named, each
        cited; None when the question names no one person or the graph holds no post of theirs."""
        people = list(dict.fromkeys(m.doc.iri for m in u.mentions if PERSON in m.doc.types))
        held = post_pairs(self.facts, people[0]) if len(people) == 1 else []
        if not held:
            return None
        name, posts = self.facts.label(people[0], u.lang), posts_text(self.facts, u.lang, held)
        return Outcome([], [post_item(self.facts, people[0], pos, org) for pos, org in held], denial + self._lang(u, f"图谱记载{name}的职务：{posts}。", f" The graph records {name}'s posts: {posts}."))

    def _partners_of_kind(self, orgs: list[str]) -> list[tuple[str, str, str]]:
        """(named organisation, its partner, the cooperation they share) for the partners of the kind of the others
        named (their classes but the root) of the named organisation with fewest such (a company's one university
        partner, not a university's many companies: the claim's own fact); none when even those are more than
        MOST_STATED."""
        found: list[list[tuple[str, str, str]]] = []
        for org in orgs:
            kinds = set().union(*(self.graph.classes.get(o, frozenset()) for o in orgs if o != org)) - {ORGANIZATION}
            partners = self.graph.partners(org, kinds) if kinds else {}
            found.append([(org, p, c) for p in by_label(self.facts, set(partners) - set(orgs)) for c in sorted(partners[p])])
        fewest = min((f for f in found if f), key=len, default=[])
        return fewest if len(fewest) <= MOST_STATED else []

    def _partnered(self, u: Understanding, org: str, partner: str, coop: str) -> str:
        a, b, c = (self.facts.label(x, u.lang) for x in (org, partner, coop))
        return self._lang(u, f"{a}与{b}合作（{c}）", f"{a} working with {b} on {c}")
