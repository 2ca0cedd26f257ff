"""Scoring question answering on a JSON-lines set: {"q", "must", "not", "expect_empty", "class"}.

A question counts as right when every ``must`` is found, no ``not`` is part of an answer's
label, and an ``expect_empty`` question returns no answers. How a ``must`` is found depends on
what it is (the conventions of tests/eval/README.md):

- a whole number ("97", "120000000") is a value stated in the answer text or a label, in any
  written form (1.2亿元, 120 million), never a digit run inside a longer number (6 is not in 16);
- an ISO date ("2022-12") is a date the answer states at least at that precision (2022年12月);
- a verdict ("是"/"否", "yes"/"no") is how the answer text opens;
- anything else is part of an answer's label or of the answer text, after normalisation.

A refusal (no answers, no evidence, no verdict) of an answerable question finds no ``must``: the
entities it offers as nearest are suggestions, not an answer, so a refusal that names the expected
college is still a miss. (An unanswerable case's ``must`` is what its refusal names, e.g. the unknown
person, and is looked for in the text as usual.)

The report gives accuracy per class and overall, and warm latency. A question whose answering
raises is a miss that names the error; the run goes on and the report counts how many raised.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from search.evaluate import read_jsonl
from graph.curated import ISO_DATE
from graph.errors import ChanjiaoError
from search.qa_text import VERDICTS
from search.qa_values import WHOLE_NUMBER, states_date, states_number
from search.text import normalize



RIGHT, MISSED = "ok  ", "MISS"  # how a question's report line opens (search.qa_eval_sets reads them back)
ARROW = "  →  "  # between a question and its answer text on its line


@dataclass(frozen=True)
class QACase:
    q: str
    must: tuple[str, ...] = ()
    not_: tuple[str, ...] = ()
    expect_empty: bool = False
    cls: str = "-"


@dataclass(frozen=True)
class QAEvalReport:
    """The printable report of an evaluation, and how many questions raised instead of answering."""
    text: str
    raised: int = 0


class QuestionsRaised(ChanjiaoError):
    """Some questions of an evaluation raised; the report was still produced."""


def load_qa_cases(path: Path | str) -> list[QACase]:
    """The cases of a JSON-lines file of {"q", "must", "not", "expect_empty", "class"} records."""
    return read_jsonl(path, lambda raw: QACase(str(raw["q"]), tuple(raw.get("must", ())), tuple(raw.get("not", ())),
                                               bool(raw.get("expect_empty", False)), str(raw.get("class", "-"))),
                      '{"q", "must", "not"}')


def found(must: str, labels: list[str], text: str) -> bool:
    """Whether an answer (normalised labels and text) contains ``must`` by the conventions above."""
    if must in VERDICTS:
        return bool(VERDICTS[must].match(text))
    stated = " ".join([text, *labels])
    if WHOLE_NUMBER.match(must) and len(must) != 4:
        return states_number(stated, int(must))
    if ISO_DATE.match(must):
        return states_date(stated, must) or (len(must) == 4 and states_number(stated, int(must)))
    wanted = normalize(must)
    return any(wanted in label for label in labels) or wanted in text


def refused(answer: dict, text: str) -> bool:
    """Whether an answer (``text`` its normalised answer text) holds nothing: no answers, no
    evidence and no verdict."""
    return not answer["answers"] and not answer["evidence"] and not any(v.match(text) for v in VERDICTS.values())


def judge(case: QACase, answer: dict) -> list[str]:
    """What is wrong with an answer to a case (empty when it is right)."""
    labels = [normalize(a["label"]) for a in answer["answers"]]
    text = normalize(answer["answer_text"])
    if refused(answer, text) and not case.expect_empty:
        return [f"missing {m} (refused)" for m in case.must]
    problems = [f"missing {m}" for m in case.must if not found(m, labels, text)]
    problems += [f"wrongly includes {n}" for n in case.not_ if any(normalize(n) in label for label in labels)]
    if case.expect_empty and answer["answers"]:
        problems.append(f"expected no answer, got {len(answer['answers'])}")
    return problems


def run_qa_eval(path: Path | str, answerer) -> QAEvalReport:
    """Answer every case with ``answerer`` (a QuestionAnswerer); a report per class with accuracy and warm latency.

    A case whose answering raises is reported as a miss with the error's type and message, and counted.
    """
    cases = load_qa_cases(path)
    for case in cases:
        _answer(answerer, case.q)  # warm-up pass: loads the encoder's weights and fills caches
    lines, times, raised = [], [], 0
    per_class: dict[str, list[bool]] = defaultdict(list)
    for case in cases:
        started = time.perf_counter()
        answer, error = _answer(answerer, case.q)
        times.append((time.perf_counter() - started) * 1000)
        if answer is None:
            raised += 1
            per_class[case.cls].append(False)
            lines.append(f"{MISSED} [{case.cls}] {case.q}{ARROW}raised {error}")
            continue
        problems = judge(case, answer)
        per_class[case.cls].append(not problems)
        lines.append(f"{MISSED if problems else RIGHT} [{case.cls}] {case.q}{ARROW}{answer['answer_text'][:80]}"
                     + (f"  [{'; '.join(problems)}]" if problems else ""))
    if len(per_class) > 1:
        lines += [f"  {cls:<14} {sum(ok)}/{len(ok)} ({sum(ok) / len(ok):.3f})" for cls, ok in sorted(per_class.items())]
    _add_honesty(lines, cases, per_class)
    right = sum(sum(ok) for ok in per_class.values())
    p99 = statistics.quantiles(times, n=100)[98] if len(times) > 1 else times[0]
    lines.append(f"{right}/{len(cases)} right ({right / len(cases):.3f}); latency p50 "
                 f"{statistics.median(times):.1f} ms, p99 {p99:.1f} ms"
                 + (f"; {raised} raised an error" if raised else ""))
    return QAEvalReport("\n".join(lines), raised)


def _answer(answerer, question: str) -> tuple[dict | None, str]:
    """The answer as a dict, or None and "Type: message" when answering raised."""
    try:
        return answerer.answer(question).to_dict(), ""
    except Exception as error:  # the harness measures the answerer: any failure of one question is a miss, not the end
        return None, f"{type(error).__name__}: {' '.join(str(error).split())}"


def _add_honesty(lines: list[str], cases: list[QACase], per_class: dict[str, list[bool]]) -> None:
    """Accuracy on the answerable cases and honesty on the unanswerable ones (expect_empty)."""
    outcome = [ok for cls in per_class for ok in per_class[cls]]
    order = [c for cls in per_class for c in cases if c.cls == cls]
    empty = [ok for c, ok in zip(order, outcome) if c.expect_empty]
    full = [ok for c, ok in zip(order, outcome) if not c.expect_empty]
    if empty and full:
        lines.append(f"  answerable {sum(full)}/{len(full)} ({sum(full) / len(full):.3f}); "
                     f"unanswerable honest {sum(empty)}/{len(empty)} ({sum(empty) / len(empty):.3f})")
