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
index's rows (manifest and passage keys) as equal or not; exits 1 when anything differs. Keys of the
files (the code digests) are not compared: the two builds' code is expected to differ.
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
from search import snapshot
from search.config import SEARCH_INDEX_DIR

DENSE_FILES = ("manifest.json", "passage-keys.json")


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


def differences(a: Any, b: Any, at: str = "") -> Iterator[str]:
    """Where ``a`` and ``b`` differ by value (paths into them), depth first."""
    if type(a) is not type(b):
        yield f"{at}: {type(a).__name__} against {type(b).__name__}"
    elif isinstance(a, np.ndarray):
        if a.shape != b.shape or not np.array_equal(a, b):
            yield f"{at}: arrays differ"
    elif isinstance(a, Mapping):
        if a.keys() != b.keys():
            yield f"{at}: keys differ ({len(a.keys() - b.keys())} only in A, {len(b.keys() - a.keys())} only in B)"
        else:
            for key in a:
                yield from differences(a[key], b[key], f"{at}[{key!r:.60}]")
    elif isinstance(a, (set, frozenset)):
        if a != b:
            yield f"{at}: sets differ ({len(a - b)} only in A, {len(b - a)} only in B)"
    elif isinstance(a, (list, tuple)):
        if len(a) != len(b):
            yield f"{at}: lengths {len(a)} and {len(b)}"
        else:
            for i, (x, y) in enumerate(zip(a, b)):
                yield from differences(x, y, f"{at}[{i}]")
    elif isinstance(a, re.Pattern):
        if (a.pattern, a.flags) != (b.pattern, b.flags):
            yield f"{at}: patterns differ"
    elif callable(a) and not hasattr(a, "__dict__"):
        if getattr(a, "__qualname__", a) != getattr(b, "__qualname__", b):
            yield f"{at}: callables differ"
    elif hasattr(a, "__dict__") or hasattr(a, "__slots__"):
        yield from differences(_attributes(a), _attributes(b), f"{at}.")
    elif a != b:
        yield f"{at}: {a!r:.80} against {b!r:.80}"


def per_part(a: Any, b: Any) -> list[str]:
    """The first difference within each part of two states (an object's attributes, a mapping's items, a
    sequence's items; the state itself when it has none): one set made in another order at each run (a
    vocabulary's columns, a ranking of ties) shows which parts differ between two runs of the same code."""
    parts = (_attributes(a), _attributes(b)) if hasattr(a, "__dict__") and type(a) is type(b) else (a, b)
    if isinstance(parts[0], Mapping) and isinstance(parts[1], Mapping) and parts[0].keys() == parts[1].keys():
        return [d for key in parts[0] for d in _first(parts[0][key], parts[1][key], f".{key}")]
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _first(x, y, f"[{i}]")]
    return _first(a, b, "")


def _first(a: Any, b: Any, at: str) -> list[str]:
    return [d for d in (next(differences(a, b, at), None),) if d is not None]


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
    for name in DENSE_FILES:
        kept = [json.loads((d / name).read_text(encoding="utf-8")) if (d / name).is_file() else None for d in dirs]
        same = kept[0] == kept[1]
        differ |= not same
        print(f"{name:28s} {'same' if same else 'DIFFERS'}")
    return int(differ)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
