"""The index step's engine-indexes part (search.prebuild._indexes) alone, in this fresh process, on a
writable copy of a build: its CPU seconds and its peak RSS.

    nice -n 10 python bench/scale/index_peak.py BUILD_COPY CHECKOUT [--phases]

BUILD_COPY is a copy of a build's directory (``{data}/stores/NAME``, e.g. ``cp -r``): its kept engine
indexes, tokens and pinyin readings are deleted first, then made again and saved there by the code of
CHECKOUT (a worktree of any revision), so two revisions compare on one build, one after the other. A
fresh process, because the index step's workers are forked from the build's process and inherit its
high-water mark (their ``peak`` in graph.timing is at least the parent's). ``--phases`` prints the RSS
and the high-water mark after each phase instead (catalogue, tokenizer, made indexes, each save), the
mark reset after each (/proc/self/clear_refs). With PYTHONHASHSEED fixed, the saved indexes.pickle
of two revisions can be compared by qa_parts.fingerprint.
"""

import argparse
import resource
import sys
import time
from pathlib import Path

KEPT = ("indexes.pickle", "tokens.pickle", "pinyin.json")


def _status_mb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return 0


def _phase(name: str) -> None:
    print(f"{name:24s} RSS {_status_mb('VmRSS'):6d} MB  peak {_status_mb('VmHWM'):6d} MB", flush=True)
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS (Linux >= 4.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("checkout", type=Path)
    parser.add_argument("--phases", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    for name in KEPT:
        (args.build / "search-index" / name).unlink(missing_ok=True)
    from graph.store import open_build
    from search import engine_setup, prebuild, snapshot

    kg = open_build(args.build)
    cpu, wall = time.process_time(), time.perf_counter()
    if not args.phases:
        prebuild._indexes(kg, args.build / "search-index")
    else:
        catalogue = snapshot.catalogue(kg)
        _phase("catalogue")
        tokenizer = snapshot.tokenizer(kg, catalogue)
        _phase("tokenizer")
        made = engine_setup.made_indexes(catalogue, tokenizer, args.build / "search-index")
        _phase("made indexes")
        snapshot.save(snapshot.path_in(kg, snapshot.INDEXES_FILE), snapshot.key_of(kg, snapshot.INDEX_BUILDERS), made)
        _phase("saved indexes")
        snapshot.save(snapshot.path_in(kg, snapshot.TOKENS_FILE), snapshot.key_of(kg, snapshot.TOKENS_BUILDERS),
                      tokenizer.memo())
        _phase("saved tokens")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
    print(f"{args.checkout.name}: engine indexes {time.process_time() - cpu:.1f} s CPU, "
          f"{time.perf_counter() - wall:.1f} s wall, peak {peak} MB")
    kg.close()


if __name__ == "__main__":
    main()
