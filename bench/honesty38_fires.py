"""How often round 38's honesty readings change an answer on question sets, and how often the changed answer is right
(judged as the evaluation judges it: search.qa_eval.judge), with the answers each question got without them:

- a post asked of an owner holding none ("大连理工那边的党委书记", "乡村振兴产业学院的院长", "the principal of DVTC's partner
  kindergarten") is answered by nobody, never by the holder of that title elsewhere (search.qa_post_owner.unowned_title,
  read by search.qa_compose and search.qa_reader);
- a yes/no claiming the kind of the cooperation two parties share is checked against that kind
  (search.qa_yes_no.YesNo._of_kind).

(The verification requests closing a claim, "…，帮我核实一下", "Please verify.", are a cue compiled into the verdict
patterns, search.wording.VERIFY_ZH/VERIFY_EN: not switched off here; the evaluation's diff against the base tells them.)

Each question is answered with the readings, then with them switched off (patched in this process). No threshold is
fitted: the readings are rules; this is their calibration check on the TUNE sets (must: empty cases answered 0).

    python bench/honesty38_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import answered_afresh, changed_main, patched

from search import qa_compose, qa_reader
from search.qa_yes_no import YesNo


def readings_off():
    """The readings switched off: no owner's post checked, no kind of a shared cooperation checked."""
    return patched((qa_compose, "unowned_title", lambda u, facts: None), (qa_reader, "unowned_title", lambda u, facts: None),
                   (YesNo, "_of_kind", lambda self, u, shared: shared))


if __name__ == "__main__":
    changed_main(__doc__.splitlines()[0], readings_off, lambda qa, question: answered_afresh(qa, question))
