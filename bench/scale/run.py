"""Scale benchmark: build and serve generated data at several multiples of the seed.

    python bench/scale/run.py --scales 1 10 [100] [--work DIR]

For each scale: generate the curated data (bench/scale/generate.py), build it with the CLI
(wall, CPU, peak RSS of the process tree, triples), start server.py on it and time the restart
to /readyz, the first /api/ask after ready, then p50/p99 of /api/ask, /api/search,
/api/autocomplete and a /sparql GROUP BY over all organisations (sequential, bounded request
counts, loopback only), and the RSS of the server's process tree. Writes bench/results/scale.json
and prints a table with the growth factor per x10 of scale.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from service_servers import start_ours

from generate import generate

RESULTS = REPO / "bench" / "results" / "scale.json"
ASKS = ["哪些高校在氢能领域有合作？", "新能源汽车方面有哪些合作项目？", "联合体有多少家成员单位？",
        "哪些企业参与了人才培养项目？", "2024年签约了哪些项目？"]
SEARCHES = ["燃料电池", "hydrogen fuel cell", "实训基地", "职业技术学院", "数控机床", "人工智能", "新能源汽车充电",
            "产教联合体"]
PREFIXES = ["大连", "苏州", "产教", "氢能", "Dal", "职业"]
GROUP_BY = """SELECT ?type (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }
GROUP BY ?type ORDER BY DESC(?n)"""
REPEATS = {"/api/ask": 2, "/api/search": 3, "/api/autocomplete": 5, "/sparql GROUP BY": 10}
START_TIMEOUT_S = 1800.0
SERVER = dict(workers=2, threads=8)  # a small deployment: the machine has 2 cores


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def tree_cpu(process: psutil.Process, seen: dict) -> None:
    """Remember the CPU seconds of every process of the tree (a finished child's last sample stays)."""
    for p in [process, *process.children(recursive=True)]:
        try:
            t = p.cpu_times()
            seen[p.pid] = t.user + t.system
        except psutil.NoSuchProcess:
            pass


def build(curated: Path, data: Path) -> dict:
    """Build with the CLI, sampling the process tree's RSS and CPU every 0.2 s."""
    cmd = [sys.executable, str(REPO / "cli.py"), "--data", str(data), "build", "--force", "--curated", str(curated)]
    log = data.with_name(data.name + "-build.log")  # a file, not a pipe: the build may print a lot of notes
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, text=True)
    root, peak, cpu = psutil.Process(proc.pid), 0, {}
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(root))
            tree_cpu(root, cpu)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.2)
    wall = time.perf_counter() - started
    output = log.read_text()
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}):\n{output}")
    triples = int(output.split("built: ")[1].split()[0])
    return dict(build_wall_s=round(wall, 2), build_cpu_s=round(sum(cpu.values()), 2),
                build_peak_rss_mb=round(peak / 2**20), triples=triples)


def get(url: str, timeout: float = 600.0) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return time.perf_counter() - started


def percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)]
    return dict(n=len(times), p50_ms=round(statistics.median(ordered) * 1000, 1), p99_ms=round(p99 * 1000, 1))


def serve(curated: Path, data: Path, logs: Path) -> dict:
    """Start server.py on the built store and measure readiness, first answer and steady latency."""
    started = time.perf_counter()
    server = start_ours(data, logs, SERVER["workers"], SERVER["threads"], name="scale", curated=curated,
                        timeout_s=START_TIMEOUT_S)
    out = dict(ready_s=round(time.perf_counter() - started, 2))
    try:
        q = urllib.parse.quote
        out["first_ask_s"] = round(get(f"{server.base}/api/ask?q={q(ASKS[0])}"), 3)
        urls = {
            "/api/ask": [f"{server.base}/api/ask?q={q(a)}" for a in ASKS],
            "/api/search": [f"{server.base}/api/search?q={q(s)}&k=10" for s in SEARCHES],
            "/api/autocomplete": [f"{server.base}/api/autocomplete?q={q(p)}&k=8" for p in PREFIXES],
            "/sparql GROUP BY": [f"{server.sparql}?query={q(_prefixed(GROUP_BY))}"],
        }
        for name, batch in urls.items():
            out[name] = percentiles([get(u) for _ in range(REPEATS[name]) for u in batch])
        out["server_rss_mb"] = round(tree_rss(psutil.Process(server.process.pid)) / 2**20)
    finally:
        server.stop()
    return out


def _prefixed(query: str) -> str:
    from graph.namespaces import PREFIXES as NS

    return f"PREFIX cj: <{NS['cj']}>\n{query}"


def run_scale(scale: int, work: Path, serve_it: bool = True) -> dict:
    curated, data, logs = work / f"curated-{scale}x", work / f"data-{scale}x", work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(scale, curated)
    # The machine is shared: the 1-minute load average says how busy it was (2 cores here).
    row = dict(scale=scale, generate_s=round(time.perf_counter() - started, 2),
               sources=len(list((curated / "sources").iterdir())), load_1m=round(os.getloadavg()[0], 1))
    print(f"[{scale}x] generated in {row['generate_s']} s; building ...", file=sys.stderr, flush=True)
    row.update(build(curated, data))
    print(f"[{scale}x] built {row['triples']} triples in {row['build_wall_s']} s; serving ...", file=sys.stderr, flush=True)
    if serve_it:
        row.update(serve(curated, data, logs))
    return row


COLUMNS = [("load_1m", "load"), ("triples", "triples"), ("build_wall_s", "build s"), ("build_cpu_s", "build CPU s"),
           ("build_peak_rss_mb", "build MB"), ("ready_s", "ready s"), ("first_ask_s", "1st ask s"),
           ("/api/ask", "ask p50/p99 ms"), ("/api/search", "search p50/p99 ms"),
           ("/api/autocomplete", "autoc. p50/p99 ms"), ("/sparql GROUP BY", "GROUP BY p50/p99 ms"),
           ("server_rss_mb", "server MB")]


NOT_GROWING = {"load_1m"}  # columns that describe the run, not the scale


def table(rows: list[dict]) -> str:
    def cell(row, key):
        value = row.get(key)
        if value is None:
            return "-"
        return f"{value['p50_ms']}/{value['p99_ms']}" if isinstance(value, dict) else str(value)

    def growth(prev, row, key):
        a, b = prev.get(key), row.get(key)
        if a is None or b is None or key in NOT_GROWING:
            return "-"
        a, b = (a["p50_ms"], b["p50_ms"]) if isinstance(a, dict) else (a, b)
        if not a or not b:
            return "-"
        return f"x{(b / a) ** (1 / math.log10(row['scale'] / prev['scale'])):.1f}"

    lines = ["| " + " | ".join(["scale", *(title for _, title in COLUMNS)]) + " |",
             "|" + "---|" * (len(COLUMNS) + 1)]
    for i, row in enumerate(rows):
        lines.append("| " + " | ".join([f"{row['scale']}x", *(cell(row, k) for k, _ in COLUMNS)]) + " |")
        if i:
            lines.append("| growth per x10 | " + " | ".join(growth(rows[i - 1], row, k) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--work", help="working directory (default: a temporary one, removed)")
    parser.add_argument("--build-only", action="store_true", help="generate and build; do not start the server")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chanjiao-scale-") as tmp:
        work = Path(args.work or tmp)
        rows = [run_scale(scale, work, not args.build_only) for scale in sorted(args.scales)]
    RESULTS.parent.mkdir(exist_ok=True)
    command = "python bench/scale/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    for row in rows:
        row["command"] = command
    previous = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    runs = {str(r["scale"]): r for r in previous.get("runs", [])}
    runs.update({str(r["scale"]): r for r in rows})
    merged = sorted(runs.values(), key=lambda r: r["scale"])
    RESULTS.write_text(json.dumps({"server": SERVER, "runs": merged}, indent=2, ensure_ascii=False) + "\n")
    print(table(merged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
