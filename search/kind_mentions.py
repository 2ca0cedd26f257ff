"""A kind of project named by one word of its name, or its name's two words turned round, with a word for a kind:
"the innovation category", "R&D side", 研发类, 培养人才那一类, 基地那几个, 研發類.

Contract: ``kind_mentions(kinds)`` takes each kind of project (class IRI → its zh/en labels and aliases) and gives
(mention, class) pairs, every mention a word of exactly one kind's names followed by a word for a kind (类, 那一类,
那几个; category, side, kind, type). The words are read off the names: a Chinese name without its tail (类项目, 项目,
课题) is its stem (研发, 人才培养), a four-character stem is also said by its halves (人才, 培养) and turned round
(培养人才); an English name without "project" gives its words. A word found in two kinds' names ("training": talent
training, training base) names neither, and a word of no kind's name ("aerospace category", 航天类) is no mention:
it stays unheld, so the answer about it stays empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from graph.han import HAN as CJK
from search.text import normalize
from search.wording import LATIN_HYPHEN

# 类 right after the word ("研发类"), or a pointer at the kind's members ("基地那几个", "培养人才那一类")
ZH_MARKERS = ("类", "那一类", "这一类", "那类", "这类", "那几个", "这几个", "那些")
EN_MARKERS = ("category", "side", "kind", "type", "style", "class", "track", "sort")
ZH_TAIL = re.compile(r"类?(?:项目|课题)$|类$")
EN_TAIL = re.compile(r"\s+projects?$")
# words of a kind's English name that name nothing by themselves
EN_NAME_GLUE = frozenset({"and", "of", "the", "joint"})


def _zh_words(name: str) -> set[str]:
    """The stem of a Chinese kind name, its halves and the halves turned round when it has four characters."""
    stem = ZH_TAIL.sub("", name)
    if len(stem) < 2 or not CJK.fullmatch(stem[0]):
        return set()
    if len(stem) != 4:
        return {stem}
    return {stem, stem[:2], stem[2:], stem[2:] + stem[:2]}


def _en_words(name: str) -> set[str]:
    """The words of an English kind name without its "project"."""
    if CJK.search(name) or not EN_TAIL.search(name):
        return set()
    return {w for w in LATIN_HYPHEN.sub(" ", EN_TAIL.sub("", name)).split() if w not in EN_NAME_GLUE}


def kind_mentions(kinds: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """(mention, class IRI): a word of one kind's names only, with a word for a kind after it."""
    owners: dict[tuple[str, str], set[str]] = {}
    for iri, names in kinds.items():
        for name in map(normalize, names):
            owners.update({(w, "zh"): owners.get((w, "zh"), set()) | {iri} for w in _zh_words(name)})
            owners.update({(w, "en"): owners.get((w, "en"), set()) | {iri} for w in _en_words(name)})
    found = []
    for (word, lang), iris in sorted(owners.items()):
        if len(iris) != 1:
            continue
        markers = [word + m for m in ZH_MARKERS] if lang == "zh" else [f"{word} {m}" for m in EN_MARKERS]
        found += [(mention, next(iter(iris))) for mention in markers]
    return found
