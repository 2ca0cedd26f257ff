"""The cited sentences (search.qa_sentences.made) made by another checkout's code and by this one's, alternating in
one process on one build's store: the CPU seconds of each and whether they are equal.

    python bench/scale/sentences_pair.py OTHER_CHECKOUT BUILD_DIR [--rounds N]

OTHER_CHECKOUT's ``search/qa_sentences.py`` is loaded beside this checkout's (every module it imports is this
checkout's, its classes this one's); BUILD_DIR is a build directory (``DATA/stores/HASH``), opened read-only. Both are
given no English labels (``made(kg, {})``: that part is the same code in both). Rounds alternate which code runs first.
Prints each round's CPU seconds and raises AssertionError when the two differ in any sentence, array, IDF or context.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.store import open_build
from search import qa_sentences


def _other(checkout: Path):
    """The other checkout's qa_sentences module, its Sentence classes this checkout's (so that results compare)."""
    spec = importlib.util.spec_from_file_location("other_qa_sentences", checkout / "search" / "qa_sentences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.Sentence, module.Sentences = qa_sentences.Sentence, qa_sentences.Sentences
    return module


def _equal(a: qa_sentences.Sentences, b: qa_sentences.Sentences) -> None:
    assert a.sentences == b.sentences, "sentences differ"
    for name in ("citing", "holding"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.keys() == y.keys() and all(np.array_equal(x[k], y[k]) for k in x), f"{name} differs"
    assert a.idf == b.idf and a.context == b.context, "idf or context differs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path)
    parser.add_argument("build", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    codes = {"other": _other(args.other), "this": qa_sentences}
    kg = open_build(args.build)
    try:
        for r in range(args.rounds):
            made, cpu = {}, {}
            for name in (list(codes) if r % 2 == 0 else list(codes)[::-1]):
                started = time.process_time()
                made[name] = codes[name].made(kg, {})
                cpu[name] = time.process_time() - started
            _equal(made["other"], made["this"])
            print(f"round {r}: other {cpu['other']:.2f} s CPU, this {cpu['this']:.2f} s CPU, "
                  f"{len(made['this'].sentences)} sentences, equal", flush=True)
    finally:
        kg.close()


if __name__ == "__main__":
    main()
