"""The ingest tests' way to run the real CLI (cli.py in a subprocess) or the library it calls (in
this process: a test about what an ingest publishes, not about the command, skips the interpreter
start and the analysers' load), and the small article they share."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graph.config import BuildConfig
from graph.ingest.draft import Draft, to_json
from graph.ingest.pipeline import Ingester

REPO = Path(__file__).resolve().parents[2]
# A seed-like article: a known college and a known company, a cooperation, a figure and a person.
HYDROGEN = "大连职业技术学院与国创氢能科技有限公司签署校企合作协议，共建氢能技术产业学院，首期投入1500万元。" \
           "国创氢能科技有限公司总经理刘振邦出席。"


def command(*args, data: Path) -> list[str]:
    return [sys.executable, "cli.py", "--data", str(data), *map(str, args)]


def cli(*args, data: Path, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``chanjiao --data DATA ARGS...`` to the end; with ``check``, assert that it succeeded."""
    run = subprocess.run(command(*args, data=data), cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    if check:
        assert run.returncode == 0, run.stderr[-3000:]
    return run


def ingest(path: Path, data: Path, accept: bool = False) -> tuple[Draft, dict]:
    """What ``chanjiao --data DATA ingest PATH [--accept] --json`` does, in this process: the draft
    and the JSON object the command prints (a fresh Ingester, so the gazetteer is the graph's now)."""
    config = BuildConfig(data_dir=data)
    draft, result = Ingester(config).ingest(path, accept=accept)
    return draft, json.loads(json.dumps(to_json(draft, result, config.base_iri), ensure_ascii=False))


def popen(*args, data: Path) -> subprocess.Popen:
    """Start ``chanjiao --data DATA ARGS...`` with its output piped."""
    return subprocess.Popen(command(*args, data=data), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
