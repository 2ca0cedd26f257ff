"""The parties of a set a negation or an exclusion picks, asked in a closing clause: "交大那几个签约里，有一个不是技术攻关
的，合作的企业是哪家？", "大职院签的项目中，不跟大工合作的有哪几个？合作单位分别是谁？", "Which base projects have no
university among their partners? Name the companies.", "哪一个不是合作研发的？双方是谁？".

The question less its closing clause is asked on its own (the set: cooperations picked by a negation or an except
clause); the closing clause asks, naming no name and denying nothing, for the parties of a class (企业, "the
companies") or for the parties whoever they are (双方, 合作单位, "partners": the named organisations of the set's
question left out, they being the side asked from). The answers are the cooperations of the set holding such parties
and those parties (the set was asked first), citing their participation. Nothing when the set is empty or no cooperation, or the closing clause asks anything else:
the question read whole stands.

Contract: ``SetParties(lexicon, facts, graph, part).read(question, u, whole)`` gives the parties' answer, or ``whole``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from search.qa_answer import Answer
from search.qa_chain import ASKING
from search.qa_cues import EXCEPT_CLAUSE
from search.qa_facts import FactFinder
from search.qa_form import negated_span
from search.qa_graph import COOPERATION, ORGANIZATION, Participation, of_kinds, within
from search.qa_outcome import participation_items
from search.qa_project_parties import ALL_PARTIES
from search.understand import Understanding
from search.understand_lexicon import Lexicon, class_word_spans

# The closing clause: after the last break before the end.
CLOSING = re.compile(r"[,，;；?？。.!！]\s*([^,，;；?？。.!！]+?)\s*[?？.。!！]*\s*$")
# Words asking for the parties whoever they are ("双方是谁", "合作单位分别是谁", "name the partners"): those counting every
# party of a project (search.qa_project_parties.ALL_PARTIES), 合作单位 and a partner.
ANY_PARTY = re.compile(rf"{ALL_PARTIES.pattern}|合作单位|\bpartner\b", re.IGNORECASE)
# An imperative asking as a question word does ("Name the companies.", "List the partners", "请列出合作的双方"), its object
# put before the verb too ("把合作方列一下", "顺便把企业列出来", "合作单位也写一下").
NAMING = re.compile(r"^\s*(?:name|list|give)\b|^\s*(?:请|麻烦|顺便|另外|再)?\s*(?:列出|列一下|列举|写出|说出|说一下|告诉我)"
                    r"|^\s*(?:请|麻烦|顺便|另外|再)?\s*[把将]?[^，,。？?]{1,12}?(?:也|都|一并)?(?:列|写|报)(?:出来|一下|下|给我)",
                    re.IGNORECASE)
# The answer's punctuation by language: after a cooperation, between its parties, between cooperations, at the end.
PUNCTUATION = {"zh": ("：", "、", "；", "。"), "en": (": ", ", ", "; ", ".")}


class SetParties:
    """The parties of a picked set, over one graph."""

    def __init__(self, lexicon: Lexicon, facts: FactFinder, graph: Participation, part: Callable[[str], Answer]):
        self.lexicon, self.facts, self.graph, self.part = lexicon, facts, graph, part

    def read(self, question: str, u: Understanding, whole: Answer) -> Answer:
        """The parties asked of the set the rest of ``question`` picks (see the module), or ``whole``."""
        closing = CLOSING.search(u.blanked)  # (names blanked: "No.1" negates nothing, "Co., Ltd." ends no clause)
        if closing is None or not (ASKING.search(closing.group(1)) or NAMING.match(closing.group(1))):
            return whole
        tail, head = u.question[closing.start(1):], u.question[: closing.start(1)]
        asked = self._asked(tail, u)
        # (the set is asked for first: "…有哪几个？合作单位分别是谁"; an except clause asking nothing is the rest's own)
        # (the set's question says a negation or an exclusion: the operators are read again by the part asked)
        picked = negated_span(replace(u, blanked=u.blanked[: closing.start(1)])) is not None or EXCEPT_CLAUSE.search(head)
        if asked is None or not ASKING.search(head) or not picked:
            return whole
        found = self.part(head)
        coops = [a["id"] for a in found.answers]
        if not coops or not all(COOPERATION in self.graph.classes.get(c, ()) for c in coops):
            return whole
        return self.parties(question, u, coops, asked, found) or whole

    def parties(self, question: str, u: Understanding, coops: list[str], asked: frozenset[str], picked: Answer) -> Answer | None:
        """The parties of ``coops`` of the classes ``asked`` (empty: any party not named), beside ``picked``, the set's
        own answer; None when none is (search.qa_mode asks it of the odd one out too)."""
        named = {m.doc.iri for m in u.mentions}
        links = [[(p, c) for p in sorted(self.graph.parties[c]) if self._fits(p, asked, named)] for c in coops]
        return self._answer(question, u, coops, links, picked) if any(links) else None

    def _asked(self, tail: str, u: Understanding) -> frozenset[str] | None:
        """The classes of party the closing clause asks for (empty: any party), or None when it asks for no party or
        names a name or denies something."""
        if any(m.text in tail for m in u.mentions) or negated_span(replace(u, blanked=tail)) is not None:
            return None
        ancestors = self.lexicon.catalogue.ancestors
        kinds = [frozenset(self.lexicon.class_words[w]) for _, w in class_word_spans(tail, self.lexicon)]
        kinds = [k for k in kinds if within(k, ORGANIZATION, ancestors) and ORGANIZATION not in k]
        if kinds:
            return frozenset().union(*kinds)
        return frozenset() if ANY_PARTY.search(tail) else None

    def _fits(self, party: str, asked: frozenset[str], named: set[str]) -> bool:
        """Whether a party is one asked for: of the classes asked, or any party not named when none is asked."""
        classes = self.graph.classes.get(party, frozenset())
        if not asked:
            return party not in named
        return of_kinds(classes, asked, self.lexicon.catalogue.ancestors)

    def _answer(self, question: str, u: Understanding, coops: list[str], links: list[list[tuple[str, str]]],
                picked: Answer) -> Answer:
        """The parties' answer: each cooperation of the set with the parties asked, citing their participation."""
        colon, sep, between, end = PUNCTUATION[u.lang]
        parties = sorted({p for group in links for p, _ in group}, key=self.facts.label)
        each = [self.facts.label(c, u.lang) + colon + sep.join(self.facts.label(p, u.lang) for p, _ in g)
                for c, g in zip(coops, links) if g]
        text = between.join(each) + end
        # (the set's own answers stay beside the parties: the set was asked first, "which … and with which company")
        kept = [c for c, g in zip(coops, links) if g]
        return Answer(question, [self.facts.entity(e, 1.0) for e in (*kept, *parties)],
                      f"{picked.answer_text} {text}", participation_items(self.facts, [g for g in links if g]),
                      understanding={**picked.understanding, "set_parties": True})
