"""A real Oxigraph server (the ``oxigraph`` package's binary) on a free loopback port, for the
remote store tests: ``running_oxigraph(location)`` starts it and stops it on exit."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.ports import free_port

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
    with log.open("wb") as out:
        process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                                    "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait(process, url, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if requests.get(f"{url}/query", params={"query": "ASK {}"}, timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    pytest.fail(f"the Oxigraph server did not start:\n{log.read_text(errors='replace')[-2000:]}")
