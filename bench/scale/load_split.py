"""One bulk load of an N-Quads file, whole or as K byte ranges loaded by K threads at once into one store.

    nice -n 10 python bench/scale/load_split.py FILE [--parts K] [--digest]

Oxigraph's bulk loader (pyoxigraph's ``Store.bulk_load``) builds its indexes in the calling thread, with
one short-lived helper: a build's loads chain (graph.streaming.LoadsBehind: quads.nq, then the entailed
rows) uses one core while the other runs inference and SHACL and then idles. This measures what loading
the same rows from K threads at once costs: CPU, wall, peak RSS of this process (run each K in its own
process: the peak is the process's) and the SST files left, and prints a digest of the store's sorted
quads so that two runs can be compared. Ranges are cut at line starts; each is read through Python
(a file object), the whole file by path. Writes only under a temporary directory.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
import resource
import sys
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_steps import step


class Range(io.RawIOBase):
    """The bytes ``start`` to ``end`` of the file ``path``, as a readable stream."""

    def __init__(self, path: Path, start: int, end: int):
        super().__init__()
        self.file = open(path, "rb")  # noqa: SIM115 -- closed with the stream
        self.file.seek(start)
        self.left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        read = self.file.readinto(memoryview(buffer)[:min(len(buffer), self.left)])
        self.left -= read
        return read

    def close(self) -> None:
        self.file.close()
        super().close()


def ranges(path: Path, parts: int) -> list[tuple[int, int]]:
    """``parts`` byte ranges of ``path`` of about equal size, each starting at a line's start."""
    size, starts = path.stat().st_size, [0]
    with open(path, "rb") as rows:
        for part in range(1, parts):
            rows.seek(size * part // parts)
            rows.readline()
            starts.append(rows.tell())
    return list(zip(starts, [*starts[1:], size], strict=True))


def load(store: ox.Store, path: Path, parts: int) -> None:
    """Bulk-load ``path`` into ``store``: whole (``parts`` 1) or its ranges from that many threads at once."""
    if parts == 1:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        return

    def one(start: int, end: int) -> None:
        with io.BufferedReader(Range(path, start, end), 1 << 20) as rows:
            store.bulk_load(rows, format=ox.RdfFormat.N_QUADS)
    threads = [threading.Thread(target=one, args=cut) for cut in ranges(path, parts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--parts", type=int, default=1, help="byte ranges loaded at once, one thread each")
    parser.add_argument("--digest", action="store_true", help="print a digest of the store's sorted quads")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="load-split-") as tmp:
        store = ox.Store(tmp)
        step(f"load in {args.parts}", functools.partial(load, store, args.file, args.parts))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
        print(f"peak RSS {peak} MB; {len(store)} quads; {len(list(Path(tmp).glob('*.sst')))} SST files")
        if args.digest:
            print("sorted quads sha256", hashlib.sha256("\n".join(sorted(map(str, store))).encode()).hexdigest())
        del store  # closes RocksDB before its directory goes
    return 0


if __name__ == "__main__":
    sys.exit(main())
