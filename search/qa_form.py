"""The logical form: a parsed question linked to the graph, what the operators, the plan and the sentence read.

Contract: ``logical_form(u, constraints, lexicon, places)`` is built once per reading of a question,
after parsing (search/understand.py gives ``u``, whose question is already normalised) and after
the topic is linked to the graph (``constraints``: the industries or cooperations the answers must
concern, each with a confidence). The form is frozen and holds, besides the parse, the linked
mentions (entities, industries, places, dates), the relation words the question uses, the
constraints and the operators its words call for (OPERATORS: count, compare, superlative,
negation, yes/no, two answer types, hops, and the cues of the other operators: where, profile,
figures compared …), with the parts an operator works on: the class words asked for, the negated
clause, the organisations an except clause names, the two hops, a when-question's other ask, the
attributes asked, the level of place asked, a count's bound and what is left of a profile
request. This module is the one place those cues are read off the question (their word tables and
patterns are search/qa_cues.py's; the two hops are read by search/qa_form_hops.py): the operators (search/qa_operators.py and the modules it gathers) decide from the form, the plan stage (search/qa_compose.py) and the sentence
stage (search/qa_text.py) take it, and ``operators`` is shown in the response.
"""

from __future__ import annotations

import re
from itertools import pairwise
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from graph.han import HAN
from search.qa_breaks import CLAUSE_MARK, COMMAS, QUESTION_MARKS, SEMICOLONS
from search.qa_asked_clauses import asked_part
from search.qa_attribute_words import ATTRIBUTE_WORDS, NOT_ATTRIBUTES, UNHELD_ATTRIBUTES, Attribute
from search.qa_closing_list import closing_list
from search.qa_cues import (MONEY_UNIT_ASKED, AFFILIATION_WORDS, ASKED_SIDE, ALL_PARTS_WORDS, ALSO_WORDS, AMONG_NAMED, AMOUNT_WORDS, ASKED_AFTER, ASKED_AND, ASKED_MODIFIER, ASKED_WITH, ASKING,
                            BOTH_ASKED, BOUND_SAID, BOUNDS, BRIDGE_ASKED, CATEGORY_WORDS, COMPARE_WORDS, CUE_WORDS, DENIED_KIND, DIFFERENCE_ASKED,
                            EXCEPT_CLAUSE, EXCEPT_WORDS, FEWER_WORDS, IN_ALL_ASKED, FEWEST_WORDS, LARGER_ASKED, LARGER_WORDS, LARGEST_WORDS, LEVEL_ASKED,
                            LEADER_ASKED, LEVELS, MORE_WORDS, NOT_COMPARED, SAME_WORDS, NOT_CUES, NOT_NEGATING, NOT_WORDS, PART_WORDS, PARTNER_WORDS, PROFILE_FORM, PROFILE_TRIGGERS, PROFILE_WORDS, SAID_WORDS, SIDE_OF_TWO, SIGNING_ASKED, SMALLER_ASKED, SMALLER_WORDS,
                            SMALLEST_WORDS, VENUE_CUE, WHERE_ASKED)
from search.qa_verdict_cues import ALTERNATIVE_EN, WH_BEFORE_EN, WH_CLAUSE_AFTER_ZH, YES_NO_CLAUSE_EN, YES_NO_EN, YES_NO_ZH
from search.qa_order_cues import EARLIER_ASKED, LATER_ASKED
from search.qa_form_hops import Hops, hops
from search.qa_frame_cues import FIRST_PERSON
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, PROJECT, within
from search.qa_match import asks_rank, words_used
from search.qa_measures import measure_asked
from search.qa_coverage import without_hedges
from search.qa_other_kind import others_of_asked
from search.qa_values import dates_in
from search.understand import Mention, Understanding, relative_where_blanked
from search.understand_lexicon import Lexicon, class_word_spans, word_regex, word_written
from search.understand_words import COUNT_WORDS, RELATION_WORDS, WHEN_WORDS, WHO_WORDS, WH_WORDS
from search.text import blank_match


@dataclass(frozen=True)
class LogicalForm:
    """A question over the ontology: the parse, its links into the graph, relations and operators."""

    understanding: Understanding
    link: Callable[[], Sequence[tuple[str, float]]]  # links the topic: what ``constraints`` holds
    relations: tuple[str, ...]  # the relation words used ("合作", "signed"), in the parse's order
    places: tuple[str, ...]  # the graph's place names the question uses (where, not what: no topic)
    dates: tuple[str, ...]  # the dates the question states (ISO 8601 at the precision written)
    operators: frozenset[str]  # the operators the question's words call for (OPERATORS)
    words: frozenset[str] = frozenset()  # the cue words the question uses (CUE_WORDS), read in one pass
    asked: tuple[str, ...] = ()  # the class words a question word asks for ("哪家企业和哪所学校"), in order
    negated: str | None = None  # the (blanked) question after its negation word; None: it negates nothing
    excepted: tuple[str, ...] = ()  # the organisations an except clause names ("除了X"), in mention order
    excepted_words: tuple[str, ...] = ()  # the class words an except clause uses ("除了基地类项目")
    hops: Hops | None = None  # the two hops the question chains, if it chains two class words
    attributes: tuple[Attribute, ...] = ()  # the rows of UNHELD_ATTRIBUTES whose words the question uses ("年龄", "phone")
    difference: tuple[str, str] | None = None  # the two sides of a difference of figures asked ("A比B多多少")
    unprofiled: str = ""  # the (blanked) question without the words a profile request consists of
    when_and: tuple[str, str] | None = None  # a when-question's other ask: (its intent, the question without the when-word)
    level: str | None = None  # the level of place asked for ("哪个省": Province), a class name (LEVELS)
    bound: Callable[[int, int], bool] | None = None  # (held, stated) → whether held meets the stated bound (BOUNDS)
    among: bool = False  # the answer is picked from the things named ("在A、B和C中谁…最少"): AMONG_NAMED
    kinds: frozenset[str] = frozenset()  # kinds of cooperation named besides the class asked ("和哪些企业合作了科技创新类项目")
    # the signing or its agreements named ("按签约项目数排", "the most agreements"): a ranking by cooperations counts those
    signed: bool = False
    # what connects the named things asked ("link": BRIDGE_ASKED, "之间有什么联系"), or a partner of each ("both":
    # BOTH_ASKED, "共同的合作伙伴"); "" neither (search.qa_bridge). No operator of its own: the readings it stands aside
    # for read the form as they did.
    connection: str = ""
    left_out: frozenset[str] = frozenset()  # answers the question is read without: an except clause's (search.qa_excluded)

    @cached_property
    def constraints(self) -> tuple[tuple[str, float], ...]:
        """The topic's industries or cooperations, with a confidence: linked when first read, so an
        operator answering without them does not search for them."""
        return tuple(self.link())

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return self.understanding.mentions

    @property
    def industries(self) -> tuple[str, ...]:
        """The industries named, as entities (人工智能); the topic's are among the constraints."""
        return tuple(m.doc.iri for m in self.mentions if INDUSTRY in m.doc.types)

    def summary(self, linked: bool = True, applied: str = "") -> dict:
        """The form's own parts for the response's ``understanding``; its constraints only if ``linked``; ``applied``: an
        operator an answer applied that the form's operators do not name (Outcome.applied), noted among them."""
        return {"relations": list(self.relations), "places": list(self.places), "dates": list(self.dates),
                "operators": sorted(self.operators | ({applied} if applied else set())),
                **({"constraints": [iri for iri, _ in self.constraints]} if linked else {})}


def _asks_yes_no(u: Understanding) -> bool:
    """Whether the question asks for a verdict (吗, 是否, 了没; is/does/was … at the start)."""
    if u.lang == "zh":  # (a cue whose later clause asks which describes what is asked: no verdict)
        return any(not WH_CLAUSE_AFTER_ZH.match(u.blanked, cue.end()) for cue in YES_NO_ZH.finditer(u.blanked))
    clause = YES_NO_CLAUSE_EN.search(u.question)
    if ALTERNATIVE_EN.search(u.question):
        return False  # "did A or B sign more": which of them
    return bool(YES_NO_EN.search(u.question)) or (clause is not None and not WH_BEFORE_EN.search(u.question, 0, clause.start()))


def asked_words(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]]) -> tuple[str, ...]:
    """Class words right after a question word ("哪家企业和哪所学校", "哪两家企业", "which company and
    which university"), or right before one ("企业是谁、大学是谁"); ``spans``: the question's class words."""
    found = [(m.end(), lexicon.class_word_at(u.blanked, m.end()) or _modified(u.blanked, m.end(), spans))
             for m in ASKING.finditer(u.blanked)]
    ends = [at + len(word) for at, word in spans]
    after = [(at, word) for (at, word), end in zip(spans, ends)
             if ASKED_AFTER.match(u.blanked, _past_side(u.blanked, end))]  # "学校方是谁", "大学那方各是谁"
    sides = [(at, word) for (at, word), end in zip(spans, ends) if SIDE_OF_TWO.match(u.blanked, end)]
    found += after + _closing_list(u, spans) + (sides if len(sides) >= 2 else [])
    # "企业、高职和职教中心分别是谁": each word joined to one asked after it, back along the list (a word of the relation
    # is no kind: "两家企业和合作学校")
    chained, kinds = set(after), [(span, end) for span, end in zip(spans, ends) if span[1] not in RELATION_WORDS]
    for (span, end), (following, _) in reversed(list(pairwise(kinds))):
        if following in chained and ASKED_WITH.match(u.blanked[end:following[0]]):
            chained.add(span)
            found.append(span)
    for (_, before), end, following in zip(spans, ends, spans[1:]):
        if u.lang == "en" and before in {w for _, w in found} and ASKED_AND.fullmatch(u.blanked[end:following[0]]):
            found.append(following)
    words: list[str] = []
    for _, word in sorted(found, key=lambda f: f[0]):
        if word and word not in words:
            words.append(word)
    return tuple(words)


def _past_side(text: str, end: int) -> int:
    """Where the words after a class word resume, past a side word ("企业方", "大学那方")."""
    side = ASKED_SIDE.match(text, end)
    return side.end() if side else end


def _closing_list(u: Understanding, spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An English question closing on a list of two or more class words after a comma or colon ("who is on each
    side of the deal, company and university?"): each of them is asked (search.qa_closing_list). Empty otherwise."""
    return closing_list(u.blanked, spans) if u.lang == "en" else []


def _modified(text: str, at: int, spans: list[tuple[int, str]]) -> str | None:
    """The first class word after ``at`` with only a modifier before it ("哪家城市服务企业", "which machine-tool
    company": qa_cues.ASKED_MODIFIER, the one reading of such modifiers in either language), or None."""
    return next((word for start, word in spans if start > at and ASKED_MODIFIER.match(text[at:start])), None)


def negated_span(u: Understanding, spans: Sequence[tuple[int, str]] = ()) -> str | None:
    """The text after the negation word, or None when the question negates nothing (names blanked:
    a name is no negation; nor is a yes/no cue, "有没有", or a word such as 无人机 or 未来, nor one the asker
    says of themselves: ``asker_own``, told with the class words ``spans`` of the blanked text)."""
    text = YES_NO_ZH.sub(blank_match, NOT_NEGATING.sub(blank_match, u.blanked))
    for word in NOT_WORDS:
        pattern = re.escape(word) if HAN.search(word) or "'" in word else rf"\b{word}\b"
        m = next((m for m in re.finditer(pattern, text) if not asker_own(u, m.start(), spans)), None)
        if m:
            return u.blanked[m.end():]
    return None


def asker_own(u: Understanding, at: int, spans: Sequence[tuple[int, str]] = ()) -> bool:
    """Whether the negation word at ``at`` of ``u.blanked`` is said by the asker of themselves, so that it negates
    nothing asked ("我没听明白，…", "我朋友不在大连，…", "I don't know the area well: …", "I'm not an expert, so …"):
    its clause has the first person before it, and holds no name, no class word (``spans``) and no question word."""
    text = u.blanked
    start = max((m.end() for m in CLAUSE_MARK.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in CLAUSE_MARK.finditer(text, at)), len(text))
    clause = text[start:end]
    return bool(FIRST_PERSON.search(text[start:at])) and not any(start <= u.start(m) < end for m in u.mentions) \
        and not any(start <= s < end for s, _ in spans) \
        and not any(word_written(w, clause) for w in (*WH_WORDS, *WHO_WORDS, *COUNT_WORDS, *WHEN_WORDS))


def except_clauses(text: str) -> list[str]:
    """The clauses of ``text`` an except word opens ("除了X，…") or closes ("X以外"; "Y在X之外": X, Y is the subject)."""
    return [text[start:end] for start, end in except_spans(text, whole=False)]


def except_spans(text: str, whole: bool = True) -> list[tuple[int, int]]:
    """Where the except clauses of ``text`` stand, with their except words (``whole``) or without them; a clause
    closed by 以外/之外 begins after a 在 in it ("大连大学在压缩机中心之外还…": 压缩机中心 is set aside)."""
    spans = []
    for m in EXCEPT_CLAUSE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start = m.start(group) + (m.group(2).rfind("在") + 1 if group == 2 else 0)
        spans.append((m.start() if group == 1 and whole else start, m.end() if whole else m.end(group)))
    return spans


def excepted(u: Understanding) -> tuple[str, ...]:
    """The organisations or cooperations named in the clause an except word opens ("除了X，还有哪些单位和Y
    合作" leaves Y as a constraint; "not counting project P, how many does Y sign") or closes ("X以外");
    empty when no clause names one. (The clauses are read with the names blanked: a comma in a name, "Co., Ltd.", ends
    no clause.)"""
    spans = except_spans(u.blanked, whole=False)
    at = {m.text: u.start(m) for m in u.mentions}  # where each name stands (-1: in no clause)
    return tuple(m.doc.iri for m in u.mentions if {ORGANIZATION, COOPERATION, PERSON} & set(m.doc.types)
                 and any(start <= at[m.text] <= end - len(m.text) for start, end in spans))


def topic_excepted(u: Understanding) -> bool:
    """Whether the question's topic is what its except clause holds ("X除了数字人才那个项目，还参与了哪些项目":
    a cooperation described, not named, is the one left out; its words are all in one clause)."""
    words = u.topic.split()
    return bool(words) and any(all(w in clause for w in words) for clause in except_clauses(u.blanked))


def excepted_words(u: Understanding, lexicon: Lexicon) -> tuple[str, ...]:
    """The class words in the clauses except words open or close ("besides the training-base projects")."""
    return tuple(w for clause in except_clauses(u.blanked) for _, w in class_word_spans(clause, lexicon))


def _first(words, text: str) -> tuple[int, int] | None:
    """(start, end) of the earliest of ``words`` in ``text``, or None."""
    found = [m.span() for w in words for m in [word_regex(w).search(text)] if m]
    return min(found) if found else None


# Where one clause of a question ends and the next begins.
CLAUSE_BREAK = re.compile(rf"[{COMMAS}{SEMICOLONS}{QUESTION_MARKS}]")


def when_and(u: Understanding) -> tuple[str, str] | None:
    """A when-question's other ask ("《意见》是啥时候、由哪些部门印发的"): its intent (the most specific
    wins: "what was its ranking" counts, it lists nothing) and the blanked question without the
    when-word; None when it asks only when. A when-word in a clause after another ask ("是和哪个学校，
    哪年签约的", "跟哪所大学合作的？啥时候签的") asks the date besides that ask."""
    when = _first(WHEN_WORDS, u.blanked)
    if when is None:
        return None
    rest = u.blanked[:when[0]] + " " * (when[1] - when[0]) + u.blanked[when[1]:]
    asks = (("count", COUNT_WORDS), ("who", WHO_WORDS), ("list", WH_WORDS))
    clause = CLAUSE_BREAK.search(rest[:when[0]])
    before = [intent for intent, words in asks if clause and _first(words, rest[:clause.start()])]
    if u.intent != "when":
        return (u.intent, rest) if before else None
    # the other ask comes after the when-word ("啥时候、由哪些部门"), never inside it ("which month")
    other = [(intent, _first(words, rest[when[1]:])) for intent, words in asks]
    # in the order above; a word right after the when-word is more of the date ("几月几号")
    other = [(intent, at) for intent, at in other if at is not None and rest[when[1]:][:at[0]].strip()]
    return (other[0][0], rest) if other else (before[0], rest) if before else None


def unprofiled_text(u: Understanding) -> str:
    rest = PROFILE_FORM.sub(" ", u.blanked)
    for word in sorted(PROFILE_WORDS, key=len, reverse=True):  # an English word whole ("so" is no part of "consortium")
        rest = word_regex(word).sub(" ", rest) if word in rest else rest  # (no substitution where it is not written)
    return rest


def _untriggered(text: str) -> str:
    """``text`` without the profile triggers that contain a word of saying (讲讲, 说一下): "给我讲讲董建军"
    asks to describe him, not what he said (nor does the asker's hearsay, 听说, ask what is said: the caller
    blanks it, search.qa_coverage.without_hedges)."""
    for word in PROFILE_TRIGGERS:
        text = text.replace(word, " ") if any(said in word for said in SAID_WORDS) else text
    return text


def difference_sides(u: Understanding) -> tuple[str, str] | None:
    """The two sides of a question asking the difference of two figures, or None."""
    found = next((m for m in (d.search(u.question) for d in DIFFERENCE_ASKED) if m), None)
    return (found["a"], found["b"]) if found else None


def _level(u: Understanding) -> str | None:
    level = LEVEL_ASKED.search(u.question)
    return LEVELS[level.group(1) or level.group(2)] if level else None


def _kind_words_blanked(text: str, spans: list[tuple[int, str]]) -> str:
    """The question with its English class words of several words blanked: the cue words in one name a kind
    ("R&D-category deals", "base type projects"), they ask for no categories."""
    for at, word in spans:
        if " " in word and not HAN.search(word):
            text = text[:at] + " " * len(word) + text[at + len(word):]
    return text


def _has(form: LogicalForm, words) -> bool:
    """Whether the question uses one of ``words`` (all of them among CUE_WORDS)."""
    return not form.words.isdisjoint(words)


def kinds_named(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]]) -> frozenset[str]:
    """The kinds of project (科技创新类项目, not a project at large nor a cooperation that is no project: 基地)
    the question's class words name, the class asked left out; ``spans``: the question's class words."""
    ancestors = lexicon.catalogue.ancestors
    named = [frozenset(lexicon.class_words[w]) for _, w in spans]
    return frozenset().union(*(k for k in named if within(k, PROJECT, ancestors) and k != u.answer_classes
                               and not k & {COOPERATION, PROJECT}))


# The agreements signed, named as such: what a signing produced ("签了几份协议", "the most agreements").
AGREEMENTS = re.compile(r"协议|合同|\bagreements?\b|\bcontracts?\b")


def signed_named(u: Understanding) -> bool:
    """Whether the question names the signing (签, "signed") or its agreements: the cooperations it counts are the signed
    projects, not a co-funded base too (a project at large, "参与项目最多的企业", may be either)."""
    return bool(SIGNING_ASKED.search(u.blanked) or AGREEMENTS.search(u.blanked))


def connection_asked(u: Understanding) -> str:
    """"link" when the question asks what connects the two or more things it names, "both" when it asks for a partner of
    each (LogicalForm.connection), else ""."""
    if len(u.mentions) < 2:
        return ""
    return next((kind for kind, cue in (("link", BRIDGE_ASKED), ("both", BOTH_ASKED)) if cue.search(u.question)), "")


def _compared(f: LogicalForm) -> bool:
    """Two or more named things compared: by a more/fewer word, or by a superlative picking among them."""
    if len(f.mentions) < 2:
        return False
    if f.among and (f.understanding.most or _has(f, FEWEST_WORDS)):
        return True
    return _has(f, (*MORE_WORDS, *COMPARE_WORDS, *FEWER_WORDS, *SAME_WORDS)) and not _has(f, NOT_COMPARED)


# Each operator and the cue that calls for it, read off the form's parse and parts.
OPERATORS = {
    "count": lambda f: f.understanding.intent == "count",
    "in all": lambda f: bool(IN_ALL_ASKED.search(f.understanding.question)),
    # (a subtraction of two named things' counts compares them too: "A签的个数减去B签的个数")
    "compare": lambda f: _compared(f) or (f.difference is not None and len(f.mentions) >= 2),
    # the comparison asks for the smaller side ("谁少", "fewer")
    "fewer": lambda f: _compared(f) and _has(f, (*FEWER_WORDS, *FEWEST_WORDS))
    and not _has(f, (*MORE_WORDS, *COMPARE_WORDS)),
    # the two claimed even ("打了个平手", "as many as"): a tie bears the claim out
    "same": lambda f: _compared(f) and _has(f, SAME_WORDS),
    "superlative": lambda f: f.understanding.most or _has(f, FEWEST_WORDS),
    "fewest": lambda f: _has(f, FEWEST_WORDS),
    "negation": lambda f: f.negated is not None,
    "not kind": lambda f: f.negated is not None and bool(DENIED_KIND.search(f.understanding.blanked)),
    # (or others asked of the kind an earlier clause names one of: "X has …; which other universities also …")
    "except": lambda f: _has(f, EXCEPT_WORDS) or bool(f.excepted),
    "yes/no": lambda f: _asks_yes_no(f.understanding),
    "two types": lambda f: len(f.asked) >= 2,
    "hops": lambda f: f.hops is not None,
    "also": lambda f: _has(f, ALSO_WORDS),
    "said": lambda f: _has(f, SAID_WORDS) and bool(words_used(_untriggered(without_hedges(f.understanding.question)), frozenset(SAID_WORDS))),
    "partners": lambda f: _has(f, PARTNER_WORDS),
    # (a money word describing what is asked of, while a clause asks another measure, asks no sum: "一起投钱弄的基地，
    # 放出来的实习位子有多少" asks positions: search.qa_measures.measure_asked)
    # (or a unit of money after a how-word, "砸了几个亿": search.qa_cues.MONEY_UNIT_ASKED)
    "money": lambda f: (_has(f, AMOUNT_WORDS) or bool(MONEY_UNIT_ASKED.search(f.understanding.question)))
    and measure_asked(f.understanding.question) == "money",
    # where a thing lies; an event's venue is not this (the plan stage's), nor a rank ("where did it rank")
    "where": lambda f: f.understanding.intent == "where" or f.level is not None
    or (bool(WHERE_ASKED.search(relative_where_blanked(f.understanding.question))) and not asks_rank(f.understanding)),
    "venue": lambda f: bool(VENUE_CUE.search(f.understanding.question)),
    "affiliation": lambda f: _has(f, AFFILIATION_WORDS),
    "leader": lambda f: bool(LEADER_ASKED.search(f.understanding.blanked)),
    "categories": lambda f: _has(f, CATEGORY_WORDS),
    "attribute": lambda f: bool(f.attributes),
    "when and": lambda f: f.when_and is not None,
    # "董建军是谁", "介绍一下国创氢能", "tell me about X"
    "profile": lambda f: _has(f, PROFILE_TRIGGERS) or bool(PROFILE_FORM.search(f.understanding.blanked)),
    # two figures compared ("实习岗位和培训人次哪个多"), or the parts of one ranked ("成员单位里哪类最多")
    "larger": lambda f: _has(f, LARGER_WORDS) or bool(LARGER_ASKED.search(f.understanding.question)),
    "difference": lambda f: f.difference is not None,
    "smaller": lambda f: _has(f, SMALLER_WORDS) or bool(SMALLER_ASKED.search(f.understanding.question)),
    "largest": lambda f: _has(f, LARGEST_WORDS) or f.understanding.rank > 1,
    "smallest": lambda f: _has(f, SMALLEST_WORDS),
    "parts": lambda f: _has(f, (*PART_WORDS, *ALL_PARTS_WORDS)),
    "all parts": lambda f: _has(f, ALL_PARTS_WORDS),
    # which of two dated things came first (or last): "A和B哪个先", "which came first, A or B"
    "earlier": lambda f: bool(EARLIER_ASKED.search(f.understanding.question)),
    "later": lambda f: bool(LATER_ASKED.search(f.understanding.question)),
}



def logical_form(u: Understanding, constraints, lexicon: Lexicon, places=()) -> LogicalForm:
    """The logical form of the parse ``u`` with its topic linked to ``constraints`` (a sequence, or a
    function giving it when first read); ``places``: the graph's place names the question uses."""
    link = constraints if callable(constraints) else (lambda: constraints)
    relations = tuple(w for w in RELATION_WORDS if word_written(w, u.blanked))
    # (an attribute word of the asker's heading or context before the ask asks no attribute: search.qa_asked_clauses)
    attribute_words = words_used(NOT_ATTRIBUTES.sub(blank_match, asked_part(u.question, u.blanked)), ATTRIBUTE_WORDS)
    spans = class_word_spans(u.blanked, lexicon)
    asked = asked_words(u, lexicon, spans)
    form = LogicalForm(u, link, relations, tuple(places), tuple(sorted(dates_in(u.question))),
                       frozenset(), words_used(_kind_words_blanked(NOT_CUES.sub(blank_match, BOUND_SAID.sub(blank_match, u.question)), spans), CUE_WORDS), asked=asked, negated=negated_span(u, spans), excepted=excepted(u) or others_of_asked(u, lexicon.catalogue.ancestors), excepted_words=excepted_words(u, lexicon),
                       hops=hops(u, lexicon, spans, asked), when_and=when_and(u), unprofiled=unprofiled_text(u), level=_level(u),
                       difference=difference_sides(u),
                       attributes=tuple(row for row in UNHELD_ATTRIBUTES if not attribute_words.isdisjoint(row[0])),
                       bound=next((holds for pattern, holds in BOUNDS if pattern.search(u.question)), None),
                       among=bool(AMONG_NAMED.search(u.blanked)), kinds=kinds_named(u, lexicon, spans),
                       signed=signed_named(u),
                       connection=connection_asked(u))
    return replace(form, operators=frozenset(name for name, cue in OPERATORS.items() if cue(form)))
