"""The web service: ``create_app(config)`` and ``python server.py --host H --port P [--data DIR]``.

Running it first binds its port (so a port in use costs no build), then builds the store
if it is missing, stale or damaged, starts waitress (never Flask's development server),
warms the store, the query workers and the search index in the background (/readyz turns
200 when they are up) and then follows the published store: a new build is served without
a restart, a damaged one is rebuilt (web.services). On SIGTERM or Ctrl-C it stops accepting
connections, lets running requests finish, then stops the query workers. PORT in the
environment overrides --port. Access log: one JSON line per request on stdout. A start-up
failure is one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import signal
import sys
import threading
import time

from graph.config import BuildConfig
from graph.errors import ChanjiaoError
from graph.runner import FACT_COPIES
from web.config import ServerConfig

__all__ = ["ServerConfig", "create_app", "main"]  # noqa: F822 -- create_app comes from __getattr__ below


def __getattr__(name: str):
    """``server.create_app``, imported on first use: the query workers are spawned processes that
    import this module again, and need neither Flask nor the search engine (0.6 s each)."""
    if name == "create_app":
        from web.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# The one help text of --store-kind, here and in cli.py (the kinds are graph.remote.DIALECTS' keys).
STORE_KIND_HELP = "the remote store's server: oxigraph, fuseki, virtuoso or qlever (default: $CHANJIAO_STORE_KIND or oxigraph)"
DRAIN_POLL_S = 0.05
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    defaults = ServerConfig()
    p = argparse.ArgumentParser(description="Serve the consortium knowledge graph (SPARQL, linked data, API)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000, help="overridden by $PORT")
    p.add_argument("--data", help="data directory of the built store (default: $CHANJIAO_DATA or ./data)")
    p.add_argument("--base-iri", help="base of minted IRIs when building (default: $CHANJIAO_BASE_IRI)")
    p.add_argument("--curated", help="curated data directory to build from (default: graph/data)")
    p.add_argument("--store", help="URL of a remote SPARQL store to serve from (default: $CHANJIAO_STORE; "
                                   "none: the embedded store; see docs/stores.md)")
    p.add_argument("--store-kind", help=STORE_KIND_HELP)
    p.add_argument("--timeout", type=float, default=defaults.query_timeout_s, help="SPARQL deadline, seconds")
    p.add_argument("--row-cap", type=int, default=defaults.row_cap, help="most rows or triples per result")
    p.add_argument("--workers", type=int, default=defaults.workers, help="query worker processes")
    p.add_argument("--threads", type=int, default=defaults.threads, help="request threads")
    p.add_argument("--trusted-proxy", help="address of a reverse proxy whose X-Forwarded-For names the client")
    p.add_argument("--memory-copy-max-quads", type=int, default=defaults.worker_memory_copy_max_quads,
                   help="copy a store of at most this many quads into each query worker's memory (0: never)")
    p.add_argument("--fast-start", action="store_true",
                   help="ready once the query workers answer from the store, their in-memory copies made after")
    p.add_argument("--fact-copy", choices=sorted(FACT_COPIES), default=defaults.fact_copy,
                   help="the query workers' fact copy: forked and made their own before ready (owned), forked and "
                        "shared copy-on-write (shared), or loaded by each (each)")
    p.add_argument("--reload-interval", type=float, default=defaults.reload_interval_s,
                   help="seconds between looks for a newly published or damaged store")
    p.add_argument("--heal-retry", type=float, default=defaults.heal_retry_s,
                   help="least seconds between two rebuilds of a damaged store")
    return p.parse_args(argv)


def config_from(args: argparse.Namespace) -> ServerConfig:
    build = BuildConfig.with_options(data_dir=args.data, base_iri=args.base_iri, curated_dir=args.curated,
                                     store=args.store, store_kind=args.store_kind)
    return ServerConfig(build=build, query_timeout_s=args.timeout, row_cap=args.row_cap, workers=args.workers,
                        threads=args.threads, worker_memory_copy_max_quads=args.memory_copy_max_quads,
                        trusted_proxy=args.trusted_proxy, reload_interval_s=args.reload_interval,
                        heal_retry_s=args.heal_retry, fast_start=args.fast_start, fact_copy=args.fact_copy)


# Waitress reads the whole body before the app sees it; it may take this much more than the app
# accepts, so that an over-long body gets the app's 413 (not a connection reset mid-upload).
BODY_SLACK_BYTES = 16 * 2**20


def waitress_options(config: ServerConfig, host: str, port: int) -> dict:
    """Keyword arguments for waitress.create_server: threads, connection limits and timeouts."""
    options = dict(host=host, port=port, threads=config.threads, ident="chanjiao", expose_tracebacks=False,
                   max_request_body_size=config.max_body_bytes + BODY_SLACK_BYTES,
                   connection_limit=config.connection_limit, channel_timeout=config.channel_timeout_s,
                   cleanup_interval=max(1, config.channel_timeout_s // 3))
    if config.trusted_proxy:
        options.update(trusted_proxy=config.trusted_proxy, trusted_proxy_count=1,
                       trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto"})
    return options


def raise_open_files_limit(wanted: int) -> None:
    """Lift the soft limit on open files towards ``wanted`` (each connection holds one)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


# Libraries whose INFO/DEBUG lines read as trouble and are not: faiss tries its AVX2 build and
# logs the ModuleNotFoundError before loading the generic one; bm25s logs each index build (and
# sets its own logger's level when imported, so a filter on the handler, not a level, quiets it).
QUIET_LIBRARIES = ("faiss", "bm25s")


class QuietLibraries(logging.Filter):
    """Drops QUIET_LIBRARIES' records below WARNING."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING or record.name.split(".")[0] not in QUIET_LIBRARIES


def configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(QuietLibraries())
    access = logging.getLogger("chanjiao.access")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access.addHandler(handler)
    access.propagate = False


def _drain_then_stop(server, socket_map: dict, grace_s: float) -> None:
    """Stop listening, wait until no request is running or queued (at most ``grace_s``), then
    close every socket of the server's map (idle keep-alive connections included: they would
    keep waitress's loop alive), which ends its loop.

    Both steps run in the loop's own thread through waitress's trigger (``pull_trigger``).
    """
    from waitress import wasyncore

    server.trigger.pull_trigger(lambda: wasyncore.dispatcher.close(server))
    dispatcher = server.task_dispatcher
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and (dispatcher.active_count or dispatcher.queue):
        time.sleep(DRAIN_POLL_S)
    time.sleep(DRAIN_POLL_S)
    server.trigger.pull_trigger(lambda: wasyncore.close_all(socket_map, ignore_all=True))


def install_shutdown(server, socket_map: dict, grace_s: float) -> None:
    """On SIGTERM/SIGINT: stop accepting, let running requests finish, then stop.

    A second signal stops at once (it raises KeyboardInterrupt, which ends waitress's loop).
    """
    def stop(signum, frame):
        logging.getLogger(__name__).info("signal %d: draining and stopping", signum)
        for name in STOP_SIGNALS:
            signal.signal(name, signal.default_int_handler)
        threading.Thread(target=_drain_then_stop, args=(server, socket_map, grace_s), daemon=True, name="drain").start()

    for name in STOP_SIGNALS:
        signal.signal(name, stop)


def fail(message: str) -> int:
    """Report a start-up failure as one line on stderr; the exit code."""
    print(f"chanjiao: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = config_from(args)
        port = int(os.environ.get("PORT", args.port))
    except ValueError as exc:
        return fail(f"bad configuration: {exc}")
    configure_logging()
    from graph.restart import current_build
    from waitress import create_server

    from web.services import EXTENSION

    app = __getattr__("create_app")(config)
    socket_map: dict = {}
    raise_open_files_limit(config.connection_limit + 256)
    try:
        server = create_server(app, map=socket_map, **waitress_options(config, args.host, port))
    except OSError as exc:
        return fail(f"cannot listen on {args.host}:{port}: {exc.strerror or exc}")
    try:
        current_build(config.build)
    except ChanjiaoError as exc:
        server.close()
        return fail(f"cannot build the graph in {config.build.store or config.data_dir}: {exc}")
    services = app.extensions[EXTENSION]
    threading.Thread(target=services.start, daemon=True, name="watch-store").start()
    install_shutdown(server, socket_map, grace_s=config.query_timeout_s + 5)
    logging.getLogger(__name__).info("listening on http://%s:%d; warming up (API calls answer 503 until "
                                     "the log says ready)", args.host, port)
    try:
        server.run()
    finally:
        try:
            services.close()
        except KeyboardInterrupt:  # a second signal while the workers stop: stop at once
            logging.getLogger(__name__).info("second signal: stopping without waiting for the query workers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
