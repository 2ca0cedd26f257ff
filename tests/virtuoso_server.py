"""A real Virtuoso (Debian's ``virtuoso-opensource``: ``virtuoso-t`` and ``isql-vt``) on free
loopback ports in a directory of its own, configured as docs/stores.md says: a server-wide
query time limit, its own system graphs hidden from the anonymous ``SPARQL`` account, and
that account allowed to write (``publishing``) or only to read (``serving``).
``running_virtuoso(root)`` starts it and stops it on exit; skips when it is not installed."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from web.launch import LOOPBACK, Child, ChildSpec, LaunchError, free_port

SERVER, ISQL = "virtuoso-t", "isql-vt"
READY_PATH = "/sparql?query=ASK%7B%7D"
START_TIMEOUT_S = 90.0  # a new database is created and checkpointed a few times first
QUERY_LIMIT_S = 10  # [SPARQL] MaxQueryExecutionTime: the longest any query may run
SYSTEM_GRAPHS = ("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
                 "http://localuriqaserver/sparql")
PRIVATE = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"

INI = """[Database]
DatabaseFile = {root}/virtuoso.db
ErrorLogFile = {root}/virtuoso.log
LockFile = {root}/virtuoso.lck
TransactionFile = {root}/virtuoso.trx
xa_persistent_file = {root}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {root}/virtuoso-temp.db
TransactionFile = {root}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = {host}:{sql_port}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {root}
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = {host}:{http_port}
ServerRoot = {root}
ServerThreads = 5
MaxClientConnections = 5

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = {limit}
"""

# Its own graphs out of every query's dataset for accounts without private-graph rights.
HIDE_SYSTEM_GRAPHS = (f"DB.DBA.RDF_GRAPH_GROUP_CREATE ('{PRIVATE}', 1);",
                      *(f"DB.DBA.RDF_GRAPH_GROUP_INS ('{PRIVATE}', '{g}');" for g in SYSTEM_GRAPHS),
                      "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);")
ACCOUNT = {  # what the anonymous SPARQL account may do, as docs/stores.md configures it
    "publishing": ("GRANT SPARQL_UPDATE TO \"SPARQL\";", "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"),
    "serving": ("REVOKE SPARQL_UPDATE FROM \"SPARQL\";", "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);"),
}


class Virtuoso:
    """A running virtuoso-t: its HTTP base URL, and ``isql`` to run SQL as dba on it."""

    def __init__(self, url: str, sql_port: int, root: Path):
        self.url, self.sql_port, self.root = url, sql_port, root

    def isql(self, *statements: str) -> str:
        """Run ``statements`` as dba; fails the test with isql's output when one fails."""
        script = self.root / "setup.sql"
        script.write_text("\n".join(statements) + "\n", encoding="utf-8")
        done = subprocess.run([ISQL, f"{LOOPBACK}:{self.sql_port}", "dba", "dba", str(script)],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            pytest.fail(f"isql failed: {done.stdout[-2000:]}{done.stderr[-2000:]}")
        return done.stdout

    def account(self, mode: str) -> None:
        """Let the SPARQL account publish ('publishing') or only read ('serving')."""
        self.isql(*ACCOUNT[mode])


@contextlib.contextmanager
def running_virtuoso(root: Path) -> Iterator[Virtuoso]:
    """virtuoso-t on a new database in ``root``, its system graphs hidden, the SPARQL account
    publishing; skips the test when Virtuoso is not installed."""
    if shutil.which(SERVER) is None or shutil.which(ISQL) is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
    root.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = root / "virtuoso.ini"
    ini.write_text(INI.format(root=root, host=LOOPBACK, sql_port=sql_port, http_port=http_port, limit=QUERY_LIMIT_S),
                   encoding="utf-8")
    spec = ChildSpec((SERVER, "+foreground", "+configfile", str(ini)), f"http://{LOOPBACK}:{http_port}",
                     root / "server.log", READY_PATH, cwd=root, timeout_s=START_TIMEOUT_S)
    try:
        server = Child.start(spec)
    except LaunchError as error:
        pytest.fail(str(error))
    with server:
        virtuoso = Virtuoso(server.url, sql_port, root)
        virtuoso.isql(*HIDE_SYSTEM_GRAPHS)
        virtuoso.account("publishing")
        yield virtuoso
