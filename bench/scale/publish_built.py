"""Publish an embedded build into a fresh Oxigraph server, as a remote build does, and time it.

    python bench/scale/publish_built.py BUILD_DIR STORE_DIR [--index-into DATA_DIR]

BUILD_DIR is a complete embedded build (``{data}/stores/<name>``: a 1000x build made elsewhere,
opened read only); STORE_DIR a new directory for ``oxigraph serve``. The build's named graphs are
published with graph.remote_build.publish_build (the Graph Store Protocol, in batches) and one JSON
row is printed: wall seconds, this process's CPU seconds (reading the build, writing the rows), the
server's CPU seconds and peak RSS (sampled every 0.2 s), the store's size on disk, the quads published
and the 1-minute load. ``--index-into``: the build's search index and what it counted (its VoID
description and counts for aggregates) are then linked into DATA_DIR, which a server.py on the store
(``--store URL --data DATA_DIR``) reads, as after a remote build (graph.remote_build.share_index,
share_counts).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.remote import RemoteConfig, RemoteStore
from graph.remote_build import publish_build, share_counts, share_index
from web.launch import Child, oxigraph_spec

SAMPLE_S = 0.2
INDEX_DIR = "search-index"  # search.config.SEARCH_INDEX_DIR: the same name in a build and in a data directory


def publish_timed(build: Path, location: Path) -> dict:
    """Start ``oxigraph serve`` on ``location`` (made empty), publish ``build`` into it, stop it; the row."""
    shutil.rmtree(location, ignore_errors=True)
    row: dict = dict(build=str(build), load_1m=round(os.getloadavg()[0], 1))
    with Child.start(oxigraph_spec(location, location.with_name(location.name + ".log"), timeout_s=120)) as server:
        process, peak, done = psutil.Process(server.process.pid), [0], threading.Event()

        def sample() -> None:
            while not done.wait(SAMPLE_S):
                peak[0] = max(peak[0], process.memory_info().rss)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        store = RemoteStore(RemoteConfig(server.url))
        started, cpu = time.perf_counter(), time.process_time()
        try:
            written = publish_build(store, build)
        finally:
            store.close()
            done.set()
        row.update(publish_wall_s=round(time.perf_counter() - started, 1), client_cpu_s=round(time.process_time() - cpu, 1),
                   server_cpu_s=round(sum(process.cpu_times()[:2]), 1), server_peak_rss_mb=peak[0] >> 20,
                   quads=written.triples, content_hash=written.content_hash)
    row.update(store_mb=sum(p.stat().st_size for p in location.rglob("*") if p.is_file()) >> 20,
               load_1m_end=round(os.getloadavg()[0], 1))
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("store", type=Path)
    parser.add_argument("--index-into", type=Path,
                        help="link the build's search index and what it counted into this data directory")
    args = parser.parse_args(argv)
    row = publish_timed(args.build, args.store)
    if args.index_into is not None:
        share_index(args.build / INDEX_DIR, args.index_into)
        share_counts(args.build, args.index_into, row["content_hash"])
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
