"""The app's heavy collaborators, made from the published build, and kept up to date with it.

Routes reach them through ``services()``; nothing here is built when the module is imported
or when ``create_app`` runs. Tests inject ready-made objects through the constructor.

``watch`` starts a thread that, every ``reload_interval_s``, looks at ``{data_dir}/CURRENT``:
a newly published build is opened, its workers and search index are started beside the old
ones, and only then is it swapped in (see web.generation for how a request keeps one set).
The same thread notices a damaged store (its files changed, a data request failed, its
workers died): health then reports the reason, and the store is rebuilt from the curated
data (graph.published.repair) and picked up like any other publication.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any
from collections.abc import Callable

from flask import Flask, current_app, g, has_app_context

from graph import heap
from graph.errors import ChanjiaoError, StoreCorrupt, StoreNotBuilt
from graph.store import KnowledgeGraph, open_build, open_store, published_dir
from graph.verify import file_signature, record_verified, verify_build
from web.config import ServerConfig
from web.generation import (
    Answerer,
    Generation,
    Lazy,
    Runner,
    SearchBackend,
    ServiceUnavailable,
    WarmingUp,
)
from web.openapi import Limits
from web.quota import ClientQuotas

__all__ = ["Answerer", "Lazy", "SearchBackend", "ServiceUnavailable", "Services", "WarmingUp", "services"]

log = logging.getLogger(__name__)

EXTENSION = "chanjiao"
PIN = "chanjiao_generation"
# The watcher survives what a bad store or a failed rebuild can throw at it; it logs and goes on.
WATCH_ERRORS = (ChanjiaoError, OSError, RuntimeError)
READY_POLL_S = 0.1
PART_NAMES = {"graph": "store", "runner": "query workers", "search": "search engine", "answerer": "question answering"}
# What /readyz says it waits for, per readiness component not up yet.
WAITING_FOR = {"store": "the store is opening", "workers": "the query workers are not all running",
               "search": "the search index is loading", "answerer": "question answering is starting"}
COPYING = "the query workers are copying the build's fact graphs into memory"
RUNNER_RETRY_S = (1.0, 30.0)  # the warm-up's first and longest pause between its tries to start the query workers


class Services:
    """The graph, the query runner, the search engine and the question answerer of one app."""

    def __init__(self, config: ServerConfig, graph: KnowledgeGraph | None = None,
                 search: SearchBackend | None = None, answerer: Answerer | None = None,
                 runner: Runner | None = None):
        self.config = config
        self.quotas = ClientQuotas(config.quota)
        self._current = Generation(config, lambda: open_store(config.build),
                                   graph=graph, search=search, answerer=answerer, runner=runner)
        self._lock = threading.Lock()
        self._fault: str | None = None
        self._heal_error: str | None = None
        self._refused: Path | str | None = None  # a build directory, or a remote build's content hash
        self._healed_at = float("-inf")
        self._stop = threading.Event()
        self._warming = threading.Event()

    # -- what the routes use: the request's pinned generation ------------------------------

    @property
    def generation(self) -> Generation:
        """The generation the current request pinned, else the newest."""
        pinned = g.get(PIN) if has_app_context() else None
        return pinned if pinned is not None else self._current

    def _made(self, lazy: Lazy) -> None:
        """WarmingUp while the warm-up has not made ``lazy`` yet: a request must not start a
        part itself (it would hold its web thread for seconds) nor queue behind the warm-up."""
        if self._warming.is_set() and lazy.peek() is None:
            raise WarmingUp(f"the service is warming up ({lazy.name} is starting); retry shortly")

    @property
    def graph(self) -> KnowledgeGraph:
        generation = self.generation
        self._made(generation.graph)
        return generation.opened()

    @property
    def runner(self) -> Runner:
        lazy = self.generation.runner
        self._made(lazy)
        return lazy.get()

    @property
    def search(self) -> SearchBackend:
        lazy = self.generation.search
        self._made(lazy)
        return lazy.get()

    @property
    def answerer(self) -> Answerer:
        lazy = self.generation.answerer
        self._made(lazy)
        return lazy.get()

    def install(self, app: Flask) -> None:
        """Pin one generation per request; a request that fails unexpectedly makes its store suspect."""
        app.before_request(self._pin)
        app.teardown_request(self._unpin)

    def _pin(self) -> None:
        if g.get(PIN) is None:
            with self._lock:
                setattr(g, PIN, self._current.enter())

    def _unpin(self, exc: BaseException | None) -> None:
        pinned = g.pop(PIN, None)
        if pinned is not None:
            pinned.leave()
            if exc is not None:
                pinned.suspect = True

    # -- start, health, stop -------------------------------------------------------------

    def warm_up(self) -> None:
        """Create the graph, then the query workers beside the search engine and the answerer
        (the workers' processes start while the embedder loads); requests meanwhile get
        WarmingUp for a part not made yet. Logs what fails, and "ready" with the time taken once
        every part is up."""
        started, current = time.monotonic(), self._current
        self._warming.set()
        try:
            with heap.paused():  # what the warm-up makes is kept: the collector would only walk it (graph.heap)
                failed = not self._warm_parts(current)
        finally:
            self._warming.clear()
        while not failed and not all(self.readiness().values()) and self.fault() is None and not self._stop.is_set():
            self._stop.wait(READY_POLL_S)  # the query workers still starting (or failed: then never)
        if not failed and self.fault() is None and not self._stop.is_set():
            log.info("ready: store, query workers, search and question answering up in %.1f s",
                     time.monotonic() - started)

    def _warm_parts(self, current: Generation) -> bool:
        """Make the graph, then the query workers in a thread of their own beside the search engine
        and the answerer; False when one of them failed."""
        if not self._make(current, "graph"):
            return False
        made: dict[str, bool] = {}
        workers = threading.Thread(target=lambda: made.update(runner=self._make_runner(current)),
                                   daemon=True, name="warm-workers")
        workers.start()
        searching = all(self._make(current, name) for name in ("search", "answerer"))
        workers.join()
        return searching and bool(made.get("runner"))

    def _make_runner(self, current: Generation) -> bool:
        """Start the query workers, trying again with backoff until they run, the service stops or
        ``current`` is no longer served: a first start that timed out on a loaded machine must not
        leave /readyz at 503 for good (nothing else would try again before a /sparql request)."""
        pause = RUNNER_RETRY_S[0]
        while not self._make(current, "runner"):
            if self._stop.wait(pause) or current is not self._current:
                return False
            pause = min(2 * pause, RUNNER_RETRY_S[1])
        return True

    @staticmethod
    def _make(current: Generation, name: str) -> bool:
        """Make one part of ``current`` and log how long it took; False (logged) when it fails."""
        started = time.monotonic()
        try:
            if name == "graph":
                current.opened()
            else:
                getattr(current, name).get()
            log.info("warm-up: %s up in %.1f s", PART_NAMES[name], time.monotonic() - started)
        except WarmingUp:
            pass  # a request is starting it already
        except ChanjiaoError as exc:
            log.error("%s is unavailable: %s", name, exc)
            return False
        return True

    def start(self) -> None:
        """Warm up in the background and watch the published build in the calling thread, until
        ``close``. Separate threads: a query on a damaged store may never return, and the
        watcher is what notices the damage."""
        self._warming.set()  # before the thread runs: no request may start a part itself meanwhile
        threading.Thread(target=self.warm_up, daemon=True, name="warm-up").start()
        while not self._stop.wait(self.config.reload_interval_s):
            try:
                self.check()
            except WATCH_ERRORS as exc:
                log.error("checking the published store failed: %s", exc)

    def fault(self) -> str | None:
        """Why the store being served is unusable, or None when it is sound."""
        if self._fault is None:
            return None
        if self._heal_error is not None:
            return f"{self._fault}; rebuilding it from the curated data failed: {self._heal_error}"
        return self._fault

    def readiness(self) -> dict[str, bool]:
        """Which of the store, the query workers, the search index and question answering are up."""
        current = self._current
        runner = current.runner.peek()
        return {
            "store": current.graph.peek() is not None and self._fault is None,
            "workers": runner is not None and runner.ready,
            "search": current.search.peek() is not None,
            "answerer": current.answerer.peek() is not None,
        }

    def waiting_for(self, readiness: dict[str, bool]) -> str | None:
        """What the parts of ``readiness`` that are not up are doing (None when all are up)."""
        current = self._current
        copying = current.copying and current.runner.peek() is None
        reasons = [COPYING if name == "workers" and copying else WAITING_FOR[name]
                   for name, up in readiness.items() if not up]
        return "; ".join(reasons) or None

    def close(self) -> None:
        """Stop watching and stop the query workers."""
        self._stop.set()
        runner = self._current.runner.peek()
        if runner is not None:
            runner.close()

    def search_config(self):
        """The search engine's configuration, or the default one while the engine is not up."""
        engine = self.generation.search.peek()
        if engine is not None:
            return engine.config
        from search.config import SearchConfig

        return SearchConfig()

    def api_limits(self) -> Limits:
        """The input limits of the search, autocomplete and ask routes, for the OpenAPI document."""
        from search.qa import QAConfig

        search = self.search_config()
        return Limits(search.max_k, search.max_query_chars, QAConfig().max_question_chars)

    # -- the watcher -----------------------------------------------------------------------

    def check(self) -> None:
        """One round: swap in a newly published build, verify a suspect one, heal a damaged one.
        A remote store is its server's to keep: only its newly published builds are followed."""
        if self.config.build.store:
            self._follow_remote()
            return
        current = self._current
        try:
            published = published_dir(self.config.data_dir)
        except StoreCorrupt as exc:
            self._fault, published = str(exc), None
        if published is not None and not _same(published, current.store_dir) and not _same(published, self._refused):
            self._reload(published)
        elif self._fault is None:
            self._inspect(current)
        if self._fault is not None and time.monotonic() - self._healed_at >= self.config.heal_retry_s:
            self._heal()

    def _follow_remote(self) -> None:
        """Swap in the build newly published into the remote store (its manifest's hash changed)."""
        from graph.remote_build import published_hash

        graph = self._current.graph.peek()
        if graph is None:
            return
        found = published_hash(graph)
        if found is None or found in (graph.content_hash, self._refused):
            return
        self._reload(found, lambda: open_store(self.config.build))

    def _reload(self, store_dir: Path | str, opener: Callable[[], KnowledgeGraph] | None = None) -> None:
        """Open, warm and swap in the build ``store_dir`` (a build directory, or the content hash
        of a remote build, which ``opener`` opens); refuse it for good if it cannot be served."""
        fresh = Generation(self.config, opener or (lambda: _open_intact(Path(store_dir))), previous=self._current)
        try:
            with heap.paused():
                fresh.warm()
        except StoreNotBuilt as exc:  # pruned meanwhile: a newer build is published
            log.info("not reloading: %s", exc)
            fresh.close()
            return
        except ChanjiaoError as exc:
            fresh.close()
            self._refused, self._fault = store_dir, f"the published store {store_dir} cannot be served: {exc}"
            log.error("%s", self._fault)
            return
        with self._lock:
            old, self._current = self._current, fresh
        self._fault = self._heal_error = self._refused = None
        log.info("now serving %s", store_dir)
        grace = self.config.query_timeout_s + 5
        threading.Thread(target=_retire, args=(old, grace), daemon=True, name="retire-generation").start()

    def _inspect(self, current: Generation) -> None:
        """Verify the served build when its files changed (at once), or when a request failed or
        its workers are down (at most once per ``verify_interval_s``: workers are also down while
        they restart after a timeout, and verifying costs a read of the whole store)."""
        if current.store_dir is None:
            return
        runner = current.runner.peek()
        signature = file_signature(current.store_dir)
        troubled = current.suspect or (runner is not None and not runner.ready)
        due = time.monotonic() - current.verified_at >= self.config.verify_interval_s
        if signature == current.signature and not (troubled and due):
            return
        current.verified_at = time.monotonic()
        try:
            manifest = verify_build(current.store_dir)
        except (StoreCorrupt, StoreNotBuilt) as exc:
            self._fault = f"the store being served is damaged: {exc}"
            log.error("%s", self._fault)
            return
        record_verified(current.store_dir, manifest, signature)  # served on this check: a restart may trust it
        current.suspect, current.signature = False, signature

    def _heal(self) -> None:
        from graph.published import repair

        self._healed_at = time.monotonic()
        log.warning("rebuilding the store from the curated data: %s", self._fault)
        try:
            repair(self.config.build)
        except ChanjiaoError as exc:
            self._heal_error = str(exc)
            log.error("rebuilding the store failed: %s", exc)
            return
        self._heal_error = self._refused = None


def _retire(old: Generation, grace_s: float) -> None:
    """Close a replaced generation, then give the frozen objects back to the collector: what the old
    generation held in reference cycles is freed only then (graph.heap)."""
    old.close(grace_s)
    heap.thaw()


def _open_intact(store_dir: Path) -> KnowledgeGraph:
    """Open a build (taking its lease first, so it cannot be pruned meanwhile) and verify it; the pass is
    recorded (graph.verify.record_verified), as the build is served on it and a restart may trust it."""
    graph = open_build(store_dir)
    signature = file_signature(store_dir)  # before the check reads the files
    try:
        manifest = verify_build(store_dir)
    except ChanjiaoError:
        graph.close()
        raise
    record_verified(store_dir, manifest, signature)
    return graph


def _same(a: Path | str | None, b: Path | str | None) -> bool:
    return a is not None and b is not None and Path(a).resolve() == Path(b).resolve()


def services() -> Services:
    """The Services of the current app."""
    found: Any = current_app.extensions[EXTENSION]
    return found
