"""The asker's party: a name the graph does not hold standing only as where the people who ask, or for whom the asker
asks, come from ("Our delegation from Hanoi runs dual-track schools.", "A Kenyan union delegate compares two slices of
the membership:", "替台灣來的參訪團整理資料:", "来自哈萨克斯坦的代表团下周参观，"). Its role decides, not its words: the name
stands beside a noun of people — before it ("Kenyan … delegate", 台湾来的参访团) or after it and "from", "in", "of"
("student from Busan", 来自X的代表团) — in a clause that asks nothing, beside one that asks. Such a name is neither an
argument of the relation asked nor a modifier of the thing asked about, so it refuses nothing: the question is read
without that clause (``Parties.asked``).

It still refuses when what is asked refers back to the party: the name said again ("帮越南来的考察团准备材料：越南有几家企业
参与了签约？"), its people named again ("… Which projects did the delegation sign?"), a pronoun of people ("they", 他们),
a pronoun of a thing or a place with nothing before it to point to ("… is here: how many members does its consortium
have?", 当地), the first person when the party's clause is in the first person ("I'm a teacher from Chiang Mai. Which firms does our
college partner with?": the college is theirs), or a definite or demonstrative noun of the party's clause ("Our
delegation from Hanoi runs a college. How many learners does the college train?"). A name shaped as an organisation
(a school's, a company's, a consortium's suffix) is never a party: "Shenzhen Polytechnic students", "the Hanoi
consortium", "深圳职业技术大学" may be what is asked; nor is a name in a clause that asks ("Which university did the
Kenyan delegation visit?", "How many students from Hanoi did the college train?").

Contract: ``party_clause(question, name)`` gives the clause (body and closing mark, as in ``question``, folded to
simplified script) where ``name`` stands as the asker's party, or None; ``asked_apart(question, names)`` gives
``question`` without the clauses of ``names``, when each is a party's and nothing asked refers back to it, else None.
Pure text: queries nothing.
"""

from __future__ import annotations

import re

from graph.han import HAN, HAN_CHARS, fold
from search.qa_frame import CLAUSE, clause_asks, described_back
from search.qa_frame_cues import EN_ANTECEDENT, EN_MINE, FIRST_PERSON, ZH_ANTECEDENT, ZH_MINE
from search.qa_spans import ZH_SUFFIXES
from search.scope_words import EN_SUFFIX_WORDS
from search.wording import ZH_PERSON_PRONOUNS

# Nouns of people, who ask or for whom one asks: a group or a role (an agent noun naming a person alone by its ending
# too: "journalist", "analyst", "librarian"; "-er" and "-or" name things and firms as often, "maker", "partner", "number").
# No organisation: "group", "union", "firm" may be what is asked.
EN_PEOPLE = (r"(?:delegations?|delegates?|students?|visitors?|guests?|teams?|staff|officials?|alumni|alumnus|peers?|"
             r"colleagues?|audiences?|class(?:es)?|cohorts?|tourists?|trainees?|friends?|relatives?|parents?|people|"
             r"teachers?|researchers?|reporters?|workers?|officers?|lecturers?|professors?|engineers?|recruiters?|"
             r"investors?|[a-z-]{3,}(?:ist|yst|ian)s?)")
# The endings of a Chinese noun of people: a visiting group (代表团, 参访团, 考察团; 集团 is a company), a fellow, a role.
ZH_PEOPLE = (r"(?:(?<!集)团|代表|老乡|同乡|同胞|学生|留学生|游客|客人|访客|来宾|嘉宾|朋友|同事|同学|网友|读者|观众|听众|专家|学者|"
             r"记者|老师|家长|师生|校友)")
# What may stand between a Chinese name and its noun of people: "来的", "过来的", "的", and a few characters of the noun.
ZH_BETWEEN = rf"(?:过?来的?|的)?[{HAN_CHARS}]{{0,4}}?"
# Suffixes shaping a span as an organisation's or a project's name (a place's, 市 区 省 "city" "park", may be a party's).
EN_PLACE_SUFFIXES = frozenset({"city", "district", "province", "park"})
EN_ORGANISATION_SUFFIXES = tuple(w for w in EN_SUFFIX_WORDS if w not in EN_PLACE_SUFFIXES)
ZH_PLACE_SUFFIXES = frozenset({"市", "区", "省", "县"})
ZH_ORGANISATION_SUFFIXES = tuple(s for s in ZH_SUFFIXES if s not in ZH_PLACE_SUFFIXES)
# Pronouns of people, which may point back at the party's people ("which firms did they sign with", 他们).
EN_PEOPLE_POINTER = re.compile(r"\b(?:they|them|their|theirs|he|him|his|she|her)\b", re.IGNORECASE)
ZH_PEOPLE_POINTER = re.compile(rf"[{ZH_PERSON_PRONOUNS}]们?|其")
# A definite noun of the rest ("the college"): it points back when the party's clause holds that noun.
# A pronoun of a thing or a place with nothing before it in the rest to point to ("A delegation from Suzhou Industrial
# Park is here: how many members does its consortium have?", 那边, 当地): it points at where the party comes from.
EN_PLACE_POINTER = re.compile(r"\b(?:it|its|there|that\s+(?:city|province|district|area|region|country|place))\b", re.IGNORECASE)
ZH_PLACE_POINTER = re.compile(r"它|那边|那里|那儿|当地|该地|该市|该省")
EN_DEFINITE = re.compile(r"\b(?:the|that|this|those|these)\s+(?P<noun>[a-z]{3,})\b", re.IGNORECASE)


def party_clause(question: str, name: str) -> str | None:
    """The clause of ``question`` (folded) where ``name`` stands as the asker's party (see the module), or None."""
    text, name = fold(question), fold(name)
    if _organisation(name):
        return None
    clauses = [m["body"] + m["end"] for m in CLAUSE.finditer(text) if m["body"].strip()]
    holding = [c for c in clauses if name.lower() in c.lower()]
    if len(holding) != 1 or clause_asks(holding[0]) or not any(clause_asks(c) for c in clauses if c is not holding[0]):
        return None
    return holding[0] if beside_people(holding[0], name) else None


def asked_apart(question: str, names: list[str]) -> str | None:
    """``question`` (folded) without the clauses where each of ``names`` stands as the asker's party, when every one
    does and nothing left refers back to it (see the module); else None."""
    text = fold(question)
    found = {name: party_clause(text, name) for name in names}
    if not found or any(clause is None for clause in found.values()):
        return None
    rest = text
    for clause in dict.fromkeys(c for c in found.values() if c):
        rest = rest.replace(clause, " ", 1)
    rest = re.sub(r"\s+", " ", rest).strip()
    if not rest or any(_referred(rest, clause, fold(name)) for name, clause in found.items() if clause):
        return None
    return rest[:1].upper() + rest[1:]


def _organisation(name: str) -> bool:
    """Whether ``name`` is shaped as an organisation's or a project's name by its suffix."""
    if HAN.search(name):
        return name.endswith(ZH_ORGANISATION_SUFFIXES)
    last = name.lower().split()[-1] if name.split() else ""
    return last.rstrip("s") in EN_ORGANISATION_SUFFIXES or last in EN_ORGANISATION_SUFFIXES


def beside_people(clause: str, name: str) -> bool:
    """Whether ``name`` stands in ``clause`` beside a noun of people: before it, or after it and a word of origin."""
    at = re.escape(name)
    if HAN.search(name):
        return bool(re.search(rf"{at}{ZH_BETWEEN}{ZH_PEOPLE}", clause))
    before = rf"(?i:{at})(?:['’]s?)?\s+(?:[a-z][a-z-]*\s+){{0,2}}?{EN_PEOPLE}\b"
    after = rf"\b{EN_PEOPLE}\s+(?:[a-z-]+\s+)?(?:from|in|of|based\s+in)\s+(?:the\s+)?(?i:{at})\b"
    return bool(re.search(before, clause) or re.search(after, clause, re.IGNORECASE))


def _referred(rest: str, clause: str, name: str) -> bool:
    """Whether ``rest``, what is asked, refers back to the party ``name`` of ``clause`` (see the module)."""
    zh = bool(HAN.search(rest))
    if name.lower() in rest.lower() or (ZH_PEOPLE_POINTER if zh else EN_PEOPLE_POINTER).search(rest):
        return True
    antecedent = ZH_ANTECEDENT if zh else EN_ANTECEDENT
    if any(not antecedent.search(rest[:m.start()]) for m in (ZH_PLACE_POINTER if zh else EN_PLACE_POINTER).finditer(rest)):
        return True  # a thing or a place pointed at with nothing asked before it
    people = re.findall(ZH_PEOPLE if zh else rf"\b{EN_PEOPLE}\b", clause, flags=0 if zh else re.IGNORECASE)
    if any(p.lower().rstrip("s") in rest.lower() for p in people):
        return True  # its people named again ("the delegation", 代表团)
    if FIRST_PERSON.search(clause) and (ZH_MINE if zh else EN_MINE).search(rest):
        return True  # the asker's own ("our college") when the asker is of the party
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", clause.lower())}
    return described_back([clause], rest) or any(m["noun"].lower().rstrip("s") in words for m in EN_DEFINITE.finditer(rest))
