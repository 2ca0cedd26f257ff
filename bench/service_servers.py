"""The three SPARQL servers of the service benchmark, each started on a free loopback port.

Ours (``server.py``), Oxigraph's own server (``oxigraph serve-read-only --union-default-graph``
over a store loaded with ``oxigraph load``) and rdflib-endpoint on its default (in-memory
rdflib) store. The last two are installed into the venv on first use, for the benchmark only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's library, also when run as a script from bench/

from web.launch import LOOPBACK, Child, ChildSpec, ServerLaunch, ServerProcess, free_port, oxigraph_spec

BIN = Path(sys.executable).parent
BENCH_PACKAGES = {"oxigraph": "oxigraph==0.5.13", "rdflib-endpoint": "rdflib-endpoint[cli]==0.6.3"}
START_TIMEOUT_S = 180.0
HOST = LOOPBACK


@dataclass
class Server:
    """A running server: its name, SPARQL endpoint URL and child process (web.launch)."""

    name: str
    sparql: str
    child: Child

    @property
    def base(self) -> str:
        return self.child.url

    @property
    def process(self) -> subprocess.Popen:
        return self.child.process

    def stop(self) -> None:
        self.child.stop()


def ensure_tools() -> None:
    """Install the benchmark-only command-line tools into this venv if they are missing."""
    missing = [spec for tool, spec in BENCH_PACKAGES.items() if shutil.which(tool, path=str(BIN)) is None]
    if missing:
        print(f"installing for the benchmark only: {' '.join(missing)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing], check=True)


def _start(name: str, command: list[str], logs: Path, port: int, ready_path: str, sparql_path: str) -> Server:
    """Start another project's server, logging to ``logs/{name}.log``, and wait until it answers."""
    base = f"http://{HOST}:{port}"
    child = Child.start(ChildSpec(tuple(command), base, logs / f"{name}.log", ready_path, name=name,
                                  timeout_s=START_TIMEOUT_S))
    return Server(name, base + sparql_path, child)


def start_ours(data_dir: Path, logs: Path, workers: int, threads: int, name: str = "ours",
               memory_copy_max_quads: int | None = None, curated: Path | None = None,
               timeout_s: float = START_TIMEOUT_S, store: str | None = None, checkout: Path | None = None,
               options: tuple[str, ...] = ()) -> Server:
    """server.py once /readyz answers; ``memory_copy_max_quads`` 0 makes its workers read RocksDB (None:
    the default); ``curated``: the curated data the store was built from (else the server rebuilds
    from graph/data); ``store``: the URL of a remote store to serve from (--store; None: the embedded
    one in ``data_dir``); ``checkout``: the working tree whose server.py runs (None: this one, e.g. another
    commit's tree for a before/after comparison); ``options``: more of server.py's options, as given. Logs: ``logs/{name}-{port}.out`` (access log) and ``.err``."""
    extra = ["--workers", str(workers), "--threads", str(threads)]
    extra += [] if memory_copy_max_quads is None else ["--memory-copy-max-quads", str(memory_copy_max_quads)]
    extra += [] if curated is None else ["--curated", str(curated)]
    extra += [] if store is None else ["--store", store]
    extra += list(options)
    spec = ServerLaunch(data_dir, logs, tuple(extra), ready_path="/readyz", name=name, timeout_s=timeout_s).spec(free_port())
    if checkout is not None:
        spec = replace(spec, command=(spec.command[0], str(checkout / "server.py"), *spec.command[2:]), cwd=checkout)
    child = ServerProcess.start(spec)
    return Server(name, child.sparql, child)


def start_oxigraph(nquads: Path, work: Path, logs: Path) -> Server:
    location = work / "oxigraph-server-store"
    spec = oxigraph_spec(location, logs / "oxigraph.log", "--union-default-graph", command="serve-read-only",
                         timeout_s=START_TIMEOUT_S)
    subprocess.run([spec.command[0], "load", "--location", str(location), "--file", str(nquads)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Server("oxigraph", spec.url + "/query", Child.start(spec))


def start_rdflib_endpoint(nquads: Path, logs: Path) -> Server:
    port = free_port()
    return _start("rdflib-endpoint", [str(BIN / "rdflib-endpoint"), "serve", str(nquads), "--host", HOST,
                                      "--port", str(port)], logs, port, "/?query=ASK%7B%7D", "/")
