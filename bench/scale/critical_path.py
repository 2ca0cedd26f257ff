"""The build as a graph of stages, from a build's log: its critical path and its wall on a quiet 2-core machine.

    python bench/scale/critical_path.py LOG [--embedding CPU_S] [--cores 2] [--[no-]share] [--[no-]side-by-side]
                                            [--[no-]apart] [--[no-]early] [--graph-lanes logged|stream|before|help]

LOG is the output of ``bench/scale/stages.py`` (graph.timing's stage lines, search.prebuild's "index step:"
and "index part NAME: ..." lines). Its CPU seconds are the stages' durations; what each needs:

    graph part (load curated → emit → rows → store load+check, one worker, one after the other)
      → VoID and routing (a thread)              → catalogue (a worker)
                                                    → embedding → dense index (HNSW, kept)
                                                    → facts → tables
                                                    → indexes

and the layout the log names adds its own order: one after the other, the indexes after the tables; the dense
index apart, every part after it. ``--embedding`` is the passages' embedding's CPU (bench/scale/embed_split.py
measures it; it is inside the dense index's figure, which is the dense_apart part's, or the search index's less
every part's when it was made in the build's process); with ``--share`` the embedding runs on every core once
nothing else runs. Each of ``--share``, ``--side-by-side`` (the two chains) and ``--apart`` (the dense index made
first, alone) is what the log's layout line says unless given: the same CPU seconds in another layout. Prints every stage's CPU, the critical path (the
longest chain of CPU seconds that must run one after another, cores unbounded) and the wall a fluid schedule of
those CPU seconds takes on ``--cores`` cores (each stage on at most one core, the shared embedding on all; cores
split evenly among the stages ready): what a quiet machine would take. The graph part counts its CPU
seconds, one stage after another, unless ``--graph-lanes`` is given: then its wall replayed on its two lanes
in that layout (``bench/scale/graph_wall.py``: its loads behind its other steps, on the second core), as two
stages, up to the end of inference and after it, each the CPU of both lanes over its replayed interval and
using at most the cores it used there (CPU over wall). With ``--early`` (the default when the log's catalogue
part says "early": search.prebuild.EarlyCatalogue) the catalogue needs only the graph part up to inference's end
and runs beside the rest of it, niced (on the cores the replay leaves that rest: search.prebuild.EarlyCatalogue);
every other stage still needs the whole graph part, and VoID the catalogue too (the graph part returns once the
catalogue is kept). With ``--niced-void`` (the default when the log says VoID's thread was niced: graph.build
since round 30) VoID runs on the cores the others leave.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import graph_wall  # bench/scale/graph_wall.py, beside this file

STAGE = re.compile(r"stage: (.+?)\s+([\d.]+) s wall\s+([\d.]+) s CPU")
PART = re.compile(r"index part (\w+): [\d.]+ s wall, ([\d.]+) s CPU")
GRAPH = ("load curated", "emit", "rows", "store load+check")
EARLY = "early: after inference"  # a catalogue part's line when search.prebuild.EarlyCatalogue made it
NICED_VOID = "void_0 thread niced by"  # graph.build's line when VoID's thread beside the index step is niced


@dataclass(frozen=True)
class Task:
    """A stage: its CPU seconds, the stages it needs done, the cores it may use at most."""

    name: str
    cpu: float
    needs: tuple[str, ...]
    cores: float = 1.0
    low: bool = False  # niced: the cores the others leave


@dataclass(frozen=True)
class Layout:
    """The index step's layout (search.step_peaks.Layout); None: as the log says."""

    share: bool | None = None
    side_by_side: bool | None = None
    apart: bool | None = None
    early: bool | None = None  # the catalogue after inference, beside the rest of the graph part
    niced_void: bool | None = None  # VoID's thread beside the index step niced (graph.kept_beside.BESIDE_NICE)


def tasks(log: str, embedding: float, layout: Layout = Layout(), graph_lanes: str | None = None,
          cores: int = 2) -> list[Task]:
    """The build's stages from ``log`` with their inputs and the layout's order (``graph_lanes``: the graph
    part's wall replayed in that layout, graph_wall.py, instead of its CPU seconds)."""
    stages = {m.group(1): float(m.group(3)) for m in STAGE.finditer(log)}
    parts = {m.group(1): float(m.group(2)) for m in PART.finditer(log)}
    one_after = ("one after the other" in log) if layout.side_by_side is None else not layout.side_by_side
    apart = ("dense_apart" in parts) if layout.apart is None else layout.apart
    share = ("embedding shared" in log) if layout.share is None else layout.share
    early = (EARLY in log) if layout.early is None else layout.early
    niced_void = (NICED_VOID in log) if layout.niced_void is None else layout.niced_void
    dense = parts.get("dense_apart", stages["search index"] - sum(p for n, p in parts.items() if n != "catalogue")
                      - (0.0 if EARLY in log else parts["catalogue"]))
    graph = _graph_part(log, stages, graph_lanes)
    whole = (graph[-1].name,)
    run = ("facts", "tables", "indexes")
    after_dense = ("dense",) if apart else ()
    return [
        *graph,
        # early, the graph part returns once the catalogue is kept (graph.handover.wait), then VoID starts
        Task("VoID and routing", stages.get("VoID and routing", 0.0), (*whole, *(("catalogue",) if early else ())),
             low=niced_void),
        Task("catalogue", parts["catalogue"], (graph[0].name,) if early else whole, low=early),
        # beside the parts, the holder shares the embedding only once they ended (search.prebuild._beside)
        Task("embedding", min(embedding, dense), ("catalogue", *whole), cores=cores if share else 1.0),
        Task("dense", max(dense - embedding, 0.0), ("embedding",)),
        Task("facts", parts[run[0]], ("catalogue", *whole, *after_dense)),
        Task("tables", parts[run[1]], ("facts",)),
        Task("indexes", parts[run[2]], ("catalogue", *whole, *after_dense, *(("tables",) if one_after else ()))),
    ]


def _graph_part(log: str, stages: dict[str, float], graph_lanes: str | None) -> list[Task]:
    """The graph part: one stage of its CPU seconds summed, or (``graph_lanes``) its two lanes replayed in that
    layout, split at inference's end, each half the CPU of its interval on at most the cores it used."""
    if graph_lanes is None:
        return [Task("graph part", sum(stages[name] for name in GRAPH), ())]
    wall, times = graph_wall.replay(*graph_wall.read(log), graph_lanes, queued=graph_wall.QUEUED.search(log) is not None)
    inferred = next(end for name, _, end in times if name == "inference")
    halves = []
    for name, start, end in (("graph to inference", 0.0, inferred), ("graph after inference", inferred, wall)):
        cpu = sum(max(min(end, b) - max(start, a), 0.0) for _, a, b in times)
        halves.append(Task(name, cpu, tuple(t.name for t in halves), cores=cpu / (end - start) if end > start else 1.0))
    return halves


def critical_path(graph: list[Task]) -> tuple[float, list[str]]:
    """(seconds, stages) of the longest chain, each stage on the cores it may use."""
    by_name = {t.name: t for t in graph}
    longest: dict[str, tuple[float, list[str]]] = {}

    def chain(name: str) -> tuple[float, list[str]]:
        if name not in longest:
            task = by_name[name]
            before = max((chain(n) for n in task.needs), default=(0.0, []))
            longest[name] = (before[0] + task.cpu / task.cores, [*before[1], name])
        return longest[name]
    return max(chain(t.name) for t in graph)


def fluid_wall(graph: list[Task], cores: int) -> float:
    """The wall of ``graph`` on ``cores`` cores: the ready stages share them evenly, each on at most the cores
    it may use (one, or more: a shared stage, the graph part's lanes), what one cannot use going to the others."""
    left = {t.name: t.cpu for t in graph}
    done: set[str] = set()
    wall = 0.0
    while len(done) < len(graph):
        ready = [t for t in graph if t.name not in done and all(n in done for n in t.needs)]
        rate = _rates(ready, cores)
        step = min((left[n] / r for n, r in rate.items() if r > 0), default=0.0) if any(left[n] > 0 for n in rate) else 0.0
        for name, r in rate.items():
            left[name] -= step * r
            if left[name] <= 1e-9:
                done.add(name)
        wall += step
    return wall


def _rates(ready: list[Task], cores: int) -> dict[str, float]:
    """The cores each ready stage runs on: an even share, capped at what it may use, the rest to the others;
    the niced stages (``low``) share what the others leave."""
    rate, free = {}, float(cores)
    for tier in (False, True):
        by_cap = sorted((t for t in ready if t.low == tier), key=lambda t: t.cores)
        for at, task in enumerate(by_cap):
            rate[task.name] = min(task.cores, free / (len(by_cap) - at))
            free -= rate[task.name]
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--embedding", type=float, default=0.0, help="the embedding's CPU seconds (embed_split.py)")
    parser.add_argument("--cores", type=int, default=2)
    for name, what in (("share", "the embedding shared once alone"), ("side-by-side", "the two chains side by side"),
                       ("apart", "the dense index made first, alone"),
                       ("early", "the catalogue after inference, beside the rest of the graph part (with --graph-lanes)"),
                       ("niced-void", "VoID's thread niced beside the index step")):
        parser.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, default=None,
                            help=f"{what} (default: as the log's layout line says)")
    parser.add_argument("--graph-lanes", choices=("logged", "stream", "before", "help"),
                        help="the graph part's wall replayed on its two lanes (graph_wall.py), not its CPU sum")
    args = parser.parse_args()
    layout = Layout(args.share, args.side_by_side, args.apart, args.early, args.niced_void)
    graph = tasks(args.log.read_text(encoding="utf-8"), args.embedding, layout, args.graph_lanes, args.cores)
    for task in graph:
        print(f"{task.name:18s} {task.cpu:8.1f} s CPU  needs {', '.join(task.needs) or '-'}"
              + (f"  (on up to {task.cores:.2f} cores)" if task.cores != 1.0 else "") + ("  (niced)" if task.low else ""))
    length, chain = critical_path(graph)
    print(f"total {sum(t.cpu for t in graph):.1f} s CPU; critical path {length:.1f} s CPU: {' → '.join(chain)}")
    print(f"fluid schedule on {args.cores} cores: {fluid_wall(graph, args.cores):.1f} s wall")


if __name__ == "__main__":
    main()
