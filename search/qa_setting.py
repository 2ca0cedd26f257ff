"""A when-clause before a yes/no question is its setting, not a when-question: "When Jinpu got national status, was
it in the first batch?" asks whether it was in the first batch; read as a when-question it was answered with the
approval's date. The same need is written "When the consortium was approved, did it rank fifth?", "While DUT was
signing, did it sign with Sanyou Electric?", "金普新区获批的时候，是不是全国首批？" (the Chinese form reads already:
its 的时候 clause asks nothing). The setting is said as a statement before the question, which the reading reads
with it ("Jinpu got national status. Was it in the first batch?": search.qa_readings reads a question whose asking
sentence names nothing with the statement before it).

Contract: ``as_setting(text, u)`` is the normalised question ``text`` with a leading when-clause before a question
opening on an auxiliary verb made a statement before it, or ``text`` unchanged (``u``, its parse, is unused: the
answerer's rewrites all take it).
"""

from __future__ import annotations

import re

from search.auxiliaries import AUXILIARIES, MODALS
from search.understand import Understanding

# "[heading:] when|while|as X, was|did|… Y?": the setting X and the yes/no question Y (a heading before it is kept);
# no setting opens on an auxiliary ("when did X sign, was it …" asks when, and a yes/no besides).
WHEN_SETTING = re.compile(rf"^(?P<head>[^:?]{{0,60}}:\s*)?(?:when|while|as)\s+(?!(?:{AUXILIARIES}|{MODALS})\b)(?P<setting>[^,;:?]{{3,100}}?)\s*,\s*"
                          rf"(?P<ask>(?:{AUXILIARIES}|{MODALS})\s[^?]*\??)\s*$")


def as_setting(text: str, u: Understanding | None = None) -> str:
    """``text`` with its leading when-clause before a yes/no question said as a statement (see the module)."""
    m = WHEN_SETTING.match(text)
    return f"{m.group('head') or ''}{m.group('setting')}. {m.group('ask')}" if m else text
