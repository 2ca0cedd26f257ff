"""SHACL on a build's scratch store with an entailed file bulk-loading beside it, as a full build's
validate step runs at scale (graph.incremental): the process's peak RSS, the load's CPU and wall.

    nice -n 10 python bench/scale/validate_peak.py BUILD_DIR WORK_DIR [--part-mb N] [--rows-mb M]

BUILD_DIR is a complete build (``stores/<hash>``, read only): its stated rows but provenance and its
kept inferred rows make the scratch store in memory (what SHACL reads there); the first M MB of its
kept provenance rows (cut at a line end; default 430, about the largest rule's file at 1000x) are
loaded into a new store in WORK_DIR behind SHACL by graph.streaming.LoadsBehind, whole (``--part-mb
0``) or in parts of N MB (graph.streaming.PART_BYTES, its default). Compare the two in fresh processes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pyoxigraph as ox

from graph import streaming
from graph.assembly import validated_graphs
from graph.build_rows import ENTAILED_DIR, QUADS_FILE
from graph.namespaces import DEFAULT_BASE_IRI, graph_iri
from graph.validation import violations


def peak_mb() -> int:
    return int(re.search(r"VmHWM:\s+(\d+)", Path("/proc/self/status").read_text())[1]) >> 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--part-mb", type=int, default=streaming.PART_BYTES >> 20)
    parser.add_argument("--rows-mb", type=int, default=430)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    provenance = f"<{graph_iri(DEFAULT_BASE_IRI, 'provenance')}> .\n".encode()
    read, rows = args.work / "read-rows.nq", args.work / "entailed-provenance.nt"
    with open(args.build / QUADS_FILE, "rb") as source, open(read, "wb") as out:
        out.writelines(line for line in source if not line.endswith(provenance))
    with open(args.build / ENTAILED_DIR / "provenance.nt", "rb") as source:
        text = source.read(args.rows_mb << 20)
    rows.write_bytes(text[:text.rindex(b"\n") + 1])
    del text
    scratch = ox.Store()
    scratch.bulk_load(path=str(read), format=ox.RdfFormat.N_QUADS)
    scratch.bulk_load(path=str(args.build / ENTAILED_DIR / "inferred.nt"), format=ox.RdfFormat.N_TRIPLES,
                      to_graph=ox.NamedNode(graph_iri(DEFAULT_BASE_IRI, "inferred")), lenient=True)
    print(f"scratch store {len(scratch)} quads, peak so far {peak_mb()} MB", flush=True)
    streaming.PART_BYTES = args.part_mb << 20 if args.part_mb else 1 << 62
    target = args.work / "store"
    shutil.rmtree(target, ignore_errors=True)
    started, cpu = time.perf_counter(), time.process_time()
    with streaming.LoadsBehind(ox.Store(str(target))) as loads:
        loads.add(rows, parts=True, format=ox.RdfFormat.N_TRIPLES, lenient=True,
                  to_graph=ox.NamedNode(graph_iri(DEFAULT_BASE_IRI, "provenance")))
        time.sleep(2)  # SHACL begins once the load is under way, as at 1000x
        found = violations(scratch, validated_graphs(DEFAULT_BASE_IRI))
        checked = time.perf_counter() - started
    print(f"parts of {args.part_mb} MB: peak {peak_mb()} MB; SHACL done at {checked:.1f} s ({len(found)} violations), "
          f"load and SHACL {time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU", flush=True)
    shutil.rmtree(target, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
