"""Ranks within a group: how many stand ahead of or behind a ranked thing ("排在金普前面的有几家", "how
many applicants ranked ahead of Jinpu?"), from the rank the article states and the size of the field it
was ranked in; and where a named organisation ranks among those of a kind by the cooperations each takes
part in ("按签约项目数，大连理工大学在所有学校里排第几", "where does DUT rank among universities by projects").

Both are derived: the answer states the figures or counts it rests on, each figure cited by its source
span and the arithmetic given as the derivation; tied counts share a rank ("并列第2", "tied 2nd").
"""

from __future__ import annotations

from search.auxiliaries import BE, DO
from search.qa_answer import evidence_item
from search.qa_order_cues import RANK_AHEAD, RANK_BEHIND, RANK_HELD
from search.qa_form import LogicalForm
import re

from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, POSITION
from search.qa_match import asks_rank, uses_any
from search.qa_outcome import OperatorBase, Outcome, derived
from search.qa_plans import fields_of
from search.qa_values import numbers_in, ordinal_en, ordinals_in
from search.understand import Understanding
from search.understand_lexicon import class_word_spans
from search.understand_words import RELATION_WORDS

# "what position is jinpu in", "came in at what position overall": a position asked of no person, in a
# ranking's words or of a place (no organisation named), is a place in a ranking, not a post.
POSITION_WORD = re.compile(r"\bposition\b")
RANKING_FRAME = re.compile(r"\b(?:overall|nationally|came|come|comes|finish(?:ed|es)?|end(?:ed|s)? up|placed|among|"
                           r"out of|ranking|list)\b")


# "排在什么位置", "排哪个名次", "名列第几位": a place in a ranking asked in Chinese, read as "排名第几".
POSITION_ZH = re.compile(r"(?:排|名列)在?(?:什么|哪个|哪一个|啥|第几)(?:位置|名次|位次|位)")


# "where did it place overall", "where did Jinpu finish": a place in a ranking asked with where, no place on a map.
WHERE_PLACED = re.compile(rf"\bwhere ({DO}|{BE}) ((?:\w+ ){{1,4}}?)(place|placed|rank|ranked|finish|finished|end up)\b")


def position_as_rank(text: str, u: Understanding, places: list[str]) -> str:
    """``text`` with "position" read as "rank" when it asks a place in a ranking (see RANKING_FRAME), a Chinese
    place in a ranking asked as its rank (POSITION_ZH), and "where did it place" as "what rank did it place"."""
    text = WHERE_PLACED.sub(r"what rank \1 \2\3", POSITION_ZH.sub("排名第几", text))
    if POSITION not in u.answer_classes or not POSITION_WORD.search(text) or any(PERSON in m.doc.types for m in u.mentions):
        return text
    org = any(ORGANIZATION in m.doc.types for m in u.mentions)  # "what position is DUT in" asks its posts
    return POSITION_WORD.sub("rank", text) if RANKING_FRAME.search(text) or (places and not org) else text


# Fields wider than the graph's: an organisation's rank in the nation or the province is not held.
WIDER_FIELDS = ("全国", "全省", "全市", "国内", "nationwide", "national", "in china", "in the country", "in the province")


class Ranks(OperatorBase):
    """The rank-within-a-group operators."""

    def rank_side(self, form: LogicalForm) -> Outcome | None:
        """How many are ranked ahead of (rank − 1) or behind (field − rank) the thing the held rank is of;
        None when the question asks neither or the graph holds no rank with one field of the same owner."""
        u = form.understanding
        ahead, behind = RANK_AHEAD.search(u.question), RANK_BEHIND.search(u.question)
        # ("排在企业后面的是哪一类": a part ranked after a part, no place in a held ranking: search.qa_stated_parts)
        if bool(ahead) == bool(behind) or u.intent != "count" or "parts" in form.operators or (found := self.facts.best_rank(u)) is None:
            return None
        rank = found[0]
        owner, fields = self.facts.quantity_owner[rank][0], self._fields(rank)
        if len(fields) != 1:
            return None
        r, n = (int(self.facts.figures["zh"][q]["value"]) for q in (rank, fields[0]))
        count, how = (r - 1, f"{r} − 1 = {r - 1}") if ahead else (n - r, f"{n} − {r} = {n - r}")
        evidence = [*self._figure_items(owner, (rank, fields[0])), derived(self.facts, owner, how)]
        side = self._lang(u, "前面" if ahead else "后面", "ahead of it" if ahead else "behind it")
        return Outcome([], evidence, self._lang(
            u, f"{self.facts.label(owner)}排第{r}名（共{n}家），排在其{side}的有{count}家。",
            f"{self.facts.label(owner, 'en')} ranked {r} of {n}: {count} ranked {side}."), settled=True)

    def rank_holder(self, form: LogicalForm) -> Outcome | None:
        """"在28家里排第一的是哪家", "which consortium ranked first among the 28": who holds a rank in a field the
        question sizes as the graph does (or in the ranking held, "排在第五的是哪家"); the thing the held rank is of when the rank asked is it, else nothing
        (the graph holds no other place in that field). None when the question sizes no held field."""
        u = form.understanding
        if u.intent not in ("list", "who") or {"yes/no", "said", "parts"} & form.operators or u.rank > 1:
            return None  # "金普新区排名第五吗": the yes/no operator's; "排第二多的是哪类", "排第一的是哪一类": a part ranked
        asked, stated = ordinals_in(u.blanked), numbers_in(u.question)
        # "排在第五的是哪家": a place in the one ranking held, asked of no narrower kind ("排第一的学校" ranks schools)
        ranked = RANK_HELD.search(u.question) is not None and (not u.answer_classes or ORGANIZATION in u.answer_classes)
        found = next(((q, f) for q in sorted(self.facts.ranks()) for f in self._fields(q)
                      if ranked or int(self.facts.figures["zh"][f]["value"]) in stated), None) if asked else None
        if found is None:
            return None
        rank, field = found
        owner, held, n = self.facts.quantity_owner[rank][0], *(int(self.facts.figures["zh"][q]["value"]) for q in found)
        evidence = self._figure_items(owner, (rank, field))
        if held in asked:
            return Outcome(self._entities([owner]), evidence, self._lang(
                u, f"第{held}名（共{n}家）：{self.facts.label(owner)}。", f"Ranked {held} of {n}: {self.facts.label(owner, 'en')}."))
        return Outcome([], evidence, self._lang(
            u, f"图谱只记载{self.facts.label(owner)}排第{held}名（共{n}家），没有记载其余名次属于谁。",
            f"The graph holds only that {self.facts.label(owner, 'en')} ranked {held} of {n}; no other place."),
            settled=True)

    def _fields(self, rank: str) -> list[str]:
        """The figures of the rank's owner that are no ranks: the size of the field it was ranked in."""
        return fields_of(rank, self.facts)

    def _figure_items(self, owner: str, figures) -> list[dict]:
        """The evidence items of figures of ``owner``, each with its source span."""
        return [evidence_item([self.facts.label(owner), self.facts.label(q)], self.facts.evidence(owner, self.facts.quantity_owner[q][1], q))
                for q in figures]

    def rank_among(self, form: LogicalForm) -> Outcome | None:
        """Where the one named organisation ranks among the organisations of the kind the question names, by
        how many cooperations (of the kind it names, if any) each takes part in; only when the question ranks by
        cooperations (names a kind of them or a verb of taking part) within the graph's own field."""
        u = form.understanding
        orgs, kinds = self._orgs(u), self._organisation_kinds(u)
        by_cooperations = any(self._is(k, COOPERATION) for k in self._classes(u)) or bool(form.relations)
        if not by_cooperations or uses_any(u, WIDER_FIELDS):
            return None  # "在全国高校排名第几": a ranking the graph does not hold, not one by the cooperations it does
        if not asks_rank(u) or len(orgs) != 1 or len(kinds) != 1 or \
                any(self.facts.quantity_owner[q][0] == orgs[0] for q in self.facts.ranks()):
            return None  # a rank the article states of the organisation is the figure plan's
        (word, kind), counted = kinds[0], self._counted(u)
        # the others' counts come from the build's tables (search.qa_counts), by level
        held = self.aggregates.cooperations.of(self.graph, kind, counted)
        mine = len(self.graph.cooperations(orgs[0], counted)) if self.graph.classes.get(orgs[0], frozenset()) & kind else 0
        if not mine:
            return None
        ranked = sum(len(xs) for xs in held.values())
        more, tied = sum(len(xs) for n, xs in held.items() if n > mine), len(held.get(mine, ())) > 1
        name = self.facts.label(orgs[0], u.lang)
        zh = f"按参与的合作项目数，{name}参与{mine}个，在{ranked}个{word}中{'并列' if tied else ''}排第{more + 1}。"
        en = f"By cooperations taken part in, {name} ({mine}) ranks {'tied ' if tied else ''}{ordinal_en(more + 1)} of {ranked} {word}."
        how = f"{more} of {ranked} {word} take part in more than {mine}"
        return Outcome(self._entities(orgs), [derived(self.facts, orgs[0], how)], self._lang(u, zh, en), settled=True)

    def _organisation_kinds(self, u: Understanding) -> list[tuple[str, frozenset[str]]]:
        """The organisation class words of the question (outside the names it uses), with their classes."""
        spans = [(w, frozenset(self.lexicon.class_words[w])) for _, w in class_word_spans(u.blanked, self.lexicon)
                 if w not in RELATION_WORDS]
        return [(w, k) for w, k in spans if self._is(k, ORGANIZATION)]
