"""The two hops of a question chaining two class words (``Hops``), read off its parse for the logical form
(search.qa_form): "跟X合作的大学还和哪些企业合作", "which companies work with the university that works with X";
the multi-hop plan (search.qa_multi_hop) follows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.qa_cues import ALSO_AT, ALSO_WORDS, PARTNER_NOUN, PARTNERED, RELATIVE, ZH_ALSO_HOP, ZH_PARTNER_NOUN
from search.qa_graph import CONSORTIUM, COOPERATION, INDUSTRY, ORGANIZATION, within
from search.qa_match import uses_any
from search.understand import Understanding
from search.understand_lexicon import Lexicon
from search.understand_words import RELATION_WORDS


# The words after an asking which up to its noun, by how many modifiers stand between (two at most, no article:
# "which transformer maker").
WHICH_NOUN = tuple(re.compile(rf"\s+(?:(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z-]+\s+){{{n}}}") for n in range(3))


# A preposition right before a which: with its noun after it, the which asks ("with which firm?"); a relative after a
# preposition has its clause's subject there ("the college with which the firm works").
AFTER_PREPOSITION = re.compile(r"\b(?:with|to|for|from|by|on|at|in|into|under|alongside)\s+$")


@dataclass(frozen=True)
class Hops:
    """Two hops: the first class reached from the named one, the answers' class reached from it, and
    whether the named one's own are left out of the answers ("还和哪些", "other")."""

    first: frozenset[str]
    second: frozenset[str]
    others: bool


def hops(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]], asked_words: tuple[str, ...] = ()) -> Hops | None:
    """The two hops of a question chaining two class words, the second reached through the first:
    "跟X合作的大学还和哪些企业合作", "which companies work with the university that works with X";
    ``spans``: the question's class words; ``asked_words``: those a question word asks for (qa_form.asked_words)."""
    # a consortium named by its class word is where the question stands ("in the consortium"), no hop
    spans = [(start, w) for start, w in spans if w not in RELATION_WORDS
             and not within(frozenset(lexicon.class_words[w]), CONSORTIUM, lexicon.catalogue.ancestors)]
    classes = [frozenset(lexicon.class_words[w]) for _, w in spans]
    noun = PARTNER_NOUN.search(u.blanked) if u.lang == "en" else None
    if noun:  # "how many projects does X's university partner have", "the partner of X": the class word
        # inside the partner noun is the first hop (any organisation without one); the other one the answers
        # (a partner of no class reaches cooperations only: "which companies are X's partners" is one hop)
        inside = [frozenset(lexicon.class_words[w]) for start, w in spans if noun.start() <= start < noun.end()]
        hop = _second_hop(u, lexicon, inside[0] if inside else frozenset({ORGANIZATION}), classes, False)
        return hop if inside or (hop and within(hop.second, COOPERATION, lexicon.catalogue.ancestors)) else None
    relative = _relative(u.blanked, spans) if u.lang == "en" else None
    if relative and classes:  # "(which companies | what other projects) … the university that works with X":
        # the class before the relative clause is X's partners, the first hop; the other one the answers
        before = [frozenset(lexicon.class_words[w]) for start, w in spans if start < relative.start() + 1]
        first = before[-1] if before else classes[min(1, len(classes) - 1)]
        if not before and first == u.answer_classes:
            return None  # "the firm that hosted M (a name put in) runs a tech project with which university": one hop, asked
        return _second_hop(u, lexicon, first, classes, True)
    if (around := _around_also(u, lexicon, spans, asked_words)) is not None:
        return around
    if len(classes) < 2:
        return None
    ancestors = lexicon.catalogue.ancestors
    if len(classes) > 2 and within(classes[0], COOPERATION, ancestors) and within(classes[1], ORGANIZATION, ancestors):
        classes = classes[1:]  # "跟X一起做项目的大学还…": the cooperation X and the first hop share, no hop
    if uses_any(u, ALSO_WORDS):  # "和X合作的学校还和哪些企业合作"; the class asked for is the second
        # hop even when another class word follows it ("还跟哪些公司合作了项目")
        if _none_before_also(u, lexicon, spans):
            return None  # "X还跟哪家互感器企业合建了产业学院": X's own partners asked, no first hop said
        asked = u.answer_classes if u.answer_classes in classes[1:] and u.answer_classes != classes[0] else None
        return Hops(classes[0], asked or classes[-1], True)
    # "跟X合作的大学参与了几个项目", "…都是哪些行业的": all of theirs; "跟X合作的学校，在哪个人才培养项目里和两家
    # 药企合作": the cooperation asked, a class word after it only narrowing it
    last = u.answer_classes if u.answer_classes in classes[1:] and within(classes[0], ORGANIZATION, ancestors) else classes[-1]
    if u.lang == "zh" and PARTNERED.search(u.blanked) and any(within(last, root, ancestors) for root in (COOPERATION, INDUSTRY)):
        return Hops(classes[0], last, False)
    return None


def _relative(blanked: str, spans: list[tuple[int, str]]):
    """The first relative clause's opening (RELATIVE), None when it is a which after a preposition and before its noun: it
    asks ("… co-founded an industrial college with which (transformer) firm?"), as a relative which never stands before
    its noun (an article after it opens the relative clause's subject: "the college with which the firm works")."""
    starts = {at for at, _ in spans}
    m = RELATIVE.search(blanked)
    if m is None or m.group(1) != "which" or AFTER_PREPOSITION.search(blanked, 0, m.start(1)) is None:
        return m
    return None if any(_ends_at(noun, blanked, m.end(), starts) for noun in WHICH_NOUN) else m


def _ends_at(pattern: re.Pattern, text: str, at: int, starts: set[int]) -> bool:
    """Whether ``pattern`` matches ``text`` at ``at`` and ends where a class word starts."""
    m = pattern.match(text, at)
    return m is not None and m.end() in starts


def _none_before_also(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]]) -> bool:
    """Whether no kind of organisation stands before the also-word before the last class word (ALSO_AT): nothing there
    says whose partners a first hop reaches ("大连职院还跟哪家企业合建了产业学院", "X also co-founded an industrial college
    with which firm"; a cooperation set aside is none: "交大除了给碧菲建实习基地，还在给哪些公司做技术攻关"), so the named
    one's own partners are asked; a first hop said before it keeps the hops ("我也想问，和X合作的学校还和哪些企业合作":
    the last also-word before the last class word counts)."""
    last = spans[-1][0] if spans else -1
    also = [m.start() for m in ALSO_AT.finditer(u.blanked, 0, max(last, 0))]
    ancestors = lexicon.catalogue.ancestors
    return bool(also) and not any(at < also[-1] and within(frozenset(lexicon.class_words[w]), ORGANIZATION, ancestors)
                                  for at, w in spans)


def _around_also(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]], asked: tuple[str, ...]) -> Hops | None:
    """A Chinese question's hops around its also-word (ZH_ALSO_HOP), the second asked by a question word after it: the
    class word nearest before it is the first hop ("找工作想去氢能企业：跟X一起攻关的学校，还和哪家厂…": 学校, not the
    frame's 企业), or, none before it, a partner noun there any organisation ("X的攻关搭档，还和哪家电器企业共建了实训基地":
    the class asked, 企业, not the base after it). None when the question is not so worded."""
    also = ZH_ALSO_HOP.search(u.blanked) if u.lang == "zh" else None
    if also is None:
        return None
    before = [w for at, w in spans if at < also.start() and w not in RELATION_WORDS]
    after = [w for at, w in spans if at >= also.end() and w not in RELATION_WORDS]
    partner = ZH_PARTNER_NOUN.search(u.blanked, 0, also.start())
    if not after or not (before or partner):
        return None
    first = frozenset(lexicon.class_words[before[-1]]) if before else frozenset({ORGANIZATION})
    # the class a question word asks for, else the first after the also-word ("哪家做智能装备的厂": the word asked stands
    # past the industry the parse blanked)
    second = frozenset(lexicon.class_words[next((w for w in after if w in asked), after[0])])
    ancestors = lexicon.catalogue.ancestors
    if first == second or not within(first, ORGANIZATION, ancestors) or not within(second, ORGANIZATION, ancestors):
        return None  # "其他学校" asked of the one hop; a cooperation asked: the rules below
    return Hops(first, second, True)


def _second_hop(u: Understanding, lexicon: Lexicon, first: frozenset[str], classes: list[frozenset[str]],
                what: object) -> Hops | None:
    """The hops from X's partners of ``first`` to the other class named, or (when ``what``) to
    cooperations when the question asks "what" with no other class ("the university partnering X, what
    else did it sign")."""
    second = next((c for c in classes if c != first), None)  # one class named twice: no second hop
    if second is None and what and u.asks_what:
        second = frozenset({COOPERATION})
    if second is None:
        return None
    # X itself is no partner of its partners; X's own cooperations are left out only when others
    # are asked for ("what other projects", "also")
    others = uses_any(u, ALSO_WORDS) or not within(second, COOPERATION, lexicon.catalogue.ancestors)
    return Hops(first, second, others)
