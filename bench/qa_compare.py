"""What changed between two reports of several question sets (``chanjiao eval ask SETS... --out REPORT``).

    python bench/qa_compare.py BEFORE AFTER [SET-SUBSTRING ...] [--texts] [--sum]

Prints each question judged ok in one report and missed in the other (FIXED or BROKE, its set, then its line in
each report, cut at 200 characters), nothing when no judgement changed; ``--texts`` also each question whose
answer line differs in its text alone (CHANGED); ``--sum`` each report's answerable and honest unanswerable
questions summed over the sets. A SET-SUBSTRING keeps the sets whose path holds it. The reports are read by
search.qa_eval_sets, in the format of the lead's evalall.py, whose reports it compares as trans.py did.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.qa_eval_sets import changes, text_changes, totals

CUT = 200  # characters of each line printed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("sets", nargs="*", metavar="SET-SUBSTRING")
    parser.add_argument("--texts", action="store_true", help="also the answers whose text alone changed")
    parser.add_argument("--sum", action="store_true", help="each report's totals over the sets")
    args = parser.parse_args(argv)
    before, after = (path.read_text(encoding="utf-8") for path in (args.before, args.after))
    for change in (text_changes if args.texts else changes)(before, after, args.sets):
        judged = change.before[:2] != change.after[:2]
        what = ("FIXED" if change.fixed else "BROKE") if judged else "CHANGED"
        print(f"{what} {change.qa_set.split('/')[-1]}\n    {change.before[:CUT]}\n    {change.after[:CUT]}")
    if args.sum:
        for path, text in ((args.before, before), (args.after, after)):
            right, answerable, honest, empty = totals(text, args.sets)
            print(f"{path}: answerable {right}/{answerable}; unanswerable honest {honest}/{empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
