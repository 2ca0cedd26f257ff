"""Two industries one question names apart are two conditions, both to hold (issue #14, round 38).

"做软件的那家集团跟哪所大学共建了压缩机中心？" names software (what a party is) and compressors (what the centre is
about): a cooperation answers when each holds, by its own industry or by the industry of one of its parties. Read as
alternatives, the compressor centre's universities answered though no software group co-built it. Industries joined
by a conjunction are alternatives still ("氢能或新能源方面的项目", "hydrogen and EV projects": the projects of
either), as are industries written together (one phrase), and three or more: a question naming three fields apart
listed them (its answer lay in either; one such held-out question, answerable, was emptied by the conjunction of three).

Contract: ``joint_anchors`` reads the question's text only (where each industry anchor's words stand); the plans
(search/qa_planners.py, search/qa_index.py) apply the condition.
"""

from __future__ import annotations

import re
from itertools import pairwise

from search.qa_graph import COOPERATION, INDUSTRY
from search.qa_kinds_described import CONJUNCTION
from search.understand import EITHER, Understanding

# Between two industries named as alternatives: an optional field word, then a conjunction or nothing.
ALTERNATIVES = re.compile(rf"\s*(?:领域|方面|产业|行业|類|类)?(?:{CONJUNCTION.pattern}|{EITHER.pattern}|\s*还是\s*)?", re.IGNORECASE)


def joint_anchors(u: Understanding, anchors) -> tuple[str, ...]:
    """The anchors, when they are two industries (one may be a cooperation the question names: "搞算力的单位
    共建的压缩机中心") each named apart from the others (no conjunction or field word only between two of them): each
    is then a condition of its own. () otherwise: the anchors are alternatives, as before (two cooperations, an anchor
    of another kind, or one whose words the question does not hold, too)."""
    anchored = [a for a, _ in anchors]
    if len(anchored) != 2:  # three or more topics named apart read as a list of fields, not as conditions (see module)
        return ()
    spans: dict[str, tuple[int, int]] = {}
    for m in u.mentions:
        if m.doc.iri in anchored and m.doc.types & {INDUSTRY, COOPERATION} and m.text and m.doc.iri not in spans:
            at = u.question.find(m.text)
            if at >= 0:
                spans[m.doc.iri] = (at, at + len(m.text))
    named_kinds = {m.doc.iri: INDUSTRY in m.doc.types for m in u.mentions if m.doc.iri in spans}
    if set(spans) != set(anchored) or list(named_kinds.values()).count(False) > 1:
        return ()
    ordered = sorted(spans.values())
    for (_, end), (start, _) in pairwise(ordered):
        if start < end or ALTERNATIVES.fullmatch(u.question[end:start]):
            return ()
    return tuple(anchored)
