"""Two builds of the same code from the same curated data write the same files, byte for byte, each in a process
of its own drawing another hash seed (PYTHONHASHSEED): issue #18's read replicas rely on it. What differs by design
(RocksDB's own files, when each build was made) is bench/scale/same_build.py's BY_DESIGN, compared by what it holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]
same_build = load_script("same_build", REPO / "bench" / "scale" / "same_build.py")


def _built(data_dir: Path, seed: str) -> Path:
    """A full build of the repository's curated data, its search index with it, as ``chanjiao build`` makes it, in
    a process whose hash seed is ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "cli.py", "--data", str(data_dir), "build"], cwd=REPO, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return same_build.build_dir(data_dir)


@pytest.mark.slow
def test_two_builds_in_processes_of_other_hash_seeds_write_the_same_files(tmp_path):
    first, second = _built(tmp_path / "a", "1"), _built(tmp_path / "b", "2")
    assert first.name == second.name  # named by the inputs' hash
    assert same_build.differences(first, second) == []
