"""The role an organisation takes part in, said before its verb of taking part: "大连职院作为合作方出现了几次", "作为签约方
参与了几项", "how many times does DVTC appear as a partner in the signed projects".

The role phrase (作为 + a word for a party; "as a partner", "as one of the parties") says how the organisation turns
up, not what is counted: the count is of the cooperations it turns up in, as without the phrase ("大连职院出现了几次").
Left in, its party word reads as the kind asked and its partners are counted instead. A party word that is no role of
a verb of taking part ("作为合作方的企业有几家": the companies that are partners) is left alone.

Contract: ``without_role(text)`` gives ``text`` with each such role phrase blanked (spaces of its length), or ``text``
unchanged. Queries nothing.
"""

from __future__ import annotations

import re

from search.qa_cues import ZH_PARTNER_WORDS
from search.text import blank_match

# "作为合作方出现", "作为签约方之一参与", "以参与方身份签了": the role, then a verb of turning up or taking part.
ZH_ROLE = re.compile(rf"(?:作为|以)\s*(?:一[个家所]\s*)?(?:{ZH_PARTNER_WORDS}|参与方|签约方|签约单位|合作单位|一方)(?:之一)?(?:的?身份)?"
                     r"(?=\s*[,，]?\s*(?:先后|一共|总共|共|总计)?\s*(?:出现|露面|亮相|现身|上榜|参与|参加|签))")
# "appears as a partner in", "turns up as one of the parties", "signs as a party to": after the verb.
EN_ROLE = re.compile(r"\b(?:appears?|appeared|up|signs?|signed|features?|featured|listed|named)(?P<role>\s+as\s+"
                     r"(?:an?|one\s+of\s+the)\s+(?:partner|party|parties|signatory|signatories|participant|participants|co-?signer)s?)\b",
                     re.IGNORECASE)


def without_role(text: str) -> str:
    """``text`` with each role phrase said before (Chinese) or after (English) a verb of taking part blanked."""
    text = ZH_ROLE.sub(blank_match, text)
    for m in reversed(list(EN_ROLE.finditer(text))):
        text = text[:m.start("role")] + " " * len(m.group("role")) + text[m.end("role"):]
    return text
