"""The asker's words told beside what is asked, read off the normalised question after the frame (search.qa_frame):
whole sentences in the first person beside the asking one, ``without_background`` ("I think X works on aerospace. Which
project is that?" keeps X only when asked to), and a preamble before a colon, ``without_preamble`` ("Reporter here:
…"), both by ``told_apart``; and whether a question points back at a name after it (``pointed_back``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from search.qa_breaks import SENTENCE_MARKS
from search.qa_frame import EN_THING_POINTER, described_back
from search.qa_frame_cues import EN_FIRST_PERSON, EN_KIND_POINTER, ZH_FIRST_PERSON, ZH_KIND_POINTER
from search.qa_frame_roles import ASKING_WORDS
from search.wording import ASKS, EN_PERSON_PRONOUNS, RESTATING, TAG_ALONE, ZH_PERSON_PRONOUNS

# A sentence telling the asker's own situation ("A parent asked me.", "Our company makes engines too.") beside a
# sentence asking: background, not the question. It is left out unless the question points back with a
# pronoun ("… What does it run?", "… What's their number?"), whose antecedent the background may hold.
SENTENCE = re.compile(rf"(?:[^{SENTENCE_MARKS}.]|\.(?=\S))+[{SENTENCE_MARKS}.]*")
FIRST_PERSON = re.compile(rf"\b(?:{EN_FIRST_PERSON})\b|{ZH_FIRST_PERSON}")
# A pronoun of one person ("his", "she", 他), which a person's name before it is the antecedent of.
PERSON_POINTER = re.compile(rf"\b(?:{EN_PERSON_PRONOUNS})\b|[{ZH_PERSON_PRONOUNS}](?!们)", re.IGNORECASE)
POINTS_BACK = re.compile(rf"\b(?:{EN_THING_POINTER}|they|them|their|he|him|she|her)\b|[{ZH_PERSON_PRONOUNS}它]")


def pointed_back(question: str, name: str, people: Iterable[str] = ()) -> bool:
    """Whether ``question`` points back at ``name`` after it: a pronoun or a definite kind ("the company", "这家企业"). A
    pronoun of a person ("his college", 他) with one of ``people`` (the linked persons' names, as written) before it
    points at that person ("'Yang Yuequan, shuji + xiaozhang'. His college …": Yang Yuequan's, no word of the notes)."""
    at = question.lower().find(name.lower())
    rest = question[at + len(name):] if at >= 0 else ""
    lowered = question.lower()
    named = [lowered.find(p.lower()) for p in people if p and p.lower() in lowered]
    after_person = lambda m: any(0 <= n < at + len(name) + m.start() for n in named)  # noqa: E731
    rest = PERSON_POINTER.sub(lambda m: " " * len(m.group()) if after_person(m) else m.group(), rest)
    return any(p.search(rest) for p in (POINTS_BACK, EN_KIND_POINTER, ZH_KIND_POINTER))


def without_background(text: str) -> str:
    """``text`` without its declarative sentences in the first person, when another sentence asks (ends with a
    question mark) and points back to nothing (a confirmation tag alone, "I heard X. True?", points back to X), nor
    to a noun of theirs (``described_back``)."""
    sentences = SENTENCE.findall(text)
    asking = [s for s in sentences if s.rstrip().endswith(("?", "？"))]
    if not asking or len(asking) == len(sentences) or any(POINTS_BACK.search(s) or TAG_ALONE.match(s) for s in asking):
        return text
    # (a statement whose noun an asking sentence points at describes what is asked: "My class is heading to the
    # compressor innovation centre. Which university runs that centre?")
    kept = [s for s in sentences if s in asking or not FIRST_PERSON.search(s) or described_back([s], "".join(asking))]
    return "".join(kept).strip()


# A preamble before a colon that introduces the asker or names the act of asking ("Reporter here:",
# "Fact-checking my draft:", "Journalist question:", "我是记者:", "帮忙核实一下:"): who asks and why, not what is
# asked. It is left out when it asks nothing itself and the question after it does not point back to the asker
# ("HR at a transformer maker here: … what is our group called?" keeps it: "our group" may be resolved by it).
# (a spaced dash is no such mark: "DUT signs six projects here — but who heads it?" states what is asked about)
PREAMBLE = re.compile(r"^\s*(?P<pre>[^:?]{2,60}?)\s*:\s*(?P<rest>\S.*)$", re.DOTALL)
ASKER = re.compile(FIRST_PERSON.pattern + rf"|\bhere$|\b(?:{ASKING_WORDS})s?$|^fact[- ]?check"
                   r"|(?:提问|求问|请教|求助|发问|核实|核对|求证|确认|查证)(?:一下|下)?$")


def without_preamble(text: str, named: Callable[[str], bool] = lambda clause: False) -> str:
    """``text`` without a leading preamble that introduces the asker (``ASKER``), asks nothing and is not pointed back to;
    kept when it names what the graph holds (``named``: a name or a place of the graph's, as the frame's ``linked``) and
    the rest names nothing: what the question is about is in it ("表弟在纠结报大连职院还是大连交大,我就想比比:签约项目里谁
    的身影多一点?" compares the two; "DUT alumnus here: … does DUT show up?" names it again)."""
    m = PREAMBLE.match(text)
    if m is None or not ASKER.search(m["pre"]) or ASKS.search(m["pre"]) or FIRST_PERSON.search(m["rest"]):
        return text
    return text if named(m["pre"]) and not named(m["rest"]) else m["rest"]


def told_apart(text: str, background: bool = False, named: Callable[[str], bool] = lambda clause: False) -> str:
    """The normalised question ``text`` without a restatement's marks, its preamble introducing the asker and, unless
    ``background``, its first-person statements beside the asking sentence (``without_preamble``, ``without_background``;
    ``named``: whether a clause names what the graph holds)."""
    text = without_preamble(RESTATING.sub("", text), named)
    return text if background else without_background(text)
