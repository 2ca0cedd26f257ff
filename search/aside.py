"""A value made in a forked child while this process goes on making others (Linux).

The build's index step runs its parts one after the other at 1000x the seed (search.prebuild: two parts side by
side do not fit in 4 GB), each in a worker on one core, while the other core holds only what runs beside the
chain (the embedding, the HNSW graph, VoID's niced thread). Within a part, a piece that needs nothing the rest
of the part makes can be made on that core: the name index of the engine's indexes part
(bench/results/scale36a-*.md).

Contract: ``aside(make)`` forks a child that runs ``make()`` and writes what it returned, pickled, to a file of
its own; ``Pending.result()`` waits for the child and returns that value, or raises what ``make`` raised (its
exception pickled), or ``AsideDied`` when the child ended without writing either (killed: out of memory). The
child's CPU is counted as this process's children's (it is waited for). Objects alive at the fork are frozen
(gc.freeze) in both processes until the result is taken, so that neither process's collector writes into the
pages they share (copy-on-write). ``make`` must not touch what the child cannot use: the child has none of this
process's threads (a store's, a pool's). Where there is no fork, or ``forked`` is False, ``make()`` runs in this
process when the result is taken. ``Room`` says whether a part's worker has the memory for a child: asked in
the worker, of the process tree it belongs to as it is then, and waits for the room while the build's process
holds what it is about to let go of (``Busy``: the passages' embedding and the dense index made from it).
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from search.errors import SearchError

T = TypeVar("T")
log = logging.getLogger(__name__)
POLL_S = 0.5  # how often Room reads the tree again while it waits


class AsideDied(SearchError):
    """A forked child ended without its result (killed, or it could not write it)."""


class Pending(Generic[T]):
    """The value of ``make()``, made in a forked child (``pid``, writing to ``path``) or, with no child, here."""

    def __init__(self, make: Callable[[], T], pid: int | None = None, path: Path | None = None):
        self._make, self._pid, self._path = make, pid, path

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        """The child killed and reaped when its result was not taken (the block raised before it)."""
        if self._pid is not None:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = None
            gc.unfreeze()
            if self._path is not None:
                self._path.unlink(missing_ok=True)

    def result(self) -> T:
        """The value made (waiting for the child), or what making it raised; taken once."""
        if self._pid is None or self._path is None:
            return self._make()
        try:
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
            try:
                with self._path.open("rb") as fh:
                    ok, value = pickle.load(fh)
            except (OSError, EOFError, pickle.UnpicklingError) as exc:
                raise AsideDied(f"the child making {_name(self._make)} ended without a result "
                                f"(wait status {status})") from exc
        finally:
            gc.unfreeze()
            self._path.unlink(missing_ok=True)
        if not ok:
            raise value
        return value


def aside(make: Callable[[], T], forked: bool = True) -> Pending[T]:
    """``make()`` started in a forked child (when ``forked`` and this system forks), its value taken by
    ``Pending.result``, which every caller must reach: it reaps the child and unfreezes the collector."""
    if not forked or not hasattr(os, "fork"):
        return Pending(make)
    fd, name = tempfile.mkstemp(prefix="chanjiao-aside-", suffix=".pickle")
    os.close(fd)
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(make, Path(name))
    return Pending(make, pid, Path(name))


def _child(make: Callable[[], T], path: Path) -> None:
    """Run ``make`` and write (True, its value) or (False, its exception) to ``path``; exit without cleanup
    (the parent's atexit handlers and the objects it holds are its own)."""
    code = 1
    try:
        try:
            outcome: tuple[bool, object] = (True, make())
        except Exception as exc:  # any: given to the parent, which raises it as it was raised
            outcome = (False, exc)
        with path.open("wb") as fh:
            pickle.dump(outcome, fh, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)


def _name(make: Callable[..., object]) -> str:
    return getattr(make, "__qualname__", None) or repr(make)


@contextmanager
def busy() -> Iterator[Path]:
    """A marker file that exists until the block ends or ``let_go`` removes it first: given to ``Room.busy``, it says
    that the process which made it holds memory it is about to let go of (the build's process while it makes the
    dense index beside the parts: ~540 MB at 1000x, let go of ~10 s after the indexes part asked for room in both
    of round 38's builds, bench/results/scale39a-*.md)."""
    fd, name = tempfile.mkstemp(prefix="chanjiao-busy-")
    os.close(fd)
    try:
        yield Path(name)
    finally:
        let_go(Path(name))


def let_go(marker: Path | None) -> None:
    """The holder of ``marker`` (``busy``) has let go of what it held: its Rooms wait no longer for it."""
    if marker is not None:
        marker.unlink(missing_ok=True)


@dataclass(frozen=True)
class Room:
    """Whether a worker (a child of the build's process) may fork: when the process tree as it is (the build's process
    and its children: this worker, an embedding worker still at work) less this worker, plus the worker and its child
    at their estimated peak (``part_bytes``: their RSS summed), is within ``limit_bytes``. Asked when the work starts,
    not when the step is laid out: the embedding worker beside the parts has most often ended by then, and the
    step's layout counts it beside every part (search.step_peaks.Peaks.tree). While the file ``busy`` exists
    (made by ``busy``) the tree is read again for up to ``busy_wait_s`` more than ``wait_s``: what the build's
    process holds then is about to be let go of."""

    part_bytes: int
    limit_bytes: int
    wait_s: float = 0.0
    busy: Path | None = None
    busy_wait_s: float = 0.0

    def fits(self) -> bool:
        """Whether the child fits, the tree read every ``POLL_S`` until it does, or until ``wait_s`` have passed since
        the build's process was last seen busy (``busy``; since the start when it was not), ``wait_s`` +
        ``busy_wait_s`` at most (what the build's process holds is transient: at 1000x it let go of 566 MB four
        seconds after the indexes part asked, bench/results/lead36-*.md); the figures it was decided on are logged,
        the build's log showing which way the part went (the whole tree decides, not the part measured alone)."""
        started = quiet = time.monotonic()
        while True:
            rest = tree_bytes(os.getppid()) - _rss_bytes(os.getpid())
            fits = rest + self.part_bytes <= self.limit_bytes
            now = time.monotonic()
            held = self.busy is not None and self.busy.exists()
            quiet = now if held else quiet
            waited = now - started
            if fits or (not held and now - quiet >= self.wait_s) or waited >= self.wait_s + self.busy_wait_s:
                break
            time.sleep(POLL_S)
        log.info("room for a child: the rest of the tree %d MB + this worker and its child %d MB %s the limit %d MB"
                 " (after %.1f s%s)", rest >> 20, self.part_bytes >> 20, "within" if fits else "over",
                 self.limit_bytes >> 20, waited, _busy_for(quiet - started))
        return fits


def _busy_for(seconds: float) -> str:
    return f", {seconds:.1f} s of it while the build's process was busy" if seconds > 0 else ""


def tree_bytes(pid: int) -> int:
    """The RSS of process ``pid`` and of its descendants, summed (Linux's /proc; 0 for what cannot be read)."""
    return _rss_bytes(pid) + sum(tree_bytes(child) for child in _children(pid))


def _rss_bytes(pid: int) -> int:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # not Linux, or the process gone meanwhile
        return 0
    return next((int(line.split()[1]) * 1024 for line in lines if line.startswith("VmRSS:")), 0)


def _children(pid: int) -> list[int]:
    """The processes ``pid``'s threads started (each thread's /proc children file)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(child) for child in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        except OSError:
            continue  # the thread ended meanwhile
    return found
