"""How long a start takes to read back each file kept in a build, and where the rest of the search
engine's start goes.

    python bench/scale/kept_files.py DATA_DIR [--start]

Opens the published build of DATA_DIR and prints, per file of ``{build}/search-index/`` kept by
search.snapshot (catalogue, tokens, the engine's indexes, question answering's facts), its size
and the wall and CPU seconds to read it back (verified and unpickled); then the parts of
``SearchEngine.open`` that do not grow with the graph (embedder warm-up, jieba's dictionary,
pinyin table), so that the growth of a restart per x10 can be told from its fixed cost; last the
whole of ``SearchEngine.open`` and ``QuestionAnswerer()`` as a server's warm-up runs them (the
fixed parts then already loaded, as a server loads them once). CPU seconds are the figure to
compare on a shared machine: wall time there mostly measures the other processes. ``--start``
times only a whole start in a fresh process, as a server's warm-up does it: open the store,
``SearchEngine.open``, ``QuestionAnswerer()``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.config import BuildConfig
from graph.store import open_store
from search.config import SEARCH_INDEX_DIR
from search import qa_prepared, qa_tables, snapshot


def _timed(what: str, run) -> object:
    wall, cpu = time.perf_counter(), time.process_time()
    value = run()
    print(f"{what:34s} {time.perf_counter() - wall:7.2f} s wall {time.process_time() - cpu:7.2f} s CPU", flush=True)
    return value


def start(data: Path) -> None:
    from search import SearchEngine
    from search.qa import QuestionAnswerer

    wall, cpu = time.perf_counter(), time.process_time()
    kg = _timed("open store", lambda: open_store(BuildConfig(data_dir=data)))
    index_dir = Path(kg.path or data) / SEARCH_INDEX_DIR
    engine = _timed("SearchEngine.open", lambda: SearchEngine.open(kg, index_dir=index_dir))
    _timed("QuestionAnswerer()", lambda: QuestionAnswerer(kg, engine))
    print(f"{'whole start':34s} {time.perf_counter() - wall:7.2f} s wall {time.process_time() - cpu:7.2f} s CPU")
    kg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--start", action="store_true", help="time only a whole start in this fresh process")
    args = parser.parse_args()
    if args.start:
        return start(args.data)
    kg = open_store(BuildConfig(data_dir=args.data))
    kept = {
        snapshot.CATALOGUE_FILE: snapshot.key_of(kg, snapshot.CATALOGUE_BUILDERS),
        snapshot.DICTIONARY_FILE: snapshot.key_of(kg, snapshot.DICTIONARY_BUILDERS),
        snapshot.TOKENS_FILE: snapshot.key_of(kg, snapshot.TOKENS_BUILDERS),
        snapshot.INDEXES_FILE: snapshot.key_of(kg, snapshot.INDEX_BUILDERS),
        qa_prepared.FILE: qa_prepared.key_of(kg),
        qa_tables.FILE: snapshot.key_of(kg, qa_tables.BUILDERS),
    }
    for name, key in kept.items():
        path = snapshot.path_in(kg, name)
        size = path.stat().st_size / 1e6 if path is not None and path.is_file() else 0.0
        state = _timed(f"{name} ({size:.1f} MB)", lambda p=path, k=key: snapshot.load(p, k) if p else None)
        if state is None:
            print(f"  {name}: none kept for this graph and code")
    from search import SearchEngine
    from search.config import SearchConfig
    from search.embedders import make_embedder
    from search.lexical import Tokenizer
    from search.pinyin import syllables
    from search.qa import QuestionAnswerer

    _timed("embedder warm-up", lambda: getattr(make_embedder(SearchConfig()), "warm", lambda: None)())
    _timed("jieba dictionary + one name", lambda: Tokenizer(["大连理工大学"]))
    _timed("pinyin syllables", syllables)
    index_dir = Path(kg.path or args.data) / SEARCH_INDEX_DIR
    engine = _timed("SearchEngine.open (all of it)", lambda: SearchEngine.open(kg, index_dir=index_dir))
    _timed("QuestionAnswerer()", lambda: QuestionAnswerer(kg, engine))
    kg.close()


if __name__ == "__main__":
    main()
