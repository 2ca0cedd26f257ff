"""Exclusion as an operator over the rest of the question: "那篇报道除了杨跃权之外，还引用了谁说的话", "不算大工，
哪所学校签的项目最多", "besides X, who else is quoted", "leaving DUT aside, which school signed the most".

The except clause (search.qa_form.excepted: the organisations, people or cooperations it names) is taken out of
the question, and what is left is read as a question of its own, as if they were absent: by the operator it
calls for (who is quoted, the most, a kind's parties …) or, for a superlative, by the plain reading ranking only
the answers left (the most among the others, never the top level emptied of the ones set aside). The answers are
that reading's without the ones set aside and their units. A rest read plainly without a superlative is left to
the except sets of search.qa_except, which read it the same way."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graph.han import HAN
from search.qa_cues import ALSO_WORDS, REMAINDER_WORDS
from search.qa_except import ExceptSets
from search.qa_form import LogicalForm, except_clauses, except_spans
from search.qa_graph import COOPERATION
from search.lexical import LATIN_STOPWORDS
from search.qa_match import pairs_in
from search.qa_outcome import Outcome
from search.text import normalize
from search.understand import Understanding, understand


# The also-words that answer an except clause (search.qa_cues.ALSO_WORDS) and the words of what is left
# (REMAINDER_WORDS: "剩下哪些", "which remain"): the rest is read without them.
# (REMAINDER_WORDS is a set: sorted, longest first, the pattern is the same in every process, "还剩" before "还")
PAIRED_ALSO = re.compile("|".join(w if HAN.search(w) else rf"\b{w}\b" for w in (*sorted(REMAINDER_WORDS, key=lambda w: (-len(w), w)), *ALSO_WORDS)))


# Where an English except clause ends short of a comma: at a dash or at the question word of the rest
# ("excluding anything DUT is part of — which projects remain").
CLAUSE_CLOSED = re.compile(r"\s[—–-]+\s|\b(?:which|what|who|whom|whose|how|where|when)\b")


def _clause_end(clause: str) -> int:
    """How much of an except clause's match is the clause (search.qa_cues.EXCEPT_CLAUSE reads to a comma)."""
    closed = CLAUSE_CLOSED.search(clause, 1)
    return closed.start() if closed else len(clause)


class Exclusion(ExceptSets):
    """The except operator over the whole reading of the rest."""

    apply: Callable[[LogicalForm], Outcome | None]  # the operators' own dispatch (search.qa_operators.Operators)

    def excluded(self, form: LogicalForm) -> Outcome | None:
        """The rest's answer without what the except clause names (or describes, "做氢能的那家国创不算": the one answer
        of the rest its words fit); None when the clause sets nothing aside or the rest asks nothing of its own."""
        u = form.understanding
        if "except" not in form.operators or "yes/no" in form.operators or (not form.excepted and form.excepted_words):
            return None  # (a verdict is the yes/no operator's, on the plain answer without them)
        rest = self._rest(u)
        if rest is None or not (rest.mentions or rest.topic or rest.answer_classes or rest.most):
            return None
        if "hops" in form.operators and not (rest.most and form.excepted):
            return None  # two hops leave out what an except clause names or describes themselves (search.qa_multi_hop,
            # search.qa_except); a superlative of those left is ranked here
        rest = self.asked_in(rest, form.excepted)  # "besides P, where else does X appear": in what other cooperations
        partnered = self._partners_set_aside(u, form.excepted)  # "把大工的合作方剔掉": its partners, not it
        named = set(form.excepted) | self._excepted_away(rest, form.excepted) | partnered
        outcome = self._rest_read(u, rest, form.excepted, named)
        if outcome is None or outcome.settled:
            return outcome
        if not any(self._is_cooperation(a["id"]) for a in outcome.answers):
            # the excepted's cooperations go only when cooperations are answered: "除了X，还有谁和Y一起签了项目" asks
            # Y's partners, and those X signed with too are others all the same
            named = {x for x in named if x in form.excepted or not self._is_cooperation(x)}
        excepted = list(form.excepted) or self._clause_described(u, outcome.answers)
        set_aside = named or set(excepted)
        if not set_aside:
            return None
        # (a partner reached only through an excepted cooperation is no other partner: ExceptSets._only_through; nor,
        # when the clause sets aside what the named take part in, one taking part in nothing else: _in_theirs_only)
        theirs = self._theirs_set_aside(u, form.excepted)
        answers = [a for a in outcome.answers if a["id"] not in set_aside and not self._only_through(a["id"], rest.mentions, set_aside)
                   and not self._in_theirs_only(a["id"], theirs, form.kinds)]
        gone = {self.facts.label(x) for x in set_aside}
        evidence = [e for e in outcome.evidence if not gone & set(e["path"])]
        return Outcome(answers, evidence, self._besides(u, excepted, answers, bool(partnered)), outcome.sparql)

    def _is_cooperation(self, iri: str) -> bool:
        return COOPERATION in self.graph.classes.get(iri, ())

    def _rest_read(self, u: Understanding, rest: Understanding, excepted, set_aside: set[str]) -> Outcome | None:
        """The rest read by its operator, else plainly without ``set_aside``; a superlative's (those left ranked,
        settled: nothing more to take away) only when something is named to set aside."""
        outcome = None if rest.most else self.apply(self.form_of(rest))
        if outcome is not None:
            return outcome
        if rest.most and not set_aside:
            return None
        planned = self.plain(rest, frozenset(set_aside))
        if not rest.most:
            return Outcome(planned.answers, planned.evidence, planned.answer_text, planned.sparql)
        if not planned.answers:
            return None
        names = self._lang(u, "、", ", ").join(self.facts.label(x, u.lang) for x in excepted)
        text = self._lang(u, f"除{names}外，", f"Besides {names}, ") + planned.answer_text[:1].lower() + planned.answer_text[1:]
        return Outcome(planned.answers, planned.evidence, text, planned.sparql, settled=True)

    def _clause_described(self, u: Understanding, answers: list[dict]) -> list[str]:
        """The one answer whose names hold the most of the except clauses' words (Chinese: two-character pieces,
        English: words of three letters or more), at least two pieces or one word, more than any other holds."""
        clauses = " ".join(except_clauses(u.question))
        pieces = {w for w in re.findall(r"[a-z]{3,}", clauses) if w not in LATIN_STOPWORDS} | \
            pairs_in(clauses)
        held = sorted(((sum(p in normalize(a.get("label", "")) or p in normalize(a.get("label_en", "")) for p in pieces), a["id"])
                       for a in answers), reverse=True)
        if not held or held[0][0] < (1 if u.lang == "en" else 2) or (len(held) > 1 and held[1][0] == held[0][0]):
            return []
        return [held[0][1]]

    def _rest(self, u: Understanding) -> Understanding | None:
        """The question without its except clauses (the except word and what it sets aside), read again;
        None when no clause is found in its text."""
        # (read with the names blanked: a comma in a name, "Co., Ltd.", ends no clause)
        spans = [(start, start + _clause_end(u.blanked[start:end])) for start, end in except_spans(u.blanked)]
        if not spans:
            return None
        text = u.question
        for start, end in reversed(spans):
            text = text[:start] + " " * (end - start) + text[end:]
        # the "还"/"other" answering the except clause ("除了X，还有哪些", "what other universities") goes with it
        rest = understand(" ".join(PAIRED_ALSO.sub(" ", text).split()), self.lexicon)
        # and a topic word the reading read the whole without is no topic of the rest ("…还跟哪家公司联手": 联手)
        return replace(rest, lang=u.lang, topic=" ".join(w for w in rest.topic.split() if w in u.topic))
