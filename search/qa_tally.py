"""A tally of who takes part in the signed cooperations, read whole: the words a count, a comparison or a
ranking of participations is asked with besides what it counts.

A stranger asks "how many projects is X in" as "在首批签约里露面了几次", "how often does X show up among the sixteen
signings", "whose name turns up in more of the deals signed that day", "这批16个项目里X的名字出现在几个里". Two kinds of
words there constrain nothing:

- how taking part is seen (``APPEARING``: show up, turn up, appear, 露面, 出现, 名字, 次数, how often): a party's
  appearances are its cooperations;
- the whole set restated: the words of the one event at which every project the graph holds was signed (read
  off the graph: its names, zh and en, cj:signedAt), its day ("that day", 当天) and a batch or list of them
  (``SET_WORDS``). With several signings the set is no longer whole, and these words stay for the reading to place.

A signing counted for a party ("how many signings did X take part in", "X参加了几次签约") is one of its
cooperations signed at it: the event's class read as the projects signed there. Words of an industry's name are
never dropped (a topic the graph may cover: "education"). Each reading is recorded (``understanding["tally"]``)
so that how often it fires can be measured (bench/tally_fires.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from graph.han import HAN
from graph.store import KnowledgeGraph
from search.documents import Catalogue
from search.qa_fact_queries import SIGNINGS
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PROJECT, within
from search.qa_match import tokens
from search.text import LATIN_WORD
from search.understand import Understanding

# How taking part is seen: each is a party's appearance in a cooperation, counted as its cooperations.
# (a presence seen: "签约项目里谁的身影多", "谁亮相得多")
PRESENCE_SEEN = ("身影", "亮相", "露脸")
APPEARING = frozenset({"appear", "appearance", "show", "turn", "often", "time", "name", "feature", "carry", "crop",
                       "露面", "出现", "现身", "出场", "名字", "次数", "上榜", "名单", "签名", "签字", *PRESENCE_SEEN})
# A set of signed things or the day they were signed: the whole set again when one event holds them all.
SET_WORDS = frozenset({"batch", "round", "lot", "list", "lineup", "roster", "day", "批", "这批", "那批", "一批",
                       "当天", "那天", "当日", "那一天", "这一天"})
# "几次", "how often": a count of times, each a cooperation the party takes part in.
TIMES = re.compile(r"几次|多少次|多少回|几回|\bhow (?:often|many times)\b", re.IGNORECASE)
# Cooperations named by a verb of signing and counted ("那天签下的合作，总数是多少", "签约的合作有几个"): no partners
# are asked, the signed projects are (合作 alone is read as the partners a verb of cooperating has).
SIGNED_COUNTED = re.compile(r"签[下约了署订]*的合作(?![\u4e00-\u9fff]*(?:方|伙伴|单位|企业|院校|高校|学校|关系))")
# What a party's signings are called when the question names them by a verb only ("X参加了几次签约").
SIGNED_WORD = {"zh": "签约项目", "en": "signed projects"}
TALLIED = frozenset({"count", "compare", "largest", "superlative", "fewest", "larger", "smaller"})
# Operators taking a subset of a party's signings ("交大那几个签约里，哪个不是…", "of Jiaotong's signings, which is not …"):
# its signings are its signed projects there too, and the topic is left as it is (nothing is tallied).
SUBSET = frozenset({"negation", "except"})


@dataclass(frozen=True)
class Tallied:
    """What the reading changed: the words dropped from the topic, and whether a signing became the projects."""

    dropped: tuple[str, ...]
    signings: bool


class Tally:
    """The signing events of one graph and the words that restate them."""

    def __init__(self, kg: KnowledgeGraph, catalogue: Catalogue, projects: set[str], classes: dict[str, frozenset[str]],
                 content: Callable[[str], list[str]]):
        """``projects``: every cooperation project the graph holds; ``classes``: an entity's classes; ``content``:
        the content words of a topic (search.qa_accounted.TopicWords.of: no function or reading word)."""
        self.content = content
        signed: dict[str, set[str]] = {}
        for row in kg.stream(SIGNINGS):
            signed.setdefault(row["e"], set()).add(row["x"])
        self.event_classes = frozenset(c for e in signed for c in classes.get(e, ())) - {PROJECT}
        self.ancestors = catalogue.ancestors
        industry = set().union(*(_words(n) for d in catalogue.docs if INDUSTRY in d.types for n in d.name_values))
        whole = [e for e, coops in signed.items() if projects and projects <= coops]
        names = [n for d in catalogue.docs if d.iri in whole for n in d.name_values]
        held = set().union(*(_words(n) for n in (*names, *SET_WORDS))) if len(whole) == 1 else set()
        self.appearing = _Vocabulary(frozenset(set().union(*(_words(w) for w in APPEARING)) - industry))
        self.restating = _Vocabulary(frozenset(held - industry) | self.appearing.words)

    def read(self, u: Understanding, operators: Iterable[str]) -> tuple[Understanding, Tallied | None]:
        """``u`` read as a tally when ``operators`` (the logical form's) count, compare or rank who takes part
        (organisations or cooperations asked, or organisations named and nothing asked): the topic's words that
        say how taking part is seen dropped, and those restating the whole signed set when nothing else is left;
        a signing counted for a named party, or a subset of its signings taken (``SUBSET``), read as its projects, and
        cooperations named by a verb of signing and counted as the signed projects (``SIGNED_COUNTED``); None when
        nothing changed."""
        if u.intent == "count" and not u.answer_classes and SIGNED_COUNTED.search(u.question):
            return replace(u, answer_classes=frozenset({PROJECT}), answer_word=SIGNED_WORD[u.lang]), Tallied((), True)
        tallied = bool(TALLIED & set(operators) or TIMES.search(u.question))
        if not (tallied or SUBSET & set(operators)) or not self._participation(u):
            return u, None
        topic = u.topic.split()
        # "首批 航空航天": aerospace is a topic, and 首批 no restatement of the whole set then
        held = self.restating if all(self.restating.holds(w) for w in self.content(u.topic)) else self.appearing
        kept = [w for w in topic if not held.holds(w)] if tallied else topic
        parties = any(ORGANIZATION in m.doc.types for m in u.mentions)
        signings = parties and ((bool(u.answer_classes) and u.answer_classes <= self.event_classes)
                                or (not u.answer_classes and bool(TIMES.search(u.question))))
        if len(kept) == len(topic) and not signings:
            return u, None
        read = replace(u, topic=" ".join(kept))
        if signings:
            read = replace(read, answer_classes=frozenset({PROJECT}), answer_word=u.answer_word or SIGNED_WORD[u.lang],
                           intent="count" if u.intent == "list" and TIMES.search(u.question) else u.intent)
        return read, Tallied(tuple(w for w in topic if w not in kept), signings)

    def _participation(self, u: Understanding) -> bool:
        """Whether ``u`` asks of who takes part: organisations, cooperations or signings asked, or nothing asked
        and an organisation named ("民大和海大谁露面更多"); a figure's question is not ("首批培养多少名工程师")."""
        if not u.answer_classes:
            return any(ORGANIZATION in m.doc.types for m in u.mentions)
        return u.answer_classes <= self.event_classes or any(
            within(u.answer_classes, root, self.ancestors) for root in (ORGANIZATION, COOPERATION))


@dataclass(frozen=True)
class _Vocabulary:
    """Words a topic word may be made of (Han words and bigrams, stemmed Latin words)."""

    words: frozenset[str]

    @functools.cached_property
    def _han(self) -> list[str]:
        """The Han words, longest first: each is taken out of a topic word before a shorter one."""
        return sorted((w for w in self.words if HAN.search(w)), key=len, reverse=True)

    def holds(self, word: str) -> bool:
        """Whether each Latin word of ``word`` (stemmed) is one of the words, or its Han run is made of them but
        single characters."""
        if HAN.search(word):
            for known in self._han:
                word = word.replace(known, " ")
            return all(len(rest) < 2 for rest in word.split())
        latin = [w.lower() for w in LATIN_WORD.findall(word)]
        return bool(latin) and all(tokens(w) <= self.words for w in latin)


def _words(name: str) -> set[str]:
    """The words of a name as ``Tally.restates`` compares them: Han bigrams (a run of one character as it is)
    and stemmed Latin words (search.qa_match.tokens)."""
    return tokens(name.lower())
