"""Evaluation harness: hit@1, hit@5, MRR and nDCG@10 of each search mode, side by side, and
hit@3 of search and autocomplete per class of query.

A case is ``{"q": query, "expect": text or null, "class": name, "mode": "search" |
"autocomplete" | "both"}`` (class and mode optional: "-" and "search"); a result is relevant
when its zh label contains ``expect`` once both are normalised (full- and half-width brackets
alike). Only the first relevant result counts (one relevant entity per case), so nDCG@10 =
1/log2(rank + 1). A case whose expect is null wants nothing back: it counts as a hit when the
search (or autocomplete) returns no result at all.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Sequence

from search.errors import BadQuery
from search.results import SearchResult
from search.text import normalize

MODES = ("dense", "lexical", "hybrid")
DEPTH = 10
METRICS = ("hit@1", "hit@5", "MRR", "nDCG@10")


CASE_MODES = ("search", "autocomplete", "both")
HIT_DEPTH = 3


@dataclass(frozen=True)
class Case:
    q: str
    expect: str | None
    cls: str = "-"
    mode: str = "search"

    def runs(self, what: str) -> bool:
        """Whether the case is run through ``what`` ('search' or 'autocomplete')."""
        return self.mode in (what, "both")


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


def _case(raw: dict) -> Case:
    mode = str(raw.get("mode", "search"))
    if mode not in CASE_MODES:
        raise ValueError(f"mode must be one of {', '.join(CASE_MODES)}, not {mode!r}")
    expect = raw["expect"]
    return Case(str(raw["q"]), None if expect is None else str(expect), str(raw.get("class", "-")), mode)


def load_cases(path: Path | str) -> list[Case]:
    """The cases of a JSON-lines file of {"q", "expect", "class"?, "mode"?} records."""
    return read_jsonl(path, _case, '{"q", "expect", "class", "mode"}')


def relevant_rank(results: Sequence[SearchResult], expect: str) -> int | None:
    """The 1-based rank of the first result whose zh label contains ``expect``, or None."""
    wanted = normalize(expect)
    return next((i for i, r in enumerate(results, start=1) if wanted in normalize(r.label)), None)


def evaluate_search(engine, cases: Iterable[Case], modes: Sequence[str] = MODES) -> EvalReport:
    """Run every search case that expects an entity through every mode of ``engine`` (a
    SearchEngine) at depth 10."""
    cases = [c for c in cases if c.expect is not None and c.runs("search")]
    reports = []
    for mode in modes:
        ranks = tuple(relevant_rank(engine.search(c.q, k=DEPTH, mode=mode), c.expect or "") for c in cases)
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


@dataclass(frozen=True)
class Outcome:
    """One case run through search or autocomplete: hit or not, and the labels returned."""

    case: Case
    what: str
    hit: bool
    labels: tuple[str, ...]


def run_case(engine, case: Case, what: str) -> Outcome:
    """Search (hybrid) or autocomplete ``case.q``; a hit is the expected entity in the top
    HIT_DEPTH, or, when nothing is expected, no result at all."""
    results = engine.search(case.q, k=DEPTH) if what == "search" else engine.autocomplete(case.q, k=DEPTH)
    if case.expect is None:
        hit = not results
    else:
        rank = relevant_rank(results, case.expect)
        hit = rank is not None and rank <= HIT_DEPTH
    return Outcome(case, what, hit, tuple(r.label for r in results[:HIT_DEPTH]))


def evaluate_classes(engine, cases: Iterable[Case]) -> list[Outcome]:
    """Every case through each of search and autocomplete it asks for."""
    return [run_case(engine, c, what) for c in cases for what in ("search", "autocomplete") if c.runs(what)]


def class_table(outcomes: Sequence[Outcome], misses: bool = False) -> str:
    """hit@3 of search and autocomplete per class, and overall ('empty' for null cases)."""
    def cell(items):
        return f"{sum(o.hit for o in items) / len(items):>7.3f} ({len(items):>3})" if items else f"{'-':>13}"

    classes = sorted({o.case.cls for o in outcomes})
    lines = [f"{'class':<12}{'search hit@3':>16}{'complete hit@3':>16}"]
    for cls in [*classes, "ALL"]:
        mine = [o for o in outcomes if cls in ("ALL", o.case.cls)]
        lines.append(f"{cls:<12}" + "".join(f"{cell([o for o in mine if o.what == w]):>16}"
                                            for w in ("search", "autocomplete")))
    named = [o for o in outcomes if o.case.expect is not None and o.case.cls not in ("topic", "-")]
    empty = [o for o in outcomes if o.case.expect is None]
    lines.append(f"{'names':<12}" + "".join(f"{cell([o for o in named if o.what == w]):>16}"
                                            for w in ("search", "autocomplete")))
    lines.append(f"{'empty|null':<12}" + "".join(f"{cell([o for o in empty if o.what == w]):>16}"
                                                 for w in ("search", "autocomplete")))
    if misses:
        lines += [f"{o.what} miss [{o.case.cls}]: {o.case.q!r} → {o.case.expect} got {list(o.labels)}"
                  for o in outcomes if not o.hit]
    return "\n".join(lines)


def run_eval(path: Path | str, engine, misses: bool = False) -> str:
    """Evaluate ``engine`` on the cases in ``path``: the per-mode table of the search cases
    that expect an entity, then hit@3 of search and autocomplete per class."""
    cases = load_cases(path)
    report = evaluate_search(engine, cases)
    return format_report(report, misses) + "\n\n" + class_table(evaluate_classes(engine, cases), misses)
