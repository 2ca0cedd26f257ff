"""web.launch: a real server.py started on the session's build, answered, stopped; and the errors
of a child that exits at once or never answers."""

from __future__ import annotations

import sys
import urllib.request
from pathlib import Path

import pytest

from web.launch import ChildSpec, LaunchError, ServerLaunch, ServerProcess, free_port


def test_launches_server_on_a_given_port_and_stops_it(built_config, tmp_path):
    port = free_port()
    config = ServerLaunch(Path(built_config.data_dir), tmp_path / "logs", ("--workers", "1"), port=port)
    with ServerProcess.launch(config) as server:
        assert server.url == f"http://127.0.0.1:{port}" and server.port == port
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=10) as response:
            assert response.status == 200
        assert server.sparql == f"{server.url}/sparql"
    assert server.process.returncode == 0  # SIGTERM is a clean stop
    assert server.stderr == tmp_path / "logs" / f"server-{port}.err" and server.stderr.is_file()
    assert server.stdout == tmp_path / "logs" / f"server-{port}.out"


def test_a_server_that_exits_at_once_names_its_log_and_quotes_it(tmp_path):
    config = ServerLaunch(tmp_path / "data", tmp_path, ("--timeout", "soon"), name="bad")
    with pytest.raises(LaunchError) as error:
        ServerProcess.launch(config)
    message = str(error.value)
    log = next(tmp_path.glob("bad-*.err"))
    assert "server.py exited with code 2" in message
    assert str(log) in message
    assert "invalid float value: 'soon'" in message  # argparse's complaint, from the log's tail


def test_a_child_that_never_answers_is_stopped(tmp_path):
    port, pid_file = free_port(), tmp_path / "pid"
    sleeper = "import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(600)"
    spec = ChildSpec((sys.executable, "-c", sleeper, str(pid_file)), f"http://127.0.0.1:{port}",
                     tmp_path / "sleeper.log", name="sleeper", timeout_s=3, stop_timeout_s=5)
    with pytest.raises(LaunchError, match=r"sleeper did not answer within 3 s .*sleeper\.log"):
        ServerProcess.start(spec)
    assert not Path(f"/proc/{pid_file.read_text()}").exists()  # stopped and reaped, not left behind
