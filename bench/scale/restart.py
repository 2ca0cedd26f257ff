"""Restart to /readyz: start server.py on a built data directory, time it until /readyz answers,
and give the stages of its warm-up from its own log.

    python bench/scale/restart.py --data DIR --curated DIR [--starts N] [--logs DIR] [--keep] [--timeout S]
        [--checkouts TREE ...] [--variants "OPTIONS" ...]

Each start is a fresh server.py (2 query workers, 8 threads, as bench/scale/run.py serves), stopped
once ready (``--keep``: the last one is left running and its PID printed). Prints per start: seconds
from the process start to /readyz, from the start to "listening" (the published build checked),
each ``warm-up: … up in`` line of web.services, the RSS of the process tree and the web process's CPU
seconds when ready (and its query workers', which make their fact copies before it is ready) (on a loaded machine a fairer measure than wall time), and the 1-minute load. The first start of new code on a build may make derived tables again (an upgrade
start): give ``--starts 2`` and read the second as the restart.

``--until-fast MS`` then asks run.py's GROUP BY over every organisation (a new comment each time, so
no kept result answers it) every ``--poll-gap`` seconds until it answers within MS milliseconds, and
gives the seconds from the process start to that answer (``group_by_fast_s``) with each try's status
and time: how long after the start /sparql answers at full speed (the workers' fact copies made).

Memory is given as the tree's RSS (a page shared by processes counted in each) and PSS (each shared
page divided among its sharers: the tree's real share of memory; query workers forked from one fact
loader share its copy, graph.fact_loader). ``--checkouts A B`` alternates the starts between the
server.py of working trees A and B (each start N times): before and after side by side in one run. ``--variants "--fact-copy shared" "--fact-copy each"``
likewise alternates the starts between server.py option sets (each start of every checkout once per set).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import urllib.error
from datetime import datetime
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent)]

from service_servers import start_ours
from run import get, uncached_group_by
from trees import tree_pss, tree_rss

START_TIMEOUT_S = 1800.0
SERVER = dict(workers=2, threads=8)
STAGE = re.compile(r"^(\S+ \S+) INFO web\.services: (warm-up: (.+) up in ([\d.]+) s|ready: .* in ([\d.]+) s)")
LISTENING = re.compile(r"^(\S+ \S+) INFO __main__: listening")


def tree_memory_mb(pid: int) -> dict[str, int]:
    """Resident and proportional MB of a process and its descendants (``rss``, ``pss``)."""
    process = psutil.Process(pid)
    return dict(rss=round(tree_rss(process) / 2**20), pss=round(tree_pss(process) / 2**20))


def stages(log: Path, started: float) -> dict[str, float]:
    """The warm-up stages of ``log`` (seconds each) and when the server listened (seconds after ``started``)."""
    out: dict[str, float] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if m := LISTENING.match(line):
            at = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
            out["listening after start"] = round(at - started, 1)
        elif m := STAGE.match(line):
            out[m.group(3) or "ready after listening"] = float(m.group(4) or m.group(5))
    return out


def until_fast(base: str, started: float, fast_ms: float, gap_s: float, tries: int = 60) -> dict:
    """Ask the GROUP BY every ``gap_s`` until it answers 200 within ``fast_ms``; seconds from ``started``."""
    polls = []
    for url in uncached_group_by(base, tries):
        at = time.perf_counter()
        try:
            took, status = get(url), 200
        except urllib.error.HTTPError as exc:
            took, status = time.perf_counter() - at, exc.code
        polls.append(f"{status}/{round(took * 1000)}ms@{round(at - started, 1)}s")
        if status == 200 and took * 1000 < fast_ms:
            return dict(group_by_fast_s=round(time.perf_counter() - started, 1), polls=" ".join(polls))
        time.sleep(max(0.0, gap_s - (time.perf_counter() - at)))
    return dict(group_by_fast_s=None, polls=" ".join(polls))


def start_once(data: Path, curated: Path, logs: Path, keep: bool, timeout_s: float = START_TIMEOUT_S,
               fast_ms: float | None = None, gap_s: float = 5.0, checkout: Path | None = None,
               memory_copy_max_quads: int | None = None, options: tuple[str, ...] = (), polls: int = 60) -> dict:
    started_wall, started = time.time(), time.perf_counter()
    server = start_ours(data, logs, SERVER["workers"], SERVER["threads"], name="restart", curated=curated,
                        timeout_s=timeout_s, checkout=checkout, memory_copy_max_quads=memory_copy_max_quads,
                        options=options)
    row: dict = dict(ready_s=round(time.perf_counter() - started, 1), load_1min=round(os.getloadavg()[0], 2))
    row.update({f"{kind}_mb_at_ready": mb for kind, mb in tree_memory_mb(server.process.pid).items()})
    row["processes"] = 1 + len(psutil.Process(server.process.pid).children(recursive=True))
    times = psutil.Process(server.process.pid).cpu_times()
    row["server_cpu_s_at_ready"] = round(times.user + times.system, 1)  # the web process alone: load-independent
    row["workers_cpu_s_at_ready"] = round(sum(sum(c.cpu_times()[:2]) for c in psutil.Process(server.process.pid).children(recursive=True)), 1)
    row.update(stages(server.child.stderr, started_wall))
    if fast_ms is not None:
        row.update(until_fast(server.child.url, started, fast_ms, gap_s, polls))
        row.update({f"{kind}_mb_then": mb for kind, mb in tree_memory_mb(server.process.pid).items()})
    if keep:
        row["pid"] = server.process.pid
    else:
        server.stop()
    return row


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--curated", type=Path, required=True)
    p.add_argument("--starts", type=int, default=1)
    p.add_argument("--logs", type=Path, default=Path("/tmp/restart-bench-logs"))
    p.add_argument("--keep", action="store_true", help="leave the last server running")
    p.add_argument("--timeout", type=float, default=START_TIMEOUT_S, help="seconds a start may take (an upgrade start at 1000x: more)")
    p.add_argument("--until-fast", type=float, metavar="MS", help="then poll the GROUP BY until it answers within MS ms")
    p.add_argument("--poll-gap", type=float, default=5.0, help="seconds between the GROUP BY polls")
    p.add_argument("--polls", type=int, default=60, help="the most GROUP BY polls")
    p.add_argument("--checkouts", type=Path, nargs="+", default=[None],
                   help="working trees whose server.py the starts alternate between (default: this one)")
    p.add_argument("--variants", nargs="+", default=[""], help="server.py option sets the starts alternate between")
    p.add_argument("--memory-copy-max-quads", type=int, help="server.py's (0: workers copy the fact graphs at any size)")
    args = p.parse_args(argv)
    args.logs.mkdir(parents=True, exist_ok=True)
    for n in range(args.starts):
        for checkout, variant in [(c, v) for c in args.checkouts for v in args.variants]:
            last = args.keep and n == args.starts - 1 and (checkout, variant) == (args.checkouts[-1], args.variants[-1])
            row = start_once(args.data, args.curated, args.logs, last, args.timeout, args.until_fast, args.poll_gap,
                             checkout, args.memory_copy_max_quads, tuple(variant.split()), args.polls)
            label = "" if checkout is None and not variant else f" ({checkout or ''} {variant})"
            print(f"start {n + 1}{label}: " + ", ".join(f"{k} {v}" for k, v in row.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
