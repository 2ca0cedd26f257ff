"""Two asks of one organisation within one sentence, the later with no subject of its own: "金州区第一幼儿园在哪个区、和哪所
学校合作？", "X在哪个区，跟哪家企业一起建乡村振兴产业学院？", "Where is X and which college does it work with?".

The earlier ask names one organisation and asks a place, a date or a number of it (search.qa_chain.asks_of_setting, and
so read: never a thing, which a later ask might be of: "X那几个项目，哪一个不属于人才培养类？跟哪家企业签的？"); the later one, after a comma, a 、 or "and" before a question
word, asks on its own (a question word) and names no organisation or person of its own — a Chinese one opens on its
predicate (search.qa_chain.ZERO_SUBJECT: "和哪所学校合作", "还参与了什么"), an English one points back by a pronoun ("does
it work with"). The name is put as its subject, the asks parted by a comma, so each is answered on its own
(search.qa_conjoined.conjoined); read whole, the question was answered on its first ask only.

Contract: ``shared_subject(text, u, lexicon)`` gives ``text`` so rewritten, or ``text`` unchanged when it is not so worded.
"""

from __future__ import annotations

import re

from search.qa_chain import ASKING, ONE_PRONOUN, ZERO_SUBJECT, asks_of_setting, named_in, names_own
from search.qa_conjoined import ASK_CUT
from search.qa_graph import ORGANIZATION
from search.qa_nameless_asks import ROUND_NUMBER
from search.understand import Understanding, understand
from search.understand_lexicon import Lexicon

# The intents of an earlier ask of a place, a date or a number (search.understand).
SETTING_ASKED = frozenset({"where", "when", "count"})
# Where two asks of one subject meet inside a sentence: the asks' own cuts (search.qa_conjoined.ASK_CUT), and a Chinese 、
# (two predicates listed: "在哪个区、和哪所学校合作").
CUT = re.compile(rf"{ASK_CUT.pattern}|、")


def shared_subject(text: str, u: Understanding, lexicon: Lexicon) -> str:
    """``text`` with the one organisation its earlier ask names put as the subject of a later ask that has none."""
    for m in reversed([m for m in CUT.finditer(text) if m.end() < len(text)]):
        head, rest = text[:m.start()], text[m.end():]
        named = {x.doc.iri: x.text for x in u.mentions if ORGANIZATION in x.doc.types and x.text in head}
        # ("签了好几个项目" says a round number: no ask)
        if len(named) != 1 or not asks_of_setting(ROUND_NUMBER.sub(" ", head)) or not ASKING.search(rest):
            continue
        if understand(head, lexicon).intent not in SETTING_ASKED:
            return text  # "X那几个项目，哪一个不属于…？跟哪家企业签的？": the later ask is of the one the earlier asks for
        if names_own(rest, u):
            return text  # the later ask names its own
        point = ZERO_SUBJECT.match(rest) if u.lang == "zh" else ONE_PRONOUN.search(rest)
        if point is None:
            continue
        return f"{head}{'，' if u.lang == 'zh' else ', and '}{named_in(rest, point, next(iter(named.values())))}"
    return text
