"""Cooperations none of whose parties is of a kind: "基地类签约里一所大学都没掺和的是哪几个", "which base projects had
no university among the signing parties", "人才培养类项目里，签约方连一家企业都没有的是哪个".

The kind of party denied is the class word the negation governs — after 没有/无/no/without/not a single, or
in the emphatic 一所X都没/连一家X都没 — with its narrower classes (大学 is a university; 高校 holds the higher
vocational colleges too). The cooperations asked are those of the kind of cooperation the question names (基地
类, talent cultivation projects), or every project when it names none. The answer: those of them none of whose
parties is of the denied kind, each citing its parties' participation. A question naming an organisation (what
X signed without a university) or no kind of cooperation and no project word is another reading's; so is a
denied kind that no party of any cooperation is of (the negation then denies nothing the graph holds)."""

from __future__ import annotations

import re

from search.qa_facts import FactFinder
from search.qa_form import LogicalForm
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, PROJECT, Participation, within
from search.qa_outcome import Outcome, participation_items
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# Where the denied kind's word begins: after a negation word, or inside the emphatic "(连)一所X都没".
ZH_DENIED = re.compile(r"(?:没有|没|无|不含|不包括)\s*(?:任何|一[个家所位])?\s*$")
ZH_ONE = re.compile(r"一[所家个位]\s*$")
ZH_EMPHATIC_AFTER = re.compile(r"^\s*(?:也|都)\s*(?:没|不|未)")
# "大学都没掺和", "企业一个也没有": the kind denied before its negation.
ZH_NONE_AFTER = re.compile(r"^\s*(?:一[个家所位]?)?\s*(?:都|也)\s*(?:没|未)")
EN_DENIED = re.compile(r"\b(?:no|without(?:\s+an?|\s+any)?|not\s+(?:a\s+single|any|one)|none\s+of\s+the|lacking(?:\s+an?|\s+any)?)\s+$")
# The cooperations are asked for as items ("哪几个", "which projects", "是哪一个").
ITEMS_ASKED = re.compile(r"哪[一几些]?[个项]|哪些|\bwhich\b|\bwhat\b|\blist\b")


class PartyNegation:
    """The cooperations without a party of a kind, over one graph."""

    def __init__(self, facts: FactFinder, lexicon: Lexicon, graph: Participation):
        self.facts, self.lexicon, self.graph = facts, lexicon, graph

    def answer(self, form: LogicalForm) -> Outcome | None:
        """The cooperations of the kind named none of whose parties is of the kind denied; None when the
        question asks no such thing."""
        u = form.understanding
        if form.negated is None or not ITEMS_ASKED.search(u.question):
            return None
        found = self._denied(u)
        universe = self._universe(u)
        if found is None or not universe:
            return None
        at, word, denied = found
        if any(0 <= u.question.find(m.text) < at for m in u.mentions if m.doc.types & {ORGANIZATION, PERSON}):
            return None  # "DUT没参与的基地项目": what a named party signed without, the negation operator's
        having = {c for c in universe if any(self.graph.classes.get(p, frozenset()) & denied for p in self.graph.parties[c])}
        if not having or having == universe:
            return None  # every one or none has a party of the kind: nothing to tell apart (the operators' empties stand)
        kept = sorted(universe - having, key=lambda c: self.facts.label(c, u.lang))
        names = ("、" if u.lang == "zh" else ", ").join(self.facts.label(c, u.lang) for c in kept)
        text = (f"{len(universe)}个中没有{word}参与的{len(kept)}个：{names or '无'}。" if u.lang == "zh"
                else f"Of {len(universe)}, {len(kept)} with no {word} among their parties: {names or 'none'}.")
        evidence = participation_items(self.facts, [[(p, c) for p in sorted(self.graph.parties[c])] for c in kept])
        return Outcome([self.facts.entity(c, 1.0) for c in kept], evidence, text, settled=not kept)

    def _denied(self, u: Understanding) -> tuple[int, str, frozenset[str]] | None:
        """Where the class word the negation governs stands (the first it stands before, or one denied by 都没 after
        it: "大学都没掺和"), the word and its organisation classes; None when there is none."""
        text = u.blanked
        for at, word in class_word_spans(text, self.lexicon):
            classes = frozenset(self.lexicon.class_words[word])
            if not within(classes, ORGANIZATION, self.facts.catalogue.ancestors) or ORGANIZATION in classes:
                continue
            before, after = text[max(0, at - 24):at], text[at + len(word):]
            emphatic = ZH_ONE.search(before) and ZH_EMPHATIC_AFTER.match(after)  # "(连)一所大学都没"
            if ZH_DENIED.search(before) or emphatic or ZH_NONE_AFTER.match(after) or EN_DENIED.search(before):
                return at, word, classes
        return None

    def _universe(self, u: Understanding) -> set[str]:
        """The cooperations of the kind of cooperation named (all projects when only 项目/projects is said)."""
        ancestors = self.facts.catalogue.ancestors
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(u.blanked, self.lexicon)]
        kinds = [k for k in kinds if within(k, COOPERATION, ancestors)]
        narrow = [k - {COOPERATION, PROJECT} for k in kinds if k - {COOPERATION, PROJECT}]
        if len({*narrow}) > 1:
            return set()  # two kinds named: which one the answers are of is not said
        wanted = narrow[0] if narrow else (frozenset({PROJECT}) if kinds else frozenset())
        return set(self.graph.of_class(wanted)) & set(self.graph.parties) if wanted else set()
