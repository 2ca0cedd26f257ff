"""A real Oxigraph server (the ``oxigraph`` package's binary) on a free loopback port, for the
remote store tests: ``running_oxigraph(location)`` starts it and stops it on exit."""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from web.launch import Child, ChildSpec, LaunchError, free_port

START_TIMEOUT_S = 30.0


def oxigraph_binary() -> str:
    """The server binary installed beside this Python (the test extra), else on PATH; skips without it."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if found is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph; it is in the test extra)")
    return found


@contextlib.contextmanager
def running_oxigraph(location: Path, log: Path) -> Iterator[str]:
    """``oxigraph serve`` on ``location``; yields its base URL once it answers a query."""
    port = free_port()
    spec = ChildSpec((oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"),
                     f"http://127.0.0.1:{port}", log, ready_path="/query?query=ASK%7B%7D",
                     name="the Oxigraph server", timeout_s=START_TIMEOUT_S, stop_timeout_s=10)
    try:
        server = Child.start(spec)
    except LaunchError as error:
        pytest.fail(str(error))
    with server:
        yield server.url
