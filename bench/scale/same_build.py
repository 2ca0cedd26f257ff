"""Whether two builds of the same code from the same curated data wrote the same files, byte for byte (issue #18's
read replicas rely on builds being deterministic; tests/graph/test_build_determinism.py builds twice and calls this).

    python bench/scale/same_build.py BUILD_A BUILD_B [--ordered]

BUILD_A and BUILD_B are data directories (their published builds are read) or build directories. Every file of
either is compared byte for byte, but those that differ by design (``BY_DESIGN``): RocksDB's own files of the
store (``oxigraph/``: a random identity per database, its log, files numbered in the order its threads wrote them),
compared instead by the quads the store holds (sorted N-Quads); the build's manifest, less when it was built and the
digests of those files; the search index's manifest, less when it was written; the search index's snapshots
(search.snapshot), by value (same_index.py; ``--ordered``: their mappings' keys in order too): a set pickles in the
order of its process's hash seed (with one PYTHONHASHSEED both builds write the same bytes). Prints one line per file that differs or that only one build
has, then ``same`` or how many differ; exits 1 when any does.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.store import STORE_SUBDIR, current_store_dir, open_build
from same_index import per_part, state
from search import snapshot
from search.config import SEARCH_INDEX_DIR

# The manifest's fields two builds of the same inputs differ in: when each was built, RocksDB's files' digests.
BUILT_AT = ("built_at",)
STORE_FILES = ("built_at", "files")


def _json_less(fields: tuple[str, ...]) -> Callable[[Path], object]:
    return lambda path: {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k not in fields}


# Files compared by what they hold, not by their bytes: relative path -> what of it two builds must share.
BY_DESIGN: dict[str, Callable[[Path], object]] = {
    "manifest.json": _json_less(STORE_FILES),
    "search-index/manifest.json": _json_less(BUILT_AT),
}


def build_dir(path: Path) -> Path:
    """The build directory ``path`` names: itself, or a data directory's published build."""
    return path if (path / STORE_SUBDIR).is_dir() else current_store_dir(path)


def differences(a: Path, b: Path, ordered: bool = False) -> list[str]:
    """What differs between the builds ``a`` and ``b`` (build directories): a line per file (``ordered``: a mapping
    of a snapshot whose keys come in another order differs too)."""
    found, pickled = [], []
    files = [{str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} for root in (a, b)]
    for name in sorted(files[0] | files[1]):
        if name.startswith(STORE_SUBDIR + "/"):
            continue
        if name not in files[0] or name not in files[1]:
            found.append(f"{name}: only in {'B' if name in files[1] else 'A'}")
        elif name in BY_DESIGN:
            if BY_DESIGN[name](a / name) != BY_DESIGN[name](b / name):
                found.append(f"{name}: differs beyond {', '.join(STORE_FILES if name == 'manifest.json' else BUILT_AT)}")
        elif (a / name).read_bytes() != (b / name).read_bytes():
            if name.startswith(SEARCH_INDEX_DIR + "/") and name.endswith(".pickle"):
                pickled.append(name)
            else:
                found.append(f"{name}: bytes differ ({(a / name).stat().st_size} and {(b / name).stat().st_size})")
    found += _snapshots(a, b, pickled, ordered)
    if _quads(a) != _quads(b):
        found.append(f"{STORE_SUBDIR}/: the stores hold other quads")
    return found


def _snapshots(a: Path, b: Path, names: list[str], ordered: bool) -> list[str]:
    """The snapshots of ``names`` (in both builds, their bytes differing) that differ by value, a line each."""
    if not names:
        return []
    catalogue = f"{SEARCH_INDEX_DIR}/{snapshot.CATALOGUE_FILE}"
    lives = [snapshot.live_catalogue(state(root / catalogue, {})) for root in (a, b)]
    return [f"{name}: differs by value at {'; '.join(parts)}" for name in names
            if (parts := per_part(state(a / name, lives[0]), state(b / name, lives[1]), ordered))]


def _quads(build: Path) -> list[bytes]:
    kg = open_build(build)
    try:
        return sorted(kg.quads("nquads").splitlines())
    finally:
        kg.close()


def main(a: Path, b: Path, ordered: bool = False) -> int:
    found = differences(build_dir(a), build_dir(b), ordered)
    for line in found:
        print(line)
    print(f"{len(found)} differ" if found else "same")
    return int(bool(found))


if __name__ == "__main__":
    paths = [arg for arg in sys.argv[1:] if arg != "--ordered"]
    if len(paths) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(paths[0]), Path(paths[1]), "--ordered" in sys.argv))
