"""Scoring question answering on a JSON-lines set: {"q", "must", "not", "expect_empty"}.

A question counts as right when every ``must`` is part of an answer's label (or, for
numbers, of ``answer_text``), no ``not`` is part of an answer's label, and an
``expect_empty`` question returns no answers. Labels compare after normalisation, so
full-width and half-width brackets count as the same.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from search.evaluate import read_jsonl
from search.text import normalize


@dataclass(frozen=True)
class QACase:
    q: str
    must: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    expect_empty: bool = False


def load_qa_cases(path: Path | str) -> list[QACase]:
    """The cases of a JSON-lines file of {"q", "must", "not", "expect_empty"} records."""
    return read_jsonl(path, lambda raw: QACase(str(raw["q"]), tuple(raw.get("must", ())), tuple(raw.get("not", ())),
                                               bool(raw.get("expect_empty", False))), '{"q", "must", "not"}')


def judge(case: QACase, answer: dict) -> list[str]:
    """What is wrong with an answer to a case (empty when it is right)."""
    labels = [normalize(a["label"]) for a in answer["answers"]]
    text = normalize(answer["answer_text"])
    problems = [f"missing {m}" for m in case.must
                if not any(normalize(m) in label for label in labels) and normalize(m) not in text]
    problems += [f"wrongly includes {n}" for n in case.not_ if any(normalize(n) in label for label in labels)]
    if case.expect_empty and answer["answers"]:
        problems.append(f"expected no answer, got {len(answer['answers'])}")
    return problems


def run_qa_eval(path: Path | str, answerer) -> str:
    """Answer every case with ``answerer`` (a QuestionAnswerer); a report with accuracy and warm latency."""
    cases = load_qa_cases(path)
    for case in cases:
        answerer.answer(case.q)  # warm-up pass: loads the encoder's weights and fills caches
    lines, right, times = [], 0, []
    for case in cases:
        started = time.perf_counter()
        answer = answerer.answer(case.q).to_dict()
        times.append((time.perf_counter() - started) * 1000)
        problems = judge(case, answer)
        right += not problems
        lines.append(f"{'ok  ' if not problems else 'MISS'} {case.q}  →  {answer['answer_text'][:80]}"
                     + (f"  [{'; '.join(problems)}]" if problems else ""))
    p99 = statistics.quantiles(times, n=100)[98] if len(times) > 1 else times[0]
    lines.append(f"{right}/{len(cases)} right ({right / len(cases):.3f}); latency p50 "
                 f"{statistics.median(times):.1f} ms, p99 {p99:.1f} ms")
    return "\n".join(lines)
