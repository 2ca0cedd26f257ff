"""Ingest benchmark: extraction throughput (characters per second) and peak memory.

    .venv/bin/python bench/ingest_bench.py [--data DIR] [--repeat 25] FILE...

Concatenates the FILEs ``--repeat`` times into one document in a temporary directory,
warms the models on one FILE, then times DefaultExtractor.extract on the whole document
(reading, linking and drafting excluded) and prints characters per second and the peak
resident memory of the process. Numbers depend on the machine's load; the process's peak
memory is also what ``/usr/bin/time -v python cli.py ingest FILE`` reports.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.published import ensure_built
from graph.config import BuildConfig
from graph.ingest.extract import DefaultExtractor
from graph.ingest.lexicon import Lexicon
from graph.ingest.read import read_document
from graph.store import open_graph


def main(argv=None) -> None:
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--data", help="data directory (default: a temporary build)")
    p.add_argument("--repeat", type=int, default=25)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = BuildConfig(data_dir=Path(args.data or tmp))
        ensure_built(config)
        extractor = DefaultExtractor(Lexicon.from_graph(open_graph(config.data_dir)))
        extractor.extract(read_document(args.files[0]))  # loads LAC and jionlp
        big = Path(tmp) / "bench.txt"
        big.write_text("\n".join(read_document(f).text for f in args.files) * args.repeat, encoding="utf-8")
        doc = read_document(big)
        start = time.perf_counter()
        result = extractor.extract(doc)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(doc.text)} characters in {seconds:.1f} s: {len(doc.text) / seconds:.0f} characters/s; "
          f"{len(result.organisations)} organisations, {len(result.figures)} figures; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
