"""A build's embedding, as search.vectors does it, by this checkout's encoder and by a revision's, in one run.

    nice -n 10 python bench/embed_build.py DATA_DIR [--before main] [--sample N] [--modes ...]
    nice -n 10 python bench/embed_build.py --texts PASSAGES.json [...]

Reads the catalogue kept in the build of DATA_DIR, composes its passages (search.index.passages),
keeps each distinct text once (as search.vectors.embed does) in catalogue order (or reads them
from ``--texts``: a JSON object whose "texts" are passages in catalogue order), and embeds them
with search.vectors.encode_batched in each mode:

- ``before``: search/use_windows.py as it is at ``--before`` (loaded from git), 2 worker processes;
- ``after``: this checkout, this process and 1 worker process (the default EmbedConfig);
- ``pool2``: this checkout's encoder, every batch in 2 worker processes while this one waits
  (how search.vectors spread the work before this process took a share);
- ``blas2``: this checkout in one process with two BLAS threads (the other way to use both cores);
- ``one``: this checkout in one process with one BLAS thread (what a core gives).

Prints, per mode: passages/s (wall), CPU ms per passage (this process and its workers), wall,
the peak RSS of the largest process, and the largest difference from the first mode's vectors.
Modes run one after the other, each in a fresh process, so that peak RSS is the mode's own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np

from search.embedders import UseEmbedder
from search.vectors import EmbedConfig, encode_batched

BEFORE_MODULE = "use_windows_before"


class BeforeEmbedder(UseEmbedder):
    """The default embedder with the window encoder of the ``--before`` revision."""

    def _window_encoder(self):
        if not self._windows_checked:
            import use_windows_before

            self.warm()
            self._windows, self._windows_checked = use_windows_before.WindowEncoder(self._model._model), True
        return self._windows


def _before_embedder() -> BeforeEmbedder:
    return BeforeEmbedder()


BeforeEmbedder.worker_factory = staticmethod(_before_embedder)


def _blas2_embedder() -> UseEmbedder:
    embedder = UseEmbedder(threads=2)
    embedder.worker_factory = None  # type: ignore[misc]  # one process: encode_batched stays in it
    return embedder


def _one_embedder() -> UseEmbedder:
    embedder = UseEmbedder()
    embedder.worker_factory = None  # type: ignore[misc]
    return embedder


MODES = {"before": _before_embedder, "after": UseEmbedder, "pool2": UseEmbedder, "blas2": _blas2_embedder,
         "one": _one_embedder}


def pool_only(texts: list[str], embedder: UseEmbedder, config: EmbedConfig) -> np.ndarray:
    """Every batch in ``config.workers`` spawned workers, this process waiting (the ``pool2`` mode)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from search import vectors

    size = min(config.batch, -(-len(texts) // config.workers))
    batches = [texts[i:i + size] for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(config.workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=vectors._start_worker, initargs=(embedder.worker_factory,)) as pool:
        return np.vstack(list(pool.map(vectors._encode_in_worker, batches)))


def passage_texts(data: Path, sample: int) -> list[str]:
    """The distinct passages of DATA_DIR's build in catalogue order (a seeded sample of ``sample``)."""
    from graph.store import open_graph
    from search import snapshot
    from search.index import passages

    kg = open_graph(data)
    try:
        texts = list(dict.fromkeys(passages(snapshot.catalogue(kg).docs)[0]))
    finally:
        kg.close()
    if sample and sample < len(texts):
        keep = set(random.Random(0).sample(range(len(texts)), sample))
        texts = [t for i, t in enumerate(texts) if i in keep]
    return texts


def run_mode(mode: str, texts_file: Path, out: Path) -> dict[str, object]:
    """Embed the texts in ``texts_file`` in ``mode`` (in this process); save the vectors to ``out``."""
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    embedder = MODES[mode]()
    embedder.warm()
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu, wall = sum(u.ru_utime + u.ru_stime for u in usage), time.perf_counter()
    vectors = (pool_only if mode == "pool2" else encode_batched)(texts, embedder, EmbedConfig())
    wall = time.perf_counter() - wall
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in usage) - cpu
    np.save(out, vectors)
    return {"mode": mode, "passages": len(texts), "passages_per_s": round(len(texts) / wall, 1),
            "cpu_ms_per_passage": round(1000 * cpu / len(texts), 2), "wall_s": round(wall, 1),
            "peak_rss_mb": round(max(u.ru_maxrss for u in usage) / 1024)}


def write_before(revision: str, directory: Path) -> None:
    """search/use_windows.py at ``revision`` as the module BEFORE_MODULE in ``directory``."""
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{revision}:search/use_windows.py"],
                            check=True, capture_output=True, text=True).stdout
    (directory / f"{BEFORE_MODULE}.py").write_text(source, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="?", help="a data directory whose build keeps its catalogue")
    parser.add_argument("--texts", type=Path, help="passages from a JSON file instead of a build")
    parser.add_argument("--before", default="main", help="the revision whose use_windows.py is 'before'")
    parser.add_argument("--sample", type=int, default=0, help="a seeded sample of this many passages (0: all)")
    parser.add_argument("--modes", nargs="+", default=["before", "after", "blas2"], choices=sorted(MODES))
    parser.add_argument("--run-mode", nargs=3, metavar=("MODE", "TEXTS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_mode:
        sys.path.insert(0, str(Path(args.run_mode[2]).parent))
        print(json.dumps(run_mode(args.run_mode[0], Path(args.run_mode[1]), Path(args.run_mode[2]))))
        return
    with tempfile.TemporaryDirectory(prefix="embed-build-") as scratch:
        work = Path(scratch)
        write_before(args.before, work)
        texts = work / "texts.json"
        chosen = (list(dict.fromkeys(json.loads(args.texts.read_text(encoding="utf-8"))["texts"])) if args.texts
                  else passage_texts(args.data, args.sample))
        texts.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
        first = None
        print(json.dumps({"load_1m": round(os.getloadavg()[0], 1)}))
        for mode in args.modes:
            out = work / f"{mode}.npy"
            line = subprocess.run([sys.executable, __file__, "--run-mode", mode, str(texts), str(out)],
                                  check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            row = json.loads(line)
            vectors = np.load(out)
            first = vectors if first is None else first
            row["max_abs_diff_from_first"] = float(np.abs(vectors - first).max())
            row["load_1m_after"] = round(os.getloadavg()[0], 1)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
