"""Search benchmark: query latency on the real graph, and dense-index scale runs, side by side.

    .venv/bin/python bench/search_bench.py [--data DIR] [--sizes 10000,100000] [--out bench/results]

Part 1 (real graph, default embedder): hybrid latency p50/p99 uncached and cached, the share
of encoding in it, autocomplete latency. Part 2 (synthetic, graph-shaped): entity documents
generated like the graph's (type, industry, participants), vectors drawn around industry and
type centroids; per size: build time and peak memory of flat and HNSW, single-query latency,
HNSW recall@10 against flat, and the encoder's cost per query against the index's. Part 3:
the flat/HNSW crossover that SearchConfig.hnsw_threshold defaults to. Part 4 (``--parts engine``):
the whole engine over a synthetic catalogue of 100k entities named like the graph's (place, core,
kind; aliases; English names), vectors from a hashing stand-in for the encoder (the encoder's own
cost per query is Part 1's encode_ms, and the engine caches query vectors): build time, then
autocomplete and hybrid search latency per way of typing a name (characters, pinyin, initials,
mixed, inner word, typo, English) and for topics and unknown topics.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.published import ensure_built
from graph.config import BuildConfig
from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.dense import DenseIndex, IndexParams
from search.evaluate import load_cases
from search_scale import DIM, engine_at_scale, engine_table, names_at_scale, names_table, percentiles, timed_ms

CASES = [REPO.parent / "shared" / "eval" / "search-dev.jsonl", REPO / "tests" / "search" / "extra-cases.jsonl"]
PREFIXES = ["大", "大连", "大连理", "燃料", "dal", "dalian j", "项目", "新能源汽", "开源", "z", "通用", "Liao"]
CROSSOVER_SIZES = (1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
MARGIN = 0.9  # HNSW counts as faster when its p50 is below 90 % of flat's (beyond timing noise)
QUERIES = 200


def real_graph(data_dir: Path | None) -> dict:
    """Latency of hybrid search and autocomplete on the real graph with the default embedder."""
    with tempfile.TemporaryDirectory() as tmp:
        config = BuildConfig(data_dir=data_dir or Path(tmp) / "data")
        ensure_built(config)
        kg = open_graph(config.data_dir)
        queries = [c.q for path in CASES if path.is_file() for c in load_cases(path)]
        uncached = SearchEngine.open(kg, SearchConfig(query_cache_size=0), Path(tmp) / "search")
        cached = SearchEngine(uncached.catalogue, uncached.embedder, SearchConfig(),
                              (uncached._dense, uncached._row_doc), uncached._tokenizer)
        uncached.search("预热")
        for q in queries:
            cached.search(q)
        encode = timed_ms(lambda q: uncached.embedder.encode([q]), queries, rounds=3)
        return {
            "documents": uncached.size, "vectors": uncached._dense.count, "queries": len(queries),
            "hybrid_uncached_ms": percentiles(timed_ms(uncached.search, queries, rounds=3)),
            "hybrid_cached_ms": percentiles(timed_ms(cached.search, queries, rounds=3)),
            "lexical_ms": percentiles(timed_ms(lambda q: uncached.search(q, mode="lexical"), queries, rounds=3)),
            "encode_ms": percentiles(encode),
            "autocomplete_ms": percentiles(timed_ms(uncached.autocomplete, PREFIXES, rounds=20)),
        }


def synthetic_vectors(n: int, seed: int = 7) -> np.ndarray:
    """Unit vectors shaped like entity embeddings: a type centroid, an industry centroid (Zipf
    popularity) and the entity's own offset in a 64-dimensional latent space, projected to 512
    dimensions with a little isotropic noise (sentence embeddings have low intrinsic dimension)."""
    rng = np.random.default_rng(seed)
    latent = 64
    types, industries = rng.normal(size=(12, latent)), rng.normal(size=(60, latent))
    t, i = rng.integers(0, len(types), n), rng.zipf(1.6, n) % len(industries)
    points = 0.5 * types[t] + 0.7 * industries[i] + rng.normal(size=(n, latent))
    projection = rng.normal(size=(latent, DIM)) / np.sqrt(latent)
    vectors = points @ projection + 0.1 * rng.normal(size=(n, DIM))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def synthetic_documents(n: int, seed: int = 7) -> list[str]:
    """Entity documents composed the way search.index.full_passage composes them."""
    rng = np.random.default_rng(seed)
    syllables = list("金普大连理工交通海事医科民族职业技术新能源装备制造智能氢电池机床压缩数字人才")
    kinds = ["有限公司", "大学", "职业技术学院", "实训基地项目", "技术攻关项目", "人才培养项目"]
    industries = ["新能源", "装备制造", "燃料电池", "人工智能", "生物医药", "数控机床", "学前教育"]
    docs = []
    for _ in range(n):
        name = "".join(rng.choice(syllables, 6)) + rng.choice(kinds)
        partner = "".join(rng.choice(syllables, 4)) + rng.choice(kinds)
        docs.append(f"{name}。类型：{name[-4:]}。产业：{rng.choice(industries)}、{rng.choice(industries)}。参与方：{partner}")
    return docs


def _status_kib(key: str) -> int:
    """A figure of /proc/self/status in KiB (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def _build_in_child(args) -> dict:
    """Build one index in a fresh process; its peak RSS above the RSS it started from is the
    build's own (the peak is reset through /proc/self/clear_refs first)."""
    n, kind = args
    vectors = synthetic_vectors(n)
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    start = time.perf_counter()
    index = DenseIndex.build(vectors, _params(kind))
    seconds = time.perf_counter() - start
    peak = _status_kib("VmHWM") - before
    return {"build_s": seconds, "peak_extra_mib": peak / 1024, "index_mib": len(index.to_bytes()) / 2**20}


def _in_fresh_process(fn, args):
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(fn, (args,))


def _params(kind: str) -> IndexParams:
    return IndexParams.of(kind, SearchConfig())


def query_latency(index: DenseIndex, queries: np.ndarray) -> list[float]:
    return timed_ms(lambda v: index.search(v, 10), queries)


def recall_by_ef(flat: DenseIndex, hnsw: DenseIndex, queries: np.ndarray, ef_values=(32, 64, 128, 256)) -> dict:
    """HNSW recall@10 and p50 latency for several efSearch beam widths over one built graph."""
    out = {}
    for ef in ef_values:
        sweep = DenseIndex(hnsw._index, replace(hnsw.params, ef_search=ef))
        sweep._index.hnsw.efSearch = ef
        out[ef] = {"recall_at_10": recall_at_10(flat, sweep, queries),
                   "p50_ms": statistics.median(query_latency(sweep, queries))}
    hnsw._index.hnsw.efSearch = hnsw.params.ef_search
    return out


def recall_at_10(flat: DenseIndex, hnsw: DenseIndex, queries: np.ndarray) -> float:
    _, exact = flat.search_many(queries, 10)
    _, approx = hnsw.search_many(queries, 10)
    return float(np.mean([len(set(e) & set(a)) / 10 for e, a in zip(exact, approx)]))


def scale_run(n: int, encode_ms: float) -> dict:
    """Flat against HNSW at ``n`` vectors: build, memory, latency, recall, encode vs search."""
    vectors = synthetic_vectors(n)
    rng = np.random.default_rng(11)
    queries = vectors[rng.integers(0, n, QUERIES)] + 0.3 * rng.normal(size=(QUERIES, DIM)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    builds = {kind: _in_fresh_process(_build_in_child, (n, kind)) for kind in ("flat", "hnsw")}
    flat, hnsw = DenseIndex.build(vectors, _params("flat")), DenseIndex.build(vectors, _params("hnsw"))
    latency = {"flat": percentiles(query_latency(flat, queries)), "hnsw": percentiles(query_latency(hnsw, queries))}
    return {
        "vectors": n, "build": builds, "query_ms": latency,
        "hnsw_recall_at_10": recall_at_10(flat, hnsw, queries),
        "ef_search_sweep": recall_by_ef(flat, hnsw, queries),
        "encode_over_flat_search": encode_ms / latency["flat"]["p50"],
        "encode_over_hnsw_search": encode_ms / latency["hnsw"]["p50"],
    }


def crossover(sizes=CROSSOVER_SIZES) -> dict:
    """Flat and HNSW single-query p50 per size; the first size where HNSW is faster by MARGIN."""
    rows = []
    for n in sizes:
        vectors = synthetic_vectors(n, seed=n)
        queries = vectors[:QUERIES]
        flat, hnsw = DenseIndex.build(vectors, _params("flat")), DenseIndex.build(vectors, _params("hnsw"))
        rows.append({"vectors": n, "flat_p50_ms": statistics.median(query_latency(flat, queries)),
                     "hnsw_p50_ms": statistics.median(query_latency(hnsw, queries))})
    switch = next((r["vectors"] for r in rows if r["hnsw_p50_ms"] < MARGIN * r["flat_p50_ms"]), None)
    return {"rows": rows, "hnsw_faster_from": switch}


def encoding_throughput(count: int = 2000) -> dict:
    """Documents per second the default embedder encodes (batch), to extrapolate build times."""
    from search.embedders import UseEmbedder

    embedder, docs = UseEmbedder(), synthetic_documents(count)
    start = time.perf_counter()
    for i in range(0, count, 64):
        embedder.encode(docs[i:i + 64])
    per_second = count / (time.perf_counter() - start)
    return {"documents": count, "docs_per_s": per_second, "estimated_100k_s": 100_000 / per_second}


def format_tables(results: dict) -> str:
    """The figures as plain-text tables."""
    lines = []
    for run in results.get("names", []):
        lines += names_table(run)
    for run in results.get("engine", []):
        lines += engine_table(run)
    if "real_graph" not in results:
        return "\n".join(lines)
    real = results["real_graph"]
    lines += [f"real graph: {real['documents']} documents, {real['vectors']} vectors, {real['queries']} queries",
              f"{'measure':<22}{'p50 ms':>10}{'p99 ms':>10}"]
    for key in ("hybrid_uncached_ms", "hybrid_cached_ms", "lexical_ms", "encode_ms", "autocomplete_ms"):
        lines.append(f"{key.removesuffix('_ms'):<22}{real[key]['p50']:>10.2f}{real[key]['p99']:>10.2f}")
    lines += ["", f"{'vectors':>8}{'kind':>6}{'build s':>9}{'peak MiB':>10}{'size MiB':>10}{'p50 ms':>9}{'p99 ms':>9}"
              f"{'recall@10':>10}{'encode/search':>14}"]
    for run in results.get("scale", []):
        for kind in ("flat", "hnsw"):
            build, q = run["build"][kind], run["query_ms"][kind]
            recall = f"{run['hnsw_recall_at_10']:.3f}" if kind == "hnsw" else "1.000"
            lines.append(f"{run['vectors']:>8}{kind:>6}{build['build_s']:>9.2f}{build['peak_extra_mib']:>10.1f}{build['index_mib']:>10.1f}"
                         f"{q['p50']:>9.3f}{q['p99']:>9.3f}{recall:>10}{run[f'encode_over_{kind}_search']:>14.1f}")
    for run in results.get("scale", []):
        sweep = ", ".join(f"ef {ef}: {r['recall_at_10']:.3f} @ {r['p50_ms']:.3f} ms" for ef, r in run["ef_search_sweep"].items())
        lines.append(f"{run['vectors']:>8} HNSW recall@10 by efSearch: {sweep}")
    cross = results.get("crossover")
    if cross:
        lines += ["", f"{'vectors':>8}{'flat p50':>10}{'hnsw p50':>10}"]
        lines += [f"{r['vectors']:>8}{r['flat_p50_ms']:>10.3f}{r['hnsw_p50_ms']:>10.3f}" for r in cross["rows"]]
        lines.append(f"HNSW faster (p50 < {MARGIN:.0%} of flat) from {cross['hnsw_faster_from']} vectors; "
                     f"SearchConfig.hnsw_threshold = {SearchConfig().hnsw_threshold}")
    enc = results.get("encoding")
    if enc:
        lines.append(f"encoding: {enc['docs_per_s']:.0f} documents/s; 100k documents ≈ {enc['estimated_100k_s']:.0f} s")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a built data directory (default: build into a temp dir)")
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated synthetic index sizes")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--parts", default="real,scale,crossover,encoding,engine",
                        help="which parts to run: real (needs nothing else), scale, crossover, encoding, engine, "
                             "names (the name index alone)")
    parser.add_argument("--engine-sizes", default="100000", help="comma-separated synthetic catalogue sizes")
    parser.add_argument("--hnsw-build", default=None, metavar="M,EFC",
                        help="build the engine part's HNSW graph with these M and efConstruction (default: the config's)")
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="keep the engine part's dense index and pinyin readings in DIR (outside the repo) and "
                             "reuse them on the next run with the same data and HNSW build")
    args = parser.parse_args(argv)
    parts = set(args.parts.split(","))
    results: dict = {"config": asdict(SearchConfig())}
    if "names" in parts:
        results["names"] = [names_at_scale(int(n)) for n in args.engine_sizes.split(",")]
    if "engine" in parts:
        build = SearchConfig()
        if args.hnsw_build:
            m, efc = (int(x) for x in args.hnsw_build.split(","))
            build = replace(build, hnsw_m=m, hnsw_ef_construction=efc)
        results["engine"] = [engine_at_scale(int(n), build, args.cache) for n in args.engine_sizes.split(",")]
    if parts & {"real", "scale"}:
        results["real_graph"] = real = real_graph(args.data)
    if "scale" in parts:
        results["scale"] = [scale_run(int(n), real["encode_ms"]["p50"]) for n in args.sizes.split(",")]
    if "crossover" in parts:
        results["crossover"] = crossover()
    if "encoding" in parts:
        results["encoding"] = encoding_throughput()
    print(format_tables(results))
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / ("search_bench.json" if parts >= {"real", "scale", "crossover", "encoding"}
                       else f"search_bench-{'-'.join(sorted(parts))}.json")
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
