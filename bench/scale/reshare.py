"""Save a build's kept snapshots again, their equal values shared (search.canonical), under the same keys.

    python bench/scale/reshare.py BUILD_DIR

A build made before search.snapshot.save shared equal values keeps states whose copies of one string
a start makes again and again; its keys are unchanged (the code that makes the states did not
change), so a start reads them as they are. This saves each current snapshot again as a new build
would save it, for a before/after restart on one build without building it again (an hour at 1000x on
the shared machine). Prints each file's size and read-back CPU before and after. A file that is not
current for this code is left to the start. Benchmark data only.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

from graph import heap
from graph.store import KnowledgeGraph, open_build
from search import qa_prepared, qa_tables, snapshot

# Each kept file and the builders keying it; qa-tables holds the catalogue as references (live).
FILES = (
    (snapshot.CATALOGUE_FILE, snapshot.CATALOGUE_BUILDERS),
    (snapshot.DICTIONARY_FILE, snapshot.DICTIONARY_BUILDERS),
    (snapshot.TOKENS_FILE, snapshot.TOKENS_BUILDERS),
    (snapshot.INDEXES_FILE, snapshot.INDEX_BUILDERS),
    (qa_prepared.FILE, qa_prepared.BUILDERS),
    (qa_tables.FILE, qa_tables.BUILDERS),
)


def _timed_load(path: Path, key: dict[str, str], live: dict) -> tuple[object, float]:
    cpu = time.process_time()
    state = snapshot.load(path, key, live)
    return state, time.process_time() - cpu


def _reshared(kg: KnowledgeGraph, name: str, builders: tuple[object, ...], live: dict) -> str:
    """Save the snapshot ``name`` of ``kg`` again; what was done, for the report."""
    path, key = snapshot.path_in(kg, name), snapshot.key_of(kg, builders)
    if path is None or not path.is_file():
        return "not kept"
    size, (state, before) = path.stat().st_size, _timed_load(path, key, live)
    if state is None:
        return "not current for this code: left to the start"
    snapshot.save(path, key, state, live)
    del state
    after = _timed_load(path, key, live)[1]
    return f"{size / 1e6:.1f} -> {path.stat().st_size / 1e6:.1f} MB, read back {before:.2f} -> {after:.2f} s CPU"


def main(build: Path) -> int:
    # as a start reads them: the collector paused
    with contextlib.closing(open_build(build)) as kg, heap.paused(freeze=False):
        catalogue = snapshot.load(snapshot.path_in(kg, snapshot.CATALOGUE_FILE) or Path(),
                                  snapshot.key_of(kg, snapshot.CATALOGUE_BUILDERS))
        for name, builders in FILES:
            live = snapshot.live_catalogue(catalogue) if builders is qa_tables.BUILDERS and catalogue else {}
            print(f"{name}: {_reshared(kg, name, builders, live)}")
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build", type=Path)
    sys.exit(main(p.parse_args().build))
