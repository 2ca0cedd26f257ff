"""Several question-answering sets through one answerer, in one report, and what changed between two reports.

A report of several sets (``run_qa_sets``) is each set's search.qa_eval report after a header line
``=== {path}``: the format the lead's round scripts (evalall.py, trans.py, agg.py) wrote and read, so reports
made before and after are compared line by line. ``changes`` lists the questions judged ok in one report and
missed in the other (``Change``); ``text_changes`` those whose answer line differs at all; ``totals`` sums the
answerable and the honest unanswerable questions over the sets.

Held-out and frozen sets are never to be run while tuning: ``set_paths`` drops every path holding one of the
substrings it is given to leave out (the round's held-out twin is named in its notes).
"""

from __future__ import annotations

import glob
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from graph.errors import BadInput
from search.qa_eval import ARROW, MISSED, RIGHT, run_qa_eval

HEADER = "=== "  # starts the line naming a set's path, before its report
JUDGED = (f"{RIGHT} [", f"{MISSED} [")  # how a question's line opens: judged right, or missed
HONESTY = re.compile(r"answerable (\d+)/(\d+) .*?; unanswerable honest (\d+)/(\d+)")


@dataclass(frozen=True)
class Change:
    """A question of ``qa_set`` judged otherwise in the second report: its line in each."""

    qa_set: str
    before: str
    after: str

    @property
    def fixed(self) -> bool:
        return self.after.startswith(JUDGED[0])


def set_paths(patterns: Iterable[str], leave_out: Iterable[str] = ()) -> list[Path]:
    """The files the paths or glob patterns name (each pattern's matches sorted, in the order given, each once),
    less those whose path holds a substring of ``leave_out``; BadInput for a pattern that names no file."""
    left_out = tuple(leave_out)
    found: dict[str, None] = {}
    for pattern in patterns:
        names = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern] if Path(pattern).is_file() else []
        if not names:
            raise BadInput(f"no question set at {pattern}")
        found.update(dict.fromkeys(names))
    return [Path(name) for name in found if not any(part in name for part in left_out)]


def run_qa_sets(paths: Iterable[Path | str], answerer, out: TextIO,
                progress: Callable[[str], object] | None = None) -> int:
    """Evaluate each set with ``answerer`` (search.qa_eval.run_qa_eval) and write its report to ``out`` after its
    header, flushed set by set; ``progress`` is given one line per set done (its path, its honesty line, the seconds
    it took). Returns how many questions raised an error in all."""
    raised = 0
    for path in paths:
        started = time.perf_counter()
        report = run_qa_eval(path, answerer)
        out.write(f"{HEADER}{path}\n{report.text}\n")
        out.flush()
        raised += report.raised
        if progress is not None:
            progress(f"{path} {_summary(report.text)} {time.perf_counter() - started:.0f}s")
    return raised


def _summary(text: str) -> str:
    """A set report's honesty line (or its last line, for a set of one kind of question)."""
    lines = text.strip().splitlines()
    return next((line.strip() for line in lines if HONESTY.search(line)), lines[-1] if lines else "")


def read_report(text: str) -> dict[str, dict[str, str]]:
    """Each set's judged lines of a report, by question (its class and wording): {set path: {question: its line}}."""
    sets: dict[str, dict[str, str]] = {}
    for name, body in _blocks(text):
        judged = sets.setdefault(name, {})
        for line in body.splitlines():
            if line.startswith(JUDGED):
                judged[line[len(JUDGED[0]) - 1:].split(ARROW)[0]] = line  # a question asked twice: its last line
    return sets


def _blocks(text: str) -> Iterable[tuple[str, str]]:
    """(set path, its report) of each set of a report."""
    for block in ("\n" + text).split("\n" + HEADER)[1:]:
        name, _, body = block.partition("\n")
        yield name, body


def changes(before: str, after: str, only: Iterable[str] = ()) -> list[Change]:
    """The questions of both reports (of the sets whose path holds a substring of ``only``, all when none) judged
    ok in one and missed in the other, in the first report's order."""
    return [c for c in _paired(before, after, only) if c.before[:2] != c.after[:2]]


def text_changes(before: str, after: str, only: Iterable[str] = ()) -> list[Change]:
    """The questions of both reports whose line differs in any way: their judgement or their answer text."""
    return [c for c in _paired(before, after, only) if c.before != c.after]


def _paired(before: str, after: str, only: Iterable[str]) -> Iterable[Change]:
    wanted = tuple(only)
    later = read_report(after)
    for name, lines in read_report(before).items():
        if wanted and not any(part in name for part in wanted):
            continue
        for question, line in lines.items():
            if question in later.get(name, {}):
                yield Change(name, line, later[name][question])


def totals(text: str, only: Iterable[str] = ()) -> tuple[int, int, int, int]:
    """(answerable right, answerable, unanswerable honest, unanswerable) summed over the sets of a report (those
    whose path holds a substring of ``only``, all when none) that report both."""
    wanted, summed = tuple(only), [0, 0, 0, 0]
    for name, body in _blocks(text):
        found = HONESTY.search(body)
        if found and (not wanted or any(part in name for part in wanted)):
            summed = [total + int(n) for total, n in zip(summed, found.groups(), strict=True)]
    return summed[0], summed[1], summed[2], summed[3]
