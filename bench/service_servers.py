"""The three SPARQL servers of the service benchmark, each started on a free loopback port.

Ours (``server.py``), Oxigraph's own server (``oxigraph serve-read-only --union-default-graph``
over a store loaded with ``oxigraph load``) and rdflib-endpoint on its default (in-memory
rdflib) store. The last two are installed into the venv on first use, for the benchmark only.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BENCH_PACKAGES = {"oxigraph": "oxigraph==0.5.13", "rdflib-endpoint": "rdflib-endpoint[cli]==0.6.3"}
START_TIMEOUT_S = 180.0
HOST = "127.0.0.1"


@dataclass
class Server:
    """A running server: its name, SPARQL endpoint URL and process."""

    name: str
    base: str
    sparql: str
    process: subprocess.Popen

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def ensure_tools() -> None:
    """Install the benchmark-only command-line tools into this venv if they are missing."""
    missing = [spec for tool, spec in BENCH_PACKAGES.items() if shutil.which(tool, path=str(BIN)) is None]
    if missing:
        print(f"installing for the benchmark only: {' '.join(missing)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing], check=True)


def wait_until_up(url: str, process: subprocess.Popen, name: str, timeout_s: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"{name} did not come up at {url}")


def _spawn(cmd: list[str], logs: Path, name: str) -> subprocess.Popen:
    out = (logs / f"{name}.log").open("wb")
    return subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)


def start_ours(data_dir: Path, logs: Path, workers: int, threads: int, name: str = "ours",
               memory_copy_max_quads: int | None = None, curated: Path | None = None,
               timeout_s: float = START_TIMEOUT_S) -> Server:
    """server.py; ``memory_copy_max_quads`` 0 makes its workers read RocksDB (None: the default);
    ``curated``: the curated data the store was built from (else the server rebuilds from graph/data)."""
    port = free_port()
    extra = [] if memory_copy_max_quads is None else ["--memory-copy-max-quads", str(memory_copy_max_quads)]
    extra += [] if curated is None else ["--curated", str(curated)]
    process = _spawn([sys.executable, str(REPO / "server.py"), "--host", HOST, "--port", str(port),
                      "--data", str(data_dir), "--workers", str(workers), "--threads", str(threads), *extra], logs, name)
    base = f"http://{HOST}:{port}"
    wait_until_up(f"{base}/readyz", process, "server.py", timeout_s)
    return Server(name, base, f"{base}/sparql", process)


def start_oxigraph(nquads: Path, work: Path, logs: Path) -> Server:
    location = work / "oxigraph-server-store"
    oxigraph = str(BIN / "oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(nquads)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    process = _spawn([oxigraph, "serve-read-only", "--location", str(location), "--bind", f"{HOST}:{port}",
                      "--union-default-graph"], logs, "oxigraph")
    base = f"http://{HOST}:{port}"
    wait_until_up(f"{base}/query?query=ASK%7B%7D", process, "oxigraph serve")
    return Server("oxigraph", base, f"{base}/query", process)


def start_rdflib_endpoint(nquads: Path, logs: Path) -> Server:
    port = free_port()
    process = _spawn([str(BIN / "rdflib-endpoint"), "serve", str(nquads), "--host", HOST, "--port", str(port)],
                     logs, "rdflib-endpoint")
    base = f"http://{HOST}:{port}"
    wait_until_up(f"{base}/?query=ASK%7B%7D", process, "rdflib-endpoint")
    return Server("rdflib-endpoint", base, f"{base}/", process)
