"""Others of the kind an earlier clause names one of: "DUT has R&D deals in the tech-innovation category; which
other universities also got one?", "科技创新类协议里先不看大工，别的大学还有哪些？".

The asking clause asks for OTHER instances of a class ("other universities", "别的大学", "其他高校") and names no
organisation of its own, while an earlier clause names one of that class: that one is what the others are other
than, so it is left out as an except clause would leave it ("besides DUT, which universities …"). A named one in
the asking clause itself is a constraint, not left out ("which other universities does DUT work with" asks for
DUT's partners)."""

from __future__ import annotations

import re

from search.qa_anaphora import POINTING_BACK
from search.qa_breaks import CLAUSE_MARKS, DASH, EN_FULL_STOP
from search.qa_graph import ORGANIZATION
from search.understand import Understanding
from search.understand_words import ZH_OTHER_WORDS
from search.wording import EN_THING_PRONOUNS

# A clause pointing back at something an earlier one gives: a pointer before a kind, a pronoun, "the same".
POINTING = re.compile(rf"{POINTING_BACK.pattern}|\b(?:same|{EN_THING_PRONOUNS})\b|同一|它")
# An other-word right before the class word asked for ("other", "另外的", "别的"; 还 alone says "also", no other).
# Where a clause ends: its mark, a colon or a dash besides (search.qa_breaks.CLAUSE_END's and "skip DUT: which …").
CLAUSE_END = re.compile(rf"[{CLAUSE_MARKS}]\s*|{EN_FULL_STOP}|{DASH}")
OTHER_BEFORE = re.compile(rf"(?:\b(?:other|another)|{'|'.join(ZH_OTHER_WORDS)})(?:的)?\s*$")
# An also-word after the class word asked, in its clause: the others doing what the earlier clause says the named one does.
ALSO_AFTER = re.compile(r"\b(?:also|too|as well)\b|也|同样")
# ... asked by a which-word before the class word ("我们学校是不是也在名单上" asks a verdict on one, no others).
WHICH = re.compile(r"哪|\b(?:which|what)\b")


def others_of_asked(u: Understanding, ancestors: dict[str, frozenset[str]] | dict) -> tuple[str, ...]:
    """The organisations an earlier clause names that are of the class the last clause asks other instances of;
    empty when the question asks for no others of a class, or its asking clause names an organisation itself.
    ``ancestors``: class → its broader classes."""
    if not u.answer_word or not u.answer_classes:
        return ()
    start = _asking_clause(u.blanked, u.answer_word)
    if start is None:
        return ()
    head, rest = u.question[:start], u.question[start:]
    orgs = [m for m in u.mentions if ORGANIZATION in m.doc.types]
    # a clause pointing back ("that same university") is a chain's (search.qa_chain), not others of the named one
    if any(m.text in rest for m in orgs) or POINTING.search(rest):
        return ()
    return tuple(dict.fromkeys(m.doc.iri for m in orgs if m.text in head and _of(m.doc.types, u.answer_classes, ancestors)))


def _asking_clause(blanked: str, word: str) -> int | None:
    """Where the clause asking for other instances of ``word`` begins (after the last clause end before it);
    None when no other-word stands right before ``word``, nor an also-word after it in its clause ("DUT has R&D
    deals; which universities also have one?", "…，还有哪些大学也有？") when a which-word asks for them, or nothing
    comes before its clause."""
    for m in re.finditer(re.escape(word), blanked):
        end = CLAUSE_END.search(blanked, m.end())
        start = max((e.end() for e in CLAUSE_END.finditer(blanked, 0, m.start())), default=0)
        also = ALSO_AFTER.search(blanked, m.end(), end.start() if end else len(blanked)) and WHICH.search(blanked, start, m.end())
        if OTHER_BEFORE.search(blanked, 0, m.start()) or also:
            return start or None
    return None


def _of(types, classes: frozenset[str], ancestors) -> bool:
    """Whether an entity of ``types`` is of one of ``classes`` (its own or a broader class)."""
    return any(t in classes or classes & set(ancestors.get(t, ())) for t in types)
