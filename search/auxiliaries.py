"""The English auxiliary verbs, one table for every reading that names them: the forms of be, do and have and
the modals. A question opening on one asks yes or no ("did DUT sign …"), one after a which-word or a subject
is its verb, no name ("which projects has Huawei signed"), one before n't denies.

Contract: constants only; imports nothing. Each is a regex alternation without a group, its longer forms
before their prefixes ("does" before "do"), so a pattern reads the same whatever follows it.
"""

from __future__ import annotations

BE = "is|are|was|were"
DO = "does|did|do"
HAVE = "has|have|had"
# The forms of be, do and have: what opens a yes/no question, or stands between a which-word and its verb.
AUXILIARIES = f"{BE}|{DO}|{HAVE}"
# The modals a question may open on as well ("would X fall under …", "can DUT …").
MODALS = "can|could|will|would|should"
