"""How often the round-27 readings of every asked part fire on question sets, and how often the answer is then right.

A question fires when the people a source quotes, asked by a which-word, are put by name or as the quotations'
asking (search.qa_quoted_people._asked_named changes the text), or when it closes on a tag pointing back at the
claim before it ("这句话能不能说", "Can I say that?": search.wording.CLAIM_TAG_ZH, CLAIM_TAG_EN); the harness:
bench/qa_fires.py.

    python bench/twopart27_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re
from collections.abc import Callable

from qa_fires import main

import search.qa_quoted_people as quoted_people
from search.text import normalize
from search.wording import CLAIM_TAG_EN, CLAIM_TAG_ZH

CLAIM_TAG = re.compile(f"{CLAIM_TAG_ZH}|{CLAIM_TAG_EN}", re.IGNORECASE)


def counted(qa) -> Callable[[], int]:
    """The which-asks of the people quoted put in and the claim tags read, counted together."""
    fired = [0]
    asked_named, answer = quoted_people._asked_named, qa.answer

    def counting_asked(text, *args):
        found = asked_named(text, *args)
        fired[0] += found != text
        return found

    def counting_answer(question, *args, **kwargs):
        fired[0] += bool(CLAIM_TAG.search(normalize(question)))
        return answer(question, *args, **kwargs)

    quoted_people._asked_named = counting_asked
    qa.answer = counting_answer
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
