"""The build as a graph of stages, from a build's log: its critical path and its wall on a quiet 2-core machine.

    python bench/scale/critical_path.py LOG [--embedding CPU_S] [--cores 2] [--[no-]share] [--[no-]side-by-side]
                                            [--[no-]apart] [--graph-lanes logged|stream|before|help]

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
in that layout (``bench/scale/graph_wall.py``: its loads behind its other steps, on the second core).
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


@dataclass(frozen=True)
class Task:
    """A stage: its CPU seconds, the stages it needs done, whether it may use every core."""

    name: str
    cpu: float
    needs: tuple[str, ...]
    shared: bool = False


@dataclass(frozen=True)
class Layout:
    """The index step's layout (search.step_peaks.Layout); None: as the log says."""

    share: bool | None = None
    side_by_side: bool | None = None
    apart: bool | None = None


def tasks(log: str, embedding: float, layout: Layout = Layout(), graph_lanes: str | None = None) -> list[Task]:
    """The build's stages from ``log`` with their inputs and the layout's order (``graph_lanes``: the graph
    part's wall replayed in that layout, graph_wall.py, instead of its CPU seconds)."""
    stages = {m.group(1): float(m.group(3)) for m in STAGE.finditer(log)}
    parts = {m.group(1): float(m.group(2)) for m in PART.finditer(log)}
    one_after = ("one after the other" in log) if layout.side_by_side is None else not layout.side_by_side
    apart = ("dense_apart" in parts) if layout.apart is None else layout.apart
    share = ("embedding shared" in log) if layout.share is None else layout.share
    dense = parts.get("dense_apart", stages["search index"] - sum(parts.values()))
    run = ("facts", "tables", "indexes")
    after_dense = ("dense",) if apart else ()
    return [
        Task("graph part", sum(stages[name] for name in GRAPH) if graph_lanes is None
             else graph_wall.wall(log, graph_lanes), ()),
        Task("VoID and routing", stages.get("VoID and routing", 0.0), ("graph part",)),
        Task("catalogue", parts["catalogue"], ("graph part",)),
        # beside the parts, the holder shares the embedding only once they ended (search.prebuild._beside)
        Task("embedding", min(embedding, dense), ("catalogue",), shared=share),
        Task("dense", max(dense - embedding, 0.0), ("embedding",)),
        Task("facts", parts[run[0]], ("catalogue", *after_dense)),
        Task("tables", parts[run[1]], ("facts",)),
        Task("indexes", parts[run[2]], ("catalogue", *after_dense, *(("tables",) if one_after else ()))),
    ]


def critical_path(graph: list[Task]) -> tuple[float, list[str]]:
    """(CPU seconds, stages) of the longest chain, a shared stage spread over two cores."""
    by_name = {t.name: t for t in graph}
    longest: dict[str, tuple[float, list[str]]] = {}

    def chain(name: str) -> tuple[float, list[str]]:
        if name not in longest:
            task = by_name[name]
            before = max((chain(n) for n in task.needs), default=(0.0, []))
            longest[name] = (before[0] + task.cpu / (2 if task.shared else 1), [*before[1], name])
        return longest[name]
    return max(chain(t.name) for t in graph)


def fluid_wall(graph: list[Task], cores: int) -> float:
    """The wall of ``graph`` on ``cores`` cores: the ready stages share them evenly, each on at most one
    core; a shared stage takes every core left once it is the only one ready."""
    left = {t.name: t.cpu for t in graph}
    done: set[str] = set()
    wall = 0.0
    while len(done) < len(graph):
        ready = [t for t in graph if t.name not in done and all(n in done for n in t.needs)]
        rate = {t.name: min(1.0, cores / len(ready)) for t in ready}
        if len(ready) == 1 and ready[0].shared:
            rate[ready[0].name] = float(cores)
        step = min(left[n] / r for n, r in rate.items()) if any(left[n] > 0 for n in rate) else 0.0
        for name, r in rate.items():
            left[name] -= step * r
            if left[name] <= 1e-9:
                done.add(name)
        wall += step
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--embedding", type=float, default=0.0, help="the embedding's CPU seconds (embed_split.py)")
    parser.add_argument("--cores", type=int, default=2)
    for name, what in (("share", "the embedding shared once alone"), ("side-by-side", "the two chains side by side"),
                       ("apart", "the dense index made first, alone")):
        parser.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, default=None,
                            help=f"{what} (default: as the log's layout line says)")
    parser.add_argument("--graph-lanes", choices=("logged", "stream", "before", "help"),
                        help="the graph part's wall replayed on its two lanes (graph_wall.py), not its CPU sum")
    args = parser.parse_args()
    layout = Layout(args.share, args.side_by_side, args.apart)
    graph = tasks(args.log.read_text(encoding="utf-8"), args.embedding, layout, args.graph_lanes)
    for task in graph:
        print(f"{task.name:18s} {task.cpu:8.1f} s CPU  needs {', '.join(task.needs) or '-'}"
              + ("  (shared)" if task.shared else ""))
    length, chain = critical_path(graph)
    print(f"total {sum(t.cpu for t in graph):.1f} s CPU; critical path {length:.1f} s CPU: {' → '.join(chain)}")
    print(f"fluid schedule on {args.cores} cores: {fluid_wall(graph, args.cores):.1f} s wall")


if __name__ == "__main__":
    main()
