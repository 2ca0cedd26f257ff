"""The words a question leaves over once its names, class words and the reading's own words are taken
out, read as asking material or as content.

The topic (search/understand.py) is what remains of a question after the reading's words; a leftover
word is then a constraint every answer must meet (search.qa.QuestionAnswerer.anchors), and one the
graph does not cover empties the answer. A word that only asks is no such constraint: question words,
colloquial fillers, pronouns and demonstratives, time deixis (这回, 这次), light verbs (搞, 拿下, 挂, 签,
"put", "comes", "ended") and the nouns asking for a name (全称, 名字, "full name"). "数一数，大连大学的名字
挂在几个签约项目上啊" asks for Dalian University's projects, counted; none of 数一数, 名字, 挂 narrows them.
A tag putting a claim for confirmation (没错吧, "is it true that") asks too.
A content word (a noun naming what is asked or a restriction: 书记, 专业, "mayor") stays, and is
answered only by the facts that cover it, else the answer is the honest empty one naming it.

Chinese is read by the tagger's part-of-speech tags (lac: search.qa_spans.tagged_words), not by word
lists: pronouns, adverbs, numerals and measure words without a figure, prepositions, conjunctions,
particles, locatives and time words without a figure ask; nouns, names, verbal nouns and adjectives
are content; a verb is content unless it is light: one character once its modal before and its
complements after are taken off (搞, 能带, 签下来, 拿下; not 裁员, 招收, 生产). English has no tagger
here: its light verbs and asking words are the tables below, general English, not any question's.

Contract: ``asking_offsets(text)`` gives the offsets of the characters of ``text`` (a normalised
question, names blanked) that are asking material, for the topic to leave out.
"""

from __future__ import annotations

import re

from graph.han import HAN
from search.qa_verdict_cues import CONFIRMING
from search.qa_spans import tagged_words
from search.qa_values import CN_AMOUNT, EN_NUMBERS, amount_value

# The tagger's tags of words that ask or link and never name a constraint: pronouns (哪, 这回, 啥),
# adverbs (都, 一共), prepositions, conjunctions, particles (的, 啊), punctuation, locatives (上, 里,
# 当中), measure words, adverbial verbs and adjectives (vd, ad).
ASKING_TAGS = frozenset({"r", "d", "p", "c", "u", "xc", "w", "f", "q", "vd", "ad"})
# Numerals and time words ask (数一数, 第一, 五类, 一年) unless they carry a figure: "1.2亿元", "2023年"
# restrict the answers to a figure or a date, which the figure and date stages read; one with no numeral
# names a thing ("首批", the first batch, a value the graph holds; "去年").
FIGURE_TAGS = frozenset({"m", "TIME"})
VERB_TAGS = frozenset({"v"})
# What a light verb carries before it (a modal: 能带, 要开, 可以签) and after it (a directional or
# resulting complement, an aspect particle: 签下来, 拿下, 找到, 搞了): with them taken off, a verb of one
# character is a light one (搞, 挂, 带, 开, 签, 拿), which says how the answer is asked, not what it is.
MODALS = re.compile(r"^(?:可以|能够|能|会|要|想|得|可|该|应该|需要)")
COMPLEMENTS = re.compile(r"(?:下来|上来|出来|起来|进来|回来|过来|下去|上去|出去|下|上|出|到|来|去|起|成|完|好|过|了|着|住|得)+$")
# Nouns that ask for the name of what is asked, not for another thing: "东风日产那个项目全称是啥" asks
# the project's name, which every answer has; and those asking for one party of a cooperation by its
# side ("企业一方是谁家", "大学那方是谁"): the party of the class before them.
NAME_NOUNS = frozenset({"全称", "全名", "名字", "名称", "称呼", "大名", "叫法", "姓名",
                        "一方", "那方", "这方", "哪方", "另一方", "对方",
                        "名下", "名义",  # what stands under a party's name ("X名下的项目"): the party's own, no topic
                        "名单"})  # the names of those asked, listed ("剩下的高校名单给我列列": the universities)
# A degree before an adjective ("更多", "较少", "最大"): a comparison or a superlative, read off the
# question by its operator (search.qa_cues), no quality the answers must have.
DEGREE = re.compile(r"^(?:更|较|最|比较|更加)")
ADJECTIVE_TAGS = frozenset({"a"})
# A word asked both ways ("多不多", "是不是", "能不能"): a yes/no question's form, no content.
A_NOT_A = re.compile(r"(\w)[不没]\1")
# English words that ask and never constrain, as the tagger's asking tags do in Chinese: pronouns,
# determiners, adverbs and prepositions the reading's stop words leave; the nouns asking for a name; and light verbs (all their forms), which
# say how a party stands to the answer ("put its name to", "comes second", "ended up with"), not what
# the answer is.
EN_ASKING = frozenset({
    "its", "it's", "itself", "one", "ones", "whose", "this", "that", "these", "those", "here", "now", "ever", "still",
    "just", "really", "so", "then", "up", "out", "off", "down", "over", "own", "same", "such", "very", "much",
    "name", "names", "full", "called", "named",
    "onto", "upon", "via", "through", "across", "towards", "toward", "against", "along", "like",
})
EN_LIGHT_VERBS = ("put", "get", "come", "end", "make", "go", "take", "give", "keep", "bring", "turn", "stand", "set",
                  "win", "rack", "carry", "bear")  # not "wind" or "land": nouns first ("wind power", "land area")
EN_IRREGULAR = {"put": ("puts", "putting"), "get": ("got", "gotten", "getting"), "come": ("came", "coming"),
                "make": ("made", "making"), "go": ("went", "gone", "goes", "going"), "take": ("took", "taken", "taking"),
                "give": ("gave", "given", "giving"), "keep": ("kept",), "bring": ("brought",), "stand": ("stood",),
                "set": ("sets", "setting"), "win": ("won", "winning"),
                "carry": ("carries", "carried", "carrying"), "bear": ("bore", "borne")}
# Numbers in words count what follows them ("the sixteen agreements"), as the reading's NUMERAL reads digits.
EN_COUNTS = frozenset(EN_NUMBERS)
EN_LIGHT = frozenset({*EN_LIGHT_VERBS, *(f"{v}s" for v in EN_LIGHT_VERBS), *(f"{v}ed" for v in EN_LIGHT_VERBS),
                      *(f"{v}ing" for v in EN_LIGHT_VERBS), *(f for forms in EN_IRREGULAR.values() for f in forms)})
# Comparatives and superlatives, as DEGREE in Chinese: read off the question by the operators comparing
# or ranking (search.qa_cues), no quality the answers must have.
EN_DEGREE = frozenset({"more", "most", "fewer", "fewest", "less", "least", "greater", "greatest", "larger", "largest",
                       "bigger", "biggest", "smaller", "smallest", "higher", "highest", "lower", "lowest"})
# Words of arithmetic on two figures ("A minus B", "A versus B"): the difference or comparison operators'.
EN_ARITHMETIC = frozenset({"minus", "plus", "subtract", "subtracted", "versus", "vs", "difference", "gap"})
EN_ALL = EN_ASKING | EN_LIGHT | EN_COUNTS | EN_DEGREE | EN_ARITHMETIC
EN_WORD = re.compile(r"(?<![a-z0-9'’])[a-z][a-z'’]*(?![a-z0-9])")
DIGIT = re.compile(r"\d")
ROUGH = re.compile(r"[多余个]")  # an amount said roughly: "一个多亿"
NUMERAL_CHAR = re.compile(r"[零〇一二两三四五六七八九十百千万几第]")


def asking_offsets(text: str) -> set[int]:
    """The offsets of the characters of ``text`` that are asking material (see the module)."""
    found = {i for m in EN_WORD.finditer(text) if m.group() in EN_ALL
             for i in range(m.start(), m.end())}
    found.update(i for m in CONFIRMING.finditer(text) for i in range(m.start(), m.end()))  # "没错吧", "is it true"
    if HAN.search(text):
        for word, tag, start in tagged_words(text):
            if _asks(word, tag):
                found.update(range(start, start + len(word)))
    return found


def _amount(word: str) -> bool:
    """Whether ``word`` is one whole amount chained by its scales (search.qa_values.CN_AMOUNT): "一点二亿"; not one
    said roughly ("一个多亿", "两千多万": they ask no figure's owner, as before)."""
    m = CN_AMOUNT.fullmatch(word)
    return m is not None and amount_value(m) is not None and not ROUGH.search(word)


def _asks(word: str, tag: str) -> bool:
    """Whether a tagged Chinese word asks rather than names (see the module)."""
    if not HAN.search(word):
        return False  # Latin and digits are read by the English table, figures by the figure stages
    if tag in ASKING_TAGS or word in NAME_NOUNS:
        return True
    if tag in FIGURE_TAGS:  # (an amount in Chinese numerals carries its figure: "一亿两千万", "五千万"; "几千万" asks)
        return not DIGIT.search(word) and bool(NUMERAL_CHAR.search(word)) and not _amount(word)
    if A_NOT_A.search(word):
        return True
    if tag in ADJECTIVE_TAGS:
        return bool(DEGREE.match(word))
    if tag in VERB_TAGS:  # (a light verb doubled is as light: "列列", "查查", "说说")
        return len(set(COMPLEMENTS.sub("", MODALS.sub("", word)))) <= 1
    return False


# A which-word and the measure word it may carry ("哪些", "哪几个", "哪一家", "什么", "which", "what", "list every"): the
# noun right after one, when no class word, is what the question asks for.
ASKING_WORD = re.compile(r"(?:哪(?:[一几两]?[个家所位些项类种条名])?|什么|啥)\s*$|\b(?:which|what|(?:list|name)\s+(?:every|each|all(?:\s+the)?))\s+$")


def asked_noun(blanked: str, topic: str) -> str:
    """The word of ``topic`` that a which-word in ``blanked`` (the question, names blanked) asks for
    directly ("订单班都开在哪些专业": 专业), or "" when none does. Called only when the question asks for
    no class: a noun that names none is answered by no class's instances, whatever topic holds the word."""
    for word in topic.split():
        at = blanked.find(word)
        while at >= 0:
            if ASKING_WORD.search(blanked, 0, at):
                return word
            at = blanked.find(word, at + 1)
    return ""
