"""A superlative said as a comparison with every other: "more deals than any other school", "比其他大学都多", "比谁都多".

Contract: ``as_superlative(text)`` returns the normalised question with such a comparison written as the superlative it
means ("the most deals", "最多"), so that the ranking reads it as it reads "the most"; a comparison of two named things
("more than Dalian University") is left alone, as is anything else. Applied once, by search.wording.standard_wording.
"""

from __future__ import annotations

import re

# "more X than any other (Y)", "more X than all the others", "more X than anyone else": the most X. (The English
# comparison keeps what is counted between "more" and "than"; the others compared with name no topic.)
_OTHERS_EN = r"(?:any\s+other|all\s+(?:the\s+)?others?|all\s+(?:the\s+)?other|the\s+others?|the\s+rest|any(?:one|body)\s+else|every\s+other)"
# "比其他大学都多", "比别的学校都要多", "比谁都多", "比其余几家都少": the most (the fewest) of all.
_OTHERS_ZH = r"比(?:其他|其它|其余|别的|另外|任何|所有)(?:任何|所有)?[^，,。？?！!]{0,8}?|比谁"


def _than_all_en(comparatives: str) -> re.Pattern[str]:
    """"COMPARATIVE X than any other (Y)" for the alternatives ``comparatives``, X kept as the group ``what``."""
    return re.compile(rf"\b(?:{comparatives})\b(?P<what>(?:\s+(?!than\b)[\w'&-]+){{0,8}}?)\s+than\s+{_OTHERS_EN}\b"
                      r"(?:\s+(?!(?:in|on|at|among|across)\b)[a-z]+(?=\s*[?.!,]|\s*$))?", re.IGNORECASE)


def _than_all_zh(comparative: str) -> re.Pattern[str]:
    """"比其他Y都COMPARATIVE" for the one character ``comparative`` (多, 少)."""
    return re.compile(rf"(?:{_OTHERS_ZH})(?:都|还)(?:要)?(?:更)?{comparative}")


# Each comparison with every other and the superlative it is written as, applied in this order.
AS_SUPERLATIVES = (
    (_than_all_en("more|greater"), lambda m: f"the most{m.group('what')}"),
    (_than_all_en("fewer|less"), lambda m: f"the fewest{m.group('what')}"),
    (_than_all_zh("多"), lambda m: "最多"),
    (_than_all_zh("少"), lambda m: "最少"),
)


def as_superlative(text: str) -> str:
    """``text`` with a comparison against every other written as the superlative it means (see the module)."""
    for comparison, superlative in AS_SUPERLATIVES:
        text = comparison.sub(superlative, text)
    return text
