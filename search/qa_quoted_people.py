"""The people a source quotes, named by that description: "文章里接受采访发言的两个人", "the people quoted in the story",
"the interviewees in the piece", "The piece quotes two people. Give me their names and …".

Contract: ``QuotedPeople.named(text, u)`` is the rewrite (search.qa_rewrites) putting the names of every speaker the
graph's quotations hold, joined ("杨跃权和董建军", "Yang Yuequan and Dong Jianjun"), in the description's place; a
sentence saying the source quotes people is put as those names being quoted, so that a later clause's "they" is
read as them. ``text`` is returned unchanged when it holds no such description, when the count it says is not the
number of speakers ("the three people quoted"), or when words between its pointer and its person word narrow it to
someone ("接受采访的那位医院院长": a description of one person, search.qa_descriptions's).
"""

from __future__ import annotations

import re
from functools import cached_property

from search.auxiliaries import BE, DO
from search.qa_breaks import SENTENCE_MARKS
from search.qa_facts import FactFinder
from search.qa_post_words import held_titles, titles_pattern
from search.qa_values import EN_NUMBERS
from search.text import normalize
from search.understand import Understanding
from search.wording import ASKS

ZH_COUNTS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# "(文章里)(被)(记者)采访/引用(讲话/发言)的(那)(两)(个/位)人": the people a Chinese source quotes; the count optional.
ZH_QUOTED = re.compile(r"(?P<src>(?:文章|报道|原文|文中)(?:里|中|里面)?的?)?被?(?:记者)?(?P<verb>接受采访|受访|采访|引用|引述|援引"
                       r"|发言|讲话)(?:了?的?话)?(?:讲话|发言|说话)?的(?P<one>那|这)?(?P<n>[一两二三四五几])?"
                       r"(?:(?:个|位|名)?(?:人|受访者|发言人|人物)(?![员士物])|位)")
# Verbs saying someone spoke, no quoting: the people quoted only with the source named ("文章里发言的", not "会上讲话的").
SPOKE = ("发言", "讲话")
# Saying a person's words are quoted: "quoted", "interviewed", "cited", "get (direct) quotes".
EN_QUOTED_VERB = rf"(?:(?:who\s+)?(?:{BE})\s+|being\s+)?(?:quoted|interviewed|cited)|(?:who\s+)?(?:get|gets|got)\s+(?:direct(?:ly)?\s+)?(?:quoted|quotes|quotations|cited|interviewed)"
# "the (two) people/speakers quoted/interviewed (in the article)", "both people quoted", "the individuals who get direct
# quotes", "the interviewees (in the piece)".
EN_QUOTED = re.compile(rf"(?:\bthe\s+|\b(?=both\s))(?:(?P<n>{'|'.join(EN_NUMBERS)}|both)\s+)?(?:(?:the\s+)?(?:people|persons|speakers|individuals|figures)"
                       rf"\s+(?:{EN_QUOTED_VERB})|interviewees)"
                       r"(?:\s+in\s+the\s+(?:article|piece|story|report))?")
# "The piece quotes two people (…).", "… quotes one person from industry and one from a school.": a statement that
# the source quotes people, counted by the sum of its numbers, if any.
EN_QUOTES = re.compile(r"\bthe\s+(?:article|piece|story|report)\s+quotes\s+[^.?!]*[.?!]")
EN_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(EN_NUMBERS)})\b")
# The people quoted asked by a which-word: "报道里点名引用了哪两个人的话", "稿子里被引述发言的有哪几位", "引用了谁的话",
# "谁的话被引用", "谁接受了采访", "受访的是哪两位", "which two people does the story quote", "who gets quoted in the
# piece", "whose words does the article quote", "whose remarks appear in the article"; the count asked optional (n).
ZH_ASKED = (re.compile(r"(?:点名)?被?(?:引用|引述|援引|采访)了?(?:哪(?P<n>[一两二三四五几])?(?:个|位|名)人?|谁)(?:的话|的发言|的讲话)?"),
            re.compile(r"被?(?:引用|引述|援引|采访|受访|接受了?(?:记者)?采访)(?:发言|讲话)?的(?:人)?(?:有|是)"
                       r"(?:哪(?P<n>[一两二三四五几])?(?:个|位|名)人?|谁)"),
            re.compile(r"谁的话被(?:引用|引述|援引)(?:了)?|谁(?:接受了?(?:记者)?采访|被(?:记者)?(?:采访|引用|引述|援引))(?:了)?"))
EN_ASKED = (re.compile(rf"\bwhich\s+(?:(?P<n>{'|'.join(EN_NUMBERS)}|both)\s+)?(?:people|persons|speakers|individuals|figures)"
                       rf"\s+(?:(?:{DO})\s+the\s+[a-z]+\s+(?:quote|cite|interview)|(?:{EN_QUOTED_VERB})(?:\s+in\s+the\s+[a-z]+)?)"),
            re.compile(r"\b(?:who|whom)\s+(?:does|did)\s+the\s+[a-z]+\s+(?:quote|cite|interview)"),
            re.compile(rf"\bwho\s+(?:{BE}|gets|got|get)\s+(?:quoted|interviewed|cited)(?:\s+in\s+the\s+[a-z]+)?"),
            re.compile(rf"\bwhose\s+(?:words|remarks|comments)\s+(?:{BE}|get|got)\s+(?:quoted|cited)(?:\s+in\s+the\s+[a-z]+)?"),
            re.compile(r"\bwhose\s+(?:words|remarks|comments)\s+(?:does|did)\s+the\s+[a-z]+\s+(?:quote|cite)"),
            re.compile(r"\bwhose\s+(?:words|remarks|comments|quotes)\s+(?:appear|appears|feature|features|are\s+used|were\s+used)"
                       r"(?:\s+in\s+the\s+[a-z]+)?"))
# A later clause asking more of the people asked for ("他们各在哪个单位", "and where does each work"): the people are
# then put by name, so that what is asked of them is answered of each, by name. (Put as asked, "杨跃权和董建军是谁",
# a later ask of their posts read as their partners.)
ASKED_MORE = re.compile(rf"{ASKS.pattern}|各|分别|\b(?:each|respectively|their|they|them)\b")
# The asking put for the people quoted asked alone, closing the question: the reading of search.qa_plans.QuotedPlan
# (an ask words follow reads as written: "还引用了谁说的话" keeps its own words).
ASKED_ALONE = {"zh": "引用了谁的话", "en": "who is quoted in the article"}
CLOSING = re.compile(rf"[\s{SENTENCE_MARKS}.]*$")
# The people quoted described and asked for by name only ("文章里接受采访的两个人是谁", "who are the people quoted in the
# article", "name the two interviewees in the piece"): once their names are put in (NAMES), nothing else is asked, and
# the question is the quotations' asking (ASKED_ALONE); put as their names alone, it read as their partners.
NAMES_ONLY = (r"[\s,，:：]*(?:(?:who\s+(?:are|were)|name|list|give\s+me|what\s+are\s+the\s+names\s+of)\s+)?NAMES"
              rf"\s*(?:是谁|都是谁|分别是谁|都?叫(?:什么|啥)(?:名字)?|是哪[两几]?位|please)?[\s{SENTENCE_MARKS}.]*")


# "the deputy general manager quoted in the piece", "the quoted president", "被采访的那位副总经理": one speaker, by a title
# (TITLES: the speakers' held titles) said with the quoting; the one speaker holding it stands there.
EN_TITLED = (r"\bthe\s+quoted\s+(?P<title>TITLES)\b",
             rf"\bthe\s+(?P<title>TITLES)\s+(?:{EN_QUOTED_VERB})\b(?:\s+in\s+the\s+(?:article|piece|story|report))?")
ZH_TITLED = (r"(?:被|接受)?(?:记者)?(?:采访|引用|引述|援引)了?的(?:那|这)?[位个名]?(?P<title>TITLES)",)


class QuotedPeople:
    """The speakers of one graph's quotations, put where a question describes them."""

    def __init__(self, facts: FactFinder):
        self.facts = facts

    def describes(self, text: str) -> bool:
        """Whether the normalised ``text`` describes the people quoted: content of a question, no discourse around it."""
        return any(p.search(text) for p in (ZH_QUOTED, EN_QUOTED, EN_QUOTES)) and bool(self.facts.quote_speakers)

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with the description of the people quoted replaced by their names (the module's contract)."""
        speakers = sorted(self.facts.speakers(), key=self.facts.label)
        if not speakers:
            return text
        join = "和" if u.lang == "zh" else " and "
        names = join.join(normalize(self.facts.label(s, u.lang)) for s in speakers)
        for pattern, said in ((ZH_QUOTED, names), (EN_QUOTED, names), (EN_QUOTES, f"{names} are quoted.")):
            text = pattern.sub(lambda m, said=said: said if _fits(m, len(speakers)) else m.group(), text)  # type: ignore[misc]
        if re.fullmatch(NAMES_ONLY.replace("NAMES", re.escape(names)), text):
            return ASKED_ALONE[u.lang]
        return self._titled(_asked_named(text, u, names, len(speakers)), u)

    @cached_property
    def _speaker_titles(self) -> tuple[dict[str, set[str]], str]:
        """The speakers' titles → their holders, and those titles as one alternation: the same for every question
        (made once: at 1000x the seed the posts are ~6,000, walked per question they cost ~50 ms an answer)."""
        speakers = set(self.facts.speakers())
        held = held_titles(self.facts, lambda person, _: person in speakers)
        return held, titles_pattern(held)

    def _titled(self, text: str, u: Understanding) -> str:
        """``text`` with one speaker described by a title and the quoting ("the deputy general manager quoted in the
        piece") put as their name, when exactly one speaker holds a post of that title; else unchanged (several
        or none: "the president quoted" of two quoted presidents, "the chairman quoted" of none)."""
        held, titles = self._speaker_titles
        for pattern in (ZH_TITLED if u.lang == "zh" else EN_TITLED) if titles else ():
            m = re.search(pattern.replace("TITLES", titles), text)
            if m is not None and len(held[m["title"]]) == 1:
                return text[:m.start()] + normalize(self.facts.label(next(iter(held[m["title"]])), u.lang)) + text[m.end():]
        return text


def miscounted(text: str, lang: str, speakers: int) -> bool:
    """Whether ``text`` asks for the people quoted by a which-word with a count that is not ``speakers`` ("报道里引用了
    哪三个人的话" of two quoted): no speaker answers it."""
    return any(m is not None and not _fits(m, speakers) for m in (p.search(text) for p in (ZH_ASKED if lang == "zh" else EN_ASKED)))


def _asked_named(text: str, u: Understanding, names: str, speakers: int) -> str:
    """``text`` with the people quoted asked by a which-word (ZH_ASKED, EN_ASKED) put as ``names`` ("杨跃权和董建军",
    "Yang Yuequan and Dong Jianjun") when a later clause asks more of them (ASKED_MORE), else, with
    the ask closing the question, as the asking the quotations' reading takes (ASKED_ALONE); unchanged when the count
    asked is not ``speakers``."""
    zh = u.lang == "zh"
    for pattern in ZH_ASKED if zh else EN_ASKED:
        m = pattern.search(text)
        if m is None or not _fits(m, speakers):
            continue
        if ASKED_MORE.search(text[m.end():]):
            return text[:m.start()] + names + text[m.end():]
        return text[:m.start()] + ASKED_ALONE[u.lang] + text[m.end():] if CLOSING.fullmatch(text, m.end()) else text
    return text


def _fits(m: re.Match, speakers: int) -> bool:
    """Whether a description matched stands for all of ``speakers``: the count it says, if any, is theirs ("那位", one
    pointed at, is no count of two), and a verb of speaking only is said of the source's people."""
    found = m.groupdict()
    if found.get("verb") in SPOKE and not found.get("src"):
        return False
    if "n" not in found:  # a statement: its numbers summed
        numbers = [EN_NUMBERS[w] for w in EN_NUMBER_WORD.findall(m.group())]
        return not numbers or sum(numbers) == speakers
    word = found.get("n")
    if word is None:
        return not found.get("one")
    count = {"几": speakers, "both": 2}.get(word) or ZH_COUNTS.get(word) or EN_NUMBERS.get(word)
    return count == speakers
