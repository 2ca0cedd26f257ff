"""Question operators over the participation graph: comparison and fewest, gathered with the others (negation is in
search/qa_negation.py, two hops in search/qa_multi_hop.py, two answer types in search/qa_two_asks.py; yes/no is in
search/qa_yes_no.py; profiles, affiliations and kinds in search/qa_profile.py).

Each operator reads the logical form (search/qa_form.py), decides from the operators and parts
the form holds whether it applies (it never reads its cue off the question again), and answers
with answers, evidence and a sentence. Every evidence item carries its source span or, for a
set difference or a count, the derivation that produced it. Operators that only rephrase a
plain question (yes/no, "besides X", two types) answer that plain question through
``plain`` (the ordinary pipeline) and read its answers.
"""

from __future__ import annotations

from dataclasses import replace

from search.qa_attributes import Attributes
from search.qa_bridge import Bridges
from search.qa_comparative import kind_words
from search.qa_compared_by import amount_measured, measure_words, own_kind
from search.qa_figure_compare import FigureComparison
from search.qa_goals import Goals
from search.qa_superlative import PartnerSuperlative
from search.qa_graph import COOPERATION, ORGANIZATION
from search.qa_negation import Negation
from search.qa_outcome import Outcome, derived, participation_items
from search.qa_bounds import CountBounds
from search.qa_party_count import PartyCount
from search.qa_excluded import Exclusion
from search.qa_order import DateOrder
from search.qa_two_asks import TwoAsks
from search.qa_multi_hop import MultiHop
from search.qa_operator_order import READINGS
from search.qa_negated_terms import NegatedTerms
from search.qa_negated_within import NegatedWithin  # (the sets a negation picks from, named before it)
from search.qa_member_kinds import MemberKinds
from search.qa_part_verdict import PartVerdicts
from search.qa_refs import Groups, References
from search.qa_sources import Sources
from search.qa_yes_no import YesNo, echoed_no
from search.qa_with_party import WithParty
from search.qa_rank import Ranks
from search.qa_rank_next import RankNext
from search.qa_aggregate import MEASURE_NOUNS, RankedAggregates
from search.qa_own_values import OwnValues
from search.qa_other_posts import OtherPosts
from search.qa_profile import Describers
from search.qa_place_names import PlaceNames
from search.qa_name_asked import NamesAsked
from search.qa_post_holder import PostHolders
from search.qa_accounted import TopicWords
from search.qa_unheld_scope import ScopePremise
from search.qa_post_premise import PostPremise
from search.qa_figure_premise import FigurePremise
from search.qa_unique import UniqueClaims
from search.qa_kind_total import KindTotals
from search.qa_kinds_together import KindsTogether
from search.qa_kinds_lacked import KindsLacked
from search.qa_form import LogicalForm
from search.understand import Understanding
from search.understand_lexicon import class_word_spans

# Negation first: its methods are found before every other mixin's, as when they were Operators' own.
class Operators(Negation, NamesAsked, PlaceNames, Attributes, Goals, FigureComparison, PartnerSuperlative, PostPremise, FigurePremise, UniqueClaims, Describers, PostHolders, References, Groups, Sources, Exclusion, YesNo, TwoAsks,
                CountBounds, DateOrder, WithParty, RankNext, Ranks, RankedAggregates, OwnValues, OtherPosts, PartVerdicts, MemberKinds, MultiHop, PartyCount, ScopePremise,
                NegatedTerms, KindsTogether, KindTotals, NegatedWithin, Bridges, KindsLacked):
    """The operators of one graph, tried in the order of READINGS; the first that applies answers."""

    def apply(self, form: LogicalForm) -> Outcome | None:
        """The outcome of the first operator that applies to the form, or None for a plain question."""
        for name in READINGS:
            outcome = getattr(self, name)(form)
            if outcome is not None:
                return replace(outcome, text=echoed_no(form.understanding.question, outcome.text))
        return None

    def shared(self, form: LogicalForm) -> Outcome | None:
        """"A和B是怎么合作的", "how do A and B cooperate": the cooperations both take part in."""
        u = form.understanding
        orgs = self._orgs(u)
        if len(orgs) != 2 or (u.answer_classes and not self._is(u.answer_classes, COOPERATION)) or u.intent != "list":
            return None
        if {"negation", "except"} & form.operators:
            return None  # "which did A sign without B": the negation's, not what they share
        if self._uncovered(form):
            return None  # "which has more deans, A or B": a content word no cooperation of theirs covers
        common = self._on_industries(u, self._shared(orgs, self._coops(u)))
        evidence = participation_items(self.facts, [[(p, c) for p in sorted(parties)] for c, parties in common.items()])
        pair = self._lang(u, "与", " and ").join(self.facts.label(o, u.lang) for o in orgs)
        on = self._lang(u, "、", ", ").join(self.facts.label(i, u.lang) for i in self._industries(u))  # (what narrowed it)
        text = self._cooperate_on(u, pair, common) if common else self._lang(
            u, f"图谱中没有{pair}共同参与的{on}合作。", f"The graph holds no cooperation of {pair}{' on ' + on if on else ''}.")
        return Outcome(self._entities(common), evidence, text)

    # -- comparison and fewest -------------------------------------------------------------------
    def compare(self, form: LogicalForm) -> Outcome | None:
        """Two or more named organisations by their cooperations (or partners of a kind), or named cooperations
        by their parties ("A项目和B项目哪个参与单位多"); the larger (or smaller) named, each count derived."""
        u = form.understanding
        orgs = self._orgs(u)
        named = orgs if len(orgs) >= 2 else self._coops(u)
        # "A和B谁的党委书记多": a content word of the measure no fact of theirs covers is not their cooperations; the
        # asker's story around the comparison is no measure ("我表妹在民大、表弟在海大，…谁的学校出场更多": qa_compared_by)
        said = [m.text for m in u.mentions]
        if len(named) < 2 or "compare" not in form.operators or self._uncovered(form, measured=said):
            return None
        if (amount := amount_measured(u.question, said)) is not None:  # "谁的经费多": a sum held of each, or nothing
            return self.compare_owners(form) or self._unmeasured(u, named, amount)
        tally = self._tally if named is orgs else self._parties_tally
        counts = {o: tally(form, o) for o in named}
        orgs = named
        pick = min if "fewer" in form.operators else max
        best = pick(len(c) for c in counts.values())
        winners = [o for o in orgs if len(counts[o]) == best]
        evidence = participation_items(self.facts, [sorted(counts[o].values()) for o in winners])
        evidence += [derived(self.facts, o, f"count {len(counts[o])}") for o in orgs]
        parts = self._lang(u, "，", "; ").join(
            self._lang(u, f"{self.facts.label(o)}{len(counts[o])}个", f"{self.facts.label(o, 'en')}: {len(counts[o])}")
            for o in orgs)
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in winners)
        text = self._lang(u, f"{names}{'更少' if pick is min else '更多'}（{parts}）。",
                          f"{names} ({'fewer' if pick is min else 'more'}; {parts}).")
        if len(winners) == len(orgs):  # a tie: none has more
            text = self._lang(u, f"一样多（{parts}）。", f"As many ({parts}).")
        if "difference" in form.operators and len(orgs) == 2:  # "A比B多几个项目": the gap first
            gap = abs(len(counts[orgs[0]]) - len(counts[orgs[1]]))
            text = self._lang(u, f"相差{gap}个：", f"A difference of {gap}: ") + text
        if "yes/no" in form.operators:
            # "A参与的项目比B多吗": the claim is about the first named; "A和B打平了吗": that none has more
            verdict = len(winners) == len(orgs) if "same" in form.operators else winners == [orgs[0]]
            text = self._lang(u, "是。" if verdict else "否。", "Yes. " if verdict else "No. ") + text
        return Outcome(self._entities(winners), evidence, text)

    def _unmeasured(self, u: Understanding, named: list[str], amount: str) -> Outcome:
        """The honest empty answer of a comparison by a sum of money (``amount``) the graph holds of none of ``named``."""
        pair = self._lang(u, "、", " and ").join(self.facts.label(o, u.lang) for o in named)
        return Outcome([], [], self._lang(u, f"图谱没有记载{pair}的{amount}，无法比较。",
                                          f"The graph does not record the {amount} of {pair}, so they cannot be compared."), settled=True)

    def _uncovered(self, form: LogicalForm, measured: list[str] | None = None) -> bool:
        """Whether the topic holds a content word (search.qa_accounted.TopicWords: no word of the reading's,
        "个数多" is none) that no constraint the topic is linked to covers; ``measured``: the names the question
        compares, only the words of the comparison's measure counted (search.qa_compared_by)."""
        u = form.understanding
        # a measure noun ("signing tally", "个数") says how they are compared, not what about
        words = [w for w in TopicWords(self.lexicon.vocabulary).of(u.topic) if w.lower() not in MEASURE_NOUNS]
        words = [w for w in words if w not in kind_words(words, u, self.facts.catalogue.classes)]  # "本科的大工"
        if measured is not None:
            words = measure_words(words, u.question, measured)
        return bool(u.topic) and not form.constraints and bool(words)

    def _tally(self, form: LogicalForm, org: str) -> dict[str, tuple[str, str]]:
        """What is counted for ``org`` when organisations are compared → (party, cooperation) citing it:
        its partners of the class the question names ("合作企业", "partners"), else its cooperations."""
        u = form.understanding
        # a kind asked for picks among the named ("哪个企业参与的项目更多，A还是B"): it counts none of their partners
        picked = {frozenset(self.lexicon.class_words[w]) for w in form.asked} | self._own_kinds(u)
        kinds = [c for c in self._classes(u, asked_clause=True) if self._is(c, ORGANIZATION) and c not in picked]
        # "谁拿到的合作项目个数更多": cooperations asked for are counted, whatever other class word the question uses
        if (kinds or "partners" in form.operators) and not (u.answer_classes and self._is(u.answer_classes, COOPERATION)):
            partners = self.graph.partners(org, kinds[0] if kinds else {ORGANIZATION})
            # partners in the kind of cooperation named only ("on the tech-innovation projects, … more companies")
            counted = self._counted(u)
            shared = {p: {c for c in coops if self.graph.classes.get(c, frozenset()) & counted} for p, coops in partners.items()}
            return {p: (p, min(coops)) for p, coops in shared.items() if coops}
        return {coop: (party, coop) for coop, party in self.graph.cooperations(org, self._counted(u)).items()}

    def _own_kinds(self, u: Understanding) -> set[frozenset[str]]:
        """The kinds a which- or whose-word asks among the named organisations, each an instance of it ("谁的学校出场
        更多", "which campus is on more projects"): the named things, not their partners (search.qa_compared_by)."""
        orgs = self._orgs(u)
        kinds = {frozenset(self.lexicon.class_words[w]) for at, w in class_word_spans(u.blanked, self.lexicon) if own_kind(u.blanked, at)}
        return {k for k in kinds if orgs and all(o in self.graph.of_class(k) for o in orgs)}

    def _parties_tally(self, form: LogicalForm, coop: str) -> dict[str, tuple[str, str]]:
        """What is counted for a cooperation when cooperations are compared: its parties (of the organisation
        kind the question names, if any) → (party, cooperation) citing each."""
        kinds = [c for c in self._classes(form.understanding) if self._is(c, ORGANIZATION) and ORGANIZATION not in c]
        parties = self.graph.parties.get(coop, set())
        kept = parties & self.graph.of_class(kinds[0]) if kinds else parties
        return {p: (p, coop) for p in sorted(kept)}

    def fewest(self, form: LogicalForm) -> Outcome | None:
        u = form.understanding
        if "fewest" not in form.operators or not u.answer_classes:
            return None
        # the counts come from the build's tables (search.qa_counts); only the winners' links are read here
        if self._is(u.answer_classes, COOPERATION):  # "参与方最少的项目": a cooperation's parties
            held = self.aggregates.parties.of(self.graph, u.answer_classes, None)
            links = {c: [(c, p) for p in sorted(self.graph.parties.get(c, ()))] for c in held[min(held)]} if held else {}
        elif self._is(u.answer_classes, ORGANIZATION):
            counted = self._counted(u)
            held = self.aggregates.own_cooperations.of(self.graph, u.answer_classes, counted)
            # a group taking part only through its units is not itself a party
            links = {o: [(c, p) for c, p in sorted(self.graph.cooperations(o, counted).items()) if p == o]
                     for o in held[min(held)]} if held else {}
        else:
            return None
        if not held:
            return None
        low = min(held)
        winners = sorted(links, key=self.facts.label)
        evidence = participation_items(self.facts, [[(party, coop) for coop, party in links[o]] for o in winners])
        names = self._lang(u, "、", ", ").join(self.facts.label(o, u.lang) for o in winners)
        text = self._lang(u, f"参与合作最少的{u.answer_word}（{low}项）：{names}。",
                          f"{u.answer_word.capitalize()} in the fewest cooperations ({low}): {names}.")
        return Outcome(self._entities(winners), evidence, text)
