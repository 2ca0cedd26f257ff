"""A superlative said as a comparison with every other: "more deals than any other school", "比其他大学都多", "比谁都多".

Contract: ``as_superlative(text)`` returns the normalised question with such a comparison written as the superlative it
means ("the most deals", "最多"), so that the ranking reads it as it reads "the most"; a comparison of two named things
("more than Dalian University") is left alone, as is anything else. Applied once, by search.wording.standard_wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from search.other_words import ZH_OTHER, ZH_REST

# "more X than any other (Y)", "more X than all the others", "more X than anyone else": the most X. (The English
# comparison keeps what is counted between "more" and "than"; the others compared with name no topic.)
_OTHERS_EN = r"(?:any\s+other|all\s+(?:the\s+)?others?|all\s+(?:the\s+)?other|the\s+others?|(?:all\s+)?the\s+rest|any(?:one|body)\s+else|every\s+other)"
# "far more", "way more", "much more": how much more says nothing of what is counted.
_INTENSIFIER = r"(?:(?:far|much|way|many|a\s+lot|lots|significantly|considerably|vastly)\s+)?"
# "比其他大学都多", "比别的学校都要多", "比谁都多", "比其余几家都少": the most (the fewest) of all.
_ALL_OTHERS_ZH = "|".join((*ZH_OTHER, ZH_REST))
_OTHERS_ZH = rf"比(?:{_ALL_OTHERS_ZH}|任何|所有)(?:任何|所有)?[^，,。？?！!]{{0,8}}?|比谁"


def _than_all_en(comparatives: str) -> re.Pattern[str]:
    """"COMPARATIVE X than any other (Y)" for the alternatives ``comparatives``, X kept as the group ``what``."""
    return re.compile(rf"\b{_INTENSIFIER}(?:{comparatives})\b(?P<what>(?:\s+(?!than\b)[\w'&-]+){{0,8}}?)\s+than\s+{_OTHERS_EN}\b"
                      r"(?:\s+(?!(?:in|on|at|among|across)\b)[a-z]+(?=\s*[?.!,]|\s*$))?", re.IGNORECASE)


def _than_all_zh(comparative: str) -> re.Pattern[str]:
    """"比其他Y都COMPARATIVE" for the one character ``comparative`` (多, 少), and "远COMPARATIVE于其他Y"."""
    return re.compile(rf"(?:{_OTHERS_ZH})(?:都|还)(?:要)?(?:更|远)?{comparative}(?:得多|很多|不少)?"
                      rf"|(?:远远|远)?{comparative}于(?:{_ALL_OTHERS_ZH}|所有)[^，,。？?！!]{{0,8}}")


# Each comparison with every other and the superlative it is written as, applied in this order.
AS_SUPERLATIVES = (
    (_than_all_en("more|greater"), lambda m: f"the most{m.group('what')}"),
    (_than_all_en("fewer|less"), lambda m: f"the fewest{m.group('what')}"),
    (_than_all_zh("多"), lambda m: "最多"),
    (_than_all_zh("少"), lambda m: "最少"),
)


# "哪个项目的名单特别长", "which deal has a really long list": one thing of several asked for by a size said as beyond
# the ordinary is the one at the top (only in a which-question asking for one: "哪个", "which one", "which project").
_STANDOUT_ZH = re.compile(r"(?:特别|尤其|格外|超级|超|非常|相当|极其|出奇地?)(长|多|大|少|小|短)")
_STANDOUT_EN = re.compile(r"\b(?:a\s+)?(?:really|very|extremely|particularly|especially|super|unusually|remarkably|incredibly)\s+(long|large|big)\b",
                          re.IGNORECASE)
_WHICH_ONE = re.compile(r"哪个|哪一个|哪项|哪一项|\bwhich\s+(?:one|\w+)\b(?!\s+(?:ones|are|were)\b)", re.IGNORECASE)
_EN_SUPERLATIVE = {"long": "the longest", "large": "the largest", "big": "the biggest"}


# The others summed ("比其余所有类别加起来还多", "more than all the others combined"): a comparison with their sum, no superlative.
# The rest of a clause (up to its punctuation).
CLAUSE_REST = re.compile(r"[^,，。;；?？!！]*")
SUMMED = re.compile(r"加起来|合起来|加在一起|合在一起|总和|合计|\bcombined\b|\b(?:put|taken)\s+together\b", re.IGNORECASE)


def _unless_summed(superlative: Callable[[re.Match[str]], str], m: re.Match[str]) -> str:
    """The superlative a comparison ``m`` means, or the comparison as written when it is with the others summed (said
    in it or after it in its clause: "than all the other kinds put together")."""
    rest = CLAUSE_REST.match(m.string, m.end())
    clause = m.group(0) + (rest.group(0) if rest else "")
    return m.group(0) if SUMMED.search(clause) else superlative(m)


def as_superlative(text: str) -> str:
    """``text`` with a comparison against every other, or one thing standing out by its size in a which-question,
    written as the superlative it means (see the module); a comparison with the others summed is left alone."""
    for comparison, superlative in AS_SUPERLATIVES:
        text = comparison.sub(partial(_unless_summed, superlative), text)
    if _WHICH_ONE.search(text):
        text = _STANDOUT_ZH.sub(lambda m: "最" + m.group(1), text)
        text = _STANDOUT_EN.sub(lambda m: _EN_SUPERLATIVE[m.group(1).lower()], text)
    return text
