"""A free loopback port, for the test servers (server.py, Oxigraph's server) started on one."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port on 127.0.0.1 that no one listens on now (the OS picks it; it may be taken later)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
