"""The inference stage alone (graph.inference) on a build of curated data: each stratum of rules'
wall, CPU and peak RSS, measured from the store loaded with the stated graphs (in process: the
store is given no directory for worker processes).

    nice -n 10 python bench/scale/inference.py CURATED_DIR

Assembles the build's stated graphs (graph.assembly.assemble), bulk-loads them into a fresh on-disk
Oxigraph store, resets this process's peak-RSS mark (Linux: writing 5 to /proc/self/clear_refs),
then runs the rules, each stratum as a stage. Prints the RSS before the rules, the stages and how many
triples the inferred graph holds: the peaks are the inference's own, not the load's before it.
"""

from __future__ import annotations

import logging
import resource
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.assembly import assemble
from graph.config import BuildConfig
from graph.inference import infer
from graph.store_load import load_graphs
from graph.timing import Stopwatch


def main(curated: Path) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    config = BuildConfig(data_dir=Path(tempfile.gettempdir()), curated_dir=curated)
    assembly = assemble(config)
    with tempfile.TemporaryDirectory(prefix="chanjiao-inference-") as tmp:
        store = ox.Store(tmp)
        load_graphs(store, assembly.graphs)
        Path("/proc/self/clear_refs").write_text("5")  # the peak RSS mark restarts at the current RSS
        print(f"RSS before the rules: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
        clock = Stopwatch()
        with clock.stage("inference"):
            inferred = infer(store, config.base_iri, clock)
    print(f"{inferred} inferred triples")
    for stage in clock.stages:
        print(stage)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
