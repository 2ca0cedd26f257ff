"""The search engine at scale: a synthetic catalogue of entities named like the graph's (place,
core, kind; aliases; English names), vectors from a hashing stand-in for the encoder, and the
latency of autocomplete and hybrid search per way of typing a name, wall clock and CPU.
Used by bench/search_bench.py (``--parts engine`` and ``names``).
"""

from __future__ import annotations

import statistics
import time
import zlib
from pathlib import Path

import numpy as np

from search import SearchConfig, SearchEngine

DIM = 512

def percentiles(ms: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(ms), "p99": float(np.percentile(ms, 99)), "n": len(ms)}


def timed_ms(call, items, rounds: int = 1) -> list[float]:
    return timed_wall_cpu(call, items, rounds)[0]


def timed_wall_cpu(call, items, rounds: int = 1) -> tuple[list[float], list[float]]:
    """Per call, (wall-clock ms, CPU ms of this process): on a shared machine the wall clock
    includes waiting for a core, the CPU time does not."""
    wall, cpu = [], []
    for _ in range(rounds):
        for item in items:
            start, start_cpu = time.perf_counter(), time.process_time()
            call(item)
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


HAN_POOL = ("安邦宝北滨博昌超辰诚成创达大德东恒泓华辉汇嘉建金锦晶京精凯康科朗力立利联龙隆明铭南宁诺鹏普启"
            "千瑞润盛胜世泰腾天通同万维伟文祥鑫信星兴旭亚扬耀益亿银英永宇远跃泽振正智中众卓")
PLACES = ("大连", "辽宁", "沈阳", "北京", "上海", "青岛", "天津", "金普新区")
KINDS = (("科技有限公司", "Technology Co., Ltd.", "Enterprise"), ("股份有限公司", "Co., Ltd.", "Enterprise"),
         ("大学", "University", "University"), ("职业技术学院", "Vocational and Technical College", "HigherVocationalCollege"),
         ("研究院", "Research Institute", "ResearchInstitute"), ("实训基地项目", "Training Base Project", "TrainingBase"))
INDUSTRIES = ("新能源", "装备制造", "燃料电池", "人工智能", "生物医药", "数控机床", "学前教育", "软件", "新材料", "大数据")


class HashEmbedder:
    """A stand-in encoder: a deterministic unit vector per text (no meaning, no cost)."""

    name, version, dim = "hash", "1", DIM

    def encode(self, texts):
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            v = np.random.default_rng(zlib.crc32(text.encode("utf-8"))).normal(size=DIM)
            out[i] = v / np.linalg.norm(v)
        return out


def synthetic_catalogue(n: int, seed: int = 5):
    """``n`` entities named like the graph's, each in an industry and partnered with another."""
    from pypinyin import lazy_pinyin

    from search.documents import CJ, Catalogue, EntityDoc, Names

    rng = np.random.default_rng(seed)
    classes = {f"{CJ}{cls}": Names(cls, cls) for _, _, cls in KINDS}
    industries = {f"{CJ}i{i}": Names(name, name) for i, name in enumerate(INDUSTRIES)}
    labels = []
    for _ in range(n):
        place, core = PLACES[rng.integers(len(PLACES))], "".join(rng.choice(list(HAN_POOL), rng.integers(2, 4)))
        labels.append((place, core, KINDS[rng.integers(len(KINDS))]))
    docs = []
    for i, (place, core, (kind, kind_en, cls)) in enumerate(labels):
        label, industry = place + core + kind, int(rng.integers(len(INDUSTRIES)))
        partner = labels[int(rng.integers(n))]
        en = f"{' '.join(lazy_pinyin(place + core)).title()} {kind_en}"
        fields = (("label", label), ("label_en", en), ("alias", place + core), ("type", cls),
                  ("industry", INDUSTRIES[industry]), ("participant", "".join(partner[:2]) + partner[2][0]),
                  ("description", f"{label}位于{place}，从事{INDUSTRIES[industry]}。"))
        docs.append(EntityDoc(f"urn:synthetic:{i}", Names(label, en, (place + core,)), f"{CJ}{cls}",
                              frozenset({f"{CJ}{cls}"}), frozenset({f"{CJ}i{industry}"}), fields))
    return Catalogue(tuple(docs), classes, {}, {i: frozenset({i}) for i in industries}, industries, PLACES)


def typed_forms(doc, rng) -> dict[str, str]:
    """One query per way of typing the entity's name."""
    from search import pinyin

    label, alias = doc.names.zh, doc.names.aliases[0]
    units = pinyin.units(alias)
    wrong = list(label)
    wrong[len(alias) - 1] = HAN_POOL[int(rng.integers(len(HAN_POOL)))]
    return {"characters": label[:4], "pinyin": pinyin.full(units), "initials": pinyin.initials(units),
            "mixed": pinyin.initials(units[:2]) + alias[2:], "inner": alias[2:] + label[len(alias):len(alias) + 2],
            "typo": "".join(wrong), "english": doc.names.en[:12]}


def cache_dir(cache: Path | None, n: int, config: SearchConfig) -> Path | None:
    """Where the synthetic engine of ``n`` entities built with ``config``'s HNSW graph is kept
    (None: nowhere). The dense index's manifest there names the passages, embedder and layout
    it was built from (search.persist), so an index of other data or code is rebuilt, not used."""
    return cache / f"engine-{n}-m{config.hnsw_m}-efc{config.hnsw_ef_construction}" if cache else None


def build_engine(n: int, config: SearchConfig | None = None, cache: Path | None = None) -> tuple[SearchEngine, float]:
    """(the engine over ``n`` synthetic entities, seconds to build or load it). ``config`` may
    build the HNSW graph lighter than the default (the query-time efSearch stays the
    default's); with ``cache`` the dense index and pinyin readings are loaded from there when
    built before from the same data and layout, else built and saved there."""
    from search import persist
    from search.engine_setup import names_digest
    from search.index import open_dense
    from search.lexical import Tokenizer

    catalogue = synthetic_catalogue(n)
    start = time.perf_counter()
    tokenizer = Tokenizer(v for d in catalogue.docs for v in d.name_values)
    config = config or SearchConfig()
    directory = cache_dir(cache, n, config)
    dense = open_dense(catalogue.docs, HashEmbedder(), config, directory, "synthetic")
    digest = names_digest(catalogue)
    readings = persist.load_readings(directory, digest) if directory else {}
    engine = SearchEngine(catalogue, HashEmbedder(), SearchConfig(), dense, tokenizer, readings)
    if directory and engine._name_index.readings != readings:
        persist.save_readings(directory, digest, engine._name_index.readings)
    return engine, time.perf_counter() - start


def engine_at_scale(n: int, config: SearchConfig | None = None, cache: Path | None = None) -> dict:
    """Build (or load, see ``build_engine``) time, then autocomplete and search p50/p99 (wall
    clock and CPU) per way of typing, at ``n`` entities."""
    config = config or SearchConfig()
    engine, build_s = build_engine(n, config, cache)
    forms = query_forms(engine.catalogue)
    warm(engine, forms)
    out = {"entities": n, "names": len(engine._name_index.names), "build_s": build_s,
           "hnsw_build": [config.hnsw_m, config.hnsw_ef_construction], "ef_search": engine.config.hnsw_ef_search}
    return out | time_engine(engine, forms)


def query_forms(catalogue) -> dict[str, list[str]]:
    """The benchmark's queries: per way of typing, one for each of 50 sampled entities; four
    topics, four unknown topics; and 'all' of them."""
    rng = np.random.default_rng(3)
    samples = [typed_forms(catalogue.docs[int(i)], rng) for i in rng.integers(0, len(catalogue.docs), 50)]
    forms = {form: [s[form] for s in samples] for form in samples[0]}
    forms["topic"] = ["新能源人才", "装备制造实训", "人工智能研究院", "燃料电池企业"]
    forms["unknown"] = ["机器人", "区块链", "芯片设计", "量子计算"]
    forms["all"] = [q for queries in forms.values() for q in queries]
    return forms


def warm(engine: SearchEngine, forms: dict[str, list[str]]) -> None:
    """Search every query once: the query-vector cache then holds them, as a serving engine's would."""
    for q in forms["all"]:
        engine.search(q)


def time_engine(engine: SearchEngine, forms: dict[str, list[str]], rounds: tuple[int, int] = (3, 2)) -> dict:
    """Per way of typing, autocomplete and search latency (wall clock and CPU percentiles),
    over ``rounds`` (autocomplete, search) passes."""
    out: dict = {}
    for (what, call), times in zip((("autocomplete", engine.autocomplete), ("search", engine.search)), rounds):
        for form, queries in forms.items():
            wall, cpu = timed_wall_cpu(call, queries, times)
            out.setdefault(f"{what}_ms", {})[form] = percentiles(wall)
            out.setdefault(f"{what}_cpu_ms", {})[form] = percentiles(cpu)
    return out


def names_at_scale(n: int) -> dict:
    """Only the name index (what autocomplete runs, no encoder, no dense index) at ``n``
    entities: build time, lookup p50/p99 per way of typing a name."""
    from search.index import document_names, link_priors
    from search.lexical import Tokenizer
    from search.names import NameIndex
    from search.shortforms import Places

    catalogue = synthetic_catalogue(n)
    start = time.perf_counter()
    tokenizer = Tokenizer(v for d in catalogue.docs for v in d.name_values)
    index = NameIndex(document_names(catalogue), link_priors(catalogue), tokenizer.segment, places=Places.of(PLACES))
    build_s = time.perf_counter() - start
    forms = {form: qs for form, qs in query_forms(catalogue).items() if form not in ("topic", "unknown", "all")}
    lookups = {form: percentiles(timed_ms(lambda q: index.lookup(q, 8), queries, rounds=3))
               for form, queries in forms.items()}
    lookups["all"] = percentiles(timed_ms(lambda q: index.lookup(q, 8), [q for qs in forms.values() for q in qs]))
    return {"entities": n, "names": len(index.names), "build_s": build_s, "lookup_ms": lookups}


def names_table(run: dict) -> list[str]:
    """The name-index run as plain-text lines."""
    lines = [f"name index at {run['entities']} synthetic entities ({run['names']} names), built in "
             f"{run['build_s']:.0f} s", f"{'typed as':<12}{'lookup p50':>12}{'p99':>8}"]
    return lines + [f"{form:<12}{t['p50']:>12.2f}{t['p99']:>8.2f}" for form, t in run["lookup_ms"].items()]


def engine_table(run: dict) -> list[str]:
    """The engine run as plain-text lines: per way of typing, wall-clock p50/p99 and CPU p50."""
    lines = [f"engine at {run['entities']} synthetic entities ({run['names']} names), built in {run['build_s']:.0f} s "
             f"(HNSW M, efConstruction {run.get('hnsw_build')}; efSearch {run.get('ef_search')}); ms, wall clock "
             "and CPU", f"{'typed as':<12}{'complete p50':>14}{'p99':>8}{'cpu p50':>9}"
             f"{'search p50':>12}{'p99':>8}{'cpu p50':>9}"]
    for form, done in run["autocomplete_ms"].items():
        found = run["search_ms"][form]
        cpu = {w: run.get(f"{w}_cpu_ms", {}).get(form, {}) for w in ("autocomplete", "search")}
        lines.append(f"{form:<12}{done['p50']:>14.2f}{done['p99']:>8.2f}{cpu['autocomplete'].get('p50', 0):>9.2f}"
                     f"{found['p50']:>12.2f}{found['p99']:>8.2f}{cpu['search'].get('p50', 0):>9.2f}")
    return lines
