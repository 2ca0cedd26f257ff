"""The Chinese words asking for others than those a question says ("其他高校", "别的报道", "比其余几家都多"): one table
for every reading of them (search.wording.ZH_OTHERS, search.understand_words.ZH_OTHER_WORDS, search.qa_more_than_all,
search.qa_cues.REMAINDER_WORDS), kept apart from search.wording because that module reads search.qa_more_than_all.

Contract: constants only; imports nothing.
"""

from __future__ import annotations

# The words asking for others than those said ("其他高校", "别的报道", "另外还…").
ZH_OTHER = ("其他", "其它", "别的", "另外", "别处")  # (别处: elsewhere, "别处再没露面")
# "The rest": others to the parse and to a comparison with all the others ("比其余几家都多"), but to the readings of
# others besides (search.wording.ZH_OTHERS) what is left once some are excepted (search.qa_cues.REMAINDER_WORDS).
ZH_REST = "其余"
