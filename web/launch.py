"""Start a server as a child process on a loopback port, wait until it answers, stop it.

``ServerLaunch`` says how to run ``server.py`` (data directory, options, environment, port, the
readiness path); ``ServerProcess.launch(config)`` starts it and returns once the readiness URL
answers 200. ``ChildSpec`` and ``Child.start`` do the same for any HTTP server;
``oxigraph_spec`` says how to run an Oxigraph server (the ``oxigraph`` package's binary), the
remote store of the tests and the benchmarks. Output goes to log files; a child that exits or never answers is
stopped and raises ``LaunchError`` naming its log and quoting the log's tail. ``stop()`` sends
SIGTERM, waits, then kills. Every child is also a context manager that stops it on exit.

Used by the tests, the notebooks and the benchmarks; nothing here imports Flask or the store.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self

from graph.errors import ChanjiaoError

LOOPBACK = "127.0.0.1"
REPO = Path(__file__).resolve().parents[1]
SERVER_PY = REPO / "server.py"
POLL_S = 0.2
PROBE_TIMEOUT_S = 2.0
TAIL_CHARS = 4000
# server.py takes $PORT over --port; a launcher chooses the port, so an inherited one is dropped.
PORT_VARIABLE = "PORT"
OXIGRAPH_READY_PATH = "/query?query=ASK%7B%7D"  # answers 200 once the store is open
# Readiness probes go straight to the child: a proxy named in the environment never sees loopback.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class LaunchError(ChanjiaoError):
    """A child server exited or never became ready; the message names its log and quotes the tail."""


def free_port(host: str = LOOPBACK) -> int:
    """A port on ``host`` that no one listens on now (the OS picks it; it may be taken later)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Ask Linux to SIGTERM the child when the thread that started it dies (no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass(frozen=True)
class ChildSpec:
    """How to start one child server and tell that it is up.

    ``url`` is its base URL and ``ready_path`` what must answer 200 there. Its stderr goes to
    ``log``, its stdout to ``stdout`` or, when that is None, to ``log`` as well. ``env`` is the
    child's whole environment (None: this process's). ``die_with_parent`` (Linux) stops the
    child if the starting thread dies: for a notebook kernel, not for servers started in threads.
    ``name`` (default: the program's) is what errors call the child.
    """

    command: tuple[str, ...]
    url: str
    log: Path
    ready_path: str = "/"
    name: str = ""
    stdout: Path | None = None
    env: Mapping[str, str] | None = None
    cwd: Path = REPO
    timeout_s: float = 120.0
    stop_timeout_s: float = 20.0
    die_with_parent: bool = False


@dataclass
class Child:
    """A started child server: its process, base URL and log files (``stdout`` may be ``stderr``)."""

    process: subprocess.Popen
    url: str
    stderr: Path
    stdout: Path
    name: str
    stop_timeout_s: float = 20.0

    @classmethod
    def start(cls, spec: ChildSpec) -> Self:
        """Start ``spec.command`` and return once ``spec.ready_path`` answers 200 (else LaunchError)."""
        name = spec.name or Path(spec.command[0]).name
        child = cls(_popen(spec), spec.url, spec.log, spec.stdout or spec.log, name, spec.stop_timeout_s)
        with contextlib.ExitStack() as on_failure:  # interrupted while waiting (Ctrl-C): no orphan left
            on_failure.callback(child.stop)
            child.wait_ready(spec.ready_path, spec.timeout_s)
            on_failure.pop_all()
        return child

    def wait_ready(self, path: str, timeout_s: float) -> None:
        """Poll ``path`` until it answers 200. If the child exits first or ``timeout_s`` passes,
        stop it and raise LaunchError with the log's tail."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.running:
            if _answers(self.url + path):
                return
            time.sleep(POLL_S)
        code = self.process.poll()
        self.stop()
        why = f"exited with code {code}" if code is not None else f"did not answer within {timeout_s:g} s"
        raise LaunchError(f"{self.name} {why} ({self.url}{path}); the end of its log {self.stderr}:\n"
                          f"{self.log_tail()}")

    def log_tail(self, chars: int = TAIL_CHARS) -> str:
        """The last ``chars`` characters of the child's stderr log."""
        try:
            return self.stderr.read_text(encoding="utf-8", errors="replace")[-chars:]
        except FileNotFoundError:
            return ""

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout_s: float | None = None) -> int:
        """SIGTERM the child, wait up to ``timeout_s`` (default: the spec's), then kill it;
        return its exit code. Idempotent."""
        if self.running:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(self.stop_timeout_s if timeout_s is None else timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _popen(spec: ChildSpec) -> subprocess.Popen:
    spec.log.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as files:  # the child holds its own copies; ours close at once
        log: IO[bytes] = files.enter_context(spec.log.open("wb"))
        out = files.enter_context(spec.stdout.open("wb")) if spec.stdout else log
        return subprocess.Popen(spec.command, cwd=spec.cwd, env=None if spec.env is None else dict(spec.env),
                                stdout=out, stderr=log if spec.stdout else subprocess.STDOUT,
                                preexec_fn=_die_with_parent if spec.die_with_parent and sys.platform == "linux" else None)


def _answers(url: str) -> bool:
    """Whether ``url`` answers 200 now (not listening yet, or still starting, is False)."""
    try:
        with _DIRECT.open(url, timeout=PROBE_TIMEOUT_S) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@dataclass(frozen=True)
class ServerLaunch:
    """How to run ``python server.py``: on ``port`` (None: a free one) of ``host``, serving
    ``data_dir``, with extra command-line ``options`` and ``env`` added to this process's
    environment ($PORT is dropped, or set to the port when ``port_from_env``, in which case no
    --port is passed). Logs: ``logs/{name}-{port}.out`` (the JSON access log on stdout) and
    ``.err`` (everything else). Ready once ``ready_path`` answers 200: /healthz as soon as it
    serves, /readyz once the store, query workers and search index are up."""

    data_dir: Path
    logs: Path
    options: tuple[str, ...] = ()
    host: str = LOOPBACK
    port: int | None = None
    env: Mapping[str, str] = field(default_factory=dict)
    port_from_env: bool = False
    ready_path: str = "/healthz"
    name: str = "server"
    timeout_s: float = 120.0
    stop_timeout_s: float = 20.0
    die_with_parent: bool = False

    def spec(self, port: int) -> ChildSpec:
        """The child to start on ``port``."""
        env = {k: v for k, v in os.environ.items() if k != PORT_VARIABLE} | dict(self.env)
        where = ["--host", self.host]
        if self.port_from_env:
            env[PORT_VARIABLE] = str(port)
        else:
            where += ["--port", str(port)]
        command = (sys.executable, str(SERVER_PY), *where, "--data", str(self.data_dir), *self.options)
        stem = f"{self.name}-{port}"
        return ChildSpec(command, f"http://{self.host}:{port}", self.logs / f"{stem}.err", self.ready_path,
                         SERVER_PY.name, self.logs / f"{stem}.out", env, REPO, self.timeout_s, self.stop_timeout_s,
                         self.die_with_parent)


class ServerProcess(Child):
    """A running ``server.py``."""

    @classmethod
    def launch(cls, config: ServerLaunch) -> Self:
        """Start server.py as ``config`` says; return once its readiness path answers (else LaunchError)."""
        return cls.start(config.spec(config.port or free_port(config.host)))

    @property
    def sparql(self) -> str:
        """The SPARQL endpoint's URL."""
        return f"{self.url}/sparql"

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])


def oxigraph_binary() -> str | None:
    """The Oxigraph server binary installed beside this Python (``pip install oxigraph``), else the
    one on PATH; None when there is neither."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def oxigraph_spec(location: Path, log: Path, *options: str, port: int | None = None, timeout_s: float = 30.0,
                  command: str = "serve") -> ChildSpec:
    """``oxigraph {command} --location location`` (``serve``: read-write, ``serve-read-only``) on
    ``port`` of the loopback (None: a free one), ready once it answers a query; ``options`` are
    added to its command line. LaunchError when the binary is not installed."""
    binary = oxigraph_binary()
    if binary is None:
        raise LaunchError("the Oxigraph server is not installed (pip install oxigraph)")
    port = port or free_port()
    return ChildSpec((binary, command, "--location", str(location), "--bind", f"{LOOPBACK}:{port}", *options),
                     f"http://{LOOPBACK}:{port}", log, OXIGRAPH_READY_PATH, name="the Oxigraph server",
                     timeout_s=timeout_s, stop_timeout_s=10)
