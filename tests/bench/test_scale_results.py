"""The scale benchmark's results table: both stores' rows by scale, each followed by its growth per x10."""

import json
import time
from pathlib import Path

import psutil

from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]


results = load_script("scale_results", REPO / "bench" / "scale" / "results.py")
trees = load_script("scale_trees", REPO / "bench" / "scale" / "trees.py")


def _row(scale: int, store: str, ask: tuple[float, float], wall: float) -> dict:
    return dict(scale=scale, store=store, build_wall_s=wall, code="abc1234",
                **{"/api/ask": dict(n=10, p50_ms=ask[0], p99_ms=ask[1])})


def test_growth_per_x10_is_given_for_p50_and_p99_apart_and_per_decade():
    rows = [_row(1, "embedded", (10.0, 40.0), 5.0), _row(1000, "embedded", (1000.0, 40.0), 5000.0)]
    lines = results.table(rows).splitlines()
    growth = next(line for line in lines if line.startswith("| growth per x10 | embedded"))
    cells = [c.strip() for c in growth.strip("|").split("|")]
    titles = [c.strip() for c in lines[0].strip("|").split("|")]
    assert cells[titles.index("ask p50/p99 ms")] == "x4.6/x1.0"  # 100 times over three decades; p99 flat
    assert cells[titles.index("build s")] == "x10.0"
    assert cells[titles.index("code")] == "-"  # the code a row ran is no quantity


def test_each_store_grows_from_its_own_row_before():
    rows = [_row(1, "embedded", (10.0, 20.0), 1.0), _row(1, "remote", (30.0, 60.0), 2.0),
            _row(10, "embedded", (20.0, 40.0), 2.0), _row(10, "remote", (30.0, 60.0), 2.0)]
    lines = results.table(rows).splitlines()
    growths = [line for line in lines if line.startswith("| growth")]
    assert [line.split("|")[2].strip() for line in growths] == ["embedded", "remote"]
    assert "x2.0/x2.0" in growths[0] and "x1.0/x1.0" in growths[1]


def test_save_replaces_the_row_of_the_same_store_and_scale_and_keeps_the_rest(tmp_path):
    path = tmp_path / "scale.json"
    path.write_text(json.dumps({"machine": "two cores", "runs": [_row(10, "remote", (1.0, 2.0), 3.0),
                                                                   _row(1, "embedded", (1.0, 2.0), 3.0)]}))
    rows = results.save([_row(10, "remote", (5.0, 6.0), 7.0)], path, server=dict(workers=2))
    assert [(r["scale"], r["store"], r["build_wall_s"]) for r in rows] == [(1, "embedded", 3.0), (10, "remote", 7.0)]
    kept = json.loads(path.read_text())
    assert kept["machine"] == "two cores" and kept["server"] == dict(workers=2) and kept["runs"] == rows


def test_the_tree_peak_counts_this_process():
    before = trees.tree_rss(psutil.Process())
    with trees.TreePeak(every_s=0.01) as peak:
        ballast = b"\x01" * (64 * 2**20)  # written, so resident
        time.sleep(0.2)  # sampled while held
    assert peak.peak_bytes >= before + len(ballast) // 2
