"""Whether two builds' index steps kept the same states: every snapshot of their search indexes compared
by value, not by bytes (a set pickles in an order of its own at each run).

    python bench/scale/same_index.py BUILD_A BUILD_B

BUILD_A and BUILD_B are data directories (their published builds are read) or build directories. Each
snapshot file (search.snapshot: the catalogue, the engine's indexes, the jieba dictionary, the tokens,
question answering's facts and tables, the passages' digest) present in both is unpickled, holding its
own build's catalogue where it refers to it, and compared value by value: containers by their items
(sets as sets), arrays by their elements, objects by their attributes, patterns by their text. Prints
one line per file, ``same`` or the first difference found in each part that differs (its path in the
state: two runs of the same code differ in some parts, made from sets in another order), and the dense
index's rows (its manifest, less when it was written and the index file's name and digest, and the passage
keys) as equal or not, the largest absolute difference between the two vectors of each passage key (the
same beyond float rounding: at most VECTOR_TOLERANCE) and whether the two index files are byte-identical;
exits 1 when anything differs. Keys of the files (the code digests) are not compared: the two builds' code
is expected to differ.
"""

from __future__ import annotations

import io
import json
import pickle
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.store import current_store_dir
from search import persist, snapshot
from search.config import SEARCH_INDEX_DIR
from search.vectors import KEYS_FILE

# The manifest's fields that differ between two builds of the same rows: when it was written, and the index
# file's name and digest (its vectors may differ by float rounding; compared by value and by bytes apart).
UNCOMPARED = ("built_at", "index_file", "index_sha256")
# The largest absolute difference between two vectors of the same passage that counts as float rounding.
VECTOR_TOLERANCE = 1e-5


def index_of(path: Path) -> Path:
    """The search index directory of a data directory's published build, or of a build directory."""
    build = path if (path / SEARCH_INDEX_DIR).is_dir() else current_store_dir(path)
    return build / SEARCH_INDEX_DIR


def state(path: Path, live: Mapping) -> Any:
    """The state kept in the snapshot ``path`` (its key not checked), ``live``: its build's catalogue."""
    try:
        _header, data = snapshot.read(path)
    except pickle.UnpicklingError:  # a build before snapshot format 3: the pickle of (header, state)
        _header, data = pickle.loads(path.read_bytes())
    return snapshot._Unpickler(io.BytesIO(data), live).load()


def differences(a: Any, b: Any, at: str = "", ordered: bool = False) -> Iterator[str]:
    """Where ``a`` and ``b`` differ by value (paths into them), depth first; ``ordered``: a mapping's keys in their
    order too (what a lookup reads alike, an iteration may not: bench/scale/same_build.py)."""
    if type(a) is not type(b):
        yield f"{at}: {type(a).__name__} against {type(b).__name__}"
    elif isinstance(a, np.ndarray):
        if a.shape != b.shape or not np.array_equal(a, b):
            yield f"{at}: arrays differ"
    elif isinstance(a, Mapping):
        if a.keys() != b.keys():
            yield f"{at}: keys differ ({len(a.keys() - b.keys())} only in A, {len(b.keys() - a.keys())} only in B)"
        elif ordered and list(a) != list(b):
            yield f"{at}: keys in another order (first at {next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)})"
        else:
            for key in a:
                yield from differences(a[key], b[key], f"{at}[{key!r:.60}]", ordered)
    elif isinstance(a, (set, frozenset)):
        if a != b:
            yield f"{at}: sets differ ({len(a - b)} only in A, {len(b - a)} only in B)"
    elif isinstance(a, (list, tuple)):
        if len(a) != len(b):
            yield f"{at}: lengths {len(a)} and {len(b)}"
        else:
            for i, (x, y) in enumerate(zip(a, b)):
                yield from differences(x, y, f"{at}[{i}]", ordered)
    elif isinstance(a, re.Pattern):
        if (a.pattern, a.flags) != (b.pattern, b.flags):
            yield f"{at}: patterns differ"
    elif callable(a) and not hasattr(a, "__dict__"):
        if getattr(a, "__qualname__", a) != getattr(b, "__qualname__", b):
            yield f"{at}: callables differ"
    elif hasattr(a, "__dict__") or hasattr(a, "__slots__"):
        yield from differences(_attributes(a), _attributes(b), f"{at}.", ordered)
    elif a != b:
        yield f"{at}: {a!r:.80} against {b!r:.80}"


def per_part(a: Any, b: Any, ordered: bool = False) -> list[str]:
    """The first difference within each part of two states (an object's attributes, a mapping's items, a
    sequence's items; the state itself when it has none): one set made in another order at each run (a
    vocabulary's columns, a ranking of ties) shows which parts differ between two runs of the same code.
    ``ordered``: as ``differences``."""
    parts = (_attributes(a), _attributes(b)) if hasattr(a, "__dict__") and type(a) is type(b) else (a, b)
    if isinstance(parts[0], Mapping) and isinstance(parts[1], Mapping) and parts[0].keys() == parts[1].keys():
        return [d for key in parts[0] for d in _first(parts[0][key], parts[1][key], f".{key}", ordered)]
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _first(x, y, f"[{i}]", ordered)]
    return _first(a, b, "", ordered)


def _first(a: Any, b: Any, at: str, ordered: bool = False) -> list[str]:
    return [d for d in (next(differences(a, b, at, ordered), None),) if d is not None]


def _attributes(x: Any) -> dict[str, Any]:
    found = dict(vars(x)) if hasattr(x, "__dict__") else {}
    for cls in type(x).__mro__:
        found.update({s: getattr(x, s) for s in getattr(cls, "__slots__", ()) if hasattr(x, s)})
    return found


def main(a: Path, b: Path) -> int:
    dirs = index_of(a), index_of(b)
    lives = [snapshot.live_catalogue(state(d / snapshot.CATALOGUE_FILE, {})) for d in dirs]
    differ = False
    for name in sorted({p.name for p in dirs[0].glob("*.pickle")} & {p.name for p in dirs[1].glob("*.pickle")}):
        found = per_part(*(state(d / name, live) for d, live in zip(dirs, lives)))
        differ |= bool(found)
        print(f"{name:28s} {'same' if not found else 'DIFFERS at ' + '; '.join(found)}", flush=True)
    return int(not same_dense(dirs) or differ)


def same_dense(dirs: tuple[Path, Path]) -> bool:
    """Print whether the dense indexes of ``dirs`` hold the same rows and vectors (the largest absolute
    difference between the two vectors of each passage key) and whether their files are byte-identical;
    True when the rows are the same and the vectors within VECTOR_TOLERANCE."""
    manifests = [{k: v for k, v in _json(d / persist.MANIFEST_FILE).items() if k not in UNCOMPARED} for d in dirs]
    keys = [_json(d / KEYS_FILE).get("keys") for d in dirs]
    same = manifests[0] == manifests[1] and keys[0] == keys[1] and bool(manifests[0])
    print(f"{'dense rows':28s} {'same' if same else 'DIFFER'} (manifest less {', '.join(UNCOMPARED)}; passage keys)")
    if not (keys[0] and keys[1]):
        return same
    (_, a), (_, b) = (persist.load_vectors(d) for d in dirs)
    row_b = {key: row for row, key in enumerate(keys[1])}
    common = [(row, row_b[key]) for row, key in enumerate(keys[0]) if key in row_b]
    at_a, at_b = (np.array(rows, dtype=np.int64) for rows in zip(*common)) if common else (np.zeros(0, np.int64),) * 2
    largest = float(np.abs(a[at_a] - b[at_b]).max(initial=0.0))
    files = [(d / _json(d / persist.MANIFEST_FILE)["index_file"]).read_bytes() for d in dirs]
    print(f"{'dense vectors':28s} {len(common)} passage keys in both, max abs diff {largest:.3g}; "
          f"index files {'byte-identical' if files[0] == files[1] else 'differ in bytes'}")
    return same and largest <= VECTOR_TOLERANCE


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
