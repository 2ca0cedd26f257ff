"""A post named by another word than the graph's title for it: "principal" for 校长 (president), "企业高管" and "its
managers" for 副总经理, "party secretary" for 党委书记 (secretary of the party committee), "journalist" for 记者.

The graph names each post by one title in each language; an asker names it by the word of their own usage. A word of
POST_WORDS stands for the held titles of its role (a school's head, the party secretary, a company's executive, a
reporter). ``PostWords(facts).named(text, u)`` puts for each such word the one title of that role the graph holds (at
the organisations the question names, when it names any), in the question's language; a word whose role no post held
there fills, or several titles of that role fill, is left as written (no one is then its holder: "轻工职院的校长",
"the principal of Dalian University" stay empty, as a title nobody holds does: FactFinder.unheld_title). A word inside
a longer title the question writes ("general manager", "总经理") is that title's, never replaced.
"""

from __future__ import annotations

import re

from search.qa_facts import TITLE, FactFinder
from search.qa_graph import ORGANIZATION
from search.text import normalize
from search.understand import Understanding

# Each role: the words an asker names it by (both languages; "院长" heads a 学院 as 校长 does), the held titles (their
# Chinese labels) that fill it. One table: a role is read off the title, never off one question's wording.
POST_WORDS: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    (re.compile(r"\b(?:principals?|headmaster|headmistress|rector|head of (?:the )?(?:school|college))\b|院长"), re.compile(r"^校长$")),
    (re.compile(r"\bparty (?:secretary|chief|boss|head)\b|\bparty committee secretary\b|党书记|(?<!党委)书记"), re.compile(r"^党委书记$")),
    (re.compile(r"高管|高层(?!次)|老总|副总(?!经理)|\b(?:executives?|execs?|managers?|management|bosses)\b"),
     re.compile(r"经理|总裁|董事|总监|厂长")),
    (re.compile(r"\b(?:journalists?|correspondents?|staff writers?)\b|采访记者"), re.compile(r"^记者$")),
)


class PostWords:
    """Posts named by a word of the asker's, read with one graph's positions."""

    def __init__(self, facts: FactFinder):
        self.facts = facts

    def named(self, text: str, u: Understanding) -> str:
        """``text`` with each role word of POST_WORDS put as the one title of its role held (the module)."""
        longer = [m.span() for m in TITLE.finditer(text)]
        for words, titles in POST_WORDS:
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
