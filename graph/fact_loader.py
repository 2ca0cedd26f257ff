"""One in-memory copy of the fact graphs for every query worker: a loader process makes it once and
forks the workers, which share its pages copy-on-write.

Each query worker used to load its own copy from the files the build keeps (graph.fact_files: at
1000x the seed ~15 s of CPU and ~1 GB a worker, four workers). The loader (a fresh interpreter)
cuts itself off the network (its forks inherit the namespace or the seccomp filter), sets the
worker's address-space limit, loads the copy, sets up rdflib's parser for graph.routing, and then
only forks: a worker is ready once it has opened the build's own store (RocksDB, read-only: opened
after the fork, in the worker, for RocksDB starts threads) and a replacement for a worker the
deadline killed is ready in well under a second, never loading the copy again. Before it says it is
ready a forked worker makes the copy's pages its own at once (``WorkerSetup.own_pages``,
graph.prefault): Oxigraph writes into what it reads, and the first queries would otherwise fault
and copy the pages one at a time (2-3x slower at 1000x the seed).

Forking is safe only from a process with a single thread: Oxigraph's in-memory store and its bulk
loader start none, and the loader checks ``/proc/self/task`` before it says it is ready. When it
cannot make a copy it can fork from (no kept files, a file unusable, another thread, isolation
unavailable) it says why (``LoaderUnavailable``) and the pool falls back to workers that make their
own copies (graph.worker_store), as it does when the loader dies and cannot be started again.

The parent speaks to the loader over one pipe, one request at a time: ``("fork",)`` followed by the
new worker's end of a socket pair (SCM_RIGHTS), answered by the worker's pid; ``("status", pid,
timeout)``, answered by the worker's exit code once the loader has reaped it (None if it has not
exited); None, to stop. The parent watches and kills a forked worker through a pidfd.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import subprocess
import sys
import threading
import time
from multiprocessing import reduction
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from graph import fact_files, prefault, routing
from graph.query_worker import READY, StoreSource, Worker, WorkerFailed, WorkerSetup, limit_memory, serve
from graph.sandbox import IsolationUnavailable, isolate_network, network_reachable
from graph.worker_store import OpenedStore

_REAP_EVERY_S = 0.2  # how often an idle loader reaps the workers that exited
ROOT = Path(__file__).resolve().parents[1]
_ENTRY = "import sys; sys.path.insert(0, {root!r}); from graph.fact_loader import main; main(int(sys.argv[1]))"


class LoaderUnavailable(WorkerFailed):
    """The loader could not make a copy of the fact graphs that workers can be forked from."""


class LoaderGone(WorkerFailed):
    """The loader process is gone: its copy with it."""


class ForkedProcess:
    """The parent's handle on a worker the loader forked: what graph.query_worker.Worker needs of a
    multiprocessing.Process (``is_alive``, ``kill``, ``join``, ``exitcode``). Watched and killed
    through a pidfd (no pid reuse); its exit code comes from the loader, its parent."""

    def __init__(self, pid: int, loader: FactLoader):
        self.pid, self._loader = pid, loader
        self.exitcode: int | None = None
        try:
            self._fd: int | None = os.pidfd_open(pid)
        except ProcessLookupError:  # already exited and reaped
            self._fd = None

    def is_alive(self) -> bool:
        if self._fd is None or self.exitcode is not None:
            return False
        return not select.select([self._fd], [], [], 0)[0]  # a pidfd is readable once its process exited

    def kill(self) -> None:
        if self._fd is not None:
            try:
                signal.pidfd_send_signal(self._fd, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def join(self, timeout: float | None = None) -> None:
        """Wait at most ``timeout`` seconds for the loader to reap this worker, and take its exit code."""
        if self.exitcode is None and self._fd is not None:
            self.exitcode = self._loader.status(self.pid, 1.0 if timeout is None else timeout)
            if self.exitcode is not None:
                os.close(self._fd)
                self._fd = None


class FactLoader:
    """The parent's handle on the loader process: ``fork`` makes a Worker sharing its copy.
    Thread-safe: requests to the loader are made one at a time.

    The loader is a fresh interpreter running this module (not a multiprocessing child, which imports
    the parent's main module again: server.py's imports reach numpy, whose BLAS starts a thread)."""

    def __init__(self, source: StoreSource, setup: WorkerSetup, timeout: float):
        self._lock = threading.Lock()
        self.conn, child = multiprocessing.Pipe()
        self.process = subprocess.Popen([sys.executable, "-c", _ENTRY.format(root=str(ROOT)), str(child.fileno())],
                                        pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL)
        child.close()
        self.conn.send((source, setup))
        reply = self.conn.recv() if self.conn.poll(timeout) else LoaderUnavailable("the fact loader did not start in time")
        if reply != READY:
            self.close()
            raise reply if isinstance(reply, WorkerFailed) else LoaderUnavailable(f"the fact loader did not start: {reply}")

    def fork(self, start_timeout: float) -> Worker:
        """A worker forked from the loader, once it is ready (WorkerFailed); LoaderGone if the loader is."""
        ours, theirs = multiprocessing.Pipe()
        try:
            with self._lock:
                self.conn.send(("fork",))
                reduction.send_handle(self.conn, theirs.fileno(), self.process.pid)
                pid = self.conn.recv()
        except (EOFError, OSError) as exc:
            ours.close()
            raise LoaderGone("the fact loader is gone") from exc
        finally:
            theirs.close()
        return Worker(ours, ForkedProcess(pid, self), start_timeout)

    def status(self, pid: int, timeout: float) -> int | None:
        """The exit code of worker ``pid`` once the loader reaped it (None: still running, or unknown)."""
        try:
            with self._lock:
                self.conn.send(("status", pid, timeout))
                return self.conn.recv()
        except (EOFError, OSError):
            return None

    def close(self) -> None:
        """Stop the loader (its forked workers are stopped by their own handles)."""
        try:
            with self._lock:
                self.conn.send(None)
        except OSError:
            pass
        try:
            self.process.wait(1.0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(1.0)
        self.conn.close()


def threads() -> list[str]:
    """The names of the threads this process runs (native ones included)."""
    tasks = Path("/proc/self/task")
    return [(task / "comm").read_text(encoding="utf-8").strip() for task in tasks.iterdir()]


def main(fd: int) -> None:
    """The loader process: its end of the parent's pipe is ``fd``; the parent sends the source first."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn = Connection(fd)
    try:
        source, setup = conn.recv()
    except EOFError:
        return
    try:
        isolate_network(setup.isolation)
        limit_memory(setup, source)
        facts = _load(source)
    except (IsolationUnavailable, WorkerFailed) as exc:
        conn.send(LoaderUnavailable(str(exc)))
        return
    conn.send(READY)
    _serve_forks(conn, source, setup, facts)


def _load(source: StoreSource) -> ox.Store:
    """The fact copy, loaded from the kept files, in a process left with one thread (else LoaderUnavailable)."""
    if source.store_dir is None or source.partition is None:
        raise LoaderUnavailable("the store source has no fact graphs to copy")
    kept = fact_files.files(source.store_dir, source.partition)
    if kept is None:
        raise LoaderUnavailable("the build keeps no fact graph files")
    try:
        facts = fact_files.load(kept, source.partition)
    except (OSError, SyntaxError, fact_files.FactFilesMismatch) as exc:
        raise LoaderUnavailable(f"the kept fact graphs could not be loaded: {exc}") from exc
    routing.warm(source.partition)  # once, here: every fork inherits rdflib's parser set up
    running = threads()
    if len(running) != 1:
        raise LoaderUnavailable(f"the loader runs {len(running)} threads ({', '.join(running)}): forking it is unsafe")
    return facts


def _serve_forks(conn: Connection, source: StoreSource, setup: WorkerSetup, facts: ox.Store) -> None:
    """Answer the parent's requests until EOF or None, reaping exited workers meanwhile."""
    exited: dict[int, int] = {}
    while True:
        if not conn.poll(_REAP_EVERY_S):
            _reap(exited)
            continue
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        if request[0] == "fork":
            worker_conn = Connection(reduction.recv_handle(conn))
            conn.send(_fork(conn, worker_conn, source, setup, facts))
            worker_conn.close()
        else:
            conn.send(_wait_for(exited, *request[1:]))


def _fork(conn: Connection, worker_conn: Connection, source: StoreSource, setup: WorkerSetup,
          facts: ox.Store) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:  # the worker: never returns into the loader's loop
        conn.close()
        code = _worker(worker_conn, source, setup, facts)
    finally:
        os._exit(code)


def _worker(conn: Connection, source: StoreSource, setup: WorkerSetup, facts: ox.Store) -> int:
    """A forked worker: open the build's store beside the shared copy, then answer jobs."""
    try:
        if network_reachable():  # inherited from the loader: proven again, cheaply
            raise IsolationUnavailable("a forked query worker can reach the network")
        limit_memory(setup, source)
        opened = OpenedStore(source.build_store(), source.partition, aggregates=source.aggregates()).share(facts)
    except (IsolationUnavailable, WorkerFailed) as exc:
        conn.send(exc)
        return 1
    if setup.own_pages:
        try:
            prefault.own_shared_pages()
        except prefault.PrefaultUnavailable:
            pass  # the pages are copied on the first write instead, as without own_pages
    serve(conn, opened)
    return 0


def _reap(exited: dict[int, int]) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        exited[pid] = os.waitstatus_to_exitcode(status)


def _wait_for(exited: dict[int, int], pid: int, timeout: float) -> int | None:
    """The exit code of ``pid`` once it is reaped, waiting at most ``timeout`` seconds."""
    waited = 0.0
    while True:
        _reap(exited)
        if pid in exited or waited >= timeout:
            return exited.pop(pid, None)
        time.sleep(0.01)
        waited += 0.01
