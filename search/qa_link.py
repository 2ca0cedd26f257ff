"""Linking a leftover phrase of a question to an entity: short forms, pinyin and typos of names
("大交大", "大连理工大雪", "Dalian Jiatong Univeristy", "dalian ligong") that the exact lexicon
does not know.

A phrase that is a whole name of a linkable entity as search's name matcher reads it (as
typed, in pinyin or initials, a short form, or with one typo: SearchEngine.match_names, the
same matcher as search and autocomplete) links to the best such entity. Otherwise it links
to the top lexical-search hit among organisations, people and cooperations
when that hit scores at least ``min_score`` and at least ``min_ratio`` times the runner-up;
both thresholds are fitted by bench/calibrate_qa_link.py on phrases the tests do not use.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from search.engine import SearchEngine
from search.qa_memo import once
from search.qa_spell import sounds_alike
from graph.han import HAN
from search.names import EXACT_SHORT, TYPO, NameMatch
from search.documents import CJ, EntityDoc

# Linkable kinds: topics (industries) are resolved by the topic stage, not here.
LINKABLE = ("Organization", "Cooperation", "Person")
# Fewest letters a Latin word typed as initials alone must have to name an entity in a question: two
# letters are the initials of hundreds of Chinese names ("jd" is 交大 and 京东 alike), so in a question
# they are an unknown name or an English word, while search and autocomplete still offer such matches.
MIN_INITIALS = 3


def candidates(engine: SearchEngine, phrase: str, k: int = 2) -> list[tuple[str, float, str]]:
    """The top lexical hits for a phrase among linkable kinds: (zh label, score, en label), best first."""
    found = [r for kind in LINKABLE for r in engine.ranked(phrase, k, type=f"{CJ}{kind}", mode="lexical")]
    found.sort(key=lambda r: -r.score)
    return [(r.label, r.score, r.label_en or r.label) for r in found[:k]]


def named(engine: SearchEngine, phrase: str) -> tuple[str, str] | None:
    """(zh label, en label) of the linkable entity whose whole name ``phrase`` is, as search
    matches names, best first; None when it is no such name."""
    found = named_match(engine, phrase)
    return None if found is None else (found[0].label, found[0].names.en or found[0].label)


@once  # the rewrites, the scope and the slips ask for the same phrases: once an answer (search.qa_memo)
def named_match(engine: SearchEngine, phrase: str) -> tuple[EntityDoc, NameMatch] | None:
    """The linkable entity whose whole name ``phrase`` is (named), with the match: which of its names it is."""
    kinds = {f"{CJ}{kind}" for kind in LINKABLE}
    # a typo counts when it is one of a whole name (大雪 is not 大连理工大学) and no other
    # name is as near (大连交大学: 大连大学 and 大连交通大学 are each one edit away)
    found = [(d, m) for d, m in engine.match_names(phrase) if d.types & kinds and (m.tier != TYPO or m.typed == m.text)
             and not _mixed_pinyin(phrase, m) and not _bare_initials(phrase, m)]
    if not found or (found[0][1].tier == TYPO and len(found) > 1
                     and found[1][1].rank_key()[:2] == found[0][1].rank_key()[:2]):
        return None
    return found[0]


def slip_of(engine: SearchEngine, phrase: str, max_share: float) -> tuple[EntityDoc, NameMatch] | None:
    """The entity whose whole name a Chinese ``phrase`` is, typed with input-method slips: a typo match (named_match)
    that reads as the name does (qa_spell.sounds_alike: 锂公 for 锂工, not 海洋 for 海事) and differs from it in at
    most ``max_share`` of its characters (OSA distance over length; QAConfig.slip_max_share, fitted by
    bench/calibrate_qa_slips.py); None otherwise."""
    found = named_match(engine, phrase)
    if found is None or found[1].tier != TYPO or not sounds_alike(phrase, found[1].text):
        return None
    return found if OSA.distance(phrase, found[1].text) <= max_share * len(found[1].text) else None


def _mixed_pinyin(phrase: str, match: NameMatch) -> bool:
    """Whether a Latin word matched a name's pinyin partly by syllables and partly by initials ("sany": san,
    y(ou) of 三友): one word written so is an English word or another name ("Sany" is no 三友), while a
    name typed in pinyin is spelled out (sanyou) or by its initials (dllg), or word by word ("dl ligong")."""
    return match.via == "pinyin" and not HAN.search(phrase) and " " not in phrase.strip() and 0 < match.initials < len(phrase.strip())


def _bare_initials(phrase: str, match: NameMatch) -> bool:
    """Whether one Latin word of fewer than ``MIN_INITIALS`` letters matched a name by initials alone."""
    word = phrase.strip()
    return match.via == "pinyin" and not HAN.search(word) and " " not in word and match.initials == len(word) < MIN_INITIALS


def short_named(engine: SearchEngine, phrase: str, linkable: tuple[str, ...] = LINKABLE) -> str | None:
    """The zh label of the one linkable entity (of the ``linkable`` kinds) ``phrase`` is a whole short
    form of ("职院", "大交大"), as search derives short forms; None when it is none, or one of several entities'."""
    if not engine.may_name_short(phrase):  # most phrases are no short form: a set test, not a name lookup
        return None
    kinds = {f"{CJ}{kind}" for kind in linkable}
    found = [(d, m) for d, m in engine.match_names(phrase) if d.types & kinds and m.tier == EXACT_SHORT]
    return found[0][0].label if len({d.iri for d, _ in found}) == 1 else None


def link(engine: SearchEngine, phrase: str, min_score: float, min_ratio: float, lang: str = "zh") -> str | None:
    """The label (zh, or en for ``lang="en"``) of the entity a phrase names, or None when no hit is
    clear enough."""
    name = named(engine, phrase)
    if name is not None:
        return name[0] if lang == "zh" else name[1]
    found = candidates(engine, phrase)
    if not found or found[0][1] < min_score:
        return None
    if len(found) > 1 and found[0][1] < min_ratio * found[1][1]:
        return None
    return found[0][0] if lang == "zh" else found[0][2]
