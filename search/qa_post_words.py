"""A post named by another word than the graph's title for it: "principal" for 校长 (president), "企业高管" and "its
managers" for 副总经理, "party secretary" for 党委书记 (secretary of the party committee), "journalist" for 记者.

The graph names each post by one title in each language; an asker names it by the word of their own usage. A word of
POST_WORDS stands for the held titles of its role (a school's head, the party secretary, a company's executive, a
reporter). ``PostWords(facts).named(text, u)`` puts for each such word the one title of that role the graph holds (at
the organisations the question names, when it names any), in the question's language; a word whose role no post held
there fills, or several titles of that role fill, is left as written (no one is then its holder: "轻工职院的校长",
"the principal of Dalian University" stay empty, as a title nobody holds does: FactFinder.unheld_title). A word inside
a longer title the question writes ("general manager", "总经理") is that title's, never replaced.

A person pointed at by the held titles alone, no one named and no person asked ("the man who is both secretary of the
party committee and president", "a secretary of the party committee who is also a college president", "the deputy general
manager quoted in the piece works for …", "那位党委书记兼校长的学校"), is the one person holding every title said (at
the organisations named, when any): ``holder_named(text, u)`` puts their name there, for the hops read on about them
("his college", "works for a company": only so); a title nobody or several hold ("the vice-mayor quoted") is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from search.qa_facts import TITLE, FactFinder
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_match import latin_word
from search.qa_post_holder import ORGANISATION_WORDS_EN, ORGANISATION_WORDS_ZH, POST_OF
from search.text import normalize
from search.understand import Understanding
from search.wording import ZH_PERSON_PRONOUNS

# Each role: the words an asker names it by (both languages; "院长" heads a 学院 as 校长 does), the held titles (their
# Chinese labels) that fill it. One table: a role is read off the title, never off one question's wording.
POST_WORDS: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    (re.compile(r"\b(?:principals?|headmaster|headmistress|rector|head of (?:the )?(?:school|college))\b|院长"), re.compile(r"^校长$")),
    (re.compile(r"\bparty (?:secretary|chief|boss|head)\b|\bparty committee secretary\b|党书记|(?<!党委)书记"), re.compile(r"^党委书记$")),
    (re.compile(r"高管|高层(?!次)|老总|副总(?!经理)|\b(?:executives?|execs?|managers?|management|bosses)\b"),
     re.compile(r"经理|总裁|董事|总监|厂长")),
    (re.compile(r"\b(?:journalists?|correspondents?|staff writers?)\b|采访记者"), re.compile(r"^记者$")),
)

# A person pointed at before the titles they hold ("the", "a", "the man who is both", "a college head who is both",
# "那位", "一位既是"), and the words joining two titles of one person ("and", "who is also a college", 兼, 又是).
EN_HOLDER = r"\b(?:the|an?)\s+(?:(?:(?:college|school|company)\s+)?(?:man|woman|person|official|leader|head)\s+who\s+is\s+(?:both\s+)?(?:an?\s+|the\s+)?)?"
EN_JOINED = r"\s+(?:and|plus|who\s+is\s+also|who\s+also\s+is)\s+(?:an?\s+|the\s+)?(?:(?:college|school|university|company)\s+)?"
ZH_HOLDER, ZH_JOINED = r"(?:那位|这位|一位)(?:既是|既当|身兼)?", r"(?:兼任|兼|又是|又当|和|及|、)"
# A question asking for a person (their name): the titles are then what it asks by, never replaced.
PERSON_ASKED = re.compile(r"谁|哪位|叫什么|叫啥|名字|姓甚名谁|\b(?:who|whom|whose|name|called)\b")
# The holder's organisation pointed back at ("his college", "他们公司"), besides the words of qa_post_holder.POST_OF.
HIS_ORGANISATION = re.compile(rf"\b(?:his|her|their)\s+(?:{ORGANISATION_WORDS_EN})\b|[{ZH_PERSON_PRONOUNS}]们?的?(?:{ORGANISATION_WORDS_ZH})")


class PostWords:
    """Posts named by a word of the asker's, read with one graph's positions."""

    def __init__(self, facts: FactFinder):
        self.facts = facts

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with each role word of POST_WORDS put as the one title of its role held (the module)."""
        for words, titles in POST_WORDS:
            longer = [m.span() for m in TITLE.finditer(text)]  # (of the text as each role before put it)
            for m in reversed(list(words.finditer(text))):
                if any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in longer):
                    continue  # "general manager", "总经理": a title of its own
                title = self._one_title(titles, u)
                if title is not None:
                    text = text[:m.start()] + title + text[m.end():]
        return text

    def _one_title(self, titles: re.Pattern, u: Understanding) -> str | None:
        """The one title of the role held (at the organisations named, when any), in the question's language."""
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        held = {pos for _, pos, org, _ in self.facts.positions
                if (not orgs or org in orgs) and titles.search(self.facts.label(pos, "zh"))}
        return normalize(self.facts.label(held.pop(), u.lang)) if len(held) == 1 else None

    def holder_named(self, text: str, u: Understanding) -> str:
        """``text`` with a person pointed at by the titles they hold alone put as their name (the module)."""
        orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
        named = any(PERSON in m.doc.types for m in u.mentions)
        held = {} if named else held_titles(self.facts, lambda person, org: not orgs or org in orgs)
        titles = titles_pattern(held)
        if not titles:
            return text
        opener, joined = (ZH_HOLDER, ZH_JOINED) if u.lang == "zh" else (EN_HOLDER, EN_JOINED)
        for m in re.finditer(rf"{opener}(?:{titles})(?:{joined}(?:{titles}))*(?![a-z])", text):
            if not _pointed_alone(text, m, joined):
                continue
            said = [t for t in held if latin_word(t).search(m.group())]
            holders = set.intersection(*(held[t] for t in said)) if said else set()
            if len(holders) == 1:
                return text[:m.start()] + normalize(self.facts.label(holders.pop(), u.lang)) + text[m.end():]
        return text


def held_titles(facts: FactFinder, kept: Callable[[str, str], bool]) -> dict[str, set[str]]:
    """Each title held (as written, normalised, in both languages) → its holders, of the posts (person, organisation)
    ``kept`` keeps (search.qa_quoted_people: the speakers'; here: at the organisations named, if any)."""
    held: dict[str, set[str]] = {}
    for person, pos, org, _ in facts.positions:
        if kept(person, org):
            for lang in ("zh", "en"):
                held.setdefault(normalize(facts.label(pos, lang)), set()).add(person)
    return held


def titles_pattern(held: Iterable[str]) -> str:
    """The titles ``held`` as one regex alternation, longest first (a title inside a longer one is not read alone);
    empty when there are none."""
    return "|".join(re.escape(t) for t in sorted(held, key=len, reverse=True) if t)


def _pointed_alone(text: str, m: re.Match, joined: str) -> bool:
    """Whether the titles ``m`` matched point at their holder alone, the question going on about the holder's
    organisation ("works for a firm", "his college", "所在的企业"; their tenure or past asked, "在公司干了多少年", is
    held nowhere and stays a refusal): no person is asked besides (a "who" of the phrase,
    "the man who is both …", asks nothing), no title no one holds is joined to them ("党委书记兼总经理"), and no clause
    describes the one pointed at before them ("接受采访的那位副总经理": read with the titles by qa_descriptions)."""
    rest = text[:m.start()] + " " + text[m.end():]
    return bool(POST_OF.search(rest) or HIS_ORGANISATION.search(rest)) and not (
        PERSON_ASKED.search(rest) or re.match(rf"{joined}(?:{TITLE.pattern})", text[m.end():]) or text[:m.start()].rstrip().endswith("的"))
