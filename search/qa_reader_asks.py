"""What a question asks the evidence reader for (search.qa_reader): the kind of answer (``Asked``: a person, or
the noun a which-word or a demonstrative names) and the question's content words, the asking and function words
left out. The question's side of the reader, apart from the sentences' side (ranking and reading them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from graph.han import HAN as CJK
from search.lexical import LATIN_STOPWORDS
from search.qa_match import tokens
from search.understand import Understanding
from search.understand_words import COUNT_WORDS, RELATION_WORDS, STOP_WORDS, WH_WORDS, WHEN_WORDS, WHERE_WORDS, WHO_WORDS

# A which-word and the words after it that name the kind asked ("哪个中央部门", "which central body").
# A Chinese noun runs to the first function character ("哪些高校和企业合作": 高校).
ZH_WHICH = re.compile(r"(?:哪一?[个家所位项座些]|什么)(?P<noun>[^\W\d_a-z的和与及在是跟同把被对为有了呢吗啊呀都]{2,5})")
EN_WHICH = re.compile(r"\b(?:which|what)\s+(?:(?:kind|sort|type)\s+of\s+)?(?P<noun>(?:[a-z][a-z-]*\s*){1,3})")
# A thing asked by its name or title ("那份文件，标题是什么", "the document's title", "what is that body called"):
# the noun a demonstrative names ("那份文件", "那家公司"; "that ministry", "the document") is the kind asked.
NAMING = re.compile(r"(?:叫|是)(?:什么|啥)|名字|名称|标题|全称|\b(?:called|named|titled|title|name)\b")
ZH_THAT = re.compile(r"那(?:一|[两几\d二三四五六七八九十百]+)?[个家所项份座篇部](?P<noun>[^\W\d_a-z的和与及在是跟同把被对为有了呢吗啊呀都]{2,8})")
EN_THAT = re.compile(r"\b(?:that|this|the)\s+(?P<noun>[a-z][a-z-]+)(?:['’]s\s+(?:title|name)|\s+(?:is\s+|was\s+)?(?:called|named|titled))"
                     r"|\b(?:title|name)\s+of\s+(?:that|this|the)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z][a-z-]+)\b(?=\s*(?:[,.?;]|$|that|which|issued|about|on|from))")
# A person asked without a which-word: the who-words, "name him", "his name", "whose name goes with …", "那位…叫啥"
# (the colloquial 叫什么; a thing's name is asked with its noun, NAMING).
PERSON_ASKED = re.compile("|".join(re.escape(w) if CJK.search(w) else rf"\b{w}\b" for w in WHO_WORDS)
                          + r"|\bname (?:him|her|them)\b|\b(?:his|her|whose) name\b|名字|叫啥")
# Intents the reader leaves to the structured reading: a figure must agree with the measure and bearer asked
# (search.qa_figure_premise and the figure plans), which a sentence's bag of words does not tell.
NOT_READ = frozenset({"count", "when", "where"})
NOT_NOUNS = frozenset({"the", "a", "an", "one", "ones", "of", "is", "was", "are", "were", "did", "does", "do"})
# A noun asked ends at a verb of taking part after its first word ("which hospitals partner with X": hospitals;
# "which partner school": both words; "哪些医院合作": 医院), as a Chinese one ends at a function character too.
EN_RELATION = frozenset(w for w in RELATION_WORDS if " " not in w and not CJK.search(w))
ZH_RELATION = re.compile("|".join(sorted((w for w in RELATION_WORDS if CJK.search(w)), key=len, reverse=True)))
# The words the parser reads as asking or function words: no content of the question's (Chinese ones blanked, longest first).
FUNCTION_WORDS = (*STOP_WORDS, *WH_WORDS, *WHO_WORDS, *COUNT_WORDS, *WHEN_WORDS, *WHERE_WORDS)
ZH_FUNCTION = sorted({w for w in FUNCTION_WORDS if CJK.search(w)}, key=len, reverse=True)
LATIN_FUNCTION = frozenset(t for w in FUNCTION_WORDS if not CJK.search(w) for t in tokens(w)) | LATIN_STOPWORDS


@dataclass(frozen=True)
class Asked:
    """The kind of answer a question asks for: a person, or what a which-word names."""

    kind: str  # "person" or "noun"
    words: frozenset[str] = frozenset()
    noun: str = ""

    def head(self, name: str) -> bool:
        """Whether the English noun, one word, is a word of ``name`` (an English name): "which ministry?" names the
        Ministry of Education (a noun of more words may begin with a modifier: "which Dalian hospital" is no Dalian one)."""
        return not CJK.search(self.noun) and len(self.noun.split()) == 1 and bool(self.words & tokens(name.lower()))

    def agrees(self, names: list[str]) -> bool:
        """Whether the noun asked names a kind of ``names``: a Chinese name inside the noun or holding its head (its
        last two characters: 中央部门 is a 政府部门), an English word of the noun among a name's words."""
        if CJK.search(self.noun):
            return any((len(n) >= 2 and n in self.noun) or self.noun[-2:] in n for n in names if CJK.search(n))
        return bool(self.words & set().union(*(tokens(n) for n in names if not CJK.search(n))))


def question_words(u: Understanding) -> frozenset[str]:
    """The question's content words: its tokens, the names it links and the asking and function words left out."""
    text = u.blanked or u.question
    for word in ZH_FUNCTION:
        text = text.replace(word, " ")
    return frozenset(w for w in tokens(text) if w not in LATIN_FUNCTION and len(w) > 1)


def asked_of(u: Understanding) -> Asked | None:
    """The kind of answer ``u`` asks for: a person, the noun after a which-word; None otherwise (a count, a date, a place)."""
    text = u.blanked or u.question
    if u.intent in NOT_READ:
        return None
    named = named_noun(u.question) if NAMING.search(text) else ""  # (as written: a linked name blanked parts the noun)  # "那份文件叫什么" asks a document's name, no person's
    if PERSON_ASKED.search(text) and not named:
        return Asked("person")
    zh = ZH_WHICH.search(text)
    en = EN_WHICH.search(text)
    noun = _chinese_noun(zh.group("noun")) if zh else _english_noun(en.group("noun").split()) if en else ""
    if not noun or NAMING.fullmatch(noun):
        noun = named or noun
    words = frozenset(tokens(noun))
    return Asked("noun", words, noun) if words else None


def named_noun(text: str) -> str:
    """The noun of the thing a question asks the name or title of: the one its demonstrative names ("那份文件" 文件,
    "the title of that 2022 document" document); empty when there is none."""
    zh, en = ZH_THAT.search(text), EN_THAT.search(text)
    if zh:
        return _chinese_noun(NAMING.split(zh.group("noun"))[0])  # "那份文件叫什么": 文件
    return (en.group("noun") or en.group("head")) if en else ""


def _chinese_noun(noun: str) -> str:
    """The noun a which-word asks for, up to a verb of taking part after its first two characters."""
    verb = ZH_RELATION.search(noun, 2)
    return noun[: verb.start()] if verb else noun


def _english_noun(words: list[str]) -> str:
    """The noun a which-word asks for: its words up to a verb of taking part, articles and auxiliaries left out."""
    if words[:1] and words[0] in NOT_NOUNS:
        return ""  # "what did X commit": a verb asked, no noun
    kept = words[:1] + list(takewhile(lambda w: w not in EN_RELATION, words[1:]))
    return " ".join(w for w in kept if w not in NOT_NOUNS)
