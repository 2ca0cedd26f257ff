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
request. This module is the one place those cues are read off the question: the operators (search/qa_operators.py and the
modules it gathers) decide from the form, the plan stage (search/qa_compose.py) and the sentence
stage (search/qa_text.py) take it, and ``operators`` is shown in the response.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from graph.han import HAN
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, within
from search.qa_match import uses_any, words_used
from search.qa_values import dates_in
from search.understand import (AMOUNT_WORDS, COUNT_WORDS, DEMONSTRATIVES, FEWEST_WORDS, MOST_WORDS, RELATION_WORDS, WH_WORDS, WHEN_WORDS, WHO_WORDS,
                               Lexicon, Mention, Understanding, class_word_spans, word_regex)
from search.wording import FILLER_WORDS

MORE_WORDS = ("更多", "较多", "多", "more", "bigger", "larger", "greater", "higher")
FEWER_WORDS = ("更少", "较少", "少", "fewer", "less", "smaller", "lower")
# "compare A and B", "A和B比较一下": the counts side by side, the larger named
COMPARE_WORDS = ("比较", "对比", "相比", "compare", "comparison", "versus", "vs")
# A superlative is no comparison of two ("A和B合作的项目中哪个参与方最多" ranks, it does not compare) ...
NOT_COMPARED = (*FEWEST_WORDS, "最多")
# ... unless the answer is picked from the organisations named, only blanks (their names) and
# conjunctions between them: "在A、B和C中，谁签的项目最少", "A和B谁参与的项目最多", "among A, B and C,
# which one has the fewest projects", "which of A and B signed the most": their counts compared.
AMONG_NAMED = re.compile(r"(?:^|在)[\s、,，和与及跟或]*(?:[这那]?[两三四五六七八九几][个家所位](?:学校|大学|高校|院校|企业|公司|单位)?)?"
                         r"(?:中|里|里面|之中|当中)?[,，]?\s*(?:谁|哪)"
                         r"|\b(?:among|between|which(?: one)? of|of)(?:[\s,]|\band\b|\bor\b){4,}(?:which|who|has|have|had|"
                         r"is|are|was|were|did|does|took|takes|signed|joined)\b")
# Words that look like cues and are none: "多少" asks for a figure (its 多 and 少 are no more or
# fewer: "A和B合作了多少个项目" compares nothing); "哪些不算K类" denies a kind (its 不算 is no "not counting").
NOT_CUES = re.compile(r"多少|(?<=哪些|哪个|哪项|哪类)(?:不算|不计)")
EXCEPT_WORDS = ("除了", "除", "以外", "之外", "不算", "不计", "不包括", "besides", "except", "other than", "apart from",
                "not counting", "excluding", "leaving out", "aside from")
NOT_WORDS = ("没有", "没", "未", "不", "无", "without", "no", "not", "none", "n't")
# "哪些不是人才培养类", "which are not training projects": the negation denies a kind, not a taking part.
DENIED_KIND = re.compile(r"(?:不|没有?)(?:是|属于|算)|\b(?:are|is)\s+not\b|\b(?:aren't|isn't)\b")
RELATIVE = re.compile(r".\b(that|who|whom|which)\b|\b(partnering|working|cooperating|collaborating) with\b")
# "和X合作的大学": a class of X's partners, the first hop.
PARTNERED = re.compile(r"(合作|共建|携手)的")
# A question word that a class word follows: 哪, 哪些, 哪两家, 哪几所, which, what.
# "企业是谁": a class word the question asks about by what follows it.
# ("项目是哪家企业" asks for 企业: the question word must close the clause)
ASKED_AFTER = re.compile(r"\s*(?:是|为|分别是)(?:谁|什么|哪[一个家所位些]*)(?=[\s,，、;；?？。!！]|$)")
# "企业方和学校方分别是谁": a class word joined to an asked one shares its question word.
ASKED_WITH = re.compile(r"\s*方?\s*(?:和|与|跟|及|、)\s*$")
ASKING = re.compile(r"哪(?:[一两二三四五六七八九十几]?[家所个位些项名类])?|\b(?:which|what)\b")
# The clause of an except word: what follows 除了/besides up to a comma or 还, or what precedes 以外/之外.
EXCEPT_CLAUSE = re.compile(r"(?:除了|除|不算|不计|不包括|besides|except(?: for)?|other than|apart from|aside from|not counting"
                           r"|excluding|leaving out)([^,，;；?？还]+)"
                           r"|([^,，;；?？除了]+)(?:以外|之外)")
# "还和哪些企业", "what other projects": the answers are others than those the question reaches first.
ALSO_WORDS = ("还", "另外", "此外", "也", "also", "other", "else")
# "董建军说了什么", "谁说…", "who said …": what someone said is asked about.
SAID_WORDS = ("表示", "说", "讲", "提到", "谈到", "指出", "认为", "称", "said", "says", "say", "stated", "told", "claimed",
              "claims", "noted", "remarked", "stressed", "mentioned", "explained", "according to")
# "签约项目分哪几类", "what kinds of projects": the classes of the answers, not the answers.
CATEGORY_WORDS = ("哪几类", "几类", "哪些类", "哪一类", "哪类", "什么类", "类型", "类别", "种类", "kinds", "types", "categories",
                  "category", "kind of", "type of")
# "杨跃权是哪个单位的", "where does X work": the organisations of a person's posts.
AFFILIATION_WORDS = ("单位", "工作", "任职", "就职", "哪家", "在哪", "organisation", "organization", "work",
                     "works", "employer", "employs", "employ", "employed", "affiliated", "from")
# The level a question asks for → the place class; the word must follow a question word.
LEVELS = {"省份": "Province", "省": "Province", "province": "Province", "城市": "City", "市": "City", "city": "City",
          "区": "District", "district": "District"}
LEVEL_ASKED = re.compile(r"(?:哪个|哪一个|哪座|哪|什么)(省份|省|城市|市|区)|\b(?:which|what)\s+(province|city|district)\b")
WHERE_ASKED = re.compile(r"在哪(?!些)|位于|属于哪|落户|地处|\bwhere\b|\blocated\b")  # "在哪些领域" asks which ones
# Where an event was held is its venue (the date/place plan), not where an organisation it concerns lies.
VENUE_ASKED = re.compile(r"会场|会议|推进会|仪式|召开|举行|举办|开的|\bvenues?\b|\bmeetings?\b|\bheld\b|\bceremony\b")

# Words asking which of two figures is the larger or the smaller.
# (Chinese ones are LARGER_ASKED: "哪个大" must close the question, 哪个大学 asks no comparison.)
LARGER_WORDS = ("which is larger", "which is bigger", "which is greater", "which is higher", "which is more",
                "larger", "bigger", "greater", "more")
SMALLER_WORDS = ("which is smaller", "which is fewer", "smaller",
                 "fewer", "less")
# "企业多还是政府部门多", "科技创新类和基地项目类哪个项目多": a larger/smaller asked around the nouns.
LARGER_ASKED = re.compile(r"(?:哪个|哪一个|哪项|哪类|谁)[^,，?？]{0,4}?更?(?:多|大|高)(?=[?？,，。!！呢吗些]|$)|多还是|大还是")
SMALLER_ASKED = re.compile(r"(?:哪个|哪一个|哪项|哪类|谁)[^,，?？]{0,4}?更?(?:少|小|低)(?=[?？,，。!！呢吗些]|$)|少还是|小还是")
# "成员单位里哪类最多", "the smallest group among the member units": the parts of a total, ranked.
PART_WORDS = ("哪类", "哪一类", "哪种", "哪一种", "什么类", "group", "groups", "category", "categories", "kind", "type")
# "成员单位都分哪几类", "what kinds of members are there": every part, none ranked.
ALL_PARTS_WORDS = ("哪几类", "几类", "哪些类", "分哪", "哪几种", "哪些种类", "what kinds", "which kinds", "what categories",
                   "which categories", "what types")
LARGEST_WORDS = (*MOST_WORDS, "最大", "largest", "biggest")
SMALLEST_WORDS = (*FEWEST_WORDS, "最小", "smallest")
# (question words, the attribute in zh and en, the kinds of entity it is asked of)
Attribute = tuple[tuple[str, ...], tuple[str, str], tuple[str, ...]]
UNHELD_ATTRIBUTES: tuple[Attribute, ...] = (
    (("多大年纪", "多大岁数", "多大了", "今年多大", "多大", "年纪", "年龄", "几岁", "岁数", "出生", "生日",
      "how old", "age", "born", "birthday"), ("年龄", "age"), (PERSON,)),
    (("哪里人", "哪儿人", "籍贯", "老家", "家乡", "hometown", "home town", "come from", "comes from"),
     ("籍贯", "hometown"), (PERSON,)),
    (("工资", "薪水", "薪酬", "收入", "年薪", "salary", "income", "earn", "earns", "paid"), ("收入", "salary"), (PERSON,)),
    (("学历", "毕业于", "哪个学校毕业", "degree", "graduate", "graduated"), ("学历", "education"), (PERSON,)),
    (("电话", "手机", "联系方式", "邮箱", "phone", "telephone", "email", "e-mail", "contact"),
     ("联系方式", "contact details"), (PERSON, ORGANIZATION)),
)


# "Who has more partners": partners, not cooperations, are counted.
PARTNER_WORDS = ("partners", "合作方", "合作伙伴", "合作单位")
# "企业比院校多多少家", "how many more enterprises than government departments", "A和B相差多少": the
# difference of two figures, not either of them. Each pattern gives the two sides as groups a and b.
DIFFERENCE_ASKED = (
    re.compile(r"^(?P<a>.+?)比(?P<b>.+?)(?:多|少)(?:[^\s,，?？的]{0,2}?)(?:了|出)?(?:多少|几)"),  # "多签了几个"
    re.compile(r"\bhow (?:many|much) (?:more|fewer|less)\b(?P<a>.+?)\bthan\b(?P<b>.+)"),
    re.compile(r"^(?:.*\bdifference between\b)?(?P<a>.+?)(?:和|与|跟|\band\b)(?P<b>.+?)(?:相差|差|差距|\bdiffer\b)"),
)
# Words a profile request may consist of besides the entity's name.
PROFILE_WORDS = ("谁是", "是什么人", "是什么单位", "是什么机构", "是家什么公司", "是家什么企业", "是什么公司", "是什么企业", "是什么来头", "什么来头",
                 "来头", "跟我", "和我", "what do you know about", "do you know about", "you know about",
                 "give me an overview of", "an overview of", "overview of", "overview", "who is that", "what is that", "简单", "简要", "详细", "是谁", "是什么", "是干啥的", "是干什么的", "是做什么的", "干啥的", "介绍一下", "介绍下", "介绍", "简介",
                 "基本情况", "情况", "给我", "说一下", "讲一下", "说下", "讲下", "聊聊", "谈谈", "一下", "请", "讲讲", "说说", "tell me about", "who is", "what is",
                 "introduce", "describe", "profile of", "something", "anything", "more", "about", "please", "the", "tell me",
                 *FILLER_WORDS, *DEMONSTRATIVES)
# The words that make a question about one entity a profile request.
PROFILE_TRIGGERS = ("是谁", "谁是", "是什么", "干啥", "干什么", "做什么", "介绍", "简介", "基本情况", "讲讲", "说说", "说一下", "了解",
                    "讲一下", "说下", "讲下", "聊聊", "谈谈",
                    "来头", "是家什么", "know about", "overview", "who is that", "what is that",
                    "tell me about", "tell me", "who is", "what is", "introduce", "describe", "profile")
# "锂工科技是个什么单位", "青软创新是哪家公司啊": asking what kind of thing the one named entity is (not
# "杨跃权是哪个单位的", which asks for a person's organisation).
PROFILE_FORM = re.compile(r"是(?:一?[个家所位])?(?:什么|啥)(?:样的)?(?:单位|公司|企业|机构|学校|组织|人)?"
                          r"|是哪[个家所](?:单位|公司|企业|机构|学校)(?!的)")
# "合作了没？", "合作过没有？": a colloquial yes/no closes on 没 (or 没有) after a verb particle.
YES_NO_ZH = re.compile(r"(吗|嗎|(?<![什怎这那多])么|嘛|[了过]没有?)\s*[?？!！。.]*\s*$|是否|是不是|有没有|有無|有无")
# English: the auxiliary opens the question, or the clause after a colon or dash ("X and Y: have they …?").
YES_NO_EN = re.compile(r"(?:^|[:;—–]|\s-)\s*(is|are|does|do|did|was|were|has|have|can)\b", re.IGNORECASE)

# A number read as a bound ("超过50家", "more than 50"): how a held value must compare to it; the negated
# forms ("不超过") come before the bare ones they contain. A claim with no bound word is an exact one.
BOUNDS = (
    (re.compile(r"不超过|不多于|以下|至多|\bat most\b|\bno more than\b"), lambda held, n: held <= n),
    (re.compile(r"不少于|不低于|以上|至少|\bat least\b|\bno fewer than\b|\bno less than\b"), lambda held, n: held >= n),
    (re.compile(r"超过|超出|多于|高于|大于|不止|\bmore than\b|\bover\b|\babove\b|\bexceeds?\b"), lambda held, n: held > n),
    (re.compile(r"不到|少于|低于|小于|不足|\bless than\b|\bfewer than\b|\bunder\b|\bbelow\b"), lambda held, n: held < n),
)


@dataclass(frozen=True)
class Hops:
    """Two hops: the first class reached from the named one, the answers' class reached from it, and
    whether the named one's own are left out of the answers ("还和哪些", "other")."""

    first: frozenset[str]
    second: frozenset[str]
    others: bool


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

    def summary(self, linked: bool = True) -> dict:
        """The form's own parts for the response's ``understanding``; its constraints only if ``linked``."""
        return {"relations": list(self.relations), "places": list(self.places), "dates": list(self.dates),
                "operators": sorted(self.operators),
                **({"constraints": [iri for iri, _ in self.constraints]} if linked else {})}


def _asks_yes_no(u: Understanding) -> bool:
    """Whether the question asks for a verdict (吗, 是否, 了没; is/does/was … at the start)."""
    return bool(YES_NO_ZH.search(u.blanked) if u.lang == "zh" else YES_NO_EN.search(u.question))


def asked_words(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]]) -> tuple[str, ...]:
    """Class words right after a question word ("哪家企业和哪所学校", "哪两家企业", "which company and
    which university"), or right before one ("企业是谁、大学是谁"); ``spans``: the question's class words."""
    found = [(m.end(), lexicon.class_word_at(u.blanked, m.end())) for m in ASKING.finditer(u.blanked)]
    ends = [at + len(word) for at, word in spans]
    after = [(at, word) for (at, word), end in zip(spans, ends)
             if ASKED_AFTER.match(u.blanked, end + u.blanked.startswith("方", end))]  # "学校方是谁"
    found += after
    found += [span for span, end, following in zip(spans, ends, spans[1:])
              if following in after and ASKED_WITH.match(u.blanked[end:following[0]])]
    words: list[str] = []
    for _, word in sorted(found, key=lambda f: f[0]):
        if word and word not in words:
            words.append(word)
    return tuple(words)


def negated_span(u: Understanding) -> str | None:
    """The text after the negation word, or None when the question negates nothing (names blanked:
    a name is no negation)."""
    for word in NOT_WORDS:
        pattern = re.escape(word) if HAN.search(word) or "'" in word else rf"\b{word}\b"
        m = re.search(pattern, u.blanked)
        if m:
            return u.blanked[m.end():]
    return None


def excepted(u: Understanding) -> tuple[str, ...]:
    """The organisations or cooperations named in the clause an except word opens ("除了X，还有哪些单位和Y
    合作" leaves Y as a constraint; "not counting project P, how many does Y sign") or closes ("X以外");
    empty when no clause names one."""
    clauses = [m.group(1) or m.group(2) or "" for m in EXCEPT_CLAUSE.finditer(u.question)]
    return tuple(m.doc.iri for m in u.mentions if {ORGANIZATION, COOPERATION} & set(m.doc.types)
                 and any(m.text in c for c in clauses))


def excepted_words(u: Understanding, lexicon: Lexicon) -> tuple[str, ...]:
    """The class words in the clauses except words open or close ("besides the training-base projects")."""
    clauses = [m.group(1) or m.group(2) or "" for m in EXCEPT_CLAUSE.finditer(u.blanked)]
    return tuple(w for clause in clauses for _, w in class_word_spans(clause, lexicon))


def hops(u: Understanding, lexicon: Lexicon, spans: list[tuple[int, str]]) -> Hops | None:
    """The two hops of a question chaining two class words, the second reached through the first:
    "跟X合作的大学还和哪些企业合作", "which companies work with the university that works with X";
    ``spans``: the question's class words."""
    spans = [(start, w) for start, w in spans if w not in RELATION_WORDS]
    classes = [frozenset(lexicon.class_words[w]) for _, w in spans]
    if len(classes) < 2:
        return None
    relative = RELATIVE.search(u.blanked) if u.lang == "en" else None
    if relative:  # "(which companies | what other projects) … the university that works with X": the
        # class before the relative clause is X's partners, the first hop; the other one the answers
        before = [frozenset(lexicon.class_words[w]) for start, w in spans if start < relative.start() + 1]
        first = before[-1] if before else classes[1]
        second = next((c for c in classes if c != first), None)  # one class named twice: no second hop
        # X's own are left out only when others are asked for ("what other projects", "also")
        return Hops(first, second, uses_any(u, ALSO_WORDS)) if second is not None else None
    if uses_any(u, ALSO_WORDS):  # "和X合作的学校还和哪些企业合作"; the class asked for is the second
        # hop even when another class word follows it ("还跟哪些公司合作了项目")
        asked = u.answer_classes if u.answer_classes in classes[1:] and u.answer_classes != classes[0] else None
        return Hops(classes[0], asked or classes[-1], True)
    if u.lang == "zh" and PARTNERED.search(u.blanked) and within(classes[-1], COOPERATION, lexicon.catalogue.ancestors):
        return Hops(classes[0], classes[-1], False)  # "跟X合作的大学参与了几个项目": all of theirs
    return None


def _first(words, text: str) -> tuple[int, int] | None:
    """(start, end) of the earliest of ``words`` in ``text``, or None."""
    found = [m.span() for w in words for m in [word_regex(w).search(text)] if m]
    return min(found) if found else None


def when_and(u: Understanding) -> tuple[str, str] | None:
    """A when-question's other ask ("《意见》是啥时候、由哪些部门印发的"): its intent (the most specific
    wins: "what was its ranking" counts, it lists nothing) and the blanked question without the
    when-word; None when it asks only when."""
    when = _first(WHEN_WORDS, u.blanked) if u.intent == "when" else None
    if when is None:
        return None
    rest = u.blanked[:when[0]] + " " * (when[1] - when[0]) + u.blanked[when[1]:]
    # the other ask comes after the when-word ("啥时候、由哪些部门"), never inside it ("which month")
    other = [(intent, _first(words, rest[when[1]:])) for intent, words in
             (("count", COUNT_WORDS), ("who", WHO_WORDS), ("list", WH_WORDS))]
    # in the order above; a word right after the when-word is more of the date ("几月几号")
    other = [(intent, at) for intent, at in other if at is not None and rest[when[1]:][:at[0]].strip()]
    return (other[0][0], rest) if other else None


def _unprofiled(u: Understanding) -> str:
    rest = PROFILE_FORM.sub(" ", u.blanked)
    for word in sorted(PROFILE_WORDS, key=len, reverse=True):
        rest = rest.replace(word, " ")
    return rest


def _untriggered(text: str) -> str:
    """``text`` without the profile triggers that contain a word of saying (讲讲, 说一下): "给我讲讲董建军"
    asks to describe him, not what he said."""
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


def _has(form: LogicalForm, words) -> bool:
    """Whether the question uses one of ``words`` (all of them among CUE_WORDS)."""
    return not form.words.isdisjoint(words)


def _compared(f: LogicalForm) -> bool:
    """Two or more named things compared: by a more/fewer word, or by a superlative picking among them."""
    if len(f.mentions) < 2:
        return False
    if f.among and (f.understanding.most or _has(f, FEWEST_WORDS)):
        return True
    return _has(f, (*MORE_WORDS, *COMPARE_WORDS, *FEWER_WORDS)) and not _has(f, NOT_COMPARED)


# Each operator and the cue that calls for it, read off the form's parse and parts.
OPERATORS = {
    "count": lambda f: f.understanding.intent == "count",
    "compare": lambda f: _compared(f),
    # the comparison asks for the smaller side ("谁少", "fewer")
    "fewer": lambda f: _compared(f) and _has(f, (*FEWER_WORDS, *FEWEST_WORDS))
    and not _has(f, (*MORE_WORDS, *COMPARE_WORDS)),
    "superlative": lambda f: f.understanding.most or _has(f, FEWEST_WORDS),
    "fewest": lambda f: _has(f, FEWEST_WORDS),
    "negation": lambda f: f.negated is not None,
    "not kind": lambda f: f.negated is not None and bool(DENIED_KIND.search(f.understanding.blanked)),
    "except": lambda f: _has(f, EXCEPT_WORDS),
    "yes/no": lambda f: _asks_yes_no(f.understanding),
    "two types": lambda f: len(f.asked) >= 2,
    "hops": lambda f: f.hops is not None,
    "also": lambda f: _has(f, ALSO_WORDS),
    "said": lambda f: _has(f, SAID_WORDS) and bool(words_used(_untriggered(f.understanding.question), frozenset(SAID_WORDS))),
    "partners": lambda f: _has(f, PARTNER_WORDS),
    "money": lambda f: _has(f, AMOUNT_WORDS),
    # where a thing lies; an event's venue is not this (the plan stage's)
    "where": lambda f: f.understanding.intent == "where" or f.level is not None
    or bool(WHERE_ASKED.search(f.understanding.question)),
    "venue": lambda f: bool(VENUE_ASKED.search(f.understanding.question)),
    "affiliation": lambda f: _has(f, AFFILIATION_WORDS),
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
}

# Every word a cue above tests, read off the question at once; the attributes' off the blanked question.
CUE_WORDS = frozenset((*MORE_WORDS, *FEWER_WORDS, *COMPARE_WORDS, *NOT_COMPARED, *FEWEST_WORDS, *EXCEPT_WORDS,
                       *ALSO_WORDS, *SAID_WORDS, *PARTNER_WORDS, *AMOUNT_WORDS, *AFFILIATION_WORDS, *CATEGORY_WORDS,
                       *PROFILE_TRIGGERS, *LARGER_WORDS, *SMALLER_WORDS, *LARGEST_WORDS, *SMALLEST_WORDS, *PART_WORDS,
                       *ALL_PARTS_WORDS))
ATTRIBUTE_WORDS = frozenset(w for words, _, _ in UNHELD_ATTRIBUTES for w in words)


def logical_form(u: Understanding, constraints, lexicon: Lexicon, places=()) -> LogicalForm:
    """The logical form of the parse ``u`` with its topic linked to ``constraints`` (a sequence, or a
    function giving it when first read); ``places``: the graph's place names the question uses."""
    link = constraints if callable(constraints) else (lambda: constraints)
    relations = tuple(w for w in RELATION_WORDS if word_regex(w).search(u.blanked))
    attribute_words = words_used(u.blanked, ATTRIBUTE_WORDS)
    spans = class_word_spans(u.blanked, lexicon)
    form = LogicalForm(u, link, relations, tuple(places), tuple(sorted(dates_in(u.question))),
                       frozenset(), words_used(NOT_CUES.sub(lambda m: " " * len(m.group()), u.question), CUE_WORDS), asked=asked_words(u, lexicon, spans), negated=negated_span(u), excepted=excepted(u), excepted_words=excepted_words(u, lexicon),
                       hops=hops(u, lexicon, spans), when_and=when_and(u), unprofiled=_unprofiled(u), level=_level(u),
                       difference=difference_sides(u),
                       attributes=tuple(row for row in UNHELD_ATTRIBUTES if not attribute_words.isdisjoint(row[0])),
                       bound=next((holds for pattern, holds in BOUNDS if pattern.search(u.question)), None),
                       among=bool(AMONG_NAMED.search(u.blanked)))
    return replace(form, operators=frozenset(name for name, cue in OPERATORS.items() if cue(form)))
