"""Cut a process off the network, enforced by the kernel rather than by reading its input.

A query worker executes whatever Oxigraph's parser makes of a query, SERVICE clauses
included; a lexical check in front of that parser can be outwitted by any input the two read
differently. So the guarantee that no query opens a connection lives here, in the process
that executes queries: ``isolate_network`` tries, in order,

1. a new network namespace (``unshare(CLONE_NEWNET)``: needs CAP_SYS_ADMIN, e.g. root);
2. a new user namespace with its own network namespace (unprivileged user namespaces);
3. a seccomp filter that fails ``socket()`` for IP and packet families and ``io_uring_setup``
   with EPERM (needs only ``PR_SET_NO_NEW_PRIVS``),

then proves the result by trying to connect to the loopback interface. When every method
fails it raises ``IsolationUnavailable``: the caller refuses to serve SPARQL rather than run
without the guarantee. Linux only; elsewhere isolation is unavailable.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import platform
import socket
from collections.abc import Callable

from graph.errors import ChanjiaoError

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PROBE_ADDRESS = ("127.0.0.1", 9)  # the discard port: only whether a connection is possible matters


class IsolationUnavailable(ChanjiaoError):
    """No method could cut this process off the network; it must not execute queries."""


def _libc() -> ctypes.CDLL:
    name = ctypes.util.find_library("c")
    if name is None:
        raise OSError(errno.ENOSYS, "no C library")
    return ctypes.CDLL(name, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def _unshare(flags: int) -> Callable[[], None]:
    def apply() -> None:
        _check(_libc().unshare(flags), "unshare")
    return apply


# seccomp ------------------------------------------------------------------------------------
# (audit arch, socket syscall number, io_uring_setup number, syscall numbers at or above this
# bound belong to another ABI of the same arch (x32 on x86_64) and are refused outright).
_SECCOMP_ARCH = {
    "x86_64": (0xC000003E, 41, 425, 0x40000000),
    "aarch64": (0xC00000B7, 198, 425, 0xFFFFFFFF),
}
_BLOCKED_FAMILIES = (socket.AF_INET, socket.AF_INET6, getattr(socket, "AF_PACKET", 17))
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO, SECCOMP_RET_KILL = 0x7FFF0000, 0x00050000, 0x00000000


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def seccomp_program(machine: str) -> list[tuple[int, int, int, int]]:
    """The BPF program (code, jt, jf, k) refusing network sockets on ``machine``."""
    if machine not in _SECCOMP_ARCH:
        raise OSError(errno.ENOSYS, f"no seccomp program for {machine}")
    arch, sys_socket, sys_io_uring, abi_bound = _SECCOMP_ARCH[machine]
    deny = SECCOMP_RET_ERRNO | errno.EPERM
    families = len(_BLOCKED_FAMILIES)
    program = [
        (_LD_W_ABS, 0, 0, 4),                          # seccomp_data.arch
        (_JEQ_K, 1, 0, arch),
        (_RET_K, 0, 0, SECCOMP_RET_KILL),              # another arch's calling convention
        (_LD_W_ABS, 0, 0, 0),                          # seccomp_data.nr
        (_JGE_K, 5 + families, 0, abi_bound),          # another ABI (x32): deny
        (_JEQ_K, 4 + families, 0, sys_io_uring),       # io_uring can open sockets: deny
        (_JEQ_K, 1, 0, sys_socket),
        (_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (_LD_W_ABS, 0, 0, 16),                         # args[0] (low word): the address family
    ]
    for index, family in enumerate(_BLOCKED_FAMILIES):
        program.append((_JEQ_K, families - index, 0, family))
    return [*program, (_RET_K, 0, 0, SECCOMP_RET_ALLOW), (_RET_K, 0, 0, deny)]


def _seccomp() -> None:
    program = seccomp_program(platform.machine())
    filters = (_SockFilter * len(program))(*(_SockFilter(*op) for op in program))
    fprog = _SockFprog(len(program), filters)
    libc = _libc()
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, None, 0, 0), "prctl(NO_NEW_PRIVS)")
    _check(libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0), "prctl(SECCOMP)")


METHODS: dict[str, Callable[[], None]] = {
    "netns": _unshare(CLONE_NEWNET),
    "userns+netns": _unshare(CLONE_NEWUSER | CLONE_NEWNET),
    "seccomp": _seccomp,
}


def network_reachable() -> bool:
    """True when this process can still open a TCP connection attempt to the loopback address.

    Connection refused means a route exists (nobody listens on the probe port); no route,
    no interface or a refused socket() means the process is cut off.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(PROBE_ADDRESS)
    except ConnectionRefusedError:
        return True
    except OSError:
        return False
    return True


def isolate_network(methods: tuple[str, ...] = tuple(METHODS)) -> str:
    """Cut this process off the network with the first method that works; return its name.

    Raises IsolationUnavailable when none does, naming why each failed.
    """
    failures = []
    for name in methods:
        try:
            METHODS[name]()
        except OSError as exc:
            failures.append(f"{name}: {exc.strerror or exc}")
            continue
        if network_reachable():
            failures.append(f"{name}: applied, but the loopback address was still reachable")
            continue
        return name
    raise IsolationUnavailable("cannot cut the query worker off the network (" + "; ".join(failures) + ")")

