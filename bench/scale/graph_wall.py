"""The graph part of a build replayed on a quiet machine, from its log: two lanes, as it runs.

    python bench/scale/graph_wall.py LOG [--layout logged|stream|before]

The graph part runs in two threads (graph.streaming): this thread (load curated, emit, rows, the scratch
store's load, inference's rules, SHACL, compaction, the counts and digests) and the loads behind it (the
stated rows, then each hand-over of entailed rows), each on a core of its own: its wall is not the sum of
its CPU, which is what ``critical_path.py`` counts. From LOG (``bench/scale/stages.py``'s output, with
its timestamps) this takes each main-lane step's CPU (beside a load its thread's, "thread ... s CPU" of
the stage's line, its own helper threads then counted in the loads' lane; else, and in logs older than
that, the stage's process CPU less the loads' CPU over its interval, pro rata)
and each load's CPU (the process's less the main thread's over the load, "s CPU" of each "loaded ...
behind" line; in logs older than that its wall: an upper bound), and replays them: the main lane one step
after another, the loads one after another on the other core, each load not before its rows are
there, compaction not before every load is done. When the rows are there: ``stream`` (round 28): the
stated rows' load from the start of emit (graph.streaming.StatedLoad reads emit's files as they are
complete; it ends after "rows"), an entailed file when its rule ended: the moment its load began in the
log, mapped onto the replayed main lane, when the loads lane had been idle before it (else at once: it
had waited in the queue). ``before`` (round 27): the stated rows from the end of "rows" (one file), the
entailed files at the end of inference (each stratum's, handed over at its end). ``logged``: the layout
the log shows. ``help`` (round 29): ``stream``, and once the main lane is done with its steps (SHACL) and the
stated load is done, the main lane loads too, taking the next load whenever it is free before the loads
lane (graph.streaming.LoadsBehind.help); a large entailed file is then logged as its parts, each a load.
Prints the lanes, the replayed wall, and the CPU sum.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

WHEN = r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) "
STAGE = re.compile(WHEN + r"stage: (.+?)\s+([\d.]+) s wall\s+([\d.]+) s CPU.*?(?:thread ([\d.]+) s CPU)?$", re.M)
LOAD = re.compile(WHEN + r"loaded (.+?) behind: ([\d.]+) s, [\d.]+ s after the first(?:, ([\d.]+) s CPU)?", re.M)
QUEUED = re.compile(WHEN + r"queued (.+?) behind$", re.M)
BLOCK, STORE = "entailed, checked and loaded", "store load+check"
BESIDE = 0.5  # CPU seconds of the loads over a step beyond which it ran beside them (the log's rounding below)
STREAM = "a stream"  # the stated rows' load's name when it reads them as emit writes them


def _time(text: str) -> float:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S,%f").timestamp()


@dataclass(frozen=True)
class Span:
    """A step in the log: its name, wall interval (start, end: seconds) and CPU seconds."""

    name: str
    start: float
    end: float
    cpu: float


def read(log: str) -> tuple[list[Span], list[Span]]:
    """(the main lane's steps, the loads) of the graph part in ``log``: main-lane CPU without the loads'
    (the stage's own thread's CPU where the log gives it, else its process CPU less the loads' overlap)."""
    found = {m[2]: m for m in STAGE.finditer(log)}
    stages = {n: Span(n, _time(m[1]) - float(m[3]), _time(m[1]), float(m[4])) for n, m in found.items()}
    own = {n: float(m[5]) for n, m in found.items() if m[5] is not None}
    queued = {m[2]: _time(m[1]) for m in QUEUED.finditer(log)}  # a load's start: when it was queued, if logged
    rows = stages["emit"].start  # no load has rows before emit (a stated load may be queued before)
    loads = [Span(m[2], max(queued.get(m[2], _time(m[1]) - float(m[3])), rows), _time(m[1]),
                  float(m[4] if m[4] else m[3])) for m in LOAD.finditer(log)]
    block, store, inference, validate = (stages[n] for n in (BLOCK, STORE, "inference", "validate"))
    compaction = stages["compaction"]
    waits = Span("waits for the loads", validate.end, block.end, 0.0)
    scratch = Span("scratch load", stages["rows"].end, inference.start,
                   block.cpu - inference.cpu - validate.cpu - _overlap(waits, loads))
    if {BLOCK, "inference", "validate"} <= own.keys():
        own["scratch load"] = own[BLOCK] - own["inference"] - own["validate"]
    main = [stages["load curated"], stages["emit"], stages["rows"], scratch, inference, validate, waits, compaction,
            Span("counts and digests", compaction.end, store.end,
                 store.cpu - stages["rows"].cpu - block.cpu - compaction.cpu)]
    return [Span(s.name, s.start, s.end, own[s.name] if s.name in own and _overlap(s, loads) > BESIDE
                 else max(s.cpu - _overlap(s, loads), 0.0)) for s in main], loads


def _overlap(step: Span, loads: list[Span]) -> float:
    """The loads' CPU over ``step``'s interval, each spread evenly over its own."""
    return sum(load.cpu * max(min(step.end, load.end) - max(step.start, load.start), 0.0) / (load.end - load.start)
               for load in loads if load.end > load.start)


def wall(log: str, layout: str) -> float:
    """The graph part's wall in ``log`` replayed in ``layout`` (see the module)."""
    return replay(*read(log), layout, queued=QUEUED.search(log) is not None)[0]


def replay(main: list[Span], loads: list[Span], layout: str,
           queued: bool = False) -> tuple[float, list[tuple[str, float, float]]]:
    """(the replayed wall, each step's (name, start, end)) of the two lanes; see the module. ``queued``:
    each load's start is when it was queued (else when it began: its rows were there by then)."""
    times: list[tuple[str, float, float]] = []
    at, mapped = 0.0, []  # mapped: (wall start, wall end, replay start, replay end) of each main step
    for step in main:
        if step.name == "waits for the loads":
            break
        times.append((step.name, at, at + step.cpu))
        mapped.append((step.start, step.end, at, at + step.cpu))
        at += step.cpu

    def on_replay(wall: float) -> float:
        for w0, w1, r0, r1 in mapped:
            if w0 <= wall <= w1:
                return r0 + (r1 - r0) * ((wall - w0) / (w1 - w0) if w1 > w0 else 1.0)
        return at if wall > mapped[-1][1] else 0.0

    stream = layout in ("stream", "help") or (layout == "logged" and bool(loads) and loads[0].name == STREAM)
    lane, idle_until, helper = 0.0, float("-inf"), float("inf")  # helper: when the main lane loads too
    inferred = next(end for name, _, end in times if name == "inference")
    for number, load in enumerate(loads):
        if number == 0:
            ready = on_replay(main[1].start if stream else main[2].end)
            done = max(ready + load.cpu, on_replay(main[2].end))
            helper = max(at, done) if layout == "help" else helper
        else:
            ready = on_replay(load.start) if queued or load.start > idle_until + 1.0 else 0.0
            start = max(lane, min(ready, inferred) if stream else max(ready, inferred))
            if max(helper, ready) < start:  # the main lane, done with its steps, takes it (LoadsBehind.help)
                helper = max(helper, ready) + load.cpu
                times.append((f"load {load.name} (main lane)", helper - load.cpu, helper))
                idle_until = load.end
                continue
            done = start + load.cpu
        times.append((f"load {load.name}", done - load.cpu, done))
        lane, idle_until = done, load.end
    at = max(at, lane, helper if helper != float("inf") else 0.0)
    for step in main[main.index(next(s for s in main if s.name == "waits for the loads")) + 1:]:
        times.append((step.name, at, at + step.cpu))
        at += step.cpu
    return at, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--layout", choices=("logged", "stream", "before", "help"), default="logged")
    args = parser.parse_args()
    log = args.log.read_text(encoding="utf-8")
    steps, loads = read(log)
    if any(m[4] is None for m in LOAD.finditer(log)):
        print("(the loads' CPU is not in this log: their wall is taken, an upper bound; the main lane's a lower one)")
    wall, times = replay(steps, loads, args.layout, queued=QUEUED.search(log) is not None)
    for name, start, end in times:
        print(f"{name:45s} {start:7.1f} -> {end:7.1f} s  ({end - start:6.1f} s CPU)")
    total = sum(s.cpu for s in steps) + sum(load.cpu for load in loads)
    print(f"graph part replayed on 2 cores ({args.layout}): {wall:.1f} s wall; {total:.1f} s CPU in its two lanes")


if __name__ == "__main__":
    main()
