"""Publishing a build into a remote store, and opening what a remote store holds.

The build makes the named graphs as an embedded build in the data directory (graph.build.build:
assembled, entailed and validated by the same steps, in the same bounds of memory; at 1000x the seed
the scratch store of all of them in memory held 5.1 GB) and publishes that build's graphs with the
Graph Store Protocol: per named graph, a PUT of its first
``PUBLISH_BATCH_TRIPLES`` triples (replacing the graph whole), then a POST (a merge) of each
further batch, so that no request is larger than a server takes in within the publishing
timeout (at 100x the seed the provenance graph in one PUT was not), then a DELETE of any other named graph an earlier build left, then the build's
manifest, written last into its own graph ``{base}graph/build``: its content hash, its quad
count and when it was built. A store without a manifest holds no complete build. Unlike the
embedded store's switch of ``CURRENT``, publishing is not atomic across graphs: a reader
during a publication may see some graphs of the new build beside some of the old one.

What the build counted (its VoID description, its Partition and the counts for aggregates) is shared
into the data directory beside the search index (``share_counts``: ``{data}/store-counts/{hash}/``),
where a server reads it while the store's manifest names that build (graph.remote_counts).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import requests
from collections.abc import Iterable, Iterator, Mapping

from graph import sources
from graph.aggregates import AGGREGATES_DIR
from graph.config import BuildConfig
from graph.errors import RemoteStoreError, StoreCorrupt, StoreNotBuilt
from graph.namespaces import GRAPH_NAMES, PREFIXES, graph_iri
from graph.parsed import PARSED_DIR
from graph.remote import N_TRIPLES, RemoteConfig, RemoteStore, check
from graph.routing import PARTITION_FILE
from graph.store import KnowledgeGraph, Manifest, Prepare, Store, open_build, published_dir
from graph.store_load import StoredGraph
from graph.timing import Stopwatch
from graph.terms import XSD, XSD_INTEGER, bound, iri, literal
from graph.triples import Rows, encoded_batches, nt_rows
from graph.void import VOID, VOID_FILE

MANIFEST_GRAPH = "build"
DCTERMS = PREFIXES["dcterms"]
VOID_TRIPLES = f"{VOID}triples"
MANIFEST = f"""SELECT ?g ?hash ?n ?at WHERE {{ GRAPH ?g {{
  ?g <{DCTERMS}identifier> ?hash ; <{VOID_TRIPLES}> ?n ; <{DCTERMS}created> ?at }}
  FILTER(STRENDS(STR(?g), "graph/{MANIFEST_GRAPH}")) }}"""
TOKEN_VARIABLE = "CHANJIAO_STORE_TOKEN"
PUBLISH_TIMEOUT_S = 600.0  # one request's upload; a large batch takes the server a while to index
PUBLISH_BATCH_TRIPLES = 50_000  # per request: about 10 MB of N-Triples, seconds for Oxigraph to take in
COUNTS_DIR = "store-counts"  # in the data directory: per build, what it counted (share_counts)


def remote_config(config: BuildConfig) -> RemoteConfig:
    """The remote store a build configuration names (``config.store``); the bearer token for
    publishing, where the server asks for one (QLever), is $CHANJIAO_STORE_TOKEN."""
    return RemoteConfig(config.store or "", config.store_kind, write_token=os.environ.get(TOKEN_VARIABLE) or None)


def read_manifest(store: Store) -> Manifest | None:
    """The manifest of the build the store holds, or None when it holds none."""
    rows = store.select(MANIFEST)
    if not rows:
        return None
    row = rows[0]
    base = bound(row, "g").value[: -len(f"graph/{MANIFEST_GRAPH}")]
    return Manifest(base, bound(row, "hash").value, int(bound(row, "n").value), bound(row, "at").value)


def open_remote(config: BuildConfig) -> KnowledgeGraph:
    """The graph the remote store of ``config`` holds, keeping what is made from it in the data
    directory (its ``home``); StoreNotBuilt when the store holds no build."""
    store = RemoteStore(remote_config(config))
    try:
        manifest = read_manifest(store)
    except BaseException:
        store.close()
        raise
    if manifest is None:
        store.close()
        raise StoreNotBuilt(f"the store at {store.config.redacted_url} holds no build: "
                            "run 'chanjiao build' with this store")
    return KnowledgeGraph(store, manifest.base_iri, manifest.content_hash, home=Path(config.data_dir))


def published_hash(graph: KnowledgeGraph) -> str | None:
    """The content hash of the build the remote store of ``graph`` holds now (None: none complete)."""
    manifest = read_manifest(graph.store)
    return None if manifest is None else manifest.content_hash


def publish_graphs(store: RemoteStore, graphs: Mapping[str, Iterable[tuple] | Rows], manifest: Manifest) -> Manifest:
    """Replace the store's dataset with ``graphs`` (name → graph) and write ``manifest`` last,
    with its quad count and time filled in; returns the manifest written."""
    manifest_graph = graph_iri(manifest.base_iri, MANIFEST_GRAPH)
    _delete(store, manifest_graph)  # the store holds no complete build until the new manifest
    for name, graph in graphs.items():
        _publish_graph(store, name, graph)
    for row in store.select(store.config.dialect.graphs_query):
        if bound(row, "g").value not in graphs:
            _delete(store, bound(row, "g").value)
    built_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    full = replace(manifest, triples=store.count(), built_at=built_at)
    subject = iri(manifest_graph)
    triples = [(subject, iri(f"{DCTERMS}identifier"), literal(full.content_hash)),
               (subject, iri(VOID_TRIPLES), literal(str(full.triples), datatype=XSD_INTEGER)),
               (subject, iri(f"{DCTERMS}created"), literal(built_at, datatype=f"{XSD}dateTime"))]
    _write(store, "PUT", manifest_graph, "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples).encode("utf-8"))
    return full


def _publish_graph(store: RemoteStore, name: str, graph: Iterable[tuple] | Rows) -> None:
    """Replace the graph ``name`` with ``graph``: a PUT of the first batch (an empty graph too),
    then a POST of each further batch (the Graph Store Protocol merges it into the graph). Each
    batch is made on a thread while the server takes in the one before (at 1000x the seed the rows
    are ~10 us of CPU a triple here, the server's bulk load ~14: one after the other they added up)."""
    batches = encoded_batches(nt_rows(graph), PUBLISH_BATCH_TRIPLES)
    with ThreadPoolExecutor(1, thread_name_prefix="publish") as ahead:
        pending = ahead.submit(_next_batch, batches, b"")  # an empty graph's first batch: b"", PUT all the same
        method = "PUT"
        while (body := pending.result()) is not None:
            pending = ahead.submit(_next_batch, batches, None)
            _write(store, method, name, body)
            method = "POST"


def _next_batch(batches: Iterator[bytes], default: bytes | None) -> bytes | None:
    return next(batches, default)


def _write(store: RemoteStore, method: str, graph: str, body: bytes) -> None:
    """Send N-Triples rows to ``graph``: PUT replaces it, POST merges them into it."""
    _send(store, method, graph, data=body, headers={"Content-Type": N_TRIPLES})


def _delete(store: RemoteStore, graph: str) -> None:
    _send(store, "DELETE", graph, missing_ok=True)


def _send(store: RemoteStore, method: str, graph: str, missing_ok: bool = False, **kwargs) -> None:
    url = store.config.endpoint("data")
    if store.config.write_token:
        kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": f"Bearer {store.config.write_token}"}
    try:
        # Both timeouts are the upload's: requests' connect timeout stays on the socket until the
        # whole body is sent (psf/requests#5263), and the server reads a large graph for longer
        # than connecting may take. The build has just read the store's manifest with the short
        # one, so an unreachable store has already failed fast.
        response = store.session.request(method, url, params={"graph": graph, **store.config.dialect.write_params},
                                         timeout=(PUBLISH_TIMEOUT_S, PUBLISH_TIMEOUT_S), **kwargs)
    except requests.RequestException as exc:
        raise RemoteStoreError(f"cannot {method} the graph {graph} at {store.config.redacted_url}: {exc}") from exc
    if not (missing_ok and response.status_code == 404):
        check(response)


def build_remote(config: BuildConfig, force: bool = False, prepare: Prepare | None = None):
    """graph.build.build for a remote store: publish unless the store holds a build of exactly
    these inputs (or ``force``). The graphs are made, entailed and validated as an embedded build
    in the data directory (graph.build.build: the same steps, workers and memory bounds as without
    a remote store, and its unchanged rows reused the next time), indexed there by ``prepare``, then
    published from that build (``publish_build``); its index is shared into the data directory
    (``share_index``), where a server on the remote store reads it (its graph's ``home``). When the
    store already holds the build, ``prepare`` is called with an opener of the store's graph
    instead. Returns a graph.build.BuildReport naming the store's URL, with a stage "publish"."""
    from graph.assembly import input_roots
    from graph.build import BuildReport, build, input_hash

    started, clock = time.perf_counter(), Stopwatch()
    content_hash = input_hash(config)
    store = RemoteStore(remote_config(config))
    try:
        current = read_manifest(store)
        if not force and current is not None and current.content_hash == content_hash:
            # the sources as the embedded build's reuse reads them: from the parsed files it keeps
            checked = sources.load(config.curated_dir, input_roots(config), Path(config.data_dir) / PARSED_DIR)
            report = BuildReport(store.config.redacted_url, current.triples, 0.0, False,
                                 sources=len(checked.sources), notes=checked.notes)
            share_published_counts(Path(config.data_dir), content_hash)
        else:
            made: list[object] = []
            local = build(replace(config, store=None), force, prepare=None if prepare is None else
                          lambda open_graph: made.append(prepare(open_graph)))
            with clock.stage("publish"):
                written = publish_build(store, Path(local.store_dir))
            if made and isinstance(made[0], Path):
                share_index(made[0], Path(config.data_dir))
            share_counts(Path(local.store_dir), Path(config.data_dir), written.content_hash)
            # rebuilt: the store now holds a new build, even when the embedded one was reused to make it
            return replace(local, store_dir=store.config.redacted_url, triples=written.triples, rebuilt=True,
                           seconds=time.perf_counter() - started, stages=(*local.stages, *clock.stages))
    finally:
        store.close()
    if prepare is not None:
        prepare(functools.partial(open_remote, config))  # picklable: the step may open it in workers
    return replace(report, seconds=time.perf_counter() - started)


def publish_build(store: RemoteStore, target: Path) -> Manifest:
    """Publish the named graphs of the embedded build ``target`` (publish_graphs), each read from its
    store as N-Triples rows; the manifest written."""
    kg = open_build(target)  # its lease: no build prunes it while it is read
    try:
        oxigraph = kg.store.oxigraph  # type: ignore[attr-defined]  # an embedded build's store
        graphs = {graph_iri(kg.base_iri, name): StoredGraph(oxigraph, graph_iri(kg.base_iri, name))
                  for name in GRAPH_NAMES}
        return publish_graphs(store, graphs, Manifest(kg.base_iri, kg.content_hash, 0, ""))
    finally:
        kg.close()


def share_index(index: Path, home: Path) -> None:
    """Hard-link every file of the index directory ``index`` (an embedded build's) into the directory
    of the same name in ``home``, each replacing its namesake at once (its files are keyed by the graph's
    content hash and the code, so those of another build stay beside them, as when a start makes them)."""
    _link(index.parent, (path for path in sorted(index.rglob("*")) if not path.is_dir()), home)


def counts_dir(home: Path, content_hash: str) -> Path:
    """Where ``share_counts`` puts what the build of ``content_hash`` counted, in the data directory ``home``."""
    return Path(home) / COUNTS_DIR / content_hash[:16]


def share_counts(build_dir: Path, home: Path, content_hash: str) -> Path:
    """Hard-link what the embedded build ``build_dir`` counted (its VoID description, its Partition and
    its counts for aggregates, as graph.void, graph.routing and graph.aggregates keep them) into
    ``counts_dir(home, content_hash)``, laid out as in the build, so that a server on the remote store
    reads them (graph.remote_counts). The directory is
    linked apart and renamed into place (complete or absent); those of other builds are deleted (a
    server still on one finds the store's manifest changed, or its files gone, and asks the store)."""
    target = counts_dir(home, content_hash)
    if not target.is_dir():
        scratch = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        shutil.rmtree(scratch, ignore_errors=True)
        files = [build_dir / VOID_FILE, build_dir / PARTITION_FILE, *sorted((build_dir / AGGREGATES_DIR).glob("*"))]
        _link(build_dir, (path for path in files if path.is_file()), scratch)
        scratch.mkdir(parents=True, exist_ok=True)
        try:
            scratch.rename(target)
        except OSError:  # another publisher shared them first: the same build's files
            shutil.rmtree(scratch, ignore_errors=True)
    for other in target.parent.iterdir():
        if other.name != target.name and not other.name.startswith("."):  # not another publisher's scratch
            shutil.rmtree(other, ignore_errors=True)
    return target


def share_published_counts(home: Path, content_hash: str) -> Path | None:
    """``share_counts`` from the embedded build ``home`` publishes, when it is the build of ``content_hash``
    (a data directory made before builds shared them gets them at its next build)."""
    try:
        build_dir = published_dir(home)
        if build_dir is None or Manifest.read(build_dir).content_hash != content_hash:
            return None
    except (StoreCorrupt, StoreNotBuilt):  # none to share from: the server asks the store
        return None
    return share_counts(build_dir, home, content_hash)


def _link(root: Path, files: Iterable[Path], target: Path) -> None:
    """Hard-link each of ``files`` (under ``root``) to the same relative path under ``target``, replacing its
    namesake at once."""
    for path in files:
        out = target / path.relative_to(root)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
        tmp.unlink(missing_ok=True)
        os.link(path, tmp)
        os.replace(tmp, out)


def ensure_published(config: BuildConfig) -> str:
    """Publish into the remote store unless it already holds a build of these inputs; its URL. A store
    holding it is served as it is, its manifest read and nothing else (as a start serves an embedded
    build it checked before, graph.restart): the report's count of sources is not made, whose check
    of every source was 23 s of CPU at 1000x the seed, most of a restart on the remote store."""
    from graph.build import input_hash

    store = RemoteStore(remote_config(config))
    try:
        current = read_manifest(store)
    finally:
        store.close()
    if current is not None and current.content_hash == input_hash(config):
        return store.config.redacted_url
    return str(build_remote(config).store_dir)
