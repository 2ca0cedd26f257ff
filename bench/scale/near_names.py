"""graph.resolve.across_sources (similar names of fact entries in two sources) of a git revision against
this checkout's, on one curated data set: CPU and wall seconds, notes, whether the notes are the same.

    nice -n 10 python bench/scale/near_names.py CURATED_DIR --baseline REV

The fact entries are read once (graph.sources.read_folders: what graph.sources.load hands
across_sources); REV's tree is exported (``git archive``) and each version's graph package imported
in turn into this process, the baseline first.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # cdist's threads included
    return usage.ru_utime + usage.ru_stime


def _notes(root: Path, entries: list) -> list[str]:
    """across_sources of the graph package under ``root`` on ``entries``, timed."""
    for name in [m for m in sys.modules if m == "graph" or m.startswith("graph.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from graph import resolve
        cpu, wall = _cpu(), time.perf_counter()
        notes = resolve.across_sources(entries)
        print(f"{root}: {_cpu() - cpu:.2f} s CPU {time.perf_counter() - wall:.2f} s wall, {len(notes)} notes", flush=True)
        return notes
    finally:
        sys.path.remove(str(root))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("curated", type=Path)
    parser.add_argument("--baseline", required=True, help="git revision to compare with")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from graph import sources
    entries = [e for folder in sources.read_folders(sources.source_roots(args.curated)) for e in folder.facts]
    sys.path.remove(str(REPO))
    with tempfile.TemporaryDirectory(prefix="chanjiao-near-names-") as tmp:
        tree = subprocess.run(["git", "-C", str(REPO), "archive", args.baseline], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=tree, check=True)
        before = _notes(Path(tmp), entries)
    after = _notes(REPO, entries)
    print("the same notes" if before == after else f"notes differ: {len(set(before) ^ set(after))}")
    return 0 if before == after else 1


if __name__ == "__main__":
    sys.exit(main())
