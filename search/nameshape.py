"""The distinctive part of a query shaped like an organisation's name.

"Tsinghua University", 清华大学 or 华为技术有限公司 name one organisation: the kind word at the
end (University, 大学, 有限公司) and a leading place (Dalian, 辽宁) say what sort of thing it is,
not which. When such a query names no entity of the graph, an entity is only relevant if its
own names hold the distinctive rest ("Tsinghua"): sharing "University" and a close embedding
is not enough (search.relevance). When nothing is left once place and kind are taken away
(辽宁大学, Beijing Institute of Technology), the whole query is what must be held.
"""

from __future__ import annotations

from functools import lru_cache

from search.lexical import LATIN_STOPWORDS
from search.shortforms import COUNTRY, INSTITUTIONS, LEGAL_SUFFIXES, Places
from search.text import LATIN_WORD, longest_first, normalize

# Endings of zh organisation names, besides the legal forms and institutions of search.shortforms.
ZH_KINDS = ("集团", "研究院", "研究所", "医院", "学校", "科技")
# Latin words that say what kind of organisation a name is, not which one.
EN_KINDS = frozenset(["university", "college", "institute", "institution", "academy", "school", "hospital", "company", "corporation", "corp", "group", "holding", "holdings", "limited", "ltd", "co", "inc", "llc", "plc", "technology", "technologies", "industry", "industries"])


@lru_cache(maxsize=1)
def zh_kinds() -> tuple[str, ...]:
    """zh kind endings, longest first (理工大学 before 大学)."""
    return tuple(longest_first({*LEGAL_SUFFIXES, *(e for e, _ in INSTITUTIONS), *ZH_KINDS}))


@lru_cache(maxsize=8)
def en_places(places: Places) -> frozenset[str]:
    """The places in pinyin ('dalian', 'liaoning'), and 'china'."""
    from pypinyin import lazy_pinyin

    return frozenset({"".join(lazy_pinyin(p)) for p in places.names} | {"china", "chinese"})


def distinctive(query: str, places: Places = COUNTRY) -> str | None:
    """The distinctive part of ``query`` when it reads as an organisation's name (ends in a
    kind word), else None; ``places`` are the places a name may start with.
    'Tsinghua University' → 'tsinghua'; 辽宁大学 → 辽宁大学."""
    norm = normalize(query)
    if norm.isascii():
        words = [w for w in LATIN_WORD.findall(norm) if w not in LATIN_STOPWORDS]
        if not words or words[-1] not in EN_KINDS:
            return None
        rest = [w for w in words if w not in EN_KINDS]
        return " ".join(words if all(w in en_places(places) for w in rest) else rest)
    if any(c.isascii() and c.isalnum() for c in norm):
        return None  # mixed forms (dl理工) are read as names by search.names, not here
    kind = next((k for k in zh_kinds() if norm.endswith(k) and len(norm) > len(k)), None)
    if kind is None:
        return None
    stem = norm[: -len(kind)]
    return norm if stem in places or len(stem) < 2 else stem
