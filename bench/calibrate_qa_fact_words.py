"""Fit search.qa_fact_words' thresholds: a kind word described by words of one entity's facts.

Each line of bench/qa-fact-words-calibration.jsonl is a question naming one entity by a description ("the
instrument-transformer maker", "做分离膜的那家企业") with the entity's label, or naming something the graph does not
hold or several entities ("the solar panel maker", "the pharma company") with null. For each (min_fit, min_lead) on a
grid the description is read (search.qa_described.Described.by_facts) and counted right when it names the expected
entity, or, for null, nothing. No test and no dev set uses these questions.

    python bench/calibrate_qa_fact_words.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QuestionAnswerer
from search.qa_fact_words import FactWordsConfig
from search.text import normalize

CALIBRATION = HERE / "qa-fact-words-calibration.jsonl"
FITS = [round(0.5 + 0.05 * k, 2) for k in range(11)]
LEADS = [round(0.05 * k, 2) for k in range(13)]


def right(qa: QuestionAnswerer, case: dict, config: FactWordsConfig) -> bool:
    """Whether the case's question reads as its expected entity (or, expecting null, as none)."""
    found = qa.described.by_facts(normalize(case["q"]), qa.fact_words, config)
    if case["expect"] is None:
        return found is None
    return found is not None and any(normalize(qa.facts.label(x, lang)) in found
                                     for x in qa.facts.docs if qa.facts.label(x) == case["expect"] for lang in ("zh", "en"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    args = parser.parse_args()
    import cli

    qa = QuestionAnswerer(*cli._engine(argparse.Namespace(data=args.data)))
    cases = [json.loads(line) for line in CALIBRATION.read_text(encoding="utf-8").splitlines() if line.strip()]
    empties = sum(c["expect"] is None for c in cases)
    print(f"{len(cases)} cases, {len(cases) - empties} named, {empties} null")
    for fit in FITS:
        row = []
        for lead in LEADS:
            config = FactWordsConfig(fit, lead)
            ok = [right(qa, c, config) for c in cases]
            named = sum(o for o, c in zip(ok, cases) if c["expect"] is not None)
            kept = sum(o for o, c in zip(ok, cases) if c["expect"] is None)
            row.append(f"{named:2d}+{kept:2d}")
        print(f"min_fit {fit:.2f}: " + " ".join(row))
    print("columns: min_lead " + " ".join(f"{lead:.2f}" for lead in LEADS))
    default = FactWordsConfig()
    for c in cases:
        if not right(qa, c, default):
            print(f"  wrong at {default}: {c['q']} (expect {c['expect']})")


if __name__ == "__main__":
    main()
