"""What connects two or more named organisations (or people, through the organisations they hold posts at) that share
no cooperation: the go-betweens, each an organisation cooperating with every one of them ("冰山松洋同医诺生物之间有咩
联系", "what institution connects them", "能通过哪所学校联系起来", "their common partner", "What ties A to B").

The named organisations are connected directly when a cooperation holds them all: that is what they share, answered
here when a connection is asked of no kind ("What ties DUT to DVTC", "之间有什么关联": the words of the connection asked
are this reading's, no topic), else by search.qa_operators.shared or the parties' plan (a kind asked). Otherwise the path is
two hops, A —cooperation— X —cooperation— B: the answers are the organisations X of the kind asked (any organisation when
none is asked: "合作方", "institution", "partner" ask that) that take part in a cooperation with each named one, every
hop cited. The answer is empty, and says so, when no such X is of the kind asked or none is within two hops. A person
named stands at the organisations of their posts, the post cited ("董建军和大连职院有什么联系": his company's cooperation
with the college; "…和东风日产大连": the partner his company and Dongfeng Nissan share); a person of no organisation's,
or one holding a post at the other named organisation (an affiliation), is other readings'. A cooperation asked ("which
project connects them"), a count compared, a negation or an exception, and a yes/no claim are other readings' too.

Contract: ``Bridges.bridge(form)`` → an Outcome, or None when the question is not of this shape (the cue: the form's
``connection``, "link" for a connection asked, qa_cues.BRIDGE_ASKED, "both" for a partner of each, qa_cues.BOTH_ASKED,
of organisations only). Reads the participation graph and the posts only.
"""

from __future__ import annotations

from dataclasses import dataclass

from search.qa_form import LogicalForm
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_outcome import OperatorBase, Outcome, derived, participation_items, post_item, post_pairs
from search.understand import Understanding

# The operators whose readings a connection asked beside them is part of, never this one's.
OTHER_READINGS = frozenset(("negation", "except", "compare", "yes/no", "two types", "superlative"))


@dataclass(frozen=True)
class Side:
    """One named end: the entity, the organisations it stands at (itself, or a person's), the posts' evidence."""

    named: str
    orgs: tuple[str, ...]
    posts: tuple[dict, ...] = ()


class Bridges(OperatorBase):
    """The go-betweens of named organisations (see the module)."""

    def bridge(self, form: LogicalForm) -> Outcome | None:
        """The organisations of the kind asked cooperating with each named end, which share no cooperation; or, a person
        named, the cooperations the ends share."""
        if not form.connection or OTHER_READINGS & form.operators:
            return None  # (the cue first: the ends and their posts are read only when a connection is asked)
        u = form.understanding
        sides = self._sides(u)
        asked = frozenset(u.answer_classes) or frozenset((ORGANIZATION,))
        if sides is None:
            return None
        if form.connection == "both" and any(s.posts for s in sides):
            return None  # "both" said of people asks for both of them ("give me both names"), no link
        if not self._is(asked, ORGANIZATION):
            return None  # a cooperation asked: what they share connects them (shared)
        common = set.intersection(*(set().union(*(self.graph.cooperations(o) for o in s.orgs)) for s in sides))
        if common:  # one cooperation holds them all: what they share, a connection asked of no kind
            # ("What ties DUT to DVTC", "之间有什么关联") or a person's; a kind asked is the parties' plan's
            direct = (form.connection == "link" and not u.answer_classes) or any(s.posts for s in sides)
            return self._shared_through_posts(u, sides, common) if direct else None
        hops = [self._partners(s, asked) for s in sides]
        named = set().union(*(self.graph.members(o) for s in sides for o in s.orgs))
        between = sorted(set.intersection(*(set(h) for h in hops)) - named, key=self.facts.label)
        links = [[link for s, h in zip(sides, hops) for o, c in sorted(h[x]) for link in ((o, c), (x, c))] for x in between]
        evidence = [p for s in sides for p in s.posts] + participation_items(self.facts, links)
        evidence += [derived(self.facts, x, "partner of " + ", ".join(self.facts.label(s.named, "en") for s in sides))
                     for x in between]
        return Outcome(self._entities(between), evidence, self._bridge_sentence(u, sides, between), settled=True,
                       applied="bridge")

    def _sides(self, u: Understanding) -> list[Side] | None:
        """The named ends in order, each with its organisations; None when fewer than two, or a person is of no
        organisation or holds a post at another named one."""
        sides = []
        for x, types in {m.doc.iri: m.doc.types for m in u.mentions if m.doc.types & {ORGANIZATION, PERSON}}.items():
            if ORGANIZATION in types:
                sides.append(Side(x, (x,)))
                continue
            pairs = post_pairs(self.facts, x)
            sides.append(Side(x, tuple(dict.fromkeys(o for _, o in pairs if o)),
                              tuple(post_item(self.facts, x, p, o) for p, o in pairs if o)))
        held = [set().union(*(self.graph.members(o) for o in s.orgs)) for s in sides]
        if len(sides) < 2 or not all(s.orgs for s in sides) or any(a & b for i, a in enumerate(held) for b in held[i + 1:]):
            return None
        return sides

    def _partners(self, side: Side, asked: frozenset[str]) -> dict[str, set[tuple[str, str]]]:
        """The partners of the kind asked of a side's organisations → the (party of the side, cooperation) links."""
        found: dict[str, set[tuple[str, str]]] = {}
        for org in side.orgs:
            parties = self.graph.cooperations(org)
            for partner, coops in self.graph.partners(org, asked).items():
                found.setdefault(partner, set()).update((parties[c], c) for c in coops)
        return found

    def _shared_through_posts(self, u: Understanding, sides: list[Side], common: set[str]) -> Outcome:
        """The cooperations every end takes part in, a person's through the organisation of their post (cited)."""
        coops = sorted(common, key=self.facts.label)
        links = [[(p, c) for s in sides for o in s.orgs for p in [self.graph.cooperations(o).get(c)] if p] for c in coops]
        evidence = [p for s in sides for p in s.posts] + participation_items(self.facts, links)
        return Outcome(self._entities(coops), evidence, self._cooperate_on(u, self._pair(u, sides), coops), applied="bridge")

    def _pair(self, u: Understanding, sides: list[Side]) -> str:
        """The named ends, a person's with the organisations of their posts ("董建军（通用技术集团大连机床有限责任公司）")."""
        def side(s: Side) -> str:
            at = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in s.orgs)
            return self.facts.label(s.named, u.lang) + (self._lang(u, f"（{at}）", f" ({at})") if s.posts else "")
        return self._lang(u, "、", ", ").join(side(s) for s in sides)

    def _bridge_sentence(self, u: Understanding, sides: list[Side], between: list[str]) -> str:
        """The go-betweens named with the count, or that none is held (the kind asked named)."""
        kind = u.answer_word or self._lang(u, "合作方", "organisation")
        pair, names = self._pair(u, sides), self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in between)
        if not between:
            return self._lang(u, f"{pair}没有共同参与的合作，两步之内图谱中也没有同时与它们合作的{kind}。",
                              f"{pair} share no cooperation, and within two hops the graph holds no {kind} cooperating "
                              f"with each of them.")
        return self._lang(u, f"{pair}没有共同参与的合作，通过同时与它们合作的{kind}联系起来（{len(between)}个）：{names}。",
                          f"{pair} share no cooperation; they are connected through the {kind} cooperating with each "
                          f"of them ({len(between)}): {names}.")
