"""Our /sparql against Oxigraph's own server and rdflib-endpoint, side by side in one run, plus
/api/search and /api/autocomplete under load. Loopback only.

    .venv/bin/python bench/service_bench.py [--data DIR] [--requests N] [--out FILE]

Figures go to bench/results/service_bench.json (and a table on stdout).

The same graph (built into DIR, exported as N-Quads) is served by all three (ours twice: with
its workers' in-memory copy of the store, the default, and reading RocksDB); the same four
queries (``ASK {}``, which reads no data and so measures each server's fixed cost per
request, a lookup, a GROUP BY, a two-hop join) are sent over HTTP with 1 and 8 concurrent
clients (threads, one keep-alive connection each), JSON results requested. Reported per
server, query and concurrency: requests/s, p50 and p99 latency, and our p50 over Oxigraph's
(target: at most 1.5).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit


from graph.published import ensure_built
from graph.config import BuildConfig
from graph.namespaces import sparql_prologue
from graph.store import open_graph
from service_servers import ensure_tools, start_oxigraph, start_ours, start_rdflib_endpoint

TARGET_RATIO = 1.5
RESULTS = Path(__file__).resolve().parent / "results" / "service_bench.json"
CONCURRENCY = (1, 8)
WARMUP = 10
QUERIES = {
    "trivial": "ASK {}",
    "lookup": "SELECT ?p ?o WHERE {{ <{entity}> ?p ?o }}",
    "group_by": "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class",
    "two_hop": """SELECT ?org ?industry ?label WHERE {
  ?org cj:participatesIn ?project . ?project cj:industry ?industry .
  ?industry rdfs:label ?label FILTER(lang(?label) = "zh")
}""",
}
SEARCHES = ("氢能", "大连理工大学", "职业教育", "智能制造", "hydrogen fuel cells", "vocational college", "人工智能", "实训基地")
PREFIXES = ("大", "大连", "氢", "职业", "Dal", "中", "智能", "金普")
JSON_RESULTS = {"Accept": "application/sparql-results+json"}


@dataclass(frozen=True)
class Measurement:
    target: str
    case: str
    clients: int
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _client(base: str, paths: list[str], headers: dict, latencies: list, errors: list) -> None:
    """Send GET ``paths`` in order over one keep-alive connection, recording latencies in ms."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    for path in paths:
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            errors.append(response.status)
    conn.close()


def load(target: str, case: str, base: str, paths: list[str], clients: int, total: int, headers: dict) -> Measurement:
    """``total`` requests cycling through ``paths``, split over ``clients`` threads."""
    _client(base, paths[:WARMUP] * (1 + WARMUP // max(1, len(paths))), headers, [], [])
    latencies, errors = [], []
    per_client = [[paths[(c + i * clients) % len(paths)] for i in range(total // clients)] for c in range(clients)]
    threads = [threading.Thread(target=_client, args=(base, p, headers, latencies, errors)) for p in per_client]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return Measurement(target, case, clients, len(latencies), len(errors), round(len(latencies) / elapsed, 1),
                       round(statistics.median(latencies), 3), round(percentile(latencies, 0.99), 3))


def sparql_paths(endpoint: str, kg) -> dict[str, list[str]]:
    """Per query, the request path(s) for ``endpoint`` (several entities for the lookup)."""
    path = urlsplit(endpoint).path
    entities = [r["s"] for r in kg.select("SELECT DISTINCT ?s WHERE { ?s cj:participatesIn ?p } ORDER BY ?s LIMIT 16")]
    texts = {
        "lookup": [QUERIES["lookup"].format(entity=e) for e in entities],
        **{case: [QUERIES[case]] for case in QUERIES if case != "lookup"},
    }
    return {case: [f"{path}?{urlencode({'query': sparql_prologue() + q})}" for q in qs] for case, qs in texts.items()}


def bench_sparql(servers, kg, requests_per_case: int) -> list[Measurement]:
    results = []
    for server in servers:
        for case, paths in sparql_paths(server.sparql, kg).items():
            for clients in CONCURRENCY:
                total = requests_per_case if clients == 1 else requests_per_case * 2
                results.append(load(server.name, case, server.base, paths, clients, total, JSON_RESULTS))
                print(json.dumps(asdict(results[-1]), ensure_ascii=False), file=sys.stderr)
    return results


def bench_api(ours, requests_per_case: int) -> list[Measurement]:
    """Search and autocomplete with 8 clients, and /healthz with one: the floor of our HTTP stack."""
    floor = load("ours", "/healthz", ours.base, ["/healthz"], 1, requests_per_case, {})
    cases = {
        "/api/search": [f"/api/search?{urlencode({'q': q, 'k': 10})}" for q in SEARCHES],
        "/api/autocomplete": [f"/api/autocomplete?{urlencode({'q': q, 'k': 8})}" for q in PREFIXES],
    }
    return [floor, *(load("ours", case, ours.base, paths, 8, requests_per_case * 2, {}) for case, paths in cases.items())]


def ratios(results: list[Measurement]) -> dict[str, float]:
    """Our p50 over Oxigraph's, per query and concurrency."""
    p50 = {(m.target, m.case, m.clients): m.p50_ms for m in results}
    return {f"{case} x{c}": round(p50[("ours", case, c)] / p50[("oxigraph", case, c)], 2)
            for case in QUERIES for c in CONCURRENCY}


def table(results: list[Measurement]) -> str:
    lines = ["| target | case | clients | req/s | p50 ms | p99 ms | errors |", "| --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {m.target} | {m.case} | {m.clients} | {m.rps} | {m.p50_ms} | {m.p99_ms} | {m.errors} |" for m in results]
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", help="data directory (default: a fresh temporary one)")
    p.add_argument("--requests", type=int, default=400, help="requests per case with one client (twice that with 8)")
    p.add_argument("--workers", type=int, default=2, help="query workers of our server")
    p.add_argument("--threads", type=int, default=8, help="request threads of our server")
    p.add_argument("--out", default=str(RESULTS), help="write the figures as JSON here (default: %(default)s)")
    args = p.parse_args(argv)
    ensure_tools()
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="service-bench-") as tmp:
        work = Path(tmp)
        data_dir = Path(args.data) if args.data else work / "data"
        ensure_built(BuildConfig(data_dir=data_dir))
        kg = open_graph(data_dir)
        nquads = work / "graph.nq"
        nquads.write_bytes(kg.quads("nquads"))
        starters = [lambda: start_ours(data_dir, work, args.workers, args.threads),
                    lambda: start_ours(data_dir, work, args.workers, args.threads, "ours-rocksdb", 0),
                    lambda: start_oxigraph(nquads, work, work), lambda: start_rdflib_endpoint(nquads, work)]
        servers = []
        try:
            for start in starters:
                servers.append(start())
            sparql = bench_sparql(servers, kg, args.requests)
            api = bench_api(servers[0], args.requests)
        finally:
            for server in servers:
                server.stop()
    report = {"cpus": os.cpu_count(), "load_average_at_start": load_at_start, "triples": kg.triple_count(), "sparql": [asdict(m) for m in sparql], "api": [asdict(m) for m in api],
              "p50_ratio_ours_over_oxigraph": ratios(sparql), "target_ratio": TARGET_RATIO}
    print(table(sparql + api))
    print(json.dumps(report["p50_ratio_ours_over_oxigraph"], indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
