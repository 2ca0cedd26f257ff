"""Two hops over the participation graph: "和东风日产合作的学校还和哪些企业合作", "which companies work
with the university that works with X", "参与了开源鸿蒙项目的高职院校还参与了哪些项目". The first hop reaches
the named organisation's (or cooperation's) partners of one class, the second their partners, cooperations
or industries of the class asked; the named one's own are left out when others are asked for ("还", "other")
or an except clause names a cooperation ("besides the Rockwell centre"). Every answer cites the
participations of both hops."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PROJECT
from search.qa_outcome import OperatorBase, Outcome, participation_items
from search.text import normalize
from search.understand import Understanding

# Each answer of a second hop → the (party, cooperation) links that reach it.
Found = dict[str, set[tuple[str, str]]]
# The operator an answer of two hops notes as applied (Outcome.applied): the coverage check weighs its leftover words
# as topics of the second hop (search.qa_readings).
TWO_HOPS = "two hops"


class MultiHop(OperatorBase):
    """The two-hop operator."""

    def multi_hop(self, form: LogicalForm) -> Outcome | None:
        """"和X合作的学校还和哪些企业合作": partners of X of the first class, then their partners
        (or cooperations) of the second class, X's own left out."""
        u = form.understanding
        orgs, classes = self._orgs(u), self._classes(u)
        # "besides the Rockwell centre": a cooperation the except clause names (linked, or from the topic) is left out
        excepted_coops = {c for c in form.excepted if COOPERATION in self.graph.classes.get(c, ())}
        if ("except" in form.operators and set(form.excepted) - excepted_coops) or {"two types", "negation"} & form.operators:
            return None  # "除了X，还有哪些大学…": X is left out of one hop, a negation; two types asked are two_types'; a
            # hop denied ("which base-project companies have no tie to X") is the negation's, never the hops' positive set
        if not orgs and len(classes) >= 2 and "also" in form.operators:
            return self._from_cooperation(form, classes)
        hops = form.hops if len(orgs) == 1 else None
        if hops is None or not self._is(hops.first, ORGANIZATION):
            return None
        # "besides the Rockwell centre, which projects does X's partner school take part in": the cooperations
        # the except clause names (linked from the topic) are left out, and with them X's own
        others = hops.others or "except" in form.operators
        left_out = {c for c, _ in form.constraints if COOPERATION in self.graph.classes.get(c, ())} | excepted_coops \
            if "except" in form.operators else set()
        first, second, x = hops.first, hops.second, orgs[0]
        hop1, on_topic = self._first_on_topic(self.graph.partners(x, first), form)
        mine = self.graph.members(x) if others else set()
        found: dict[str, set[tuple[str, str]]] = {}
        for mid in hop1:
            if self._is(second, COOPERATION):
                for coop, party in self.graph.cooperations(mid, second).items():
                    if not self.graph.parties[coop] & mine and coop not in left_out:
                        found.setdefault(coop, set()).add((party, coop))
            elif self._is(second, INDUSTRY):  # "和X合作的企业都是哪些行业的": the partners' own industries
                for industry in self.graph.industries.get(mid, ()):
                    found.setdefault(industry, set()).update((mid, c) for c in hop1[mid])
            else:
                for party, coops in self.graph.partners(mid, second).items():
                    if party not in mine and not (self.graph.members(party) & mine):
                        found.setdefault(party, set()).update((party, c) for c in coops)
        first_hop = [[(m, c) for c in sorted(hop1[m])] for m in sorted(hop1)]
        industries = self._is(second, INDUSTRY)
        found = found if industries else on_topic(found)
        return self._second_hop(u, hop1, found, first_hop, lambda via, names, n: (
            f"与{self.facts.label(x)}合作的是{via}；其{'所属行业' if industries else ('另外的' if others else '') + '合作'}（{n}个）：{names or '无'}。",
            f"{self.facts.label(x, 'en')} works with {via}; their {'industries' if industries else ('other ' if others else '') + 'ones'} ({n}): {names or 'none'}."))

    def _first_on_topic(self, hop1: dict[str, set[str]], form: LogicalForm,
                        start: str = "") -> tuple[dict[str, set[str]], Callable[[Found], Found]]:
        """The first hop and the filter of the second by the question's topic (its linked industries and
        cooperations, narrower concepts included; ``start``, the cooperation the hops start from, is none).
        A topic naming a cooperation of the first hop's ("跟X一起做人工智能项目的大学") narrows the first hop;
        any other narrows the answers of the second ("…还和哪些制药企业合作", "which pharma companies"): those
        of the topic themselves or reached through a cooperation of it. No topic: both as they are."""
        topical = self._topical(form, start)
        # the rest of a name written in part ("河野智能" linked by 河野) is no topic
        names = " ".join(normalize(n) for m in form.understanding.mentions for n in m.doc.name_values)
        topic = form.understanding.topic.split()
        if not topical or (topic and all(w in names for w in topic)):
            return hop1, lambda found: found
        narrowed = {m: coops & topical for m, coops in hop1.items() if coops & topical}
        if narrowed:
            return narrowed, lambda found: found
        return hop1, lambda found: {a: links for a, links in found.items()
                                    if a in topical or any(c in topical for _, c in links)}

    def _topical(self, form: LogicalForm, start: str = "") -> set[str]:
        """The question's topic: its linked industries and cooperations, narrower concepts included, but ``start``."""
        return {t for a, _ in form.constraints for t in (a, *self.graph.of_topic.get(a, ())) if a != start}

    def _second_hop(self, u: Understanding, hop1, found: dict[str, set[tuple[str, str]]],
                    first_hop: list[list[tuple[str, str]]], worded) -> Outcome:
        """A two-hop answer: ``found`` maps each answer to the (party, cooperation) links that reach
        it from ``hop1``; ``worded(via, names, count)`` gives the (zh, en) sentence."""
        answers = sorted(found, key=self.facts.label)
        evidence = participation_items(self.facts, [*first_hop, *(sorted(found[a]) for a in answers)])
        via = self._lang(u, "、", ", ").join(self.facts.label(m, u.lang) for m in sorted(hop1, key=self.facts.label))
        names = self._lang(u, "、", ", ").join(self.facts.label(a, u.lang) for a in answers)
        zh, en = worded(via, names.rstrip("."), len(answers))  # a name may end in one ("Co., Ltd.")
        return Outcome(self._entities(answers), evidence, self._lang(u, zh, en), applied=TWO_HOPS)

    def _from_cooperation(self, form: LogicalForm, classes) -> Outcome | None:
        """"参与了开源鸿蒙项目的高职院校还参与了哪些项目": the parties of a named cooperation, then theirs."""
        u = form.understanding
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        orgs_at = [c for c in classes if self._is(c, ORGANIZATION)]
        if not coops and orgs_at:  # a topic naming one cooperation ("开源鸿蒙项目")
            coops = [a["id"] for a in self.plain(replace(u, answer_classes=frozenset({PROJECT}))).answers]
        if len(coops) != 1 or not orgs_at:
            return None
        x, first, second = coops[0], orgs_at[0], classes[-1]
        # "X的共建方还在现代中药方面和哪些企业…", "whoever co-builds X also trains talent for modern TCM, which firms (are in
        # that programme)": a topic narrowing them, the kind of organisation asked is the answers' (a kind named after
        # it only says what they do); the one kind named being it, none is said of the first hop's: every party of X
        if u.answer_classes in orgs_at and self._topical(form, x):
            first = frozenset({ORGANIZATION}) if len(orgs_at) == 1 else first
            second = u.answer_classes
        hop1 = sorted(p for p in self.graph.parties.get(x, ()) if self.graph.classes[p] & first)
        found: dict[str, set[tuple[str, str]]] = {}
        for mid in hop1:
            if self._is(second, COOPERATION):
                for coop, party in self.graph.cooperations(mid, second).items():
                    if coop != x:
                        found.setdefault(coop, set()).add((party, coop))
            else:
                for party, shared in self.graph.partners(mid, second).items():
                    if party not in self.graph.parties.get(x, ()):
                        found.setdefault(party, set()).update((party, c) for c in shared)
        first_hop = [[(m, x)] for m in hop1]
        _, on_topic = self._first_on_topic({m: {x} for m in hop1}, form, start=x)
        found = found if self._is(second, COOPERATION) else on_topic(found)
        return self._second_hop(u, hop1, found, first_hop, lambda via, names, n: (
            f"参与{self.facts.label(x)}的是{via}；其另外的：{names or '无'}。",
            f"{self.facts.label(x, 'en')} involves {via}; their other ones: {names or 'none'}."))
