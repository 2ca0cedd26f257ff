"""Evaluation harness: hit@1, hit@5, MRR and nDCG@10 of each search mode, side by side.

A case is ``{"q": query, "expect": text}``; a result is relevant when its zh label contains
``expect`` once both are normalised (full- and half-width brackets alike). Only the first
relevant result counts (one relevant entity per case), so nDCG@10 = 1/log2(rank + 1).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from search.errors import BadQuery
from search.results import SearchResult
from search.text import normalize

MODES = ("dense", "lexical", "hybrid")
DEPTH = 10
METRICS = ("hit@1", "hit@5", "MRR", "nDCG@10")


@dataclass(frozen=True)
class Case:
    q: str
    expect: str


@dataclass(frozen=True)
class ModeReport:
    """The metrics of one mode over all cases, and the cases it did not rank first."""

    mode: str
    ranks: tuple[int | None, ...]
    misses: tuple[tuple[Case, int | None], ...] = field(default=())

    def metrics(self) -> dict[str, float]:
        n = max(1, len(self.ranks))
        found = [r for r in self.ranks if r is not None]
        return {
            "hit@1": sum(r == 1 for r in found) / n,
            "hit@5": sum(r <= 5 for r in found) / n,
            "MRR": sum(1 / r for r in found) / n,
            "nDCG@10": sum(1 / math.log2(r + 1) for r in found if r <= DEPTH) / n,
        }


@dataclass(frozen=True)
class EvalReport:
    cases: int
    modes: tuple[ModeReport, ...]

    def to_dict(self) -> dict:
        return {"cases": self.cases, "modes": {m.mode: m.metrics() for m in self.modes}}


def read_jsonl(path: Path | str, build, shape: str) -> list:
    """``build(record)`` for each record of a JSON-lines file; BadQuery names a malformed line."""
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(build(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadQuery(f"{path}:{number}: not a {shape} object ({exc})") from exc
    return items


def load_cases(path: Path | str) -> list[Case]:
    """The cases of a JSON-lines file of {"q", "expect"} records."""
    return read_jsonl(path, lambda raw: Case(str(raw["q"]), str(raw["expect"])), '{"q", "expect"}')


def relevant_rank(results: Sequence[SearchResult], expect: str) -> int | None:
    """The 1-based rank of the first result whose zh label contains ``expect``, or None."""
    wanted = normalize(expect)
    return next((i for i, r in enumerate(results, start=1) if wanted in normalize(r.label)), None)


def evaluate_search(engine, cases: Iterable[Case], modes: Sequence[str] = MODES) -> EvalReport:
    """Run every case through every mode of ``engine`` (a SearchEngine) at depth 10."""
    cases = list(cases)
    reports = []
    for mode in modes:
        ranks = tuple(relevant_rank(engine.search(c.q, k=DEPTH, mode=mode), c.expect) for c in cases)
        misses = tuple((c, r) for c, r in zip(cases, ranks) if r != 1)
        reports.append(ModeReport(mode, ranks, misses))
    return EvalReport(len(cases), tuple(reports))


def format_report(report: EvalReport, misses: bool = False) -> str:
    """A plain-text table, one row per mode; with ``misses``, the cases not ranked first."""
    lines = [f"{report.cases} cases", f"{'mode':<10}" + "".join(f"{m:>10}" for m in METRICS)]
    for mode in report.modes:
        values = mode.metrics()
        lines.append(f"{mode.mode:<10}" + "".join(f"{values[m]:>10.3f}" for m in METRICS))
    if misses:
        for mode in report.modes:
            lines += [f"{mode.mode} miss: {c.q!r} → {c.expect} at rank {r or '>10'}" for c, r in mode.misses]
    return "\n".join(lines)


def run_eval(path: Path | str, engine, misses: bool = False) -> str:
    """Evaluate ``engine`` on the cases in ``path`` and return the formatted table."""
    return format_report(evaluate_search(engine, load_cases(path)), misses)
