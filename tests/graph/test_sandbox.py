"""Network isolation of query workers: each method really cuts a process off, a method that
does not is not trusted, and with no working method the process refuses to run queries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph import sandbox
from graph.sandbox import IsolationUnavailable, isolate_network, seccomp_program

CHECK = """
import socket, sys
from graph.sandbox import isolate_network, network_reachable
assert network_reachable(), "the probe must see the network before isolation"
try:
    print(isolate_network(({method!r},)))
except Exception as exc:
    print("unavailable:", exc)
    sys.exit(3)
assert not network_reachable()
for family, address in ((socket.AF_INET, ("127.0.0.1", 9)), (socket.AF_INET6, ("::1", 9))):
    try:
        socket.socket(family, socket.SOCK_STREAM).connect(address)
    except OSError:
        pass
    else:
        sys.exit("connected")
left, right = socket.socketpair()  # local pipes still work: the worker talks to its parent so
left.send(b"x")
assert right.recv(1) == b"x"
"""


@pytest.mark.parametrize("method", list(sandbox.METHODS))
def test_each_method_cuts_the_process_off_the_network(method):
    run = subprocess.run([sys.executable, "-c", CHECK.format(method=method)], capture_output=True, text=True,
                         timeout=60)
    if run.returncode == 3:
        pytest.skip(f"{method} is not available here: {run.stdout.strip()}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == method


def test_no_method_means_no_isolation_and_an_error_saying_so():
    with pytest.raises(IsolationUnavailable, match="cannot cut"):
        isolate_network(())


def test_a_method_that_leaves_the_network_reachable_is_not_trusted(monkeypatch):
    monkeypatch.setitem(sandbox.METHODS, "placebo", lambda: None)
    with pytest.raises(IsolationUnavailable, match="placebo: applied, but the loopback address was still reachable"):
        isolate_network(("placebo",))


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_the_seccomp_program_jumps_stay_inside_it(machine):
    program = seccomp_program(machine)
    for index, (code, jt, jf, _) in enumerate(program):
        if code & 0x07 == 0x05:  # BPF_JMP
            assert index + 1 + max(jt, jf) < len(program)
    assert program[-1][3] != sandbox.SECCOMP_RET_ALLOW and program[-2][3] == sandbox.SECCOMP_RET_ALLOW
