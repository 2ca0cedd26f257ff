"""Where a question asks: an attribute the graph holds of nobody (search.qa_attribute_words: a patent, a paper, a phone
number) is asked only when its word stands where the question asks, not in the asker's heading or context before it.

"写毕业论文统计校企合作：大连理工在这十六个签约里出现了几回？" counts signings — the thesis is the asker's errand; "Patent watch
list: in the R&D-type deals, which firms …?" asks for firms. Read off the whole question, 论文 and "patent" made the
attribute operator refuse both ("the graph does not record the patents, papers and awards of …"). A clause before the
first clause that asks (search.qa_frame.clause_asks), naming nothing the reading linked, is the asker's: its words ask
no attribute. A clause naming something linked may say what is asked of it ("杨跃权多大年纪了，你知道吗？"), and from the
first asking clause on every clause is what is asked or how ("…有哪些？电话多少"): their attribute words are read as
before. A question asking in no clause is read whole.

Contract: ``asked_part(question, blanked)`` gives ``blanked`` (the parse's question with its linked names blanked, as
long as ``question``) with each clause before the first asking one that names nothing linked blanked out (spaces); the
text unchanged when no clause asks. Pure.
"""

from __future__ import annotations

import re

from search.qa_frame import CLAUSE, clause_asks
from search.qa_spans import tagged_words

# A clause opening on a measure's preposition gives what an order or a count goes by ("按在校生人数算，", "by enrolment,"):
# it is how the question asks, not the asker's context. In Chinese the preposition is the tagger's first word standing
# alone, so a clause opening on 以前, 论文 or 照片 is not one.
MEASURE_CLAUSE = re.compile(r"^\s*(?:by|in\s+terms\s+of)\b", re.IGNORECASE)
MEASURE_PREPOSITIONS = frozenset("按以论照")


def asked_part(question: str, blanked: str) -> str:
    """``blanked`` without the clauses before its first asking one that name nothing linked (see the module)."""
    if len(question) != len(blanked):
        return blanked
    out = blanked
    for m in CLAUSE.finditer(blanked):
        if m.end() == m.start():
            break
        if clause_asks(m["body"] + m["end"]) or _opens_on_measure(m["body"]):
            return out
        body = slice(m.start("body"), m.end("body"))
        if blanked[body] == question[body]:  # names nothing the reading linked
            out = out[: body.start] + " " * (body.stop - body.start) + out[body.stop:]
    return blanked  # no clause asks: read whole


def _opens_on_measure(clause: str) -> bool:
    """Whether ``clause`` opens on a measure's preposition (an English one, or a Chinese one the tagger reads alone)."""
    if MEASURE_CLAUSE.match(clause):
        return True
    words = tagged_words(clause.lstrip())
    return bool(words) and words[0][0] in MEASURE_PREPOSITIONS
