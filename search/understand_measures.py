"""The measure word of a Chinese which-word and the class it fits: 哪所 asks for a school, 哪家 for an organisation,
哪位 for a person. "想挑一所高校上门拜访,签约项目里出现次数最多的是哪所" asks for a school (the 高校 named before), not
for the 签约项目 it counts in, though a which-word after "…里" otherwise picks from the class before it. A measure word
that fits any class (个, 项, 类) narrows nothing, nor does a which-word a class word follows ("哪家企业"). When no class
word of the question fits (the frame that named the 高校 was told apart: "签约项目里出现次数最多的是哪所"), the measure word
asks for its own class: 哪所 a school (学校), 哪家 an organisation (单位), 哪位 a person (人).

Contract: ``asked_root(text, lexicon)`` gives the root class the which-word's measure word fits when no class word
follows it, else None; ``fits(word, root, lexicon)`` whether the class word ``word`` names a class under ``root``;
``own_word(root)`` the class word of that root a measure word asks for by itself; ``root_at(text, start)`` the root
of a which-word's measure word at ``start``.
"""

from __future__ import annotations

import re

from search.documents import CJ
from search.qa_graph import ORGANIZATION, PERSON, POSITION, within
from search.understand_lexicon import Lexicon

# The measure word → the root class of what it counts and the ontology's word for it (one table: a measure word
# missing here fits every class).
MEASURES = {"所": (f"{CJ}EducationalInstitution", "学校"), "家": (ORGANIZATION, "单位"), "位": (PERSON, "人")}
MEASURE_ROOTS = {m: root for m, (root, _) in MEASURES.items()}
# Classes a measure word counts besides its root: 位 counts the holder of a post ("哪位校长" asks for the 校长).
ALSO_FITS = {PERSON: (POSITION,)}
# A which-word with its measure word ("哪所", "哪一所", "哪两家"), the measure word captured.
WHICH_MEASURED = re.compile(rf"哪[一两二三四五几]?([{''.join(MEASURE_ROOTS)}])")


def asked_root(text: str, lexicon: Lexicon) -> str | None:
    """The root class the first which-word's measure word asks for, when no class word fitting it follows the
    which-word ("哪所合作的企业最多" asks for a school: 企业 is what it partners with)."""
    for m in WHICH_MEASURED.finditer(text):
        root = MEASURE_ROOTS[m.group(1)]
        if not fits(lexicon.class_word_at(text, m.end()) or "", root, lexicon):
            return root
    return None


def root_at(text: str, start: int) -> str | None:
    """The root class of the measure word of a which-word opening at ``start``, or None (no measure word of the table)."""
    m = WHICH_MEASURED.match(text, start)
    return MEASURE_ROOTS[m.group(1)] if m else None


def fits(word: str, root: str | None, lexicon: Lexicon) -> bool:
    """Whether the class word ``word`` names a class under ``root`` (None: any class fits)."""
    classes = frozenset(lexicon.class_words.get(word, ()))
    return root is None or any(within(classes, r, lexicon.catalogue.ancestors) for r in (root, *ALSO_FITS.get(root, ())))


def own_word(root: str) -> str:
    """The class word a measure word of ``root`` asks for by itself (哪所 → 学校)."""
    return next(word for r, word in MEASURES.values() if r == root)
