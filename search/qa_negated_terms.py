"""The words a negation denies that the graph does not cover: "哪些项目没有区块链企业参与", "which projects have no
blockchain partner". The negated term is then not linked, and the complement of the part that is (企业,
"partner") would answer another question, as the positive set would: the answer is the honest empty one
naming the words (settled, so no relinking tries another reading).

And a kind denied of the parties asked for themselves: "数字人才实训中心里，不是企业的参与方有哪些", "which parties to
the digital talent project are not universities": the parties of the cooperations named, less those of that kind.

And what some of the organisations named lack, the answer picked from them: "A、B和C中，哪一所没有科技创新类项目", "which
of A and B has no project with a company": the named ones less those holding such a cooperation.
"""

from __future__ import annotations

from dataclasses import replace

from search.qa_chain import ASKING
from search.qa_cues import AMONG_NAMED, NOT_WORDS
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION
from search.qa_negated_scope import denied_party_word, scoping_names
from search.qa_negated_within import NegatedWithin
from search.qa_outcome import Outcome
from search.qa_residue import asked_noun
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS

# Words left in an English topic that point back or join and name nothing ("…on them", "either A or B").
# What a negation's complement is taken in: the reading (its answer word names the answers), the universe, the
# positive set taken away.
Complement = tuple[Understanding, set[str], set[str]]

POINTING_BACK = frozenset({"them", "they", "their", "theirs", "it", "its", "any", "all", "either", "both", "each", "every",
                           "or", "and", "single", "one"})


class NegatedTerms(NegatedWithin):
    """The check that what a negation denies is something the graph holds."""

    def unlinked_negated(self, form: LogicalForm, u: Understanding, negated: str) -> Outcome | None:
        """The honest empty outcome when the topic words qualifying a class word in the negated clause ("区块链企业",
        "foreign university"), or the noun a which-word asks for ("which hospitals had a partner other than DUT", "哪些
        医院的合作方不是大工": no class of the graph's, the complement of another class answers nothing asked), link to
        nothing the graph holds; None when there are none or they link."""
        # (a qualifier the ontology's own class words use names a kind it holds: 本科大学 is its 本科高校)
        asked = asked_noun(u.blanked, u.topic)
        words = [w for w in u.topic.split() if w not in NOT_WORDS and w not in POINTING_BACK and (self._modifies(negated, w) or w == asked)
                 and not any(w in word for word in self.lexicon.class_words)]
        if not words:
            return None
        term = " ".join(words)
        if self.form_of(replace(u, topic=term, mentions=())).constraints:
            return None
        return Outcome([], [], self._lang(u, f"图谱中没有关于“{term}”的信息，无法回答这个否定的问题。",
                                          f"The graph holds nothing on “{term}”, so what the question negates cannot be told apart."),
                       settled=True)

    def _modifies(self, negated: str, word: str) -> bool:
        """Whether ``word`` stands right before a class word in the negated clause (it narrows the kind denied)."""
        at = negated.find(word)
        while at >= 0:
            if self.lexicon.class_word_at(negated, at + len(word)):
                return True
            at = negated.find(word, at + 1)
        return False

    def denied_party_kind(self, form: LogicalForm, u: Understanding, negated: str) -> Complement | None:
        """(the reading, universe, positive) when the question denies kinds of organisation of the parties it asks for ("不是企业的
        参与方", "parties … are neither companies nor universities") within the cooperations it names (by name or linked
        topic): every kind the negated clause names taken away; the kind read as asked may be one of them ("参与方里，既不算
        企业也不算高校的", "参与方里，不是企业的": then any party is asked). None otherwise (the kind denied of a partner is the plain negation's)."""
        if "not kind" not in form.operators or not self._is(u.answer_classes, ORGANIZATION):
            return None
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon) if w not in RELATION_WORDS]
        kinds = [k for k in kinds if self._is(k, ORGANIZATION) and ORGANIZATION not in k]
        denied_asked = u.answer_classes in kinds  # (asking for a kind the question denies is no reading: any party is asked)
        kinds = kinds if denied_asked else [k for k in kinds if k != u.answer_classes]
        coops = self._coops(u) or [a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ())]
        orgs = self._orgs(u)
        # "大职院的合作伙伴里，哪些不是企业", "Of DUT's partners in the base projects, which one is not a company": the named
        # ones' partners (in the kinds of cooperation named before the negation) are the parties picked from
        # (a kind after a which-word in the negated clause is asked, not denied: "不属于K类的那个是跟哪家企业合作的"; one after
        # a co-party word is the partner denied: "哪个不是跟企业合作的")
        scope = scoping_names(u, negated, orgs, self.lexicon) if orgs and not coops and self._of_the_answers(negated, kinds) else []
        if not kinds or not (coops or scope) or (orgs and len(scope) < len(orgs)):
            return None
        asked = frozenset({ORGANIZATION}) if denied_asked else u.answer_classes
        parties = self._partners_within(u, negated, scope) if scope else {p for c in coops for p in self.graph.parties.get(c, ())}
        universe = parties & self.graph.of_class(asked)
        word = self._lang(u, "合作方", "partners") if scope else self._lang(u, "参与方", "parties")
        read = replace(u, answer_word=word) if denied_asked else u
        return read, universe, universe & set().union(*(self.graph.of_class(k) for k in kinds))

    def _of_the_answers(self, negated: str, kinds: list[frozenset[str]]) -> bool:
        """Whether every kind of ``kinds`` is denied of the answers themselves in the negated clause: named before any
        which-word (qa_chain.ASKING: after one it is asked) and not right after a co-party word (the partner denied)."""
        asking = ASKING.search(negated)
        before = negated[: asking.start()] if asking else negated
        denied = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(before, self.lexicon)
                  if not denied_party_word(before, w)]
        return all(k in denied for k in kinds)

    def named_without(self, form: LogicalForm, u: Understanding, negated: str) -> Complement | None:
        """(the reading, universe, positive) when the answer is picked from the organisations named before the
        negation (AMONG_NAMED) and the negated clause says what they lack: a kind of cooperation, a partner of a
        class in one, or a cooperation named ("哪一所没参与数字人才实训中心"); None otherwise."""
        orgs, at, among = self._orgs(u), len(u.blanked) - len(negated), AMONG_NAMED.search(u.blanked)
        # (the choice opens the question: "among the projects of A and B, which …" picks no organisation)
        if among is None or u.blanked[: among.start()].strip() or len(orgs) < 2 or any(
                u.start(m) >= at for m in u.mentions if m.doc.iri in orgs):
            return None
        named = [m.doc.iri for m in u.mentions if COOPERATION in m.doc.types and u.start(m) >= at] or [
            a for a, _ in form.constraints if COOPERATION in self.graph.classes.get(a, ()) and u.topic and all(w in negated for w in u.topic.split())]
        words = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(negated, self.lexicon) if w not in RELATION_WORDS]
        kinds, sides = [k for k in words if self._is(k, COOPERATION)], [k for k in words if self._is(k, ORGANIZATION)]
        if not (named or kinds or sides):
            return None
        held = set(named) if named else self.graph.of_class(kinds[0] if kinds else {COOPERATION})
        side = self.graph.of_class(sides[0]) if sides else None
        positive = {o for o in orgs for c in self.graph.cooperations(o) if c in held
                    and (side is None or side & (self.graph.parties[c] - self.graph.members(o)))}
        return replace(u, answer_word=self._lang(u, "所列单位", "named organisations")), set(orgs), positive
