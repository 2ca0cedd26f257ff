"""The dev questions a refusal-gate change can reach, answered against a base run (round 34, ask34b).

The gate (search.qa_readings: ``settled``'s other readings, ``unheld``) acts only where the first reading has no answer,
so it can change every expect_empty case (which must stay refused) and every answerable case the base run misses;
this answers those (every dev set but the held-out novel34b) and writes a FIXED or BROKE line for each that changed
against BASE (an output of /work/notes/scripts/evalall.py), then the count and the median time.

    python bench/gate_reach34.py REPO DATA BASE OUT
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import statistics
import sys
import time

LINE = re.compile(r"^(ok  |MISS) \[[^\]]*\] (.*?)  →  ")
HELD_OUT = "novel34b"


def base_status(path: str) -> dict[tuple[str, str], str]:
    """(set, question) → "ok" or "MISS" of an evalall output."""
    status, current = {}, None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("=== "):
                current = line[4:].strip()
            elif (m := LINE.match(line)) and current:
                status[(current, m[2])] = m[1].strip()
    return status


def main() -> None:
    repo, data, base, out = sys.argv[1:5]
    os.chdir(repo)
    sys.path.insert(0, repo)
    import cli
    from search.qa import QuestionAnswerer
    from search.qa_eval import judge, load_qa_cases

    qa = QuestionAnswerer(*cli._engine(argparse.Namespace(data=data)))
    status = base_status(base)
    sets = [*sorted(glob.glob("tests/search/qa-dev-*.jsonl")), "tests/search/qa-extra-cases.jsonl", "/work/shared/eval/qa-dev.jsonl"]
    times: list[float] = []
    with open(out, "w", encoding="utf-8") as report:
        for path in (s for s in sets if HELD_OUT not in s):
            for case in load_qa_cases(path):
                before = status.get((path, case.q))
                if before is None or not (case.expect_empty or before == "MISS"):
                    continue
                started = time.perf_counter()
                answer = qa.answer(case.q).to_dict()
                times.append(time.perf_counter() - started)
                now = "MISS" if judge(case, answer) else "ok"
                if now != before:
                    report.write(f"{'FIXED' if now == 'ok' else 'BROKE'} {path} [{case.cls}] empty={case.expect_empty} {case.q}"
                                 f"  →  {answer['answer_text'][:150]}\n")
        report.write(f"done {len(times)} questions; median {statistics.median(times) * 1000:.1f} ms\n")


if __name__ == "__main__":
    main()
