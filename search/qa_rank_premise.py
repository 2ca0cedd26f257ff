"""A place in a ranking asked after a sentence stating who holds the first: "Companies are the biggest group of members,
I get that. Which type of member comes in second?", "DUT obviously tops the table of participation. Who is the runner-up
institution by number of agreements it is party to?", "企业是成员里最大的一块，其次是哪类？", "大工參與的項目最多，排第二的是哪所學校？".

The premise names the first place; the asking sentence asks another place of the same ranking. The holder of the first
place the premise names is no constraint of the asked one (DUT is not the runner-up's partner), and the place asked is
said as the ordinal superlative the parse reads ("the second largest", "第二多"; "second smallest", "倒数第二" when the
premise ranks from the bottom). The premise's other words stay when the asking sentence names no measure of its own
("DUT tops the list of research funding; which university comes second?" is still about funding, which the graph does
not hold: an honest empty); when it names one ("by number of agreements", "which type of member") the premise goes.

Contract: ``ranked_after_premise(text, u, lexicon)`` gives ``text`` (normalised, parsed as ``u``) so rewritten, or
``text`` unchanged when no earlier sentence states a first place or the last asks no other place. Queries nothing.
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.auxiliaries import BE
from search.qa_breaks import COMMAS, SEMICOLONS, SENTENCE_MARKS
from search.qa_graph import COOPERATION, ORGANIZATION, within
from search.qa_match import uses_any
from search.qa_member_kinds import MEMBERS_ASKED
from search.qa_order_cues import ORDERED
from search.qa_rank import WIDER_FIELDS
from search.qa_cues import FEWEST_WORDS, LARGEST_WORDS, MOST_WORDS, ORDINAL_MOST, PART_WORDS, SMALLEST_WORDS
from search.qa_values import EN_NUMBERS, EN_ORDINALS, cn_numeral
from search.understand import RUNNER_UP, Understanding
from search.understand_lexicon import Lexicon, class_word_spans, word_regex
from search.understand_words import RELATION_WORDS
from search.text import blank_match

# Where a clause ends: the premise is every clause before the asking one (a discourse clause between, "I get that",
# is read off before: search.qa_discourse).
SENTENCE = re.compile(rf"[^.{SENTENCE_MARKS}{SEMICOLONS}{COMMAS}]+[.{SENTENCE_MARKS}{SEMICOLONS}{COMMAS}]*")
# A first place stated in other words than a superlative ("DUT tops the table", "大工排第一", "居首"); ("heads", "led"
# say who runs a thing more often: "the college Yang Yuequan heads").
FIRST_PLACE = re.compile(r"\b(?:tops?|topped|leads?|first place|number one|no\.?\s*1)\b|第一|居首|领先|打头|拔得头筹|头名|冠军|老大")
FIRST_WORDS = [word_regex(w) for w in (*LARGEST_WORDS, *SMALLEST_WORDS)]
LOW_WORDS = [word_regex(w) for w in (*SMALLEST_WORDS, *FEWEST_WORDS)]
ORDINAL_EN = "|".join(w for w in EN_ORDINALS if w != "first")
NUMBER_EN = "|".join([*(w for w, i in EN_NUMBERS.items() if 2 <= i <= 10), "[2-9]"])  # a place other than the first
ORDINAL_ZH = "二两三四五六七八九十"
# Another place asked: "comes (in) second", "ranks third", "second place", "the runner-up", "排第二", "第二名", "其次", "亚军"
# ("is the second …" orders a list more often than it ranks: "what is the second plan it lists").
# (a place said as a number, "number two", "No. 3", or shared, "tied third", "并列第三": the count level all the same)
PLACE_EN = re.compile(rf"\b(?:(?:tied\s+(?:for\s+)?)?(?:(?:comes?|came|ranks?|ranked|places?|placed|finish(?:es|ed)?)\s+(?:in\s+)?(?:the\s+)?({ORDINAL_EN})(?:\s+place)?"
                      rf"|(?:the\s+)?({ORDINAL_EN})\s+place|(?:the\s+)?(runners?[- ]?up))"
                      rf"|(?:number|no\.?)\s*({NUMBER_EN})|#({NUMBER_EN}))\b")
# The places said by a word of their own, each with its number: a podium word ("亚军", "老二", "季军"), or one saying
# the place after one before it ("其次", "次之"), which says nothing of a ranking without a first place stated before it
# (it opens a second ask as often).
ZH_PLACES = {"其次": 2, "次之": 2, "亚军": 2, "老二": 2, "老三": 3, "季军": 3}
AFTER_FIRST_ONLY = frozenset({"其次", "次之"})
PODIUM_ZH = "|".join(w for w in ZH_PLACES if w not in AFTER_FIRST_ONLY)
PLACE_ZH = re.compile(rf"(?:并列)?(?:排名?在?|位居|位列|居)?第([{ORDINAL_ZH}])(?:位|名)?(?![多大少小批届期轮个项家所类])"
                      rf"|(?:排名?在?)?({'|'.join(ZH_PLACES)})")
WHICH_EN = re.compile(r"\bwhich\b")
# The amount an order goes by, said with a how-many word: "论参与项目的多少，", "按签约多少排".
MEASURED_BY = re.compile(r"([按论以照][^,，。?？]{1,20}?)多少(?=\s*(?:[,，]|排|来|算|给))")
# ... or as a clause of its own closing on a count word and a verb of reckoning: "按签约项目数算，", "按参与签约的次数排个
# 队", "按这次签的项目数计" (the words between say what is counted; the segmenter glues "数算" into one word).
BASIS = re.compile(r"[按论以照](?P<what>[^,，。;；?？]{1,20}?)(?P<count>(?:多少|[个次场]数|数量|数目|(?<=[目约与作])数)"
                   r"\s*(?:来|去)?(?:算|计|看|比)?)")
# The first place asked, in Chinese ("第一是哪所", "排第一的", "冠军"): after a measure, the most.
FIRST_ASKED_ZH = re.compile(r"(?:排名?在?|位居|位列|居)?第一(?:名|位)?(?![多大少小批届期轮个项家所类])|冠军|头名|榜首")
# ... and in English, "by number of projects", "by how many deals": the count words name the measure, ask no count.
MEASURED_BY_EN = re.compile(r"\b(by|in|on)\s+(?:(?:the\s+)?(?:number|count|tally|total)\s+of|how\s+many)\b")
# A Chinese place said as one: by a verb of ranking, a word for a place, or a podium word (not a bare 第三).
PLACED_ZH = re.compile(rf"[排居列名位]|并列|{PODIUM_ZH}")
# A copula left opening the premise once its holder is read off ("Research institutes are the smallest group"): it
# asks no verdict.
COPULA_LEFT = re.compile(rf"^\s*(?:{BE}|是)\b")
ZH_ORDINALS = "一二三四五六七八九十"
# The nouns naming the parts of a whole ("哪一类", "which bloc"): a place asked of one is a place of the parts by size.
PARTS = [word_regex(w) for w in PART_WORDS]


def ranked_after_premise(text: str, u: Understanding, lexicon: Lexicon) -> str:
    """``text`` with its premise of the first place read off and the place asked said as an ordinal superlative."""
    sentences = SENTENCE.findall(text)
    if len(sentences) < 2:
        return text
    premise, asking = "".join(sentences[:-1]), sentences[-1]
    asked = asking if _ranked(asking) else _placed(asking, premise)
    if asked is None or not _first(premise) or _order_asked(premise, u):
        return text
    return asked if _measured(asking, u, lexicon) else _without_holder(premise, u, lexicon) + asked


def ranked_part(text: str, u: Understanding) -> str:
    """``text`` with a place asked of the parts of a whole, no first place stated before it ("按类别数，排老二的那一类是
    什么", "成员里排第二的是哪类", "which kind of member places third"), said as the ordinal superlative the parse reads
    ("第二多", "the third largest"): the parts are ranked by size. Unchanged when it names no part, asks no place or asks
    one the parse reads already."""
    if _ranked(text) or not any(p.search(text) for p in PARTS):
        return text
    placed = _placed(text, "")
    return text if placed is None else placed


def measured_basis(text: str, lexicon: Lexicon) -> str:
    """``text`` with the measure a ranking or a comparison goes by said as a clause of its own (BASIS) read as the parse
    reads a measure: its count word and its verb blanked, and a first place asked after it, no other place, said as
    the most ("按签约次数，第一是哪所学校": "…，最多是哪所学校"). Unchanged unless the clause counts cooperations (names a
    class word of them or a verb of taking part: "按科研经费数算", "按在校生人数算" count what the graph does not hold)."""
    m = BASIS.search(text)
    if m is None or not (cooperation_named(m.group("what"), lexicon) or any(w in m.group("what") for w in RELATION_WORDS)):
        return text
    rest = text[m.end():]  # (the order's own words stay: "…排个队，X后面紧跟着的是哪所" asks the next one, qa_rank_next)
    if _place(rest) is None:
        rest = FIRST_ASKED_ZH.sub("最多", rest, count=1)
    return text[:m.start("count")] + " " * len(m.group("count")) + rest


def ranked_measured(text: str, u: Understanding, lexicon: Lexicon) -> str:
    """``text`` with a place other than the first asked of organisations ranked by the cooperations they take part in,
    no first place stated before it ("按签约项目数排，排第二的学校是哪所", "按项目个数给院校排名，亚军是谁", "并列第三的是哪几
    所", "which school places third by number of projects", "number two"), said as the ordinal superlative the parse
    reads ("第二多", "the third largest"). Unchanged unless organisations are asked, the question names what they are
    counted by (a cooperation's class word or a verb of taking part: a ranking the graph does not hold, "按科研经费排",
    names neither) and within no wider field ("全国"), or when it asks a place the parse reads already."""
    # ("comes third by number of projects": the parse reads the place, but leaves its verb and ordinal as a topic)
    if _runner_up_most(text) or not _organisations_asked(text, u, lexicon) or \
            uses_any(u, WIDER_FIELDS) or not (u.relation or cooperation_named(text, lexicon)):
        return text
    place = _place(text)
    # (a bare ordinal places nothing without a premise: "金州第三互感器厂" is a name; "排第三", "第三名", "亚军" place)
    said = text[slice(*place[0])] if place else ""
    if place is None or said.strip(" 排名在") in AFTER_FIRST_ONLY or (HAN.search(said) and not PLACED_ZH.search(said)):
        return text
    # (a measure said as a superlative is no first place asked: "rank third by number of projects" reads "rank third
    # with the most projects", search.wording); the order's own words name no rank asked ("按项目个数给院校排名，亚军是谁"
    # asks who, not which place), nor does the amount it goes by ("论参与项目的多少，…", "by how many deals")
    placed = _said(text, place, "")
    return ORDERED.sub(blank_match, MEASURED_BY_EN.sub(r"\1", MEASURED_BY.sub(r"\1  ", placed)))


def _organisations_asked(text: str, u: Understanding, lexicon: Lexicon) -> bool:
    """Whether organisations are asked: the parse's answer classes, or the class word after an English which-word ("which
    school places third by number of projects": the parse may take the measure's noun for the answer)."""
    ancestors = lexicon.catalogue.ancestors
    which = WHICH_EN.search(text)
    word = lexicon.class_word_at(text, which.end()) if which else None
    return within(u.answer_classes, ORGANIZATION, ancestors) or (word is not None and within(lexicon.class_words[word], ORGANIZATION, ancestors))


def cooperation_named(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` uses a class word of cooperations ("项目", "agreements")."""
    return any(within(lexicon.class_words[w], COOPERATION, lexicon.catalogue.ancestors) for _, w in class_word_spans(text, lexicon))


def _ranked(asking: str) -> bool:
    """Whether the asking sentence says the place it asks as the parse reads it ("the second most", "the runner-up
    … with the most")."""
    return bool(ORDINAL_MOST.search(asking)) or _runner_up_most(asking)


def _runner_up_most(asking: str) -> bool:
    """Whether the asking sentence says a podium place beside a superlative ("the runner-up … with the most")."""
    return bool(RUNNER_UP.search(asking)) and any(word_regex(w).search(asking) for w in MOST_WORDS)


def _placed(asking: str, premise: str) -> str | None:
    """The asking sentence with the place it asks said as an ordinal superlative, of the premise's direction; None
    when it asks no place other than the first, or a first place itself."""
    place = _place(asking)
    return None if place is None or _first(asking) else _said(asking, place, premise)


def _said(asking: str, place: tuple[tuple[int, int], int], premise: str) -> str:
    """``asking`` with the ``place`` it asks said as an ordinal superlative, of the premise's direction."""
    (start, end), n = place
    low = any(p.search(premise) for p in LOW_WORDS)
    if HAN.search(asking[start:end]):
        said = f"倒数第{ZH_ORDINALS[n - 1]}" if low else f"第{ZH_ORDINALS[n - 1]}多"
    else:
        said = f" is the {_ordinal(n)} {'smallest' if low else 'largest'}"
    return asking[:start] + said + asking[end:]


def _without_holder(premise: str, u: Understanding, lexicon: Lexicon) -> str:
    """The premise without the first place's holder (the names it links and the class word opening it: "企业是…最大的
    一块") and its first-place words: what is left says what is ranked."""
    for m in u.mentions:  # the first place's holder: no constraint of the place asked
        premise = premise.replace(m.text, " " * len(m.text))
    opening = class_word_spans(premise, lexicon)[:1]
    if opening and not premise[: opening[0][0]].strip():
        at, word = opening[0]
        premise = premise[:at] + " " * len(word) + premise[at + len(word):]
    for p in (FIRST_PLACE, *FIRST_WORDS, COPULA_LEFT):
        premise = p.sub(blank_match, premise)
    return premise


def _order_asked(premise: str, u: Understanding) -> bool:
    """Whether the premise asks for an order naming no holder ("Rank the partner institutions by number of signed
    projects.", its measure read as "with the most"): it states no first place, the ranking is the asking sentence's
    (search.qa_rank_next reads "who is runner-up behind X" in it)."""
    return bool(ORDERED.search(premise)) and not FIRST_PLACE.search(premise) and not any(m.text in premise for m in u.mentions)


def _first(text: str) -> bool:
    """Whether ``text`` states a first place (a superlative or a first-place word)."""
    return bool(FIRST_PLACE.search(text)) or any(p.search(text) for p in FIRST_WORDS)


def _place(asking: str) -> tuple[tuple[int, int], int] | None:
    """Where the asking sentence asks a place other than the first, and which; None when it asks none."""
    m = PLACE_EN.search(asking)
    if m is not None:
        word, number = m.group(1) or m.group(2), m.group(4) or m.group(5)
        return m.span(), EN_ORDINALS[word] if word else _number(number) if number else 2
    m = PLACE_ZH.search(asking)
    if m is not None:
        return m.span(), (cn_numeral(m.group(1)) or 2) if m.group(1) else ZH_PLACES[m.group(2)]
    return None


def _measured(asking: str, u: Understanding, lexicon: Lexicon) -> bool:
    """Whether the asking sentence names what is ranked besides the class asked (a class word other than the answer
    word: "by number of agreements", "which type of member")."""
    return any(w != u.answer_word for _, w in class_word_spans(asking, lexicon)) or bool(MEMBERS_ASKED.search(asking))  # the members, whose kinds are ranked


def _number(word: str) -> int:
    return int(word) if word.isdigit() else EN_NUMBERS[word]


def _ordinal(n: int) -> str:
    return next(w for w, i in EN_ORDINALS.items() if i == n)
