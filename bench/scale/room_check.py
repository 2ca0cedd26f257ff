"""What the indexes part's room check (search.aside.Room) saw, and when the room came, from a build's log and timeline.

    python bench/scale/room_check.py LOG TIMELINE [--after 30]

LOG is ``bench/scale/stages.py``'s output (or ``index_step.py``'s), TIMELINE its ``--timeline`` (each 0.5 s sample of
the tree's RSS, MB by pid). For each "room for a child" line: the rest of the tree and the part's estimate it was
decided on, then, every second from the check's start to ``--after`` seconds past its end, each process's RSS (the
build's process is the timeline's first pid) and whether the rest of the tree (the pids alive before the indexes part's
worker started) plus the estimate was within the limit then; and the log's lines about the dense index made beside
the parts (when the build's process let go of it). Answers: who held the rest of the tree at the check, and how long
after it the room came (round 38: bench/results/scale39a-*.md).
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import UTC, datetime
from pathlib import Path

STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (.*)$")
ROOM = re.compile(r"room for a child: the rest of the tree (\d+) MB \+ this worker and its child (\d+) MB (\w+) "
                  r"the limit (\d+) MB \(after ([\d.]+) s")
WORKER = re.compile(r"index part indexes: .*\(worker process (\d+)")
DENSE = ("dense index", "rebuilding the dense index", "index part tables")


def _epoch(stamp: str) -> float:
    """A log's time (UTC, as the build machine's clock) as seconds since the epoch."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=UTC).timestamp()


def _lines(log: Path) -> list[tuple[float, str]]:
    return [(_epoch(m[1]), m[2]) for line in log.read_text().splitlines() if (m := STAMP.match(line))]


def report(log: Path, timeline: Path, after: float) -> list[str]:
    lines = _lines(log)
    samples = [json.loads(line) for line in timeline.read_text().splitlines()]
    root = next(iter(samples[0]["mb"]))
    worker = next((m[1] for _, text in lines if (m := WORKER.search(text))), None)
    # the rest of the tree: the processes alive before the indexes part's worker started (not it, not its child)
    started = next((i for i, sample in enumerate(samples) if worker in sample["mb"]), len(samples))
    before = {pid for sample in samples[:started] for pid in sample["mb"]}
    out = [f"{datetime.fromtimestamp(t, UTC):%H:%M:%S} {text}" for t, text in lines
           if text.startswith(DENSE)]
    for t, text in lines:
        if not (m := ROOM.search(text)):
            continue
        rest, part, _, limit, waited = int(m[1]), int(m[2]), m[3], int(m[4]), float(m[5])
        out.append(f"{datetime.fromtimestamp(t, UTC):%H:%M:%S} {text}")
        out.append(f"  build's process is pid {root}; the indexes part's worker {worker}; the estimate {part} MB")
        last = -1
        for sample in samples:
            since = sample["t"] - t
            if -waited - 1 <= since <= after and int(since) != last:
                last = int(since)
                held = sum(mb for pid, mb in sample["mb"].items() if pid in before)
                room = "room" if held + part <= limit else "none"
                out.append(f"  {since:+6.1f} s  rest {held:5d} MB  {room}  {sample['mb']}")
        out.append(f"  (the check's figure: rest {rest} MB)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("timeline", type=Path)
    parser.add_argument("--after", type=float, default=30.0, help="seconds past the check's end shown")
    args = parser.parse_args()
    print("\n".join(report(args.log, args.timeline, args.after)))


if __name__ == "__main__":
    main()
