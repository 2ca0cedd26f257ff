"""A person, or a post's title held at one organisation, standing for the organisation of the post.

"杨跃权所在的学院参与了哪些项目", "董建军所在公司和哪所大学合作", "副总经理所在的企业还和哪所高职院校合作", "the
deputy general manager's company": the question names a post holder where it means their organisation.
``PostHolders.through_post(u)`` gives the question with the holder read as that organisation (a mention of
it, its class word and the holder's title blanked), or ``u`` itself when the question asks for the
organisation ("杨跃权在哪个单位任职") or names it already ("杨跃权在大连职业技术学院担任什么").
"""

from __future__ import annotations

import re
from dataclasses import replace

from search.qa_facts import TITLE
from search.qa_graph import ORGANIZATION, PERSON
from search.qa_outcome import OperatorBase
from search.understand import Mention, Understanding
from search.understand_lexicon import class_word_spans
from search.wording import zh_pointing
from search.text import blank_match

# The class words of a post's organisation ("杨跃权的学校", "dong jianjun's company"; search.qa_post_words too).
ORGANISATION_WORDS_ZH = "学校|学院|大学|公司|企业|单位"
ORGANISATION_WORDS_EN = "company|school|college|university|employer|firm|organi[sz]ation"
# The words of a post's organisation both readings share.
_POST_WORDS = rf"所在|任职|供职|就职|所属|担任|主政|执掌|掌舵|掌管|(?:{zh_pointing('个家所', formal=False, one=False, bare=False)}|的)(?={ORGANISATION_WORDS_ZH})|\bwhose\b"
# "杨跃权所在的学院", "杨跃权的学校", "由杨跃权主政的学院", "the college whose president is X": a person standing for the organisation of a post.
# "杨跃权那个学校": a demonstrative before the organisation's class word points back to the person.
# ("the college yang yuequan runs", "dong jianjun's company": the organisation a person heads or works at)
# "杨跃权学校", "杨跃权他们学校": the class word right after the person's (blanked) name, or after 他们 pointing back to it
POST_OF = re.compile(rf"{_POST_WORDS}|(?<=\s)(?:他们|她们)?(?=学校|学院|公司|单位)"
                     r"|\b(?:led|headed|run) by\b|\bwhere\b.{0,40}\bworks?\b|\b(?:runs|leads|heads|manages|works (?:at|for))\b"
                     rf"|['’]s? (?=(?:{ORGANISATION_WORDS_EN})\b)")
# The same words as they are taken out of the topic (wider in English: "where", "works" alone).
POST_OF_WORDS = re.compile(rf"{_POST_WORDS}|他们|她们"
                           r"|\b(?:led|headed|run)(?: by)?\b|\bwhere\b|\bworks?\b|\b(?:runs|leads|heads|manages)\b")


class PostHolders(OperatorBase):
    """Post holders read as the organisations of their posts."""

    def through_post(self, u: Understanding) -> Understanding:
        """The question with a person (or a post's title held at one organisation: "副总经理所在的企业", "the
        deputy general manager's company") read as the organisation of their post, where it names that
        organisation's class beside the class asked for ("杨跃权所在的学院参与了哪些项目", "董建军所在公司
        和哪所大学合作"); ``u`` itself otherwise ("杨跃权在哪个单位任职" asks for the organisation)."""
        held = self._post_held(u) if POST_OF.search(u.blanked) else None
        if held is None:
            return u
        text, orgs = held
        hop = [c for c in self._classes(u) if c != u.answer_classes and self._is(c, ORGANIZATION)]
        # "董建军所在公司在哪个项目里跟大连理工大学合作": another organisation named is a partner of the person's;
        # the person's own named ("杨跃权在大连职业技术学院担任什么") leaves nothing to stand for
        if not hop or not orgs or set(orgs) & set(self._orgs(u)):
            return u
        mentions = tuple(m for m in u.mentions if PERSON not in m.doc.types)
        mentions += tuple(Mention(self.facts.docs[o], text) for o in orgs)
        topic = " ".join(w for w in POST_OF_WORDS.sub(" ", TITLE.sub(" ", u.topic)).split() if len(w) > 1)
        blanked = TITLE.sub(blank_match, self._post_class_out(u))  # a title stands as a name does
        return replace(u, mentions=mentions, topic=topic, blanked=blanked, answer_classes=self._asked_left(u))

    def _asked_left(self, u: Understanding) -> frozenset[str]:
        """The classes asked, the answer word's own when the class word of the post's organisation is what narrowed it
        ("杨跃权所在学校的合作方", "杨跃权他们学校参与的…，另外两个合作方是谁": any partner of the school, not a school)."""
        own = frozenset(self.lexicon.class_words.get(u.answer_word, ()))
        post, asked_at = POST_OF.search(u.blanked), u.question.find(u.answer_word)
        if post is None or not own or own == u.answer_classes or asked_at < 0:
            return u.answer_classes
        # the class word nearest before the answer word narrows it ("那家公司的大学合作伙伴": universities), unless it is
        # the post's organisation's own
        before = [(at, w) for at, w in class_word_spans(u.blanked[:asked_at], self.lexicon) if w != u.answer_word]
        if not before:
            return u.answer_classes
        at, word = before[-1]
        return own if u.blanked[post.end():at].strip(" 的") == "" else frozenset(self.lexicon.class_words[word])

    def _post_held(self, u: Understanding) -> tuple[str, list[str]] | None:
        """(the words standing for the post holder, the organisations of their posts): of the one person
        named, else of the title the question uses when its holders are at one organisation; None otherwise."""
        people = [m for m in u.mentions if PERSON in m.doc.types]
        if len(people) > 1:
            return None
        if people:
            return people[0].text, sorted({org for p, _, org, _ in self.facts.positions
                                           if p == people[0].doc.iri and org in self.facts.docs})
        titles = [m.group() for m in TITLE.finditer(u.blanked)]
        orgs = {org for t in titles for _, _, org in self.facts.title_held(t) if org in self.facts.docs}
        return (titles[0], sorted(orgs)) if len(orgs) == 1 else None

    def _post_class_out(self, u: Understanding) -> str:
        """``u.blanked`` without the class word the person now stands for ("董建军所在*公司*合作的大学",
        "the *company* whose deputy general manager is X"): the organisation is named, its class asks
        for nothing more; the class asked for is kept."""
        post = POST_OF.search(u.blanked)
        if post is None:
            return u.blanked
        for at, word in class_word_spans(u.blanked, self.lexicon):
            after = u.blanked[post.end():at].strip(" 的") == ""
            before = u.blanked[at + len(word):post.start()].strip() == ""
            if (after or before) and frozenset(self.lexicon.class_words[word]) != u.answer_classes:
                return u.blanked[:at] + " " * len(word) + u.blanked[at + len(word):]
        return u.blanked
