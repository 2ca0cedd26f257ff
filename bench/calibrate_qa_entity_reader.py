"""Fit the entity reading's floors (search.qa_reader.ReaderConfig: entity_min_coverage, entity_min_lead).

The entity reading (search.qa_entity_reader) is asked only when the structured reading and the one-sentence
reader found nothing and refused nothing. Its calibration set, bench/qa-entity-reader-calibration.jsonl, holds the
questions of the stranger dev sets it is asked about and reads something for with no floor (``--collect``
writes it from the sets named), and written probes of the readings it serves, answerable and empty, none used by
the tests. For each pair of floors it counts the cases that end right: a reading under either floor leaves the
question unanswered, right only when it expects nothing. Honesty first: a pair at which any question expecting
nothing is answered is never chosen (-1). The choice: of the best count, the lead floor whose run of coverage
floors reaching it is widest (the least fragile; ties: the stricter), and that run's middle (of two, the stricter).

    python bench/calibrate_qa_entity_reader.py [--data DIR]
    python bench/calibrate_qa_entity_reader.py --collect tests/search/qa-dev-novel22a.jsonl … [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from bench.calibrate_qa_reader import _widest
from search.qa import QuestionAnswerer
from search.qa_config import DEFAULT_CONFIG
from search.qa_entity_reader import read_entity
from search.qa_eval import QACase, judge, load_qa_cases
from search.text import normalize
from search.understand import understand

SET = HERE / "qa-entity-reader-calibration.jsonl"
PROBES = HERE / "qa-entity-reader-probes.jsonl"
COVERAGES = tuple(round(0.025 * i, 3) for i in range(41))
LEADS = tuple(round(0.05 * i, 2) for i in range(19))


def unfloored(kg, engine) -> QuestionAnswerer:
    """An answerer whose entity reading keeps every reading (no floor, no lead asked)."""
    reader = replace(DEFAULT_CONFIG.reader, entity_min_coverage=float("-inf"), entity_min_lead=0.0)
    return QuestionAnswerer(kg, engine, replace(DEFAULT_CONFIG, reader=reader))


# One case's outcome: (coverage, lead, whether that reading is right, whether the answer without it is right); a case
# the entity reading reads nothing for, even when asked, has no coverage and no lead (-inf: under every floor).
Found = tuple[float, float, bool, bool]
NOTHING = float("-inf")


def readings(qa: QuestionAnswerer, cases: list[QACase]) -> list[Found]:
    """Each case's entity reading: the one the answer rests on, or, when the answer rests on another reading, the
    one it would read if asked (honesty is judged on both: a floor reading an empty case either way is refused;
    the right count takes the answer given)."""
    out: list[Found] = []
    for case in cases:
        answer = qa.answer(case.q).to_dict()
        read = answer["understanding"].get("reader")
        if read and read.get("by") == "entity":
            out.append((read["coverage"], read["lead"], not judge(case, answer), case.expect_empty))
            continue
        forced = read_entity(qa.reader, understand(normalize(case.q), qa.lexicon), case.q)
        said = {"answers": [{"label": qa.facts.label(x)} for x in forced.items], "answer_text": ""} if forced else None
        out.append((forced.coverage, forced.lead, not judge(case, said), not judge(case, answer)) if forced and said
                   else (NOTHING, NOTHING, False, not judge(case, answer)))
    return out


def right_at(found: list[Found], cases: list[QACase], coverage: float, lead: float) -> int:
    """How many cases end right at the two floors; -1 when a case expecting nothing is read (given or if asked)."""
    kept = [r[0] >= coverage and r[1] >= lead for r in found]
    if any(k and case.expect_empty for k, case in zip(kept, cases)):
        return -1
    return sum(r[2] if k else r[3] for k, r in zip(kept, found))


def collect(qa: QuestionAnswerer, files: list[str], out: Path) -> None:
    """Write the cases of ``files`` the entity reading reads something for (no floor) to ``out``."""
    with out.open("w", encoding="utf-8") as f:
        for path in files:
            cases = load_qa_cases(path)
            for case, read in zip(cases, readings(qa, cases)):
                if read[0] > NOTHING:  # read something (NOTHING marks a case it reads nothing for)
                    f.write(json.dumps({"q": case.q, "must": list(case.must), "not": list(case.not_),
                                        "expect_empty": case.expect_empty, "from": Path(path).stem}, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--collect", nargs="+", default=None)
    args = parser.parse_args(argv)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = unfloored(kg, engine)
    if args.collect:
        collect(qa, args.collect, SET)
        return
    cases = load_qa_cases(SET) + load_qa_cases(PROBES)
    found = readings(qa, cases)
    for case, r in zip(cases, found):
        if r[0] > NOTHING:
            print(f"coverage {r[0]:.3f} lead {r[1]:.3f} {'right' if r[2] else 'wrong'} (without: {'right' if r[3] else 'wrong'}) {case.q}")
    grid = {lead: [right_at(found, cases, c, lead) for c in COVERAGES] for lead in LEADS}
    for lead, counts in grid.items():
        print(f"lead {lead}: " + " ".join(f"{c}:{n}" for c, n in zip(COVERAGES, counts)))
    top = max(max(counts) for counts in grid.values())
    runs = {lead: _widest(counts, top) for lead, counts in grid.items()}
    lead, (start, end) = max(runs.items(), key=lambda kv: (kv[1][1] - kv[1][0], kv[0]))
    print(f"best: {top}/{len(cases)} right (nothing read: {sum(c.expect_empty for c in cases)}; read with no floor, given or if asked: "
          f"{sum(r[0] > NOTHING for r in found)}); entity_min_lead {lead}, entity_min_coverage {COVERAGES[(start + end + 1) // 2]} "
          f"(coverage floors {COVERAGES[start]}-{COVERAGES[end]} reach it)")


if __name__ == "__main__":
    main()
