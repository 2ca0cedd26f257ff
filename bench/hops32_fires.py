"""How often round 32's hop readings change an answer on question sets, and how often the changed answer is right
(judged as the evaluation judges it: search.qa_eval.judge), with the answers each question got without them:

- the people quoted said with "both" or as getting (direct) quotes ("both people quoted", "which two individuals get direct
  quotes"), and one speaker by a title and the quoting ("the deputy general manager quoted in the piece", "被采访的那个副总
  经理": search.qa_quoted_people);
- "represent" as a word asking a person's organisation (search.qa_cues.AFFILIATION_WORDS);
- a person's posts at the organisation kind asked only, none there no answer (search.qa_profile.Describers._posts_held);
- a place said before a Chinese pointer narrowing the kind ("金州區那間幼兒園": search.qa_kind_refs.ZH_PLACED).

Each question is answered with the readings, then with them switched off (the code as before them, patched in this
process); a question whose answer differs is a firing. Printed per set and over all: questions, firings, right with and
without, and empty cases answered by the change (must be 0). ("nursery" as a word for a kindergarten is the ontology's,
read at the build: its figure is the evaluation's before and after, not this bench's.)

    python bench/hops32_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import re

from qa_fires import answered_afresh, changed_main, patched

from search import qa_form, qa_kind_refs, qa_profile, qa_quoted_people
from search.auxiliaries import BE
from search.qa_outcome import post_pairs

NEVER = re.compile(r"(?!)")
# The quoting said before round 32: "quoted", "interviewed", "cited" after "who is" or "being" only.
BEFORE_VERB = rf"(?:who\s+(?:{BE}|get|got)\s+|being\s+)?(?:quoted|interviewed|cited)"


def _before(pattern: re.Pattern, *replaced: tuple[str, str]) -> re.Pattern:
    """``pattern`` with each (new, old) part put back as it was; each part must stand in it."""
    text = pattern.pattern
    for new, old in replaced:
        assert new in text, new
        text = text.replace(new, old)
    return re.compile(text)


def _posts_before(self, person: str, asked: frozenset[str]) -> list[tuple[str, str]]:
    """The posts at the class asked, or every post when none is there (the fallback before round 32)."""
    posts = post_pairs(self.facts, person)
    return [p for p in posts if self.graph.classes.get(p[1], frozenset()) & asked] or posts


def readings_off():
    """The readings switched off: each patched back to the behaviour before it."""
    q = qa_quoted_people
    return patched(
        (q, "EN_QUOTED", _before(q.EN_QUOTED, (r"(?:\bthe\s+|\b(?=both\s))", r"\bthe\s+"), (r"(?:(?:the\s+)?(?:people", "(?:(?:people"),
                                 (q.EN_QUOTED_VERB, BEFORE_VERB))),
        (q, "EN_ASKED", (_before(q.EN_ASKED[0], (rf"|(?:{q.EN_QUOTED_VERB})(?:\s+in\s+the\s+[a-z]+)?)", ")")), *q.EN_ASKED[1:])),
        (q.QuotedPeople, "_titled", lambda self, text, u, speakers: text),
        (qa_form, "AFFILIATION_WORDS", tuple(w for w in qa_form.AFFILIATION_WORDS if w not in ("represent", "represents"))),
        (qa_profile.Describers, "_posts_held", _posts_before),
        (qa_kind_refs, "ZH_PLACED", NEVER))


if __name__ == "__main__":
    changed_main(__doc__.splitlines()[0], readings_off, answered_afresh)
