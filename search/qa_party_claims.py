"""Claims that an organisation is a party to one cooperation, asked yes or no or put for confirmation:
"数字人才那个项目里算不算有大连大学一份", "那个实践基地的合作学校是X，没错吧", "is X one of the signatories
of the OpenHarmony project?".

The claim is (X, party to, P) with, at times, the role X is said to play (合作学校, "the company"): X is the
one organisation the question names, P the one cooperation the rest of the question describes (by its
name, by the industry it is in, by the topic the question links to it, or by the other party named). A
cooperation's signatories are a list the article states whole, so the check is closed-world over it:
"yes" cites X's participation; "no" cites the parties of P (those of the role, when one is said) as the
stated facts the claim contradicts. A role the graph does not record (牵头, "lead") is a claim it holds
nothing on: no verdict, the party's taking part cited. A P the question does not pin down to one is left to
the other readings (None). Organisations an except clause names ("除了互感器集团和大职院，…") are given, not
claimed: with none left, the claim is of another party of the role said ("普兰店那家职教中心也在共建名单里吗"),
"yes" naming P's parties of the role besides them (a group set aside sets aside its units), else "no".
"""

from __future__ import annotations

import re

from search.qa_fact_indexes import by_label
from search.qa_form import LogicalForm, excepted
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION
from search.qa_match import latin_word
from search.qa_outcome import OperatorBase, Outcome, participation_item
from search.text import normalize
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS

# Roles in a cooperation the graph does not record (who leads, funds or hosts it): a claim of one is not
# a claim of taking part, and the graph holds nothing on it.
UNRECORDED_ROLES = re.compile(r"牵头|主导|发起|领衔|主持|负责|出资|投资|挂牌|承办|主办|\blead(?:s|ing)?\b|\bled\b|"
                              r"\bhead(?:s|ed)?\b|\bchair(?:s|ed)?\b|\binitiat\w*|\bfund\w*|\binvest\w*|\bhost\w*")
# A name blanked right before a class word: the word is the name's own head, no role.
NAME_BEFORE = re.compile(r"\s{2,}$")


class PartyClaims(OperatorBase):
    """The party-to-a-cooperation claim of a yes/no question (see the module's docstring)."""

    def party_claim(self, form: LogicalForm) -> Outcome | None:
        """The verdict on the one named organisation taking part in the one cooperation described; None
        when the question names more or fewer organisations, pins down no one cooperation, or claims a role
        the graph does not record."""
        u = form.understanding
        orgs = self._orgs(u)
        # "除了A和B，C也在共建名单里吗": the parties an except clause sets aside are given, not claimed (an except word
        # read in "算不算有X一份" sets aside no role's party: then X is claimed)
        aside = set(excepted(u)) if "yes/no" in form.operators and "except" in form.operators else set()
        if aside and not set(orgs) - aside and (other := self._other_of_role(form, aside)) is not None:
            return other
        if "yes/no" not in form.operators or len(orgs) != 1 or not self.graph.cooperations(orgs[0]):
            return None  # (a body party to no cooperation, a ministry, is claimed to have done something else)
        coop = self._described(form)
        if coop is None:
            return None
        party, parties = self.graph.cooperations(orgs[0]).get(coop), self.graph.parties[coop]
        if party is not None and (unrecorded := UNRECORDED_ROLES.search(u.blanked)):
            return self._unrecorded_role(u, orgs[0], coop, party, unrecorded.group())
        role = self._role(u, coop)
        holders = by_label(self.facts, [p for p in parties if not role or self.graph.classes.get(p, frozenset()) & role])
        if party is not None and (not role or party in holders):
            return Outcome(self._entities([orgs[0]]), [participation_item(self.facts, party, coop)], self._yes(u, orgs[0], coop, len(parties)))
        cited = holders or by_label(self.facts, parties)
        return Outcome([], [participation_item(self.facts, p, coop) for p in cited], self._no(u, orgs, coop, cited, bool(role and holders)),
                       settled=True)

    def _other_of_role(self, form: LogicalForm, aside: set[str]) -> Outcome | None:
        """"除了互感器集团和大职院，普兰店那家职教中心也在共建名单里吗": a party of the role said, besides those set aside,
        claimed of the one cooperation described: yes with the parties of the role, else no; None unless a role is said."""
        u = form.understanding
        coop, role = self._described(form), self._role(u)
        if coop is None or not role:
            return None
        parties = self.graph.parties[coop]
        given = set().union(*(self.graph.members(o) for o in aside))  # (a group set aside sets aside its units)
        holders = by_label(self.facts, [p for p in parties - given if self.graph.classes.get(p, frozenset()) & role])
        cited = holders or by_label(self.facts, parties)
        listed = self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p in cited)
        project = self.facts.label(coop, u.lang)
        text = (self._lang(u, f"是。{project}的这一方是{listed}。", f"Yes. On {project} that side is {listed}.") if holders else
                self._lang(u, f"否。{project}的签约方是{listed}（共{len(cited)}家）。", f"No. The parties to {project} are {listed} ({len(cited)} in all)."))
        return Outcome(self._entities(holders), [participation_item(self.facts, p, coop) for p in cited], text, settled=True)

    def _described(self, form: LogicalForm) -> str | None:
        """The one cooperation the question describes apart from the claimed party: those it names, those in
        the industries it names, then those its topic links to, each narrowing the last; None unless one is left."""
        u = form.understanding
        every = self.graph.of_class({COOPERATION})
        # an industry describes a cooperation only when the question says it speaks of one (a class word of one:
        # "那个实践基地", "the centre"); else the claim is of something else ("issued the Opinions")
        said = any(self._is(c, COOPERATION) for c in self._classes(u))
        named = [set(self._coops(u))] if self._coops(u) else []
        named += [self.graph.of_topic.get(m.doc.iri, set()) & every for m in u.mentions if INDUSTRY in m.doc.types and said]
        found = set.intersection(*named) if named else set()
        if len(found) != 1 and u.topic:
            linked = {c for a, _ in form.constraints for c in ({a} & every or (self.graph.of_topic.get(a, set()) & every if said else set()))}
            found = (found & linked if named else linked) if linked else found
        return next(iter(found)) if len(found) == 1 else None

    def _role(self, u: Understanding, coop: str | None = None) -> frozenset[str]:
        """The organisation classes the claim names as the role of the party ("合作学校是X", "the university
        on it is X"), read where no name stands (nor right after one: the head of a name linked short), nor in words
        of the name of ``coop``, the cooperation described ("the countryside-focused industrial college", "乡村振兴产业学院":
        its head, no side of it); empty when it names none (then X is any party)."""
        own = " ".join(normalize(self.facts.label(coop, lang)) for lang in ("zh", "en")) if coop else ""
        roles = [frozenset(self.lexicon.class_words[w]) for at, w in class_word_spans(u.blanked, self.lexicon)
                 if w not in RELATION_WORDS and not NAME_BEFORE.search(u.blanked[:at])
                 and not (own and latin_word(w).search(own))]
        roles = [r for r in roles if self._is(r, ORGANIZATION) and ORGANIZATION not in r]
        return roles[-1] if roles else frozenset()

    def _unrecorded_role(self, u: Understanding, org: str, coop: str, party: str, role: str) -> Outcome:
        """A party claimed to play a role the graph does not record ("牵头", "lead"): no verdict, its taking part cited."""
        name, project = self.facts.label(org, u.lang), self.facts.label(coop, u.lang)
        return Outcome([], [participation_item(self.facts, party, coop)], self._lang(
            u, f"图谱只记载{name}是{project}的签约方之一，没有记载“{role}”，无法判断。",
            f"The graph records {name} as one of the parties to {project}, but nothing on “{role}”, so it cannot say."),
            settled=True)

    def _yes(self, u: Understanding, org: str, coop: str, total: int) -> str:
        name, project = self.facts.label(org, u.lang), self.facts.label(coop, u.lang)
        return self._lang(u, f"是。{name}是{project}的签约方之一（共{total}家）。",
                          f"Yes. {name} is one of the {total} parties to {project}.")

    def _no(self, u: Understanding, absent: list[str], coop: str, cited: list[str], role: bool) -> str:
        """"No", with the parties (of the role said) the graph lists instead of the ``absent`` organisations claimed."""
        project = self.facts.label(coop, u.lang)
        name = self._lang(u, "、", " and ").join(self.facts.label(o, u.lang) for o in absent)
        listed = self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p in cited)
        if role:
            return self._lang(u, f"否，不是。{project}的这一方是{listed}，不是{name}。",
                              f"No. On {project} that side is {listed}, not {name}.")
        return self._lang(u, f"否。{project}的签约方是{listed}（共{len(cited)}家），其中没有{name}。",
                          f"No. The parties to {project} are {listed} ({len(cited)} in all); {name} {'is' if len(absent) == 1 else 'are'} not among them.")
