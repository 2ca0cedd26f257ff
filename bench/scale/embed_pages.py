"""A build's passages embedded in one process, in numpy's default pages or as the build's workers
now make them (graph.heap: small pages, freed blocks kept), each mode in a fresh process.

    nice -n 5 python bench/scale/embed_pages.py DATA_DIR [--passages N] [--batch 1024] [--modes plain kept plain kept]

Reads the catalogue kept in the published build of DATA_DIR, keeps each distinct passage once in
catalogue order (as search.vectors does), takes the first N and embeds them ``--batch`` at a time
with this checkout's encoder (search.use_windows). Prints per mode the user and system CPU seconds,
the minor page faults, the peak RSS, and the largest difference from the first mode's vectors.
CPU seconds are the figure to compare on a shared machine; alternate the modes to spread its noise.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import numpy as np

MODES = ("plain", "kept")


def run_mode(data: Path, passages: int, batch: int, mode: str, out: Path) -> dict[str, object]:
    """Embed in this process (a fresh one) and save the vectors at ``out``; the figures."""
    from graph import heap
    from graph.store import current_store_dir, open_build
    from search import index, snapshot
    from search.embedders import UseEmbedder

    if mode == "kept":
        heap.use_small_pages()
        heap.reuse_freed()
    kg = open_build(current_store_dir(data))
    texts = list(dict.fromkeys(index.passages(snapshot.catalogue(kg).docs)[0]))[:passages]
    embedder = UseEmbedder()
    embedder.encode(texts[:2])  # the model and its window encoder loaded before the count starts
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM from here
    before = resource.getrusage(resource.RUSAGE_SELF)
    vectors = np.vstack([embedder.encode(texts[i:i + batch]) for i in range(0, len(texts), batch)])
    after = resource.getrusage(resource.RUSAGE_SELF)
    np.save(out, vectors)
    status = Path("/proc/self/status").read_text().splitlines()
    peak = next(int(line.split()[1]) >> 10 for line in status if line.startswith("VmHWM"))
    return dict(mode=mode, passages=len(texts), user_s=round(after.ru_utime - before.ru_utime, 2),
                sys_s=round(after.ru_stime - before.ru_stime, 2), minor_faults=after.ru_minflt - before.ru_minflt,
                peak_mb=peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--passages", type=int, default=4096)
    parser.add_argument("--batch", type=int, default=1024)
    parser.add_argument("--modes", nargs="+", default=["plain", "kept", "plain", "kept"], choices=MODES)
    parser.add_argument("--mode-here", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode_here:
        print(json.dumps(run_mode(args.data, args.passages, args.batch, args.mode_here, args.out)))
        return
    with tempfile.TemporaryDirectory(prefix="embed-pages-") as tmp:
        first = None
        for n, mode in enumerate(args.modes):
            out = Path(tmp) / f"{n}.npy"
            done = subprocess.run([sys.executable, __file__, str(args.data), "--passages", str(args.passages),
                                   "--batch", str(args.batch), "--mode-here", mode, "--out", str(out)],
                                  capture_output=True, text=True, check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            vectors = np.load(out)
            first = vectors if first is None else first
            figures["max_diff"] = float(np.abs(vectors - first).max())
            print(figures, flush=True)


if __name__ == "__main__":
    main()
