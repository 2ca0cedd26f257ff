"""Reading and emitting curated data with and without what earlier builds kept, CPU seconds.

    nice -n 10 python bench/scale/emit_reuse.py CURATED_DIR

Reads the curated data plainly (graph.sources.load), then keeping its parsed files and reading
them back (graph.parsed); emits it in memory (graph.emit.emit), then into the emitted-rows cache
(graph.emit_cache) in full, reusing every entry, and after one source's edit (a copy of the data,
hard-linked, edited as bench/scale/incremental_equal.py does). Prints each step's CPU seconds
and the entries it emitted.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graph import sources
from graph.emit import emit
from graph.emit_cache import emit_cached
from graph.namespaces import DEFAULT_BASE_IRI
from incremental_equal import edit_one_source


def timed(label: str, call, *args, **kwargs):
    started = time.process_time()
    result = call(*args, **kwargs)
    print(f"{label:<40} {time.process_time() - started:7.2f} s CPU", flush=True)
    return result


def main(curated: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="emit-reuse-") as tmp:
        work = Path(tmp)
        subprocess.run(["cp", "-al", str(curated), str(work / "curated")], check=True)
        roots = sources.source_roots(work / "curated")
        timed("load, plain", sources.load, work / "curated", roots)
        timed("load, keeping the parsed files", sources.load, work / "curated", roots, work / "parsed")
        checked = timed("load, parsed files read back", sources.load, work / "curated", roots, work / "parsed")
        timed("emit in memory (graph.emit)", emit, checked, DEFAULT_BASE_IRI)
        timed("emit into the cache, in full", emit_cached, checked, DEFAULT_BASE_IRI, work / "cache", False)
        again = timed("emit, every entry reused", emit_cached, checked, DEFAULT_BASE_IRI, work / "cache")
        print(f"  emitted {len(again.emitted)}, reused {again.reused}")
        edit_one_source(work / "curated")
        checked = timed("load after one edit, parsed files kept", sources.load, work / "curated", roots, work / "parsed")
        edited = timed("emit after one edit", emit_cached, checked, DEFAULT_BASE_IRI, work / "cache")
        print(f"  emitted {len(edited.emitted)}, reused {edited.reused}")
        shutil.rmtree(work / "cache")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
