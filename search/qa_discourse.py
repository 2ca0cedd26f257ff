"""Discourse around a question: the clauses the asker wraps it in that say nothing the graph could hold — an
apology or a hedge ("Sorry if this is basic,", "说实话，", "不好意思问个小白问题，"), the asker's situation or errand
told without a first person ("下周去开发区跑新闻，先摸个底：", "做个统计：", "Just checking before the meeting,"), who asks
("家电配件供应商问:", "For the HR folks:"), and what is said after the question is asked ("Thanks!", "在线等，挺急的").
They are neither topics nor constraints nor names the graph does not hold, so they are read off with the asker's frame
(search.qa_frame), which reads the first-person ones ("I'm a reporter from Shenyang.").

A clause is discourse when it asks nothing (search.qa_frame decides), holds no content — no name or place the graph
holds, no class word of the reading's, no name-shaped span the graph lacks, no digit (the caller's ``content``) — and
it is a predication, not a bare adverbial that narrows what is asked: in Chinese the tagger finds a verb in it ("去年，"
and "首批里，" narrow the question, "做个统计" is an errand), in English it does not open with a preposition ("Across the
three categories," narrows, "Sorry if this is basic," does not), unless a colon or a dash closes it ("For the HR folks:").
Only the clauses before the question's first clause of content and those after its last asking clause are read so: a
content-free clause between two of content ("医科大学只在一份里") is part of what is asked.

Contract: ``Discourse(content).clause(body, end)`` is whether one clause (its words ``body`` and the mark ``end``
closing it) is discourse; ``Discourse(content).hearsay(body)`` the opening of a clause that reports what someone
else said ("导师说", "A colleague claims", "My nephew says"), when who said it holds no content, else None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.han import HAN
from search.qa_cues import LARGEST_WORDS, PART_WORDS, SMALLEST_WORDS
from search.qa_spans import tagged_words

# A preamble's mark: a colon, or a dash with spaces around it.
PREAMBLE_END = re.compile(r"^\s*(?:[:：]|[-–—]+)\s*$")
# An English clause opening with a preposition is an adverbial of what is asked ("In the signing round,", "Across the
# three categories,", "Among the universities,"), not the asker's words.
EN_ADVERBIAL = re.compile(r"^\s*(?:in|across|among|amongst|between|during|for|from|at|on|of|by|with|within|after|before|"
                          r"since|until|besides|except|apart|beyond|under|over|out of|other than|as for|regarding|about)\b",
                          re.IGNORECASE)
# A Chinese clause closing on a word of place or respect is an adverbial of what is asked ("科创那一类里", "首批签约中",
# "就人才培养来说").
ZH_ADVERBIAL = re.compile(r"(?:里|里面|里头|中|之中|当中|内|之内|上|方面|来说|而言|以来|期间)\s*$")
# A Chinese clause ranking the parts of a whole or picking one ("五类成员里垫底的那一类", "最大那一堆") says what is asked.
ZH_RANKING = re.compile("|".join(re.escape(w) for w in (*LARGEST_WORDS, *SMALLEST_WORDS, *PART_WORDS) if HAN.search(w)))
# The tagger's tags of a verb (LAC: v verb, vd verb as adverb, vn verbal noun is a noun here) and of an adjective
# predicate ("挺急的"), which make a Chinese clause a predication.
PREDICATE_TAGS = frozenset({"v", "vd", "a", "ad"})
# A clause reporting what someone said opens with who said it and the verb ("导师说", "听老师讲", "A colleague claims",
# "My nephew says that"): who said it is a few words (two characters at least: 听说, 据说 are hearsay of no one;
# no demonstrative: "文章里那位说…的副总" describes whom it asks for; no request: "给我讲讲X", "请你说说X", "帮我讲一下X" ask to be
# told); the content check decides whether they name anything.
ZH_REPORTED = re.compile(r"^\s*(?:听)?(?P<who>(?!听|给|帮|替|请|麻烦)(?:(?![那这该哪此])[\u4e00-\u9fff]){2,5}?)(?:说|讲|称|提到|告诉我|跟我说|和我说)(?:了|过)?")
EN_REPORTED = re.compile(r"^\s*(?P<who>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:claims?|says?|said|insists?|reckons?|thinks?|"
                         r"believes?|told me|tells me|swears?|mentioned)(?:\s+that)?\s+(?=\S)", re.IGNORECASE)

# Someone unnamed said it: who said it may be what is asked ("Someone said X. Who was it?").
EN_SOMEONE = re.compile(r"\b(?:someone|somebody|some one|anyone|people|they|one person|a person)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Discourse:
    """The discourse clauses of questions (see the module). ``content``: whether a text holds a name, a place, a
    class word, an unheld name-shaped span, a topic near the graph's or a digit; ``common``: whether an English
    text's words are all common words, none a word of the graph's or the reading's (search.qa_headings)."""

    content: Callable[[str], bool]
    common: Callable[[str], bool]
    people_off: Callable[[str], str] = lambda text: text

    def clause(self, body: str, end: str) -> bool:
        """Whether one non-asking clause is discourse (see the module)."""
        text = body.strip()
        zh_errand = bool(HAN.search(text)) and bool(PREAMBLE_END.match(end))
        if not text or (self.content(text) and not (zh_errand and not self.content(self.people_off(text)))):
            return False  # (whom a Chinese errand is for is no content: "给投资人讲故事用:", "给领导汇报只要一个数:")
        if HAN.search(text):
            return not ZH_ADVERBIAL.search(text) and not ZH_RANKING.search(text) and (bool(PREAMBLE_END.match(end))
                                                      or any(tag in PREDICATE_TAGS for _, tag, _ in tagged_words(text)))
        # (an English heading before a colon is search.qa_headings', which reads the question's words around it)
        return not PREAMBLE_END.match(end) and not EN_ADVERBIAL.match(text) and self.common(text)

    def hearsay(self, body: str) -> re.Match | None:
        """The opening of a clause reporting what someone said, who said it holding no content (see the module)."""
        m = (ZH_REPORTED if HAN.search(body) else EN_REPORTED).match(body)
        if m is None or not body[m.end():].strip() or self.content(m["who"]) or EN_SOMEONE.search(m["who"]):
            return None
        return m
