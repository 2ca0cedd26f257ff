"""Load with and without runaway SPARQL queries, side by side on one server.

Each of ``--clients`` clients (each from its own loopback address, as distinct users would be)
loops over search, ask, autocomplete and a simple SPARQL lookup for ``--seconds``; in the
second phase one more client, from another address, sends a runaway query (a cartesian
product that only the deadline stops) every ``--runaway-every`` seconds. Reported per phase
and endpoint: requests, throughput, p50/p99, 5xx answers other than the runaways' own, and
the RSS of the server's process tree before and after. Loopback only; every loop is bounded.

    python bench/load_bench.py [--seconds 60] [--clients 16] [--runaway-every 5]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.service_servers import HOST, start_ours
from graph.published import ensure_built
from graph.config import BuildConfig

RESULTS = Path(__file__).resolve().parent / "results" / "load_bench.json"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
MIX = [
    ("search", "/api/search", {"q": "氢能"}),
    ("ask", "/api/ask", {"q": "哪些高校在氢能领域有合作？"}),
    ("autocomplete", "/api/autocomplete", {"q": "大连"}),
    ("sparql", "/sparql", {"query": "SELECT ?l WHERE { ?o a cj:University ; rdfs:label ?l } LIMIT 5"}),
    ("search", "/api/search", {"q": "new energy vehicles"}),
    ("autocomplete", "/api/autocomplete", {"q": "dalian"}),
]


def client_address(index: int) -> str:
    return f"127.0.1.{index + 1}"


def request(connection: http.client.HTTPConnection, path: str, params: dict, timeout_s: float) -> int:
    connection.timeout = timeout_s
    connection.request("GET", f"{path}?{urlencode(params)}", headers={"Accept": "application/json"})
    response = connection.getresponse()
    response.read()
    return response.status


def worker_loop(port: int, index: int, until: float, samples: list) -> None:
    """One client: the mix in turn until ``until``; (endpoint, status, seconds) per request."""
    connection = http.client.HTTPConnection(HOST, port, source_address=(client_address(index), 0))
    turn = index
    while time.monotonic() < until:
        name, path, params = MIX[turn % len(MIX)]
        turn += 1
        started = time.monotonic()
        try:
            status = request(connection, path, params, 30)
        except (OSError, http.client.HTTPException):
            status = 0
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, source_address=(client_address(index), 0))
        samples.append((name, status, time.monotonic() - started))
    connection.close()


def runaway_loop(port: int, every_s: float, until: float, samples: list) -> None:
    """The abusive client: a runaway query every ``every_s`` seconds, each on its own thread."""
    threads = []

    def one() -> None:
        connection = http.client.HTTPConnection(HOST, port, source_address=("127.0.2.1", 0))
        started = time.monotonic()
        try:
            status = request(connection, "/sparql", {"query": RUNAWAY}, 60)
        except (OSError, http.client.HTTPException):
            status = 0
        samples.append(("runaway", status, time.monotonic() - started))
        connection.close()

    while time.monotonic() < until:
        thread = threading.Thread(target=one, daemon=True)
        thread.start()
        threads.append(thread)
        time.sleep(every_s)
    for thread in threads:
        thread.join(60)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except FileNotFoundError:
            continue
        total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        stack += [int(c) for c in children]
    return total / 1024


def phase(port: int, pid: int, args: argparse.Namespace, runaways: bool) -> dict:
    samples: list = []
    rss_before = tree_rss_mb(pid)
    until = time.monotonic() + args.seconds
    threads = [threading.Thread(target=worker_loop, args=(port, i, until, samples)) for i in range(args.clients)]
    if runaways:
        threads.append(threading.Thread(target=runaway_loop, args=(port, args.runaway_every, until, samples)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summarise(samples, args.seconds, rss_before, tree_rss_mb(pid))


def summarise(samples: list, seconds: float, rss_before: float, rss_after: float) -> dict:
    by_endpoint = defaultdict(list)
    for name, status, elapsed in samples:
        by_endpoint[name].append((status, elapsed))
    endpoints = {}
    for name, rows in sorted(by_endpoint.items()):
        times = sorted(t for _, t in rows)
        endpoints[name] = {
            "requests": len(rows), "per_s": round(len(rows) / seconds, 1),
            "p50_ms": round(statistics.median(times) * 1000, 1),
            "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 1),
            "errors_5xx": sum(1 for s, _ in rows if s >= 500 or s == 0),
            "statuses": dict(sorted(defaultdict(int, {s: sum(1 for x, _ in rows if x == s) for s, _ in rows}).items())),
        }
    served = sum(v["requests"] for k, v in endpoints.items() if k != "runaway")
    return {"endpoints": endpoints, "throughput_per_s": round(served / seconds, 1),
            "rss_mb": [round(rss_before), round(rss_after)]}


def report(results: dict) -> None:
    base, attack = results["without_runaways"], results["with_runaways"]
    print(f"{'endpoint':<13} {'p50 ms':>15} {'p99 ms':>17} {'req/s':>13} {'5xx':>9}")
    for name in sorted(set(base["endpoints"]) | set(attack["endpoints"])):
        b, a = base["endpoints"].get(name, {}), attack["endpoints"].get(name, {})
        cells = [f"{b.get(k, '-')!s:>7}/{a.get(k, '-')!s:<7}" for k in ("p50_ms", "p99_ms", "per_s", "errors_5xx")]
        print(f"{name:<13} " + " ".join(cells))
    ratio = attack["throughput_per_s"] / base["throughput_per_s"]
    print(f"throughput (no runaways / runaways): {base['throughput_per_s']} / {attack['throughput_per_s']} req/s "
          f"= {ratio:.0%}; RSS MB {base['rss_mb']} / {attack['rss_mb']}")
    for name in ("search", "ask", "autocomplete"):
        if name in base["endpoints"] and name in attack["endpoints"]:
            print(f"{name} p99 ratio: {attack['endpoints'][name]['p99_ms'] / base['endpoints'][name]['p99_ms']:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--runaway-every", type=float, default=5.0)
    parser.add_argument("--data", type=Path, help="data directory (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data or Path(tmp) / "data"
        ensure_built(BuildConfig(data_dir=data_dir))
        server = start_ours(data_dir, Path(tmp), workers=4, threads=8)
        try:
            port = int(server.base.rsplit(":", 1)[1])
            results = {"clients": args.clients, "seconds": args.seconds, "runaway_every_s": args.runaway_every,
                       "without_runaways": phase(port, server.process.pid, args, runaways=False),
                       "with_runaways": phase(port, server.process.pid, args, runaways=True)}
        finally:
            server.stop()
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
