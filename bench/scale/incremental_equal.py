"""An incremental build after one changed source against a full build of the same inputs, by the
SHA-256 of their sorted N-Quads dumps.

    nice -n 10 python bench/scale/incremental_equal.py CURATED_DIR DATA_INC DATA_FULL

CURATED_DIR is generated data (bench/scale/generate.py) that this edits: a full build in
DATA_INC; the first source's first "label_en: Meeting of" becomes "A meeting of" (written as a
new file, so a hard-linked copy leaves its original alone); an incremental build in DATA_INC and
a forced full build in DATA_FULL. Prints both dumps' quads, rows with a blank node and SHA-256.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph


def dump(data: Path) -> tuple[int, int, str]:
    rows = sorted(open_graph(data).quads("nquads").decode().splitlines())
    return len(rows), sum("_:" in row for row in rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()


def edit_one_source(curated: Path) -> None:
    facts = sorted((curated / "sources").iterdir())[0] / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    line = next(row for row in text.splitlines() if "label_en: Meeting of" in row)
    facts.with_suffix(".new").write_text(text.replace(line, line.replace("Meeting of", "A meeting of")), encoding="utf-8")
    os.replace(facts.with_suffix(".new"), facts)


def main(curated: Path, inc: Path, full: Path) -> int:
    print("first build incremental:", build(BuildConfig(data_dir=inc, curated_dir=curated)).incremental, flush=True)
    edit_one_source(curated)
    print("second build incremental:", build(BuildConfig(data_dir=inc, curated_dir=curated)).incremental, flush=True)
    build(BuildConfig(data_dir=full, curated_dir=curated), force=True)
    results = dump(inc), dump(full)
    print("incremental", results[0], "\nfull       ", results[1])
    print("EQUAL" if results[0] == results[1] else "DIFFERENT")
    return 0 if results[0] == results[1] else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*(Path(arg) for arg in sys.argv[1:])))
