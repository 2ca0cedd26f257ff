"""A data directory's twin whose published store is compacted: to time the same build's reads both ways.

    nice -n 10 python bench/scale/compacted_twin.py DATA_DIR TWIN_DIR

DATA_DIR holds a published build made without the build's compaction (e.g. by a checkout whose
graph.incremental._full skips ``Store.optimize``). TWIN_DIR (new) gets the same data directory:
every file hard-linked but the published build's Oxigraph directory, which is copied, opened
read-write, compacted (``Store.optimize``, as the build does), closed, and given a manifest with
its new file digests (graph.verify.store_digests), so that both open as builds. The search index,
VoID, routing and fact files are the same files in both: only the store's layout differs. Prints
each store's SST files and bytes and the compaction's wall and CPU. Then time both with
``worker_queries.py`` and ``ask_stages.py``, alternately.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.store import MANIFEST_FILE, STORE_SUBDIR, current_store_dir
from graph.verify import VERIFIED_FILE, store_digests


def layout(directory: Path) -> str:
    files = list(directory.glob("*.sst"))
    return f"{len(files)} SST files, {sum(f.stat().st_size for f in files) >> 20} MB"


def main(data: Path, twin: Path) -> int:
    build = current_store_dir(data)
    subprocess.run(["cp", "-al", str(data), str(twin)], check=True)  # hard links: nothing written twice
    copy = twin / build.relative_to(data)
    shutil.rmtree(copy / STORE_SUBDIR)
    shutil.copytree(build / STORE_SUBDIR, copy / STORE_SUBDIR)  # a copy: compaction must not touch DATA_DIR's
    print(f"as built: {layout(build / STORE_SUBDIR)}", flush=True)
    wall, cpu = time.perf_counter(), time.process_time()
    store = ox.Store(str(copy / STORE_SUBDIR))
    store.optimize()
    store.flush()
    del store
    print(f"compaction: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU; "
          f"compacted: {layout(copy / STORE_SUBDIR)}", flush=True)
    manifest = json.loads((copy / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["files"] = store_digests(copy)
    (copy / MANIFEST_FILE).unlink()  # a hard link to DATA_DIR's: written anew, not through
    (copy / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    if (copy / VERIFIED_FILE).exists():
        os.unlink(copy / VERIFIED_FILE)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
