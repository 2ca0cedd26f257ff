"""Fit how many words a question must share with an issued document to name it by what it says
(search.qa_described_document: QAConfig.described_document_min_words).

Reads bench/qa-described-document-calibration.jsonl: questions of our own pointing at a document by a document word and
asking its title or issuers, each marked whether it describes the document the graph holds (``described``); the others
describe documents the graph does not hold, in words that share some with it (改革, 意见, policy) but name no year,
place or title that would contradict it. None is used by the tests or taken from a question set. For each floor a
question counts right when it clears the floor exactly when it describes the held document. Prints the counts per
floor and, of the floors reaching the best, the lowest above every score of a question describing another document
(above the plateau's foot nothing in the data tells floors apart, and a higher one only fires less on the next
stranger's question: the rule of bench/calibrate_qa_project_parties.py).

    python bench/calibrate_qa_described_document.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.text import normalize
from search.understand import understand

FLOORS = tuple(float(i) for i in range(16))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", default=None, help="the data directory built (the default: the project's)")
    parser.add_argument("--set", default=str(HERE / "qa-described-document-calibration.jsonl"))
    args = parser.parse_args(argv)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    cases = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
    scored = []
    for case in cases:
        best = qa.documents.best(understand(normalize(case["q"]), qa.lexicon))
        scored.append((best[1] if best else 0.0, bool(case["described"])))
        print(f"{scored[-1][0]:5.2f} {'held' if case['described'] else 'other'}  {case['q']}")
    right = {floor: sum((score >= floor) == described for score, described in scored) for floor in FLOORS}
    for floor, n in right.items():
        print(f"floor {floor:4.1f}: {n}/{len(cases)} right")
    top = max(right.values())
    plateau = [floor for floor, n in right.items() if n == top]
    edge = max((score for score, described in scored if not described), default=0.0)
    chosen = min((floor for floor in plateau if floor > edge), default=plateau[-1])
    print(f"best {top}/{len(cases)} at floors {plateau[0]}–{plateau[-1]}; other documents score at most {edge:.2f}: {chosen}")


if __name__ == "__main__":
    main()
