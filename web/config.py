"""Typed, frozen configuration of the web service."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.config import BuildConfig
from graph.runner import FACT_COPIES
from search.config import SEARCH_INDEX_DIR
from web.quota import QuotaConfig


@dataclass(frozen=True)
class ServerConfig:
    """Everything ``create_app`` needs; no field is read from the environment after construction.

    ``build`` says where the store is (``build.data_dir``) and how to build it when missing.
    ``query_timeout_s`` is the default and the maximum deadline of a SPARQL query (a client may
    only lower it, down to ``min_query_timeout_s``); ``row_cap`` bounds the rows or triples of
    every result; ``workers`` is the size of the query worker pool and ``worker_memory_mb`` each
    worker's address-space limit (None: unlimited); a store of at most
    ``worker_memory_copy_max_quads`` quads is copied into each worker's memory (faster than
    RocksDB; 0 disables); above it, fact graphs of at most ``worker_fact_copy_max_quads`` quads
    are (graph.routing: queries proven not to reach provenance run there; the copy's memory,
    ~512 B a quad, is added to the worker's limit; 0 disables). Workers make their copies before the
    server says it is ready (at 1000x a GROUP BY over every organisation meets its deadline on RocksDB);
    ``fast_start`` says ready once they answer from RocksDB and makes the copies behind;
    ``fact_copy`` says how the workers hold them (graph.runner.FACT_COPIES).
    ``threads`` is the number of waitress request threads. Every
    ``reload_interval_s`` the server looks for a newly published or damaged store; a damaged
    one is rebuilt at most once per ``heal_retry_s``. A build whose workers are down or whose
    requests fail is verified at most once per ``verify_interval_s`` (a changed file: at once).

    Admission: a SPARQL query waits at most ``admission_wait_s`` for a free worker, then gets
    503 with Retry-After (it never holds a request thread while queueing); ``quota`` limits each
    client's concurrent queries and query time (429). Connections: at most
    ``connection_limit`` open at once, an idle one is closed after ``channel_timeout_s``;
    ``trusted_proxy`` is the address of a reverse proxy whose X-Forwarded-For names the client.
    """

    build: BuildConfig = field(default_factory=BuildConfig)
    query_timeout_s: float = 10.0
    min_query_timeout_s: float = 0.1
    row_cap: int = 10_000
    # More workers than one client may occupy (quota.max_concurrent), so that one client's
    # runaway queries leave workers for everyone else.
    workers: int = 4
    worker_memory_mb: int | None = 2048
    worker_memory_copy_max_quads: int = 1_000_000
    # 1000x the seed: 2.7M fact quads, ~1.4 GB a worker (bench/results/scale-groupby-2026-12-03-r11.md)
    worker_fact_copy_max_quads: int = 3_000_000
    fast_start: bool = False
    fact_copy: str = "owned"  # graph.runner.FACT_COPIES: how the workers hold the fact copy
    # Threads are cheap; SPARQL may hold at most workers + max_waiting of them (graph.runner),
    # so that search, ask and autocomplete always have threads of their own.
    threads: int = 16
    max_query_chars: int = 20_000
    max_body_bytes: int = 256 * 1024
    search_index_dir: Path | None = None
    access_log: bool = True
    reload_interval_s: float = 1.0
    heal_retry_s: float = 30.0
    verify_interval_s: float = 30.0
    admission_wait_s: float = 1.0
    quota: QuotaConfig = field(default_factory=QuotaConfig)
    connection_limit: int = 1000
    channel_timeout_s: int = 30
    trusted_proxy: str | None = None

    def __post_init__(self):
        if self.query_timeout_s <= 0 or self.row_cap < 1 or self.workers < 1 or self.threads < 1:
            raise ValueError("query_timeout_s, row_cap, workers and threads must be positive")
        if not 0 < self.min_query_timeout_s <= self.query_timeout_s:
            raise ValueError("min_query_timeout_s must be positive and at most query_timeout_s")
        if self.max_query_chars < 1 or self.max_body_bytes < self.max_query_chars:
            raise ValueError("max_body_bytes must be at least max_query_chars")
        if self.reload_interval_s <= 0 or self.heal_retry_s < 0:
            raise ValueError("reload_interval_s must be positive and heal_retry_s not negative")
        if self.fact_copy not in FACT_COPIES:
            raise ValueError(f"fact_copy must be one of {', '.join(sorted(FACT_COPIES))}")

    @property
    def data_dir(self) -> Path:
        return Path(self.build.data_dir)

    @property
    def index_dir(self) -> Path:
        """Where the search engine persists its dense index when the build has no directory."""
        return self.search_index_dir or self.data_dir / SEARCH_INDEX_DIR
