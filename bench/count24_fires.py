"""How often round 24's negation, ranking, comparison and count readings fire on question sets, and how often the
answer is then right.

The readings, each recorded while the question is answered (its step wrapped, nothing else changed):
- ``identity``: a negated identity read as leaving the named one out (search.qa_identity via Operators.negated_identity);
- ``rank premise``: a place asked after a sentence stating the first (search.qa_rank_premise);
- ``comparative``: a verb of winning between two names said as "more than" (search.qa_comparative);
- ``part nouns``: a part ranked (Operators.figure_extreme answering) with a noun naming the parts that figures no
  longer match ("the smallest group");
- ``others by an also-word``: the others of a class read off an also-word, no other-word (search.qa_other_kind);
- ``of head``: a count's noun before "of" no qualifier ("the number of research institutes": search.qa_qualifiers);
- ``superlative said otherwise``: a comparison with all the rest or a size standing out said as the superlative
  (search.qa_more_than_all, round 23's and 24's); ``standout`` of those, round 24's size beyond the ordinary;
- ``their number``: a count asked as "their number" (search.understand_words), found in the question.

Whether the answer is right is read off an evaluation's ``--misses`` output (``--results DIR`` holding ``all-NAME.txt``
per set, NAME the set's file name without ``qa-dev-`` and ``.jsonl``): a firing question on an ``ok`` line is right.

    python bench/count24_fires.py [--data DIR] [--results DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import search.qa_form as forms
import search.qa_member_kinds as member_kinds
import search.qa_rewrites as rewrites
import search.wording as wording
from bench.count23_fires import arguments, outcomes
from search.qa import QuestionAnswerer
from search.qa_cues import PART_WORDS
from search.qa_eval import load_qa_cases
from search.qa_more_than_all import _STANDOUT_EN, _STANDOUT_ZH, _WHICH_ONE
from search.qa_operators import Operators
from search.text import normalize
from search.understand_lexicon import word_regex
from search.understand_words import ZH_OTHER_WORDS

OTHER_WORD = re.compile(rf"\b(?:other|another)\b|{'|'.join(ZH_OTHER_WORDS)}")
THEIR_NUMBER = re.compile(r"\b(?:their number|their total|what number)\b")
PART_NOUNS = [word_regex(w) for w in PART_WORDS]


def hooked(fired: set[str]) -> None:
    """Wrap each reading's step so that a firing is recorded in ``fired`` (cleared per question by the caller)."""
    def wrap_text(name: str, step: Callable) -> Callable:
        def wrapped(text, *args):
            out = step(text, *args)
            if out != text:
                fired.add(name)
            return out
        return wrapped

    rewrites.ranked_after_premise = wrap_text("rank premise", rewrites.ranked_after_premise)
    rewrites.comparative = wrap_text("comparative", rewrites.comparative)
    wording.as_superlative = wrap_text("superlative said otherwise (r23 and r24)", wording.as_superlative)
    identity, extreme, qualifier = Operators.negated_identity, Operators.figure_extreme, member_kinds.qualifier

    def negated_identity(self, form):
        out = identity(self, form)
        if out is not None:
            fired.add("identity")
        return out

    def figure_extreme(self, form):
        out = extreme(self, form)
        if out is not None and any(p.search(form.understanding.question) for p in PART_NOUNS):
            fired.add("part nouns")
        return out

    def qualified(text, start, vocabulary):
        if re.search(r"\bof\s+(?:[a-z-]+\s+){0,3}$", text[:start]):
            fired.add("of head")
        return qualifier(text, start, vocabulary)

    Operators.negated_identity, Operators.figure_extreme, member_kinds.qualifier = negated_identity, figure_extreme, qualified
    others = forms.others_of_asked

    def others_of(u, ancestors):
        out = others(u, ancestors)
        if out and not OTHER_WORD.search(u.blanked):
            fired.add("others by an also-word")
        return out

    forms.others_of_asked = others_of


def found_in(text: str) -> set[str]:
    """The readings said by words of the question itself."""
    found = {"their number"} if THEIR_NUMBER.search(text) else set()
    return found | ({"standout"} if _WHICH_ONE.search(text) and (_STANDOUT_ZH.search(text) or _STANDOUT_EN.search(text)) else set())


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__)
    import cli

    fired: set[str] = set()
    hooked(fired)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    totals: dict[str, list[int]] = {}  # reading → fired, judged, right
    for path in args.sets:
        name = Path(path).stem.removeprefix("qa-dev-").removeprefix("qa-").replace("extra-cases", "extra")
        judged, cases = outcomes(args.results, name), load_qa_cases(path)
        for case in cases:
            fired.clear()
            qa.answer(case.q)
            for reading in fired | found_in(normalize(case.q)):
                right = judged.get(case.q[:60])
                counts = totals.setdefault(reading, [0, 0, 0])
                counts[0] += 1
                counts[1] += right is not None
                counts[2] += bool(right)
                if args.show:
                    print(f"  {reading}: {'?' if right is None else 'right' if right else 'WRONG'} [{name}] {case.q}")
        print(f"{name}: {len(cases)} questions", flush=True)
    for reading, (fired_n, judged_n, right_n) in sorted(totals.items()):
        print(f"all: {reading} fired on {fired_n}, right {right_n}/{judged_n} judged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
