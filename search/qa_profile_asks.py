"""What a profile request asks besides the profile: the words its lines answer are no further question.

A profile (search.qa_profile) answers with the entity's kind, its posts, its cooperations and partners,
figures, links, documents and date. A request for one may say what it wants of those lines ("在联合体签约里是
什么角色", "what sort of outfit is it and what did it sign on for", "做了什么，伙伴是谁", "a quick profile",
"its role here"): those words ask nothing the profile does not say. Any other content word ("的校长",
"成员数量", "哪所大学") asks for something else, and the question is not answered by the profile.

Contract: ``ProfileAsks(lexicon, places).beyond(rest)`` gives the content words of ``rest`` (the question
without its profile words and the entity's name, search.qa_form.LogicalForm.unprofiled) that no profile
line answers, in order; empty when the profile answers the whole request. Read from the ontology's
vocabulary: the class words of cooperations, of the consortium and of organisations in general
("伙伴", "partners"), the relation words (合作, signed), and the graph's place names; only the words of
the role asked and of the request's manner are this module's own (ROLE_WORDS, MANNER_WORDS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.han import HAN_RUN
from search.qa_graph import CONSORTIUM, COOPERATION, ORGANIZATION, within
from search.qa_scope import EN_FUNCTION
from search.text import LATIN_WORD, longest_first
from search.understand_lexicon import Lexicon, class_word_spans
from search.understand_words import RELATION_WORDS

# The part an entity plays ("角色", "its role here", "what did it do"): its cooperations and partners say it.
# Read before the class words: "role" is also the ontology's word for a post. ("杨跃权是什么身份" asks for the
# posts alone: 身份 is left a post's word.)
ROLE_WORDS = ("扮演", "角色", "作用", "定位", "分工", "职能", "干了些什么", "做了些什么", "干了什么", "做了什么", "干了啥",
              "做了啥", "干嘛", "干吗", "搭伙", "搭档", "伙伴", "合作方", "签了什么", "签了啥", "签了哪些",
              "roles?", "parts?", "played", "plays?", "function", "did", "doing", "does", "sign(?:ed)? on for",
              "signed up for", "up to", "involvement", "involved")
# What one has been doing, asked by any verb of doing ("做了点什么", "搞了些什么", "在忙什么", "what is it working on",
# "what's it busy with"): its cooperations say it, as ROLE_WORDS' do.
DOING = re.compile(r"(?:做|干|搞|忙)了?(?:点|些|一些)?(?:什么|哪些)(?:事情?|工作|项目)?"
                   r"|\b(?:work(?:s|ing|ed)?\s+on|busy\s+with|engaged\s+in|participat(?:e|es|ing|ed)\s+in)\b")
# How a profile is asked for ("a quick profile", "简单说说"): the manner of the request, no content.
MANNER_WORDS = ("quick", "brief", "briefly", "short", "little", "basic", "general", "rough", "some", "info", "information",
                "background", "me", "us", "we", "its", "here", "there", "so", "far", "inside", "within", "outfit", "thing", "entity",
                "know", "known", "learn", "find out",
                "大致", "大概", "简单", "基本", "这边", "那边", "这里", "里面", "当中", "之中", "这批", "这次", "此次", "本次")
# The characters of Chinese grammar a request's leftover holds ("在…里跟谁"): particles, prepositions, question words.
# (a measure word only after its demonstrative or numeral: 职位, 所长 are content words)
ZH_FUNCTION = re.compile(r"[哪这那其它][些个家位所项]?|[一几][个家位所项]|[的了呢吧啊呀吗么嘛在里中内跟和与同对向从把被给是为有都也又还就才谁啥]")


class ProfileAsks:
    """The words of a profile request that ask for more than the profile, read with one lexicon."""

    def __init__(self, lexicon: Lexicon, places: Iterable[str]):
        self.lexicon = lexicon
        ancestors = lexicon.catalogue.ancestors
        # the class words whose answers a profile lists: cooperations, the consortium it stands in, any party
        self.answered = frozenset(w for w, classes in lexicon.class_words.items()
                                  if any(c == ORGANIZATION or within({c}, COOPERATION, ancestors)
                                         or within({c}, CONSORTIUM, ancestors) for c in classes))
        zh = [w for w in (*ROLE_WORDS, *MANNER_WORDS, *RELATION_WORDS, *places) if HAN_RUN.search(w)]
        en = [w for w in (*ROLE_WORDS, *MANNER_WORDS, *RELATION_WORDS, *places) if not HAN_RUN.search(w)]
        self._zh = longest_first(zh)
        self._en = re.compile(r"\b(?:" + "|".join(sorted(en, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def beyond(self, rest: str) -> list[str]:
        """The content words of ``rest`` that no profile line answers (the module), in order."""
        # class words first, longest first ("联合体" before the relation word "联合"); a post's word the
        # ontology shares with a role ("role", "身份") is left to the role words
        for at, word in reversed(class_word_spans(rest, self.lexicon)):
            if word in self.answered:
                rest = rest[:at] + " " * len(word) + rest[at + len(word):]
        rest = self._en.sub(" ", DOING.sub(" ", rest))
        for word in self._zh:
            rest = rest.replace(word, " ")
        words = [w for w in HAN_RUN.findall(ZH_FUNCTION.sub(" ", rest)) if len(w) >= 2]
        words += [w for w in LATIN_WORD.findall(rest.lower()) if len(w) >= 3 and w not in EN_FUNCTION]
        return words
