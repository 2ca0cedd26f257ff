"""Fit the figure reading's floors (search.qa_reader.ReaderConfig: figure_min_score, figure_min_lead).

The figure reading (search.qa_figure_reader) reads a figure off the sentence stating it when the question names the
figure's scheme, plan or base by what the source says of it. Its calibration set, bench/qa-figure-reader-calibration.jsonl,
holds written questions, none of a dev set or used by a test: figures asked by a description of their owner (``must``:
the figure) and their twins expecting nothing (a figure the graph does not hold, another bearer, another measure). Each
case's best candidate is read with no floor (search.qa_figure_reader.best_figure); for each pair of floors a case ends
right when the reading passes both floors and states the figure asked, or passes neither and the case expects nothing.
Honesty first: a pair at which any case expecting nothing is read is never chosen (-1). The choice: of the best count,
the lead floor whose run of score floors reaching it is widest (ties: the stricter), and that run's middle (of two,
the stricter).

    python bench/calibrate_qa_figure_reader.py [--data DIR] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from bench.calibrate_qa_reader import _widest
from search.qa import QuestionAnswerer
from search.qa_eval import QACase, load_qa_cases
from search.qa_figure_reader import best_figure
from search.qa_values import states_number
from search.text import normalize
from search.understand import understand

SET = HERE / "qa-figure-reader-calibration.jsonl"
SCORES = tuple(round(0.05 * i, 2) for i in range(61))
LEADS = tuple(round(0.05 * i, 2) for i in range(19))
# One case's outcome: the best candidate's score and lead (-inf when none) and whether its figure is the one asked.
Found = tuple[float, float, bool]
NOTHING = float("-inf")


def readings(qa: QuestionAnswerer, cases: list[QACase], show: bool) -> list[Found]:
    """Each case's best candidate figure, scored with no floor."""
    out: list[Found] = []
    for case in cases:
        best = best_figure(qa.reader, understand(normalize(case.q), qa.lexicon), case.q, fits=qa.asked_of.counts)
        stated = qa.facts.figure_text(best.items[0], "zh") if best else ""
        right = bool(best) and not case.expect_empty and all(states_number(stated, int(m)) for m in case.must)
        out.append((best.score, best.lead, right) if best else (NOTHING, NOTHING, False))
        if show:
            print(f"  {'empty' if case.expect_empty else 'right' if right else 'WRONG'} "
                  f"{stated or '-'} {out[-1][0]:.2f} lead {out[-1][1]:.2f}  {case.q}")
    return out


def count(found: list[Found], cases: list[QACase], floor: float, lead: float) -> int:
    """The cases right at the floors, or -1 when a case expecting nothing is read."""
    right = 0
    for (score, led, ok), case in zip(found, cases):
        read = score >= floor and led >= lead
        if read and case.expect_empty:
            return -1
        right += ok if read else case.expect_empty
    return right


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    qa = QuestionAnswerer(*cli._engine(argparse.Namespace(data=args.data)))
    cases = load_qa_cases(SET)
    found = readings(qa, cases, args.show)
    table = {lead: [count(found, cases, floor, lead) for floor in SCORES] for lead in LEADS}
    top = max(max(row) for row in table.values())
    runs = {lead: _widest(row, top) for lead, row in table.items()}
    lead = max(LEADS, key=lambda x: (runs[x][1] - runs[x][0], x))
    first, last = runs[lead]
    print(f"{len(cases)} cases ({sum(c.expect_empty for c in cases)} expecting nothing): best {top} right")
    print(f"figure_min_lead {lead}, figure_min_score {SCORES[(first + last + 1) // 2]} "
          f"(run {SCORES[first]}-{SCORES[last]})")


if __name__ == "__main__":
    main()
