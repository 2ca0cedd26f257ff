"""English names shortened to the pinyin of an organisation's own name: "Bifei" (碧菲) for Bifei
Separation Membrane (Dalian) Co., Ltd., "Dalian Heye" for Dalian Heye Intelligent Equipment Co., Ltd.

The question answerer's lexicon knows an organisation by these besides its curated names. A word
qualifies when it opens one of the organisation's English names, spells in toneless pinyin a run
of its Chinese name (its own proper name: no English word, and no city's name it does not hold)
and no other entity's name uses it; a word followed by a place word ("Jinzhou District") names a
place, not the organisation.
"""

from __future__ import annotations

import itertools
import re

from search.documents import CJ, Catalogue
from search.pinyin import units
from search.shortforms import initials
from search.text import LATIN_WORD, normalize
from graph.han import HAN as CJK

# A pinyin word naming an organisation alone ("Bifei") has two syllables at least: shorter ones read like English.
PINYIN_HEAD_LETTERS = 4
# The words after a place's name in an English name ("Jinzhou District", "Dalian City").
PLACE_WORDS = frozenset({"district", "city", "county", "province", "new", "area", "zone", "town"})
# A place written without its place words ("jinpu") keeps this many letters at least.
MIN_BARE_PLACE = 4


def unsuffixed(name: str) -> str:
    """A normalised English place name without its trailing place words ("jinpu new area" → "jinpu");
    a Chinese name, or one of place words only, as it is."""
    words = name.split()
    while len(words) > 1 and words[-1] in PLACE_WORDS:
        words.pop()
    return " ".join(words) if not CJK.search(name) else name


def pinyin_names(catalogue: Catalogue) -> dict[str, int]:
    """Each pinyin head and each English name cut after it ("dalian heye"), normalised, with the index
    of its organisation in ``catalogue.docs``."""
    found: dict[str, int] = {}
    for word, i in _heads(catalogue).items():
        for name in map(normalize, catalogue.docs[i].name_values):
            if re.search(rf"(?<![a-z]){word}(?![a-z])", name):
                found.setdefault(name[: name.index(word) + len(word)], i)
        found.setdefault(word, i)
    return found


def _heads(catalogue: Catalogue) -> dict[str, int]:
    """"Bifei", "Heye": the first word of an organisation's English name, when it spells in pinyin a
    part of the organisation's Chinese name (碧菲, 河野: its own proper name, no English word and no
    other city's) and no other entity's name uses it: it names that organisation alone."""
    heads: dict[str, set[int]] = {}
    owners: dict[str, set[int]] = {}
    placed: set[str] = set()
    for i, doc in enumerate(catalogue.docs):
        for name in (n for n in doc.name_values if not CJK.search(n)):
            words = LATIN_WORD.findall(normalize(name))
            for word in words:
                owners.setdefault(word, set()).add(i)
            if words and f"{CJ}Organization" in doc.types:
                heads.setdefault(words[0], set()).add(i)
            # "Jinzhou District No.1 Kindergarten": a place's name inside an organisation's is no name of it
            placed.update(w for w, after in itertools.pairwise(words) if after in PLACE_WORDS)
    return {w: i for w, ids in heads.items() for i in ids if len(owners[w]) == 1 and w not in placed
            and len(w) >= PINYIN_HEAD_LETTERS and w in _pinyin_parts(catalogue.docs[i].label)}


def _pinyin_parts(label: str) -> set[str]:
    """Every run of two syllables or more of a Chinese name, spelled in toneless pinyin (碧菲 → bifei)."""
    syllables = [syllable for _, syllable in units(label)]
    return {"".join(syllables[a:b]) for a in range(len(syllables)) for b in range(a + 2, len(syllables) + 1)}


def initial_names(catalogue: Catalogue) -> dict[str, int]:
    """"dvtc": the initials of an organisation's English name (search.shortforms.initials), with the index
    of the organisation in ``catalogue.docs``, when no other entity's name has them and they are no word
    of any name (an initialism spelling a word would be read into ordinary questions)."""
    found: dict[str, set[int]] = {}
    words: set[str] = set()
    for i, doc in enumerate(catalogue.docs):
        for name in (n for n in doc.name_values if not CJK.search(n)):
            words.update(LATIN_WORD.findall(normalize(name)))
            if f"{CJ}Organization" in doc.types and initials(name):
                found.setdefault(initials(name), set()).add(i)
    return {form: ids.pop() for form, ids in found.items() if len(ids) == 1 and form not in words}
