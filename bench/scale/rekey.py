"""Adopt a build's snapshots kept under the old keys (format 1: whole modules) when this code made them.

    python bench/scale/rekey.py BUILD_DIR [--as-of COMMIT]

Round 13 keyed snapshots by the code that builds them (search.builder_code, snapshot FORMAT 2). A
1000x build kept under format 1 would make its catalogue, tokens and indexes again at its next start
(tens of minutes on the shared machine) though the code that made them is this checkout's: a file
is adopted (saved again under its new key, the state untouched) only when its format-1 key, the
sha256 of "1" and of the whole modules that keyed it, computed from THIS checkout's modules, is the
one in its header. Anything else is left for the start to make again. ``--as-of COMMIT`` reads
those modules as COMMIT has them instead (round 13 added to search/lexical.py the kept dictionary
without changing how it cuts: the tokens and indexes main's code made are this code's). Benchmark
data only: the server never reads format-1 keys.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import subprocess
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

from graph import han
from graph.store import open_build
from search import documents, index, lexical, names, pinyin, relevance, shortforms, snapshot, text

# The modules each file was keyed by under format 1 (search/snapshot.py before round 13).
OLD_KEYS: dict[str, tuple[tuple[ModuleType, ...], tuple[object, ...]]] = {
    snapshot.CATALOGUE_FILE: ((documents,), snapshot.CATALOGUE_BUILDERS),
    snapshot.PASSAGES_FILE: ((documents, index, text, han), snapshot.PASSAGES_BUILDERS),
    snapshot.TOKENS_FILE: ((lexical, text), snapshot.TOKENS_BUILDERS),
    snapshot.INDEXES_FILE: ((documents, index, lexical, names, pinyin, relevance, shortforms, text), snapshot.INDEX_BUILDERS),
}


def old_code(modules: tuple[ModuleType, ...], commit: str | None) -> str:
    digest = hashlib.sha256(b"1")
    for module in modules:
        path = Path(module.__file__ or "")
        if commit is None:
            digest.update(path.read_bytes())
        else:
            relative = path.relative_to(HERE.parents[1])
            digest.update(subprocess.run(["git", "show", f"{commit}:{relative}"], cwd=HERE.parents[1],
                                         capture_output=True, check=True).stdout)
    return digest.hexdigest()


def main(build: Path, commit: str | None) -> int:
    kg = open_build(build)
    try:
        for name, (modules, builders) in OLD_KEYS.items():
            path = snapshot.path_in(kg, name)
            assert path is not None
            old = {"graph_hash": kg.content_hash, "code": old_code(modules, commit)}
            data = snapshot.payload(path, old) if path.is_file() else None
            if data is None:
                print(f"{name}: not made by this code under format 1: left to the start")
                continue
            snapshot.save(path, snapshot.key_of(kg, builders), pickle.loads(data))
            print(f"{name}: adopted")
    finally:
        kg.close()
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build", type=Path)
    p.add_argument("--as-of", help="the commit whose modules made the snapshots")
    args = p.parse_args()
    sys.exit(main(args.build, args.as_of))
