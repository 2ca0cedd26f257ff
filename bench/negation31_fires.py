"""How often round 31's polarity readings decide an answer on question sets, and how often the answer is then right.

Three readings are counted, each by the call that gives its answer:

- ``top``: a place within the first N claimed, checked against the rank held (search.qa_yes_no.YesNo._top_claim);
- ``partners``: a kind denied of a named organisation's partners themselves (search.qa_negated_within.
  NegatedWithin._partners_within, called only by that reading);
- ``parties``: the parties of a negated or excepted set asked in a closing clause (search.qa_set_parties.SetParties.
  parties; its object-first imperatives, "把合作方列一下", are round 31's, the rest older).

Only the questions whose text could fire one of them are answered (a place within the first N, a kind denied, a closing
clause asking as an imperative or a question word does): a reading fires on none of the others. The harness is
bench/qa_fires.py's; each set's answerable and empty tallies are of the questions answered.

    python bench/negation31_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import calls_returning, opened

from search.qa_cues import DENIED_KIND, EXCEPT_CLAUSE
from search.qa_form import negated_span
from search.understand import understand
from search.understand_lexicon import Lexicon
from search.qa_eval import judge, load_qa_cases
from search.qa_negated_within import NegatedWithin
from search.qa_set_parties import CLOSING, NAMING, SetParties
from search.qa_chain import ASKING
from search.qa_values import top_ranks_in
from search.qa_yes_no import YesNo
from search.text import normalize


def could_fire(question: str, lexicon: Lexicon) -> bool:
    """Whether the text of ``question`` meets the precondition of one of the readings counted (a closing clause asking
    after a set picked by a negation or an except clause, read as search.qa_set_parties reads it)."""
    text = normalize(question)
    closing = CLOSING.search(text)
    asks = closing is not None and bool(NAMING.match(closing.group(1)) or ASKING.search(closing.group(1)))
    picked = closing is not None and bool(negated_span(understand(text[: closing.start(1)], lexicon)) or EXCEPT_CLAUSE.search(text))
    return bool(top_ranks_in(text) or DENIED_KIND.search(text) or (asks and picked))


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    counters = {"top": calls_returning(YesNo, "_top_claim"), "partners": calls_returning(NegatedWithin, "_partners_within"),
                "parties": calls_returning(SetParties, "parties")}
    totals = {name: [0, 0] for name in counters}
    for path in args.sets:
        cases = [c for c in load_qa_cases(path) if could_fire(c.q, qa.lexicon)]
        for case in cases:
            before = {name: count() for name, count in counters.items()}
            ok = not judge(case, qa.answer(case.q).to_dict())
            for name, count in counters.items():
                if count() > before[name]:
                    totals[name][0] += 1
                    totals[name][1] += ok
                    print(f"  {name} {'right' if ok else 'WRONG'}{' (empty case)' if case.expect_empty else ''}: {Path(path).name}: {case.q}")
    for name, (fired, right) in totals.items():
        print(f"{name}: fired on {fired}, right {right}/{fired}")


if __name__ == "__main__":
    main()
