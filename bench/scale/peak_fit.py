"""Fit the index step's peak estimates (search.step_peaks.Peaks) on builds at sizes other than the judged one.

    python bench/scale/peak_fit.py LOG:TIMELINE [LOG:TIMELINE ...] [--check LOG:TIMELINE ...]

Each LOG is the output of ``bench/scale/stages.py CURATED --data D --timeline TIMELINE`` (its lines
"N triples from", "index part NAME: ... peak N MB (worker process P)"), TIMELINE its samples (RSS in MB by
pid every 0.5 s; the build's process is the first pid). From each build: the graph's quads, each part's own
peak (VmHWM, read by its worker), the embedding worker's peak (the process, neither a part's nor the
build's, first seen after the catalogue's worker ended, over 100 MB: in a build whose dense index is made
apart, the embedding worker of that part) and the build's process's largest RSS after the catalogue's worker
ended (``beside`` when it embedded beside the parts, ``alone`` when the dense index was made apart), and the
holder's (the build's process, or the dense index's worker made apart) largest RSS while the embedding worker
lives (``holding``). A catalogue made after inference (search.prebuild.EarlyCatalogue) is fitted as
``early_catalogue`` over the quads of inference's scratch store (its log line). Prints
a line per process fitted by least squares over the builds (two sizes: the line through both), as
``Line(fixed_mb, mb_per_mquad)``, then, for each ``--check`` build, each estimate against what it measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

QUADS = re.compile(r"^(\d+) triples from")
PART = re.compile(r"index part (\w+): .* peak (\d+) MB \(worker process (\d+)")
WHEN = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")
STEP = "index step:"  # search.prebuild's line as the index step starts
EARLY = "early: after inference"  # the catalogue part's line when made after inference (search.prebuild.EarlyCatalogue)
SCRATCH = re.compile(r"early catalogue: (\d+) quads in the scratch store")
EMBEDDING_MIN_MB = 100  # the resource tracker (12 MB) is no embedding worker
DENSE_APART = "dense_apart"


def measured(spec: str) -> tuple[int, dict[str, int], dict[str, int]]:
    """(quads, process → peak MB, process → the quads its line is in when not the graph's) of the build whose
    log and timeline ``spec`` names (LOG:TIMELINE). A catalogue made after inference (``EARLY``) is
    ``early_catalogue``, in the quads of inference's scratch store; the index step's processes are then those
    after its start."""
    log, timeline = spec.split(":")
    text = Path(log).read_text(encoding="utf-8").splitlines()
    quads = next(int(m.group(1)) for line in text if (m := QUADS.match(line)))
    parts = {m.group(1): (int(m.group(2)), int(m.group(3))) for line in text if (m := PART.search(line))}
    samples = [json.loads(line) for line in Path(timeline).read_text(encoding="utf-8").splitlines()]
    rows = [sample["mb"] for sample in samples]
    root, catalogue = next(iter(rows[0])), str(parts["catalogue"][1])
    early = any(EARLY in line for line in text)
    if early:
        step = next(_time(line) for line in text if STEP in line)
        after = [sample["mb"] for sample in samples if sample["t"] >= step]
    else:
        after = rows[max(i for i, row in enumerate(rows) if catalogue in row) + 1:]
    workers = {str(pid) for _, pid in parts.values()}
    others = {pid: max(row.get(pid, 0) for row in after) for row in after for pid in row if pid not in workers | {root}}
    peaks = {name: mb for name, (mb, _) in parts.items() if name != DENSE_APART}
    embedding, peaks["embedding"] = max(((pid, mb) for pid, mb in others.items() if mb > EMBEDDING_MIN_MB),
                                        key=lambda pm: pm[1])
    peaks["alone" if DENSE_APART in parts else "beside"] = max(row.get(root, 0) for row in after)
    holder = str(parts[DENSE_APART][1]) if DENSE_APART in parts else root
    peaks["holding"] = max(row.get(holder, 0) for row in after if embedding in row)
    if not early:
        return quads, peaks, {}
    peaks["early_catalogue"] = peaks.pop("catalogue")
    return quads, peaks, {"early_catalogue": next(int(m.group(1)) for line in text if (m := SCRATCH.search(line)))}


def _time(line: str) -> float:
    """The epoch seconds of a log line's timestamp (local time, as the timeline's)."""
    return dt.datetime.strptime(WHEN.match(line).group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()


def fitted(builds: list[tuple[int, dict[str, int], dict[str, int]]]) -> dict[str, tuple[float, float]]:
    """process → (fixed MB, MB per million quads), least squares over the builds that measured it."""
    lines = {}
    for name in sorted({n for _, peaks, _ in builds for n in peaks}):
        points = [(over.get(name, quads) / 1e6, peaks[name]) for quads, peaks, over in builds if name in peaks]
        if len(points) < 2:
            continue
        mean_x = sum(x for x, _ in points) / len(points)
        mean_y = sum(y for _, y in points) / len(points)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)
        lines[name] = (mean_y - slope * mean_x, slope)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("builds", nargs="+", help="LOG:TIMELINE of a build the lines are fitted on")
    parser.add_argument("--check", nargs="*", default=[], help="LOG:TIMELINE of a build the lines are checked on")
    args = parser.parse_args()
    builds = [measured(spec) for spec in args.builds]
    for quads, peaks, over in builds:
        print(f"{quads:>12,} quads: " + ", ".join(f"{n} {mb} MB" for n, mb in sorted(peaks.items()))
              + "".join(f" ({n} over {q:,} quads)" for n, q in over.items()))
    lines = fitted(builds)
    for name, (fixed, slope) in lines.items():
        print(f"{name:10s} Line({fixed:.0f}.0, {slope:.0f}.0)")
    for spec in args.check:
        quads, peaks, over = measured(spec)
        for name, mb in sorted(peaks.items()):
            if name in lines:
                fixed, slope = lines[name]
                x = over.get(name, quads)
                print(f"check {x:,} quads: {name:10s} measured {mb:6d} MB, line {fixed + slope * x / 1e6:7.0f} MB")


if __name__ == "__main__":
    main()
