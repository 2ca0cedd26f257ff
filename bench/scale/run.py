"""Scale benchmark: build and serve generated data at several multiples of the seed.

    python bench/scale/run.py --scales 1 10 [100] [--store embedded remote] [--work DIR] [--reuse]

For each scale: generate the curated data (bench/scale/generate.py), then for each store build
it with the CLI (wall, CPU, peak RSS of the process tree, triples), start server.py on it and
time the restart to /readyz, the first /api/ask after ready, then p50/p99 of /api/ask,
/api/search, /api/autocomplete, a /sparql GROUP BY over all organisations (each run a distinct
query, so that no kept result is timed) and entity pages
(linked data, Turtle) (sequential, bounded request counts, loopback only), and the RSS of the
serving process tree.

``--reuse`` (with ``--work``) keeps what the work directory already holds: curated data in
``curated-{N}x`` is not generated again, and an embedded build published in ``data-{N}x`` is
served as it is, not built again (its row keeps the build figures saved for it before, if any,
and its triples from the build's manifest). A 1000x build made elsewhere can be linked there.

Stores: ``embedded`` (the default: Oxigraph inside the data directory) and ``remote``: an
Oxigraph server (``oxigraph serve``, its own store directory under the work directory) on a free
loopback port, which the build publishes into (``cli.py --store URL build``) and server.py reads
from (``--store URL``). For it the build's row also gives the Oxigraph server's peak RSS and CPU
seconds during the build (which also embeds the passages and keeps the search index, the
answerer's facts and tables in the data directory, as an embedded build keeps them in its own
directory); server.py's first start after the build is timed before the measured restart
(``cold_start_s``: with the index kept by the build it makes nothing, so it takes as long as a
restart); the serving RSS includes the Oxigraph server's (also given alone).

Writes each row, as it is measured, into bench/results/scale.json (keyed by store and scale; other
rows are kept) and prints a table with the growth factor per x10 of scale for each store.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import shutil
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

from web.launch import Child, oxigraph_spec

from critical_path import STAGE
from generate import generate
from results import RESULTS, STORES, code_version, store_of, table
from results import save as save_results
from trees import tree_rss, watch

ASKS = ["哪些高校在氢能领域有合作？", "新能源汽车方面有哪些合作项目？", "联合体有多少家成员单位？",
        "哪些企业参与了人才培养项目？", "2024年签约了哪些项目？"]
SEARCHES = ["燃料电池", "hydrogen fuel cell", "实训基地", "职业技术学院", "数控机床", "人工智能", "新能源汽车充电",
            "产教联合体"]
PREFIXES = ["大连", "苏州", "产教", "氢能", "Dal", "职业"]
GROUP_BY = """SELECT ?type (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org a ?type . ?org a cj:Organization }
GROUP BY ?type ORDER BY DESC(?n)"""
# Aggregates a researcher runs over every entity, beside GROUP_BY (the "projects per organisation"
# among them): the build's counts answer each (graph.aggregate_shape; bench/scale/aggregates_equal.py).
AGGREGATES = {
    "types of every organisation": GROUP_BY,
    "projects per organisation": """SELECT ?org (COUNT(?p) AS ?projects) WHERE { ?p cj:participant ?org .
?org a cj:Organization } GROUP BY ?org ORDER BY DESC(?projects) ?org LIMIT 20""",
    "members per consortium": """SELECT ?c (COUNT(DISTINCT ?m) AS ?members) WHERE { ?c cj:member ?m }
GROUP BY ?c ORDER BY DESC(?members) ?c""",
    "projects per industry": """SELECT ?industry (COUNT(?p) AS ?projects) WHERE { ?p a cj:CooperationProject ;
cj:industry ?industry } GROUP BY ?industry ORDER BY DESC(?projects) ?industry""",
    "universities per city": """SELECT ?city (COUNT(DISTINCT ?u) AS ?n) WHERE { ?u a cj:University ; cj:locatedIn ?city }
GROUP BY ?city ORDER BY DESC(?n) ?city""",
}
ENTITIES = "SELECT ?org WHERE { ?org a cj:Organization } LIMIT 5"  # unordered: sorting them all costs a 100x deadline
REPEATS = {"/api/ask": 2, "/api/search": 3, "/api/autocomplete": 5, "/sparql GROUP BY": 10, "entity (Turtle)": 2}
START_TIMEOUT_S = 1800.0
SERVER = dict(workers=2, threads=8)  # a small deployment: the machine has 2 cores
STORE_START_TIMEOUT_S = 120.0


def build(curated: Path, data: Path, store: Child | None = None) -> dict:
    """Build with the CLI, into ``data`` or, given a running Oxigraph server ``store``, publishing
    into it; samples the build's process tree (and the store's) every 0.2 s."""
    remote = [] if store is None else ["--store", store.url, "--store-kind", "oxigraph"]
    cmd = [sys.executable, str(REPO / "cli.py"), "--data", str(data), *remote, "build", "--force", "--timings",
           "--curated", str(curated)]
    log = data.with_name(data.name + "-build.log")  # a file, not a pipe: the build may print a lot of notes
    code = code_version()  # before: a commit made while it runs does not change what it runs
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, text=True)
    usage = watch(proc, {} if store is None else {"store": psutil.Process(store.process.pid)})
    wall = time.perf_counter() - started
    output = log.read_text()
    if proc.returncode != 0:
        raise RuntimeError(f"build failed ({proc.returncode}):\n{output}")
    triples = int(output.split("built: ")[1].split()[0])
    (peak, cpu) = usage[""]
    row = dict(build_code=code, build_wall_s=round(wall, 2), build_cpu_s=round(cpu, 2),
               build_peak_rss_mb=round(peak / 2**20), triples=triples)
    if "store" in usage:
        row.update(build_store_peak_rss_mb=round(usage["store"][0] / 2**20), build_store_cpu_s=round(usage["store"][1], 2))
    if (publish := build_stages(output).get("publish")) is not None:  # a remote build: its Graph Store writes
        row.update(publish_wall_s=publish[0], publish_cpu_s=publish[1])
    return row


def build_stages(output: str) -> dict[str, tuple[float, float]]:
    """The stages ``cli.py build --timings`` printed (graph.timing.Stage): name -> (wall, CPU seconds)."""
    return {m[1]: (float(m[2]), float(m[3])) for m in STAGE.finditer(output)}


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


def serve(curated: Path, data: Path, logs: Path, store: Child | None = None) -> dict:
    """Start server.py on the built store (``data``, or the running Oxigraph server ``store``) and
    measure readiness, first answer, steady latency and the RSS of everything serving."""
    started = time.perf_counter()
    server = start_ours(data, logs, SERVER["workers"], SERVER["threads"], name="scale", curated=curated,
                        timeout_s=START_TIMEOUT_S, store=None if store is None else store.url)
    out = dict(ready_s=round(time.perf_counter() - started, 2))
    try:
        q = urllib.parse.quote
        out["first_ask_s"] = round(get(f"{server.base}/api/ask?q={q(ASKS[0])}"), 3)
        urls = {
            "/api/ask": [f"{server.base}/api/ask?q={q(a)}" for a in ASKS],
            "/api/search": [f"{server.base}/api/search?q={q(s)}&k=10" for s in SEARCHES],
            "/api/autocomplete": [f"{server.base}/api/autocomplete?q={q(p)}&k=8" for p in PREFIXES],
            "/sparql GROUP BY": uncached_group_by(server.base, REPEATS["/sparql GROUP BY"]),
        }
        for name, batch in urls.items():  # the GROUP BY's batch is already one distinct query per repeat
            out[name] = percentiles([get(u) for _ in range(1 if name == "/sparql GROUP BY" else REPEATS[name])
                                     for u in batch])
        # Last: asking for the entities is itself a query over all organisations.
        pages = [f"{server.base}{p}?format=turtle" for p in entity_paths(server.sparql)]
        out["entity (Turtle)"] = percentiles([get(u) for _ in range(REPEATS["entity (Turtle)"]) for u in pages])
        rss = tree_rss(psutil.Process(server.process.pid))
        if store is not None:
            out["store_rss_mb"] = round(tree_rss(psutil.Process(store.process.pid)) / 2**20)
            rss += tree_rss(psutil.Process(store.process.pid))
        out["server_rss_mb"] = round(rss / 2**20)
    finally:
        server.stop()
    return out


def uncached_group_by(base: str, n: int) -> list[str]:
    """``n`` URLs of the GROUP BY, each made a distinct query by a comment: the embedded store's
    runner keeps a client's results (graph.result_cache) and the remote one does not, so timing
    one query repeated would compare kept results with real runs."""
    return [f"{base}/sparql?query={urllib.parse.quote(_prefixed(GROUP_BY) + f' # {i}')}" for i in range(n)]


def entity_paths(sparql: str) -> list[str]:
    """Local paths (/id/...) of a few organisations, asked of the endpoint."""
    query = urllib.parse.quote(_prefixed(ENTITIES))
    request = urllib.request.Request(f"{sparql}?query={query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        rows = json.loads(response.read())["results"]["bindings"]
    paths = [urllib.parse.urlsplit(row["org"]["value"]).path for row in rows]
    return [path[path.index("/id/"):] for path in paths]


def _prefixed(query: str) -> str:
    from graph.namespaces import PREFIXES as NS

    return f"PREFIX cj: <{NS['cj']}>\n{query}"


def run_store(store: str, scale: int, curated: Path, work: Path, serve_it: bool, known: dict,
              reuse: bool = False) -> dict:
    """Build ``curated`` into ``store`` and serve it; the row of measurements (with the load average)
    and ``known``, saved into the results after the build and again at the end. ``reuse``: an
    embedded build already published in the work directory is served without building it again."""
    logs, suffix = work / "logs", "" if store == "embedded" else f"-{store}"
    data = work / f"data-{scale}x{suffix}"
    with contextlib.ExitStack() as stack:
        server = None
        if store == "remote":
            location = work / f"oxigraph-{scale}x"
            shutil.rmtree(location, ignore_errors=True)  # a fresh store: the build publishes everything
            spec = oxigraph_spec(location, logs / f"oxigraph-{scale}x.log", timeout_s=STORE_START_TIMEOUT_S)
            server = stack.enter_context(Child.start(spec))
        # The machine is shared: the 1-minute load average says how busy it was (2 cores here).
        row: dict = dict(scale=scale, store=store, load_1m=round(os.getloadavg()[0], 1), code=code_version())
        if reuse and server is None and published(data):
            row.update(reused_build(store, scale, data))
            _say(scale, store, f"serving the build already in {data} ({row['triples']} triples) ...")
        else:
            _say(scale, store, "building ...")
            row.update(build(curated, data, server))
            save([row | known])  # a long serve may not end in time: the build's figures are kept
            _say(scale, store, f"built {row['triples']} triples in {row['build_wall_s']} s; serving ...")
        if serve_it and server is not None:
            row["cold_start_s"] = cold_start(curated, data, logs, server)
            _say(scale, store, f"first start after the build took {row['cold_start_s']} s")
        if serve_it:
            row.update(serve(curated, data, logs, server))
        row["load_1m_end"] = round(os.getloadavg()[0], 1)
    save([row | known])
    return row | known


def published(data: Path) -> bool:
    """Whether ``data`` publishes a complete embedded build."""
    from graph.store import StoreNotBuilt, current_store_dir

    try:
        current_store_dir(data)
    except StoreNotBuilt:
        return False
    return True


BUILD_COLUMNS = ("build_code", "build_wall_s", "build_cpu_s", "build_peak_rss_mb", "build_command")


def reused_build(store: str, scale: int, data: Path, results: Path = RESULTS) -> dict:
    """The build columns of a build served again: those saved for the same store and scale in
    ``results`` (if any: the build was measured before), the triples from the build's manifest."""
    from graph.store import MANIFEST_FILE, current_store_dir

    saved = json.loads(results.read_text()).get("runs", []) if results.is_file() else []
    before = next((r for r in saved if store_of(r) == store and r["scale"] == scale), {})
    manifest = json.loads((current_store_dir(data) / MANIFEST_FILE).read_text())
    return {k: before[k] for k in BUILD_COLUMNS if k in before} | dict(triples=manifest["triples"], build="reused")


def cold_start(curated: Path, data: Path, logs: Path, store: Child) -> float:
    """Seconds from server.py's first start on the remote store until /readyz answers, then stop it.
    The build kept the search index and the answerer's snapshots in ``data`` (search.prebuild), so
    this start should make nothing and take as long as the restart serve() then measures; a longer
    one says something was made at start after all."""
    started = time.perf_counter()
    start_ours(data, logs, SERVER["workers"], SERVER["threads"], name="scale-cold", curated=curated,
               timeout_s=START_TIMEOUT_S, store=store.url).stop()
    return round(time.perf_counter() - started, 2)


def _say(scale: int, store: str, what: str) -> None:
    print(f"[{scale}x {store}] {what}", file=sys.stderr, flush=True)


def run_scale(scale: int, work: Path, stores: list[str], serve_it: bool = True, command: str = "",
              reuse: bool = False) -> list[dict]:
    """Generate the data of ``scale`` once (``reuse``: unless the work directory holds it), then
    build and serve it in each store (run_store)."""
    curated = work / f"curated-{scale}x"
    (work / "logs").mkdir(parents=True, exist_ok=True)
    generated: dict = {}
    if not (reuse and (curated / "sources").is_dir()):
        started = time.perf_counter()
        generate(scale, curated)
        generated["generate_s"] = round(time.perf_counter() - started, 2)
        _say(scale, "+".join(stores), f"generated in {generated['generate_s']} s")
    generated["sources"] = len(list((curated / "sources").iterdir()))
    return [run_store(store, scale, curated, work, serve_it, generated | dict(command=command), reuse) for store in stores]


def save(rows: list[dict]) -> list[dict]:
    """Merge ``rows`` into bench/results/scale.json (results.save), with the server's size."""
    return save_results(rows, RESULTS, server=SERVER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--store", nargs="+", choices=STORES, default=[STORES[0]],
                        help="the stores to build into and serve from, each in turn at every scale")
    parser.add_argument("--work", help="working directory (default: a temporary one, removed)")
    parser.add_argument("--build-only", action="store_true", help="generate and build; do not start the server")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the curated data and embedded builds already in --work (not generated or built again)")
    args = parser.parse_args(argv)
    if args.reuse and not args.work:
        parser.error("--reuse needs --work (the directory holding curated-{N}x and data-{N}x)")
    command = "python bench/scale/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="chanjiao-scale-") as tmp:
        work = Path(args.work or tmp)
        for scale in sorted(args.scales):
            run_scale(scale, work, args.store, not args.build_only, command, args.reuse)
    print(table(save([])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
