"""How often round 29's regress29 readings fire on question sets, and how often the answer is then right.

A question fires when one of them reads it:
- kinds named to describe a project (search.qa_kinds_described.described_kinds, read by understand.narrowed and
  search.qa_kinds_together);
- an English mode word in -ing after an auxiliary (search.qa_mode.PROGRESSIVE: no mode stated);
- a frame read off by a shape of round 29 (search.qa_frame): a role and where it comes from or a purpose before a
  colon (EN_ROLE), what a third person wants done to a kind (WANTED_DONE), who asks closing with 问一句 / 问个问题, or
  a rest asking by a sorting imperative ("split the partners into …");
- a venue asked as the grounds an organisation lent (the last three alternatives of search.qa_cues.VENUE_CLASS_ASKED).
The harness: bench/qa_fires.py.

    python bench/regress29_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa_fires import main

from search import qa_frame, qa_frame_cues, qa_kinds_together, understand
from search.qa_cues import VENUE_LENT
from search.qa_mode import EN_TOGETHER

# (who asks closing with 问一句: ZH_SAYS' round-29 tail; an English mode word in -ing after an auxiliary)
ASKED_ONCE = re.compile(rf"问(?:{qa_frame_cues.ASKED_ONCE})\s*$")
PROGRESSIVE_MODE = re.compile(rf"\b(?:are|is|were|was|be)\s+{EN_TOGETHER}\s*-?\s*[a-z]+ing\b", re.IGNORECASE)


def counted(qa) -> Callable[[], int]:
    """The described kinds and the frame reader wrapped, the question's text read for the rest: a count growing while
    a question fires."""
    fired = [0]
    described = understand.described_kinds

    def counting_described(text, lexicon):
        found = described(text, lexicon)
        fired[0] += bool(found)
        return found

    understand.described_kinds = qa_kinds_together.described_kinds = counting_described
    read = qa.frames.read

    def counting_read(question, asides=True):
        framed = read(question, asides)
        fired[0] += any(qa_frame.EN_ROLE.match(f) or qa_frame_cues.WANTED_DONE.search(f) or ASKED_ONCE.search(f)
                        for f in framed.frame) or bool(framed.frame and qa_frame.SORTING_ASKED.match(framed.asked))
        fired[0] += bool(VENUE_LENT.search(question)) + bool(PROGRESSIVE_MODE.search(question))
        return framed

    qa.frames.read = counting_read
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
