"""The negation operators of search.qa_operators.Operators: "除了X…" (X left out of the plain answer), "不是X的…" (the
one named left out, not its partners: search.qa_identity) and "没有大学参与的项目" (the complement of the positive set
in the set picked from: search.qa_negated_within; the denied terms read by search.qa_negated_terms).

Contract: ``Negation`` (an operator mixin) gives the operators ``negated_identity(form)`` and ``negation(form)``, each
an Outcome or None (search.qa_operator_order places them); every answer of a complement cites that derivation.
"""

from __future__ import annotations

from dataclasses import replace

from search.qa_excluded import Exclusion
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PROJECT
from search.qa_identity import identity_denied, identity_free
from search.qa_negated_scope import asking_set, denied_party_word
from search.qa_negated_terms import NegatedTerms
from search.qa_outcome import Outcome, derived, participation_item
from search.qa_refs import ASKED_BEFORE
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS


class Negation(Exclusion, NegatedTerms):
    """What a question negates taken away: the one named, an except clause's, or the positive set of a negation."""

    def negated_identity(self, form: LogicalForm) -> Outcome | None:
        """"科技创新类项目里，不是大工的大学有哪些", "universities … that are NOT DUT": the one named left out, as "除了X"
        leaves it, not its partners (search.qa_identity)."""
        u = form.understanding
        u, same = identity_denied(u, self.lexicon) if "negation" in form.operators else (u, ())
        return self.all_but_excepted(replace(form, understanding=identity_free(u, same), excepted=same), list(same)) if same else None

    def negation(self, form: LogicalForm) -> Outcome | None:
        """"除了X…" drops X from the plain answer; "没有大学参与的项目" is the complement of the positive set."""
        u = form.understanding
        orgs = self._orgs(u)
        kind = self._excepted_kind(u, form) if "except" in form.operators and not form.excepted else None
        if kind is not None:  # "除了基地类项目，X还签了哪些项目": X's, that kind left out
            return kind
        if "except" in form.operators and orgs:
            return self.all_but_excepted(form, orgs)
        if u.intent == "who" and "said" in form.operators:
            return None  # "who said … not …": the negation is in what was said, not in the question
        negated, asked = form.negated, form.asked
        if negated is not None and (alone := self._only_in_named(form, u, negated)) is not None:  # search.qa_negated_within
            return self._complement(u, *alone)
        # the word read already keeps its reading (a party's 签约 are its projects), unless that reading is the kind the
        # negation denies ("哪些项目不是人才培养类的" asks for every project, not the cultivation ones)
        kept = bool(asked) and asked[0] == u.answer_word and not self._denied_kind(u, negated or "")
        if asked and not kept and not denied_party_word(negated or "", asked[0]):
            u = replace(u, answer_classes=frozenset(self.lexicon.class_words[asked[0]]), answer_word=asked[0])
        if negated is not None and (named := self.named_without(form, u, negated)) is not None:  # "A和B中哪个没有K类项目"
            return self._complement(*named)
        if negated is None or not u.answer_classes:
            return None
        u = asking_set(self._listed_in(u, negated), negated, self.lexicon)  # "交大的签约里，哪个不是跟企业合作的": signings
        if (unlinked := self.unlinked_negated(form, u, negated)) is not None:  # search.qa_negated_terms
            return unlinked
        if (parties := self.denied_party_kind(form, u, negated)) is not None:  # "项目里不是企业的参与方"
            return self._complement(*parties)
        denied = "not kind" in form.operators and orgs and self._is(u.answer_classes, COOPERATION)
        outcome = self._outside_kind(u, negated, orgs) if denied else None
        if outcome is not None:
            return outcome
        sets = self._negated_sets(u, negated, orgs)
        return self._with_second_kind(form, u, negated, self._complement(u, *sets)) if sets is not None else None

    def _with_second_kind(self, form: LogicalForm, u: Understanding, negated: str, kept: Outcome) -> Outcome:
        """"…既不是A也不是B的那一个，是哪家企业跟哪所学校": the organisations kept, each with its partners of the second
        kind asked in the cooperations of the kinds named before the negation (all when none is), added to the
        answers and said after them; ``kept`` as it is when one kind is asked, or its answers are no organisations."""
        second = [frozenset(self.lexicon.class_words.get(w, ())) for w in form.asked[1:2]]
        if not second or not kept.answers or not self._is(u.answer_classes, ORGANIZATION) or not self._is(second[0], ORGANIZATION):
            return kept
        coops = set.intersection(*kinds) if (kinds := self._kinds_before(u, negated)) else set(self.graph.parties)
        pairs = [(a["id"], p, c) for a in kept.answers for p, shared in sorted(self.graph.partners(a["id"], second[0]).items())
                 for c in sorted(shared & coops)]
        if not pairs:
            return kept
        said = self._lang(u, "", " ").join(self._cooperate_on(u, self._lang(u, "与", " and ").join(
            self.facts.label(x, u.lang) for x in (a, p)), [c]) for a, p, c in pairs)
        partners = list(dict.fromkeys(p for _, p, _ in pairs))
        evidence = [participation_item(self.facts, x, c) for a, p, c in pairs for x in (a, p)]
        return replace(kept, answers=kept.answers + self._entities(partners), evidence=kept.evidence + evidence,
                       text=f"{kept.text}{self._lang(u, '', ' ')}{said}")

    def _negated_sets(self, u: Understanding, negated: str, orgs: list[str]) -> tuple[set[str], set[str]] | None:
        """The answers' universe and the positive set a negation takes away from it (the organisations
        named after the negation word, or a class it excludes, or a kind it denies); None when there is
        nothing to take away."""
        denied = self._denied(u, negated)
        at = len(u.blanked) - len(negated)
        named_at = [u.start(m) for m in u.mentions if m.doc.iri in orgs]
        if denied and len(orgs) == 1 and all(0 <= i < at for i in named_at) and self._is(u.answer_classes, ORGANIZATION):
            # "X的合作企业中，哪些没有参与K类项目": X's partners, those sharing a cooperation of the kind with X taken away
            shared = self.graph.partners(orgs[0], u.answer_classes)
            return set(shared), {p for p, coops in shared.items() if coops & self.graph.of_class(denied)}
        kept = self._before_negation(u, negated, orgs)  # "which did A sign without B": A's, B's left out
        # "合作高校不是大工的项目": a name after the negation word is what is denied; the class word before it is its role
        excluded_class = self._excluded_class(u, negated, role=bool(orgs) and len(kept) < len(orgs)) or frozenset()
        universe, scope = self._scoped_universe(u, negated, orgs)
        kept = [*kept, *scope]  # (the set picked from, not what is denied)
        orgs = [o for o in orgs if o not in kept]
        excluded = set().union(*(self.graph.members(o) for o in orgs)) if orgs else set()  # and excluded_class's
        any_excluded = bool(excluded) or any(self.graph.instances.get(c) for c in excluded_class)
        kind = None if any_excluded else self._negated_kind(u, negated)
        if kind is not None:  # "哪些大学没有参与科技创新类项目", "哪些项目不是人才培养类的"
            return kind(universe)
        if not any_excluded:
            positive = self._plain_positive(u, universe, negated)
            return (universe, positive) if positive else None  # empty: the topic is not one the graph covers
        reach = self.reach  # the excluded class's side read off the build's tables, the named ones' looked up
        if self._is(u.answer_classes, COOPERATION):
            universe = universe.intersection(*(self.graph.cooperations(o) for o in kept), *self._kinds_before(u, negated))
            with_excluded = reach.of(reach.with_party, excluded_class).union(
                *(self.graph.cooperations_of.get(x, ()) for x in excluded))
            return universe, universe & with_excluded
        universe = universe.intersection(*(self.graph.partners(o, u.answer_classes) for o in kept))  # "和A合作但没和B"
        if kinds := self._kinds_before(u, negated):  # "科技创新类项目里，哪些企业的合作高校不是大工": in that kind's only
            return self._scoped_parties(universe, set.intersection(*kinds), excluded_class, excluded)
        partnered = reach.of(reach.partnered, excluded_class).union(
            *(self.graph.parties[c] - {x} for x in excluded for c in self.graph.cooperations_of.get(x, ())))
        # the organisations denied are no answers of their own denial ("哪些单位没和X合作" never lists X)
        return (universe & reach.of(reach.taking_part, u.answer_classes)) - excluded, universe & partnered

    def _denied_kind(self, u: Understanding, negated: str) -> bool:
        """Whether the classes asked are those of a kind named inside the negated words."""
        return any(frozenset(self.lexicon.class_words[w]) == u.answer_classes for _, w in class_word_spans(negated, self.lexicon))

    def _scoped_parties(self, universe: set[str], coops: set[str], excluded_class: frozenset[str],
                        excluded: set[str]) -> tuple[set[str], set[str]]:
        """The parties of the asked class to ``coops`` (a kind's cooperations), and of them those partnering there with
        the excluded organisations or a party of the excluded class: the universe and the positive set."""
        with_excluded = coops & self.reach.of(self.reach.with_party, excluded_class).union(
            *(self.graph.cooperations_of.get(x, ()) for x in excluded))
        taking_part = (universe & set().union(*(self.graph.parties[c] for c in coops))) - excluded
        return taking_part, taking_part & set().union(*(self.graph.parties[c] for c in with_excluded))

    def _listed_in(self, u: Understanding, negated: str) -> Understanding:
        """"人才培养类项目里，哪些签约方中没有X": the parties asked for are the list X is missing from, so the
        answers are the cooperations of the kind named before (the one closest to the negation word)."""
        before = u.blanked[: len(u.blanked) - len(negated)]
        if ORGANIZATION not in u.answer_classes or not self._orgs(u) or any(u.start(m) < len(before) for m in u.mentions):
            return u
        kinds = [(w, frozenset(self.lexicon.class_words[w])) for _, w in class_word_spans(before, self.lexicon)]
        kinds = [(w, k) for w, k in kinds if self._is(k, COOPERATION)]
        return replace(u, answer_word=kinds[-1][0], answer_classes=kinds[-1][1]) if kinds else u

    def _plain_positive(self, u: Understanding, universe: set[str], negated: str) -> set[str]:
        """"哪些大学没有参与数字人才项目", "哪些企业没有参与任何项目": the plain reading is the positive set;
        with no name nor topic, of organisations, those taking part in any cooperation at all."""
        if not u.mentions and not u.topic and not self._is(u.answer_classes, COOPERATION):
            return universe & self.reach.of(self.reach.taking_part, u.answer_classes)
        if denied := [w for w in u.topic.split() if w in negated]:  # "是建基地而不是技术攻关的": the denied words only
            u = replace(u, topic=" ".join(denied))
        return {a["id"] for a in self.plain(u).answers}

    def _outside_kind(self, u: Understanding, negated: str, orgs: list[str]) -> Outcome | None:
        """"X参与的项目里，哪些不是人才培养类": the cooperations of every named organisation, those of the
        denied kind taken away; the answers are named by the broader class word before the negation."""
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon)]
        kinds = [k for k in kinds if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
        before = u.blanked[: len(u.blanked) - len(negated)]
        if not kinds or any(u.start(m) >= len(before) for m in u.mentions):
            return None  # "哪些K类项目不是跟X合作的": X is what is denied, the plain negation's
        words = [w for _, w in class_word_spans(before, self.lexicon) if w not in RELATION_WORDS]
        partners = [frozenset(self.lexicon.class_words[w]) for w in words[-1:]
                    if self._is(frozenset(self.lexicon.class_words[w]), ORGANIZATION)]
        if partners and len(orgs) == 1:  # "X的合作企业里，哪家不是做K类项目的": X's partners of that class,
            # those sharing a cooperation of the kind with X taken away
            shared = self.graph.partners(orgs[0], partners[0])
            kept = replace(u, answer_word=words[-1], answer_classes=partners[0])
            return self._complement(kept, set(shared), {p for p, coops in shared.items()
                                                        if coops & self.graph.of_class(kinds[0])})
        broader = [w for w in words if self._is(frozenset(self.lexicon.class_words[w]), COOPERATION)
                   and frozenset(self.lexicon.class_words[w]) != kinds[0]]
        universe = set.intersection(*(set(self.graph.cooperations(o)) for o in orgs))
        word = broader[-1] if broader else u.answer_word
        return self._complement(replace(u, answer_word=word), universe, universe & self.graph.of_class(kinds[0]))

    def _complement(self, u: Understanding, universe: set[str], positive: set[str]) -> Outcome:
        """The universe minus the positive set, each answer citing that derivation."""
        positive = positive & universe  # (what the negation denies outside the universe is no part of it: counted apart)
        answers = sorted(universe - positive, key=self.facts.label)
        how = f"{len(universe)} − {len(positive)} with the excluded party = {len(answers)}"
        names = self._lang(u, "、", ", ").join(self.facts.label(a, u.lang) for a in answers)
        text = self._lang(u, f"{len(universe)}个{u.answer_word}中排除符合条件的{len(positive)}个，其余{len(answers)}个：{names}。"
                          if answers else f"没有这样的{u.answer_word}：图谱中全部{len(universe)}个{u.answer_word}都符合被否定的条件。",
                          f"{u.answer_word.capitalize()} outside that set ({len(answers)} of {len(universe)}): {names}."
                          if answers else f"None: all {len(universe)} {u.answer_word} in the graph meet the condition "
                                          "the question negates.")
        return Outcome(self._entities(answers), [derived(self.facts, a, how) for a in answers], text)

    def _excepted_kind(self, u: Understanding, form: LogicalForm) -> Outcome | None:
        """The plain answer for the asked class without the cooperations of the kind the except clause names."""
        named = [(w, frozenset(self.lexicon.class_words[w])) for w in form.excepted_words]
        named = [(w, k) for w, k in named if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}]
        asked = frozenset(self.lexicon.class_words.get(u.answer_word, ()))
        if not named or not self._is(asked, COOPERATION) or asked == named[0][1]:
            return None
        word, kind = named[0]
        base = self.plain(replace(u, answer_classes=asked))
        dropped = self.graph.of_class(kind)
        answers = [a for a in base.answers if a["id"] not in dropped]
        evidence = [e for e in base.evidence if not {self.facts.label(d) for d in dropped} & set(e["path"])]
        names = self._lang(u, "、", ", ").join(a["label" if u.lang == "zh" else "label_en"] for a in answers)
        text = self._lang(u, f"除{word}外：{names}。", f"Besides {word}: {names}.") if answers else \
            self._lang(u, "图谱中没有找到其他符合条件的结果。", "The graph holds no other such answers.")
        return Outcome(answers, evidence, text, base.sparql)

    def _denied(self, u: Understanding, negated: str) -> frozenset[str]:
        """The kinds of cooperation narrower than a project the negated clause names (empty: none);
        "既不在A也不在B", "neither A nor B": all of them."""
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon)]
        return frozenset().union(*(k for k in kinds if self._is(k, COOPERATION) and not k & {COOPERATION, PROJECT}
                                   and k != u.answer_classes))

    def _negated_kind(self, u: Understanding, negated: str):
        """For a negated kind of cooperation narrower than a project ("科技创新类项目"): a function of
        the universe giving (universe, positive set); None when the negation names no such kind."""
        denied = self._denied(u, negated)
        if not denied:
            return None
        if self._is(u.answer_classes, COOPERATION):
            return lambda universe: (universe, universe & self.graph.of_class(denied))

        def organisations(universe):  # of those taking part in anything, the ones in those kinds (the build's tables)
            active = universe & self.reach.of(self.reach.taking_part, u.answer_classes)
            return active, active & self.reach.of(self.reach.in_kind, denied)
        return organisations

    def _excluded_class(self, u: Understanding, negated: str, role: bool = False) -> frozenset[str] | None:
        """The organisation class a negation excludes: named after the negation word ("没有大学参与的项目"),
        else between the asked class word and it ("哪些项目大学都没参与"), unless (``role``) a name after
        the negation word is what is denied ("合作高校不是大工的项目": 高校 is the role the name plays)."""
        before = u.blanked[: len(u.blanked) - len(negated)]
        head = before[before.find(u.answer_word) + len(u.answer_word):] if u.answer_word in before and not role else ""
        for text in (negated, head):
            for at, word in class_word_spans(text, self.lexicon):
                classes = frozenset(self.lexicon.class_words[word])
                # (the class asked is never the one excluded: "合作高校不是大工的有哪些企业" asks for firms in its clause,
                # nor is a second one asked: "既不是A也不是B的那一个，是哪家企业跟哪所学校")
                if self._is(classes, ORGANIZATION) and classes != u.answer_classes and not ASKED_BEFORE.search(text[:at]) \
                        and not (role and ORGANIZATION in classes):  # "X is absent from the signatories": the list, no kind
                    return classes
        return None

    def _before_negation(self, u: Understanding, negated: str, orgs: list[str]) -> list[str]:
        """The named organisations standing before the negation word when others stand after it
        ("A … without B"), or a class of party does ("A签的项目里，哪些不是跟企业签的"): A constrains the
        answers, B (or that class) is negated; empty otherwise."""
        at, text = len(u.blanked) - len(negated), u.question
        before = {m.doc.iri for m in u.mentions if 0 <= text.find(m.text) < at}
        kept = [o for o in orgs if o in before]
        # "X签的项目里，哪几个不是跟企业签的": all of them before it, and a class other than the one asked after
        # it (the party denied): they scope the answers too
        denied_party = any(self._is(k, ORGANIZATION) and k != u.answer_classes and ORGANIZATION not in k  # a kind, not "parties"
                           for k in (frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon)))
        return kept if 0 < len(kept) < len(orgs) or (kept and denied_party) else []
