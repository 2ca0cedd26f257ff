"""A kind of cooperation claimed of one organisation, asked yes or no: "大连医科大学签了科技创新类项目吗",
"did X sign under the talent-cultivation heading?", "did the maker that hosted the meeting also sign an R&D project?".

The claim is (X, takes part in some cooperation of kind, K): X the one organisation the question names (no
cooperation named), K a category of signed project named in the asking clause (search.qa_kind_claim._kind_named).
Every signed cooperation is filed under one category and its parties are a list the article states whole, so the
check is closed-world over X's cooperations: "yes" lists X's cooperations of K, each with its other parties (the
answers); "no" states the cooperations X does take part in and the kind of each, the held facts the claim gets
wrong (no answers: a "no" answers nothing). A kind of partner said beside it ("with a kindergarten") narrows X's
cooperations of K to those with such a partner. K claimed to be all X signed ("只签了K类项目吗", "only K projects?")
is "yes" when every cooperation of X's is of K, else "no" with the others. A "yes" is only given when the question's
topic says nothing beyond the organisation's own names and English function words: a qualifier beyond the kind ("a
talent project on aerospace") is a claim the graph may not bear out, left to the other readings (None). None too
when X takes part in nothing, a number is claimed (search.qa_number_claims) or a role the graph does not record
said between X's name and the kind ("X牵头了K类项目吗": search.qa_party_claims.UNRECORDED_ROLES; "the maker that
hosted the meeting" describes X).
"""

from __future__ import annotations

import re

from search.qa_correction import MOST_STATED
from search.qa_fact_indexes import by_label
from search.qa_form import LogicalForm
from search.qa_graph import of_kinds
from search.qa_kind_claim import KindClaims
from search.qa_leftover import EN_FUNCTION_WORDS
from search.qa_negated_within import clause_start
from search.qa_match import tokens
from search.qa_outcome import Outcome, participation_item
from search.qa_party_claims import UNRECORDED_ROLES
from search.qa_values import numbers_in
from search.text import normalize
from search.understand import Understanding

# A claim that the kind is all the organisation signed ("只签了", "都是…的吗", "only R&D projects"), said before the kind.
EXCLUSIVE = re.compile(r"只|仅|都是|全是|全都|清一色|\b(?:only|solely|exclusively|all)\b")


class OrgKindClaims(KindClaims):
    """The kind-of-cooperation claim made of one organisation (see the module's docstring)."""

    def org_kind_claim(self, form: LogicalForm) -> Outcome | None:
        """The verdict on the one named organisation taking part in a cooperation of the kind the question names (with
        a partner of each kind of organisation it names besides: "with a kindergarten"); None when it names no such kind,
        names a cooperation or not exactly one organisation, or (a "yes") says more (``_claim_qualified``)."""
        u = form.understanding
        orgs = self._orgs(u)
        if "yes/no" not in form.operators or len(orgs) != 1 or self._coops(u) or not (named := self._kind_named(u)):
            return None
        (kinds, _, at), org = named, orgs[0]
        after_name = max((u.start(m) + len(m.text) for m in u.mentions if m.doc.iri == org and u.start(m) >= 0), default=0)
        if numbers_in(u.question) or UNRECORDED_ROLES.search(u.blanked[after_name:at]):
            return None  # a count claimed ("有5个吗": search.qa_number_claims), a role the graph does not record ("牵头")
        every = self.graph.cooperations(org)
        held = {c: p for c, p in every.items() if of_kinds(self.graph.classes.get(c, ()), kinds, self.facts.catalogue.ancestors)}
        if EXCLUSIVE.search(u.blanked[clause_start(u.blanked, at):at]):  # "只签了基地类项目吗", "only R&D projects?"
            return self._only_of_kind(u, org, every, held)
        sides = [k for k in self._party_kinds(u).values() if not k & self.graph.classes.get(org, frozenset())]
        sided = {c: p for c, p in held.items() if all(self._has_side(c, org, k) for k in sides)}
        if sided:
            return None if self._claim_qualified(u, org) else self._yes_of_kind(u, org, sided)
        return self._no_of_kind(u, org, held or every) if every else None

    def _only_of_kind(self, u: Understanding, org: str, every: dict[str, str], held: dict[str, str]) -> Outcome | None:
        """"是" when every cooperation of the organisation is of the kind, else "否" with those of other kinds (None
        when it takes part in nothing)."""
        if not every:
            return None
        if len(held) == len(every):
            return self._yes_of_kind(u, org, held)
        return self._no_of_kind(u, org, {c: p for c, p in every.items() if c not in held}, also=True)

    def _has_side(self, coop: str, org: str, kinds: frozenset[str]) -> bool:
        """Whether a party of ``coop`` other than ``org`` (and its units) is of ``kinds``."""
        return any(self.graph.classes.get(p, frozenset()) & kinds for p in self.graph.parties[coop] - self.graph.members(org))

    def _claim_qualified(self, u: Understanding, org: str) -> bool:
        """Whether the claim says more than the organisation and the kind (and the kinds of partner): a topic word that
        is neither a word of the organisation's names nor an English function word ("on aerospace"; "the machine-tool
        maker … beyond" says none)."""
        own = set().union(*(tokens(normalize(self.facts.label(org, lang))) for lang in ("zh", "en")))
        return bool(tokens(u.topic) - own - EN_FUNCTION_WORDS)

    def _yes_of_kind(self, u: Understanding, org: str, held: dict[str, str]) -> Outcome:
        """"是", with the organisation's cooperations of the kind (the answers), each with its other parties."""
        coops = by_label(self.facts, held)
        said = self._lang(u, "；", "; ").join(self._said_with_parties(u, c, org, False) for c in coops)
        return Outcome(self._entities(coops), self._cited_in(coops), self._lang(u, f"是。{said}。", f"Yes. {said}."), settled=True)

    def _no_of_kind(self, u: Understanding, org: str, every: dict[str, str], also: bool = False) -> Outcome:
        """"否", with the cooperations the organisation does take part in (of the kind, when it has some without the
        partner claimed; ``also``: those of other kinds, when the kind is claimed to be all it has), the kind and the
        other parties of each."""
        coops, name = by_label(self.facts, every), self.facts.label(org, u.lang)
        said = self._lang(u, "；", "; ").join(self._said_with_parties(u, c, org, True) for c in coops)
        verb = self._lang(u, "还参与了" if also else "参与的是", "also takes part in" if also else "takes part in")
        return Outcome([], self._cited_in(coops), self._lang(u, f"否。图谱中{name}{verb}{said}。", f"No. In the graph {name} {verb} {said}."),
                       settled=True)

    def _said_with_parties(self, u: Understanding, coop: str, org: str, kind: bool) -> str:
        """"C（K，P1、P2）", "C (K, with P1, P2)": a cooperation with (``kind``) its kind and its parties but ``org``, at most
        MOST_STATED of them named (the rest counted)."""
        others = self._other_parties(coop, org)
        names = self._lang(u, "、", ", ").join(self.facts.label(p, u.lang) for p in others[:MOST_STATED])
        more = len(others) - MOST_STATED
        names += self._lang(u, f"等{len(others)}家", f" and {more} more") if more > 0 else ""
        kind_said = self._kind_of(coop, u.lang) if kind else ""
        return self._lang(u, f"{self.facts.label(coop, u.lang)}（{kind_said + '，' if kind else ''}{names}）",
                          f"{self.facts.label(coop, u.lang)} ({kind_said + ', ' if kind else ''}with {names})")

    def _cited_in(self, coops: list[str]) -> list[dict]:
        """Every party's participation in each of ``coops``."""
        return [participation_item(self.facts, p, c) for c in coops for p in by_label(self.facts, self.graph.parties[c])]

    def _other_parties(self, coop: str, org: str) -> list[str]:
        """The parties of ``coop`` but ``org`` and its units."""
        return by_label(self.facts, self.graph.parties[coop] - self.graph.members(org))

    def _kind_of(self, coop: str, lang: str) -> str:
        doc = self.facts.docs.get(coop)
        return self.facts.catalogue.type_label(doc, lang) if doc is not None else ""
