"""Where embedding a build's passages spends its CPU: the tokeniser, then the window pass's parts.

    nice -n 10 python bench/scale/embed_split.py BUILD [--limit N] [--batch B]

BUILD is a data directory (its published build is read) or a build directory. Its kept catalogue's
distinct passages (the first N) are tokenised by a fresh search.use_tokens.SegmentTokenizer, then
embedded by the default embedder in batches of B (search.vectors.EmbedConfig.batch) in this process,
with the process's heap set as an embedding worker's (graph.heap). Prints the CPU seconds (this
thread's clock, so a loaded machine's other work is not counted) of tokenising, of the whole encode,
and of the window pass's parts (search.use_windows: the convolutions, the distinct rows, the token
sums, the head), and a digest of the token ids (equal digests: the same ids). Run it from each
checkout compared (the code measured is the working directory's).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(os.getcwd())  # the checkout measured: run from its root
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from graph import heap
from search import index, snapshot, use_windows
from search.config import SearchConfig
from search.embedders import make_embedder
from search.use_tokens import SegmentTokenizer

from same_index import index_of, state

SPENT: dict[str, float] = defaultdict(float)
# The window pass's parts timed (a static method's wrapper stays static).
PARTS = ((use_windows.WindowEncoder, "_convolve", True), (use_windows, "distinct_rows", False),
         (use_windows.WindowEncoder, "_normalised_sums", False), (use_windows.WindowEncoder, "_head", False))


def _timed(owner: object, name: str, static: bool) -> None:
    method: Callable = getattr(owner, name)

    def timed(*args, **kwargs):
        started = time.thread_time()
        try:
            return method(*args, **kwargs)
        finally:
            SPENT[name] += time.thread_time() - started
    setattr(owner, name, staticmethod(timed) if static else timed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--limit", type=int, help="the first N distinct passages only")
    parser.add_argument("--batch", type=int, default=1024)
    args = parser.parse_args()
    heap.use_small_pages()
    heap.reuse_freed()
    catalogue = state(index_of(args.build) / snapshot.CATALOGUE_FILE, {})
    texts = list(dict.fromkeys(index.passages(catalogue.docs)[0]))[:args.limit]
    embedder = make_embedder(SearchConfig())
    embedder.encode(["预热", "warm"])  # loads the model and checks the window pass
    tokenizer = SegmentTokenizer(embedder._model._model.sp)
    started = time.thread_time()
    ids = [tokenizer.encode(t) for t in texts]
    tokenising = time.thread_time() - started
    for owner, name, static in PARTS:
        _timed(owner, name, static)
    started = time.thread_time()
    for at in range(0, len(texts), args.batch):
        embedder.encode(texts[at:at + args.batch])
    whole = time.thread_time() - started
    digest = hashlib.sha256(repr(ids).encode()).hexdigest()[:16]
    print(f"{len(texts)} distinct passages: tokenising {tokenising:.2f} s CPU ({1000 * tokenising / max(len(texts), 1):.3f} ms each),"
          f" token ids {digest}")
    print(f"encode in batches of {args.batch}: {whole:.2f} s CPU ({1000 * whole / max(len(texts), 1):.2f} ms each), of which")
    for name, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {name:18s} {seconds:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
