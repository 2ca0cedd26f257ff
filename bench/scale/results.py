"""The scale benchmark's results: the rows of bench/results/scale.json (one per store and scale,
each written by the run that measured it) and their table with the growth per x10 of scale.

    python bench/scale/results.py [--results FILE]

prints the table of every row kept, both stores, by scale (run.py prints it after each run too).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "bench" / "results" / "scale.json"
STORES = ("embedded", "remote")
COLUMNS = [("code", "code"), ("load_1m", "load"), ("triples", "triples"), ("build_code", "build code"), ("build_wall_s", "build s"),
           ("build_cpu_s", "build CPU s"), ("build_peak_rss_mb", "build MB"), ("build_store_cpu_s", "store CPU s in build"),
           ("build_store_peak_rss_mb", "store MB in build"),
           ("cold_start_s", "1st start s"), ("ready_s", "ready s"), ("first_ask_s", "1st ask s"),
           ("/api/ask", "ask p50/p99 ms"), ("/api/search", "search p50/p99 ms"),
           ("/api/autocomplete", "autoc. p50/p99 ms"), ("/sparql GROUP BY", "GROUP BY p50/p99 ms"),
           ("entity (Turtle)", "entity p50/p99 ms"),
           ("server_rss_mb", "serving MB"), ("store_rss_mb", "of which store MB")]
NOT_GROWING = {"code", "build_code", "load_1m"}  # columns that describe the run, not the scale


def code_version() -> str:
    """The short commit of this checkout, recorded with each row (rows of one table may come from
    different runs)."""
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def store_of(row: dict) -> str:
    """The store a result row measured (rows from before the remote store was measured: embedded)."""
    return row.get("store", STORES[0])


def _cell(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "-"
    return f"{value['p50_ms']}/{value['p99_ms']}" if isinstance(value, dict) else str(value)


def _factor(a: float | None, b: float | None, decades: float) -> str:
    return f"x{(b / a) ** (1 / decades):.1f}" if a and b else "-"


def growth(prev: dict, row: dict, key: str) -> str:
    """How ``key`` grew per x10 of scale from ``prev`` to ``row`` (p50 and p99 apart for latencies)."""
    a, b = prev.get(key), row.get(key)
    if a is None or b is None or key in NOT_GROWING:
        return "-"
    decades = math.log10(row["scale"] / prev["scale"])
    if isinstance(a, dict):
        return f"{_factor(a['p50_ms'], b['p50_ms'], decades)}/{_factor(a['p99_ms'], b['p99_ms'], decades)}"
    return _factor(a, b, decades)


def table(rows: list[dict]) -> str:
    """A Markdown table of ``rows`` in order, each row followed by its growth per x10 of scale since
    the row before it of the same store (p50/p99 apart for the latency columns)."""
    lines = ["| " + " | ".join(["scale", "store", *(title for _, title in COLUMNS)]) + " |",
             "|" + "---|" * (len(COLUMNS) + 2)]
    last: dict[str, dict] = {}
    for row in rows:
        lines.append("| " + " | ".join([f"{row['scale']}x", store_of(row), *(_cell(row, k) for k, _ in COLUMNS)]) + " |")
        prev = last.get(store_of(row))
        if prev is not None and prev["scale"] < row["scale"]:
            lines.append(f"| growth per x10 | {store_of(row)} | " + " | ".join(growth(prev, row, k) for k, _ in COLUMNS) + " |")
        last[store_of(row)] = row
    return "\n".join(lines)


def merged(rows: list[dict], results: Path = RESULTS) -> tuple[dict, list[dict]]:
    """The contents of ``results`` and its rows with ``rows`` merged in (replacing those of the same
    store and scale), by scale, then store."""
    previous = json.loads(results.read_text()) if results.is_file() else {}
    runs = {(store_of(r), r["scale"]): r for r in previous.get("runs", [])}
    runs.update({(store_of(r), r["scale"]): r for r in rows})
    return previous, [runs[key] | {"store": key[0]} for key in sorted(runs, key=lambda k: (k[1], STORES.index(k[0])))]


def save(rows: list[dict], results: Path = RESULTS, **keys: object) -> list[dict]:
    """Merge ``rows`` into ``results`` (the file's other rows and keys are kept, ``keys`` set);
    return all its rows, by scale, then store."""
    previous, runs = merged(rows, results)
    results.parent.mkdir(exist_ok=True)
    results.write_text(json.dumps(previous | keys | {"runs": runs}, indent=2, ensure_ascii=False) + "\n")
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    print(table(merged([], args.results)[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
