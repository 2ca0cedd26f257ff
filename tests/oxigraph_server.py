"""A real Oxigraph server (the ``oxigraph`` package's binary) on a free loopback port, for the
remote store tests: ``running_oxigraph(location)`` starts it and stops it on exit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from web.launch import Child, LaunchError, oxigraph_binary, oxigraph_spec


@contextlib.contextmanager
def running_oxigraph(location: Path, log: Path) -> Iterator[str]:
    """``oxigraph serve`` on ``location``; yields its base URL once it answers a query. Skips the
    test when the server is not installed (it is in the test extra)."""
    if oxigraph_binary() is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph; it is in the test extra)")
    try:
        server = Child.start(oxigraph_spec(location, log))
    except LaunchError as error:
        pytest.fail(str(error))
    with server:
        yield server.url
