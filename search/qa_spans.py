"""Name-shaped spans of a Chinese question: runs ending in a name suffix (大学, 公司, 联合体, 市, 区 …) or
a project's ending (基地, 中心 …), read leftwards to a boundary, a question word or where the tagger's
verb ends, and the person, place and organisation names the tagger finds. search/qa_scope.py tells
which of them the graph holds."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from graph.han import HAN, HAN_RUN
from search.qa_values import DATE_PATTERNS
from search.text import blank_match, longest_first
from search.qa_memo import once
from search.understand_words import COUNT_WORDS, RELATION_WORDS, WHEN_WORDS, WHERE_WORDS, WHO_WORDS, WH_WORDS
from search.wording import DEMONSTRATIVES

# Name suffixes, longest first, with the characters after them that make them part of a longer
# word instead ("市域", "区域", "大学生", "学院派").
ZH_SUFFIXES = {"联合体": "", "共同体": "", "有限公司": "", "公司": "", "集团": "", "大学": "生", "学院": "派",
               "研究院": "", "幼儿园": "", "中学": "生", "小学": "生", "厂": "家商区长房矿",
               "市": "域场民级委政值长", "区": "域别块级委内长", "省": "级内外委份会长", "县": "级域长",
               # a post of a named organisation or place ("大连市市长", "大连理工大学校长") names a person
               "市长": "", "区长": "", "省长": "", "县长": "", "校长": "", "院长": "", "书记": "", "总经理": "",
               "董事长": "", "主任": ""}
ZH_SUFFIXES_LONGEST = longest_first(ZH_SUFFIXES)
# Each suffix's pattern, compiled once (zh_spans runs for every reading of every question).
ZH_SUFFIX_PATTERNS = {suffix: re.compile(re.escape(suffix)) for suffix in ZH_SUFFIXES}
# Suffixes of bodies the graph holds one of, by a name with no industry in it (its consortium).
BODY_SUFFIXES = ("联合体", "共同体")
# Suffixes of schools, named by a place and a field ("大连人工智能学院", "大连新能源学院"): a held place
# and an industry's word before one name a school, not a kind of school as they may a kind of company.
SCHOOL_SUFFIXES = ("大学", "学院", "学校", "研究院")
# Endings of a project's name ("跨境电商人才培养基地"): such a span is held when each content word of it
# is a word of the graph's names or of the reading's, as a project is often named in part or in other order.
ZH_PROJECT_SUFFIXES = ("项目", "基地", "中心", "平台", "实验室")

# Characters before a suffix that make it part of a common word ("节省", "城市", "地区").
ZH_NOT_BEFORE = {"省": "节反各全本", "市": "城超股上各全本", "区": "地社各全本", "厂": "工"}  # 各省, 全市: no names
# Characters that end a name when reading leftwards from its suffix.
ZH_BOUNDARY = set("的和与跟同及在是了吗呢把被给对向从还也而或、，。？！?!,.:：;；“”\"'()（）《》 ")
# Words a span may open with that belong to the question, not the name.
ZH_LEAD = ("请问", "介绍一下", "介绍下", "介绍", "一下", "说说", "讲讲", "告诉我", "我", "你", "哪些", "哪个", "哪家", "哪所",
           "什么", "这个", "那个", "这家", "那家", "这所", "该", "各", "全", "本", "整个", "所有", "位于", "关于",
           "上级", "所属", "下属", "旗下", "母")  # a group asked by its relation ("X的上级集团", "X的母公司"), no name

# Words of the question around a name: a Chinese span is cut after the last of them.
ZH_CUTS = longest_first({w for w in (*WH_WORDS, *WHEN_WORDS, *WHERE_WORDS, *WHO_WORDS, *COUNT_WORDS, *RELATION_WORDS,
                              *DEMONSTRATIVES, "没有", "不", "未", "除了", "还")
                  if HAN.search(w)})
# A kind narrowed by a topic before a class word ("民族类大学", "人才培养类项目", "城市服务類企业"): no name is written so.
ZH_KIND_MARK = "类"
# A count before a class word ("两所", "三家"): a span opening with one is a count of a kind, not a name.
ZH_COUNT = re.compile(r"[一两二三四五六七八九十几]+[家所个位项名]")
# The longest word of the question's a tagged name's first character may end ("签约方连": 签约方).
WORD_ENDS = 4
ORG_TAG = "ORG"  # the tagger's tag of an organisation's name
# The tagger's tags of person, place and organisation names.
NAME_TAGS = frozenset({"PER", "LOC", ORG_TAG})
# The tagger's tags of words no name is read through leftwards from its suffix: verbs, prepositions,
# pronouns, numerals… ("为基础打造产教联合体", "加入联合体": the name, if any, starts after the verb);
# locatives after a count ("在28家里金普新区排第几": 里 ends the field, the name starts after it).
STOP_TAGS = frozenset({"v", "vd", "p", "c", "u", "r", "d", "m", "q", "w", "xc", "ad", "f", "TIME"})
Tagged = tuple[tuple[str, str, int], ...]  # (word, tag, where it starts in the text)

# Where a Chinese date ends ("2023年年末金普新区"): the name is read from there, never through the date.
ZH_DATE_END = re.compile(DATE_PATTERNS[0].pattern + r"(?:年末|年底|年初|年中|末|底|初)?")
# The characters of the administrative levels, and the levels listed ("市、区两级", "市区两级的政府部门", "省市两级"): no
# place named, as 市级 names none.
ZH_LEVEL_CHARS = "省市区县"
ZH_LEVELS = re.compile(rf"[{ZH_LEVEL_CHARS}](?:[、和与及]?[{ZH_LEVEL_CHARS}])+[两三]?级")


def zh_spans(text: str, cuts: list[str], stops: AbstractSet[int] = frozenset(), words: AbstractSet[str] = frozenset()) -> list[str]:
    """Chinese runs that end in a name suffix, read leftwards to a boundary or to a ``stops``
    offset (where a tagged verb, pronoun … ends), minus question words and a first character that ends
    one of ``words`` (the reading's: "签约方连大学" opens no name at 方)."""
    spans: list[str] = []
    text = ZH_LEVELS.sub(blank_match, ZH_DATE_END.sub(blank_match, text))  # same length: offsets kept
    for suffix, not_after in ZH_SUFFIXES.items():
        for m in ZH_SUFFIX_PATTERNS[suffix].finditer(text):
            after = text[m.end():m.end() + 1]
            before = text[m.start() - 1:m.start()] if m.start() else ""
            if (after and after in not_after) or (before and before in ZH_NOT_BEFORE.get(suffix, "")):
                continue
            start = m.start()
            while start > 0 and start not in stops and text[start - 1] not in ZH_BOUNDARY and HAN.match(text[start - 1]):
                start -= 1
            start += ends_word(text, start, words)
            span = strip_lead(after_cuts(text[start:m.end()], cuts, len(suffix)))
            if len(span) - len(suffix) >= 2 and not kind_marked(span, suffix) and not any(span in s and span != s for s in spans):
                spans.append(span)
    return [s for s in spans if not any(s != o and s in o for o in spans)]


def project_spans(text: str, tagged: Tagged, stops: AbstractSet[int]) -> list[str]:
    """Chinese runs ending in a project's name ending, read leftwards as _zh_spans reads names but cut only
    after question and relation words (a class word, 人才培养, may be part of a project's name)."""
    spans = []
    for suffix in ZH_PROJECT_SUFFIXES:
        for m in re.finditer(suffix, text):
            start = m.start()
            while start > 0 and start not in stops and text[start - 1] not in ZH_BOUNDARY and HAN.match(text[start - 1]):
                start -= 1
            span = strip_lead(after_cuts(text[start:m.end()], ZH_CUTS, len(suffix)))
            if len(span) - len(suffix) >= 2 and not kind_marked(span, suffix):
                spans.append(span)
    return spans


@once  # scope, residue, qualifiers and headings tag the same question's text: once an answer (search.qa_memo)
def tagged_words(text: str) -> Tagged:
    """The Chinese tagger's words of ``text`` with their tags and offsets; none for text without Han."""
    if not HAN.search(text):
        return ()
    from graph.ingest.nlp import lac  # loaded once, on the first Chinese question

    words, at = [], 0
    for word, tag in lac().run([text])[0]:
        start = text.find(word, at)
        if start < 0:  # the tagger's word is not the text's own (never seen): no offset to give
            continue
        words.append((word, tag, start))
        at = start + len(word)
    return tuple(words)


def tagged_names(tagged: Tagged, cuts: list[str], words: AbstractSet[str] = frozenset()) -> list[str]:
    """Person, place and organisation names the Chinese tagger found with no name suffix ("青岛",
    "王小明", "腾讯"), read after the question's own words as _zh_spans reads them ("合作大学" is
    合作 and a class word) and after a class word they open with ("联合体帮企业": 帮 is no name); one
    character is too short to be told from a word. ``words``: the reading's own words besides ``cuts``."""
    spans, text = [], "".join(w for w, _, _ in tagged)
    cut_words = frozenset(cuts)
    levels = [m.start() for m in ZH_LEVELS.finditer(text)]
    for word, tag, start in tagged:
        if tag not in NAME_TAGS:
            continue  # (first: most of the tagger's words are no name, and the reading below is per word)
        # ("单位中市区两级": the tagger's 中市区 is read up to the levels listed, 中, too short for a name)
        word = word[:min((at - start for at in levels if start <= at < start + len(word)), default=len(word))]
        if ends_word(text, start, words) or ends_word(text, start, cut_words):
            continue  # "参与方多", "签约方连一所大学": its first character ends a word of the question's (签约方), no name opens there
        word = word.strip().rstrip("".join(ZH_BOUNDARY))
        suffix = next((len(x) for x in ZH_SUFFIXES if word.endswith(x)), 1)
        word = word[next((len(x) for x in ZH_SUFFIXES_LONGEST if len(x) > 1 and word.startswith(x)), 0):]
        name = strip_lead(after_cuts(word, cuts, suffix))
        if len(name) >= 2 and HAN_RUN.fullmatch(name) and not lead_alone(name):
            spans.append(name)
    return spans


def lead_alone(name: str) -> bool:
    """Whether a name the tagger read is one of the question's words before a name, read alone ("上级" of "上级集团是
    谁": a group asked by its relation, no name)."""
    return name in ZH_LEAD


def ends_word(text: str, at: int, words: AbstractSet[str]) -> bool:
    """Whether the character at ``at`` ends one of ``words`` begun before it in ``text`` (a word of two
    characters or more: only those are looked up, so callers pass their whole word sets, unfiltered)."""
    return any(text[at + 1 - n:at + 1] in words for n in range(2, min(WORD_ENDS, at + 1) + 1))


def kind_marked(span: str, suffix: str) -> bool:
    """Whether ``span``, ending in ``suffix``, is a kind narrowed by a topic ("民族类大学"), not a name."""
    return span[:-len(suffix)].endswith(ZH_KIND_MARK)


def after_cuts(span: str, cuts: list[str], suffix: int = 1) -> str:
    """The span after the last question, relation or class word wholly before its last ``suffix``
    characters (the name suffix: 联合 in 联合体 cuts nothing, so 沈阳浑南产教联合体 stays whole)."""
    head = span[:len(span) - suffix]
    end = max((head.rfind(w) + len(w) for w in cuts if w in head), default=0)
    return span[end:]


def strip_lead(span: str) -> str:
    """The span without the question's words before a name, and without a count ("两所大学" is no name)."""
    changed = True
    while changed:
        changed = False
        for lead in ZH_LEAD:
            if span.startswith(lead) and len(span) > len(lead):
                span, changed = span[len(lead):], True
        counted = ZH_COUNT.match(span)
        if counted and len(span) > counted.end():
            span, changed = span[counted.end():], True
    return span
