"""The catalogue part's memory by phase: search.documents.load_catalogue on a published build, then the save the index
step's catalogue part makes (search.snapshot.save), in this process, by the code of TREE (any revision's checkout).

    nice -n 10 TREE/.venv/bin/python bench/scale/catalogue_phases.py TREE DATA_DIR [OUT]

Prints the process's RSS and peak RSS (MB) after opening the build and after each of the catalogue's phases
(_names, _entity_types, _related, whichever TREE has), after the catalogue and after the save (to OUT, a scratch
file removed after; default /tmp/catalogue-phases.pickle), with the CPU seconds. One tree per process: peaks are
the process's own. bench/scale/catalogue.py compares trees' catalogues (its digest raises its peak).
"""

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from graph.store import open_build, published_dir  # the tree's code: first on the path above
from search import documents, snapshot

PHASES = ("_names", "_entity_types", "_related")


def memory() -> str:
    """'RSS peak' of this process in MB."""
    rss = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmRSS"))
    return f"{rss >> 10} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10}"


def traced(name: str):
    """documents' function ``name``, printing the memory once it returns."""
    function = getattr(documents, name)

    def call(*args, **kwargs):
        out = function(*args, **kwargs)
        print(name, memory(), flush=True)
        return out
    return call


def main() -> None:
    out = Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/catalogue-phases.pickle")
    kg = open_build(published_dir(Path(sys.argv[2])))
    print("opened", memory())
    for name in PHASES:
        if hasattr(documents, name):
            setattr(documents, name, traced(name))
    started = time.process_time()
    catalogue = documents.load_catalogue(kg)
    print("catalogue", memory(), f"{time.process_time() - started:.1f} s CPU")
    snapshot.save(out, {"k": "v"}, catalogue)
    print("saved", memory(), f"{time.process_time() - started:.1f} s CPU", flush=True)
    out.unlink()


if __name__ == "__main__":
    main()
