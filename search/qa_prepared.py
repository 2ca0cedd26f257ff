"""What question answering reads off the graph at start, made at build time and kept in the build.

The facts (search.qa_facts.FactFinder: labels, figures, dated facts, quotations, places,
positions) and the participation graph (search.qa_graph.Participation) are read by some twenty
SPARQL queries over the whole graph, whose rows are then turned into Python values: at 100x the
seed that took minutes. ``prepare`` (called by search.prebuild at build time) saves their state
to ``{build}/search-index/qa-facts.pickle``; ``facts_and_graph`` (called by the answerer at start)
reads it back in about a second. The file is keyed by the graph's content hash and by a digest of
the code that makes the state (those two modules), so a changed graph or changed loading code makes
it stale, and a stale, truncated or corrupted file is made again from the graph instead of read.

The file is a pickle, written only by this project's build into the build's own directory (as
the dense index beside it); it is never read from anywhere else.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable
from pathlib import Path

from graph.config import SEARCH_INDEX_DIR
from graph.publish import atomic_write
from graph.store import KnowledgeGraph
from search import qa_facts, qa_graph
from search.documents import Catalogue
from search.qa_facts import FactFinder
from search.qa_graph import Participation

log = logging.getLogger(__name__)

FILE = "qa-facts.pickle"
FORMAT = 1
# The live objects a FactFinder holds besides its state (given again when it is restored).
LIVE = frozenset({"kg", "catalogue", "docs"})
# What unpickling a damaged file raises.
UNREADABLE = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, ImportError)


def path_of(kg: KnowledgeGraph) -> Path | None:
    """Where the start-up facts of ``kg``'s build are kept; None for a graph with no build directory."""
    return Path(kg.path) / SEARCH_INDEX_DIR / FILE if kg.path is not None else None


def code_digest() -> str:
    """The digest of the code that makes the saved state: a change to it makes saved files stale."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for module in (qa_facts, qa_graph):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def key_of(kg: KnowledgeGraph) -> dict[str, str]:
    return {"graph_hash": kg.content_hash, "code": code_digest()}


def made(kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation]:
    """The facts and the participation graph, read off ``kg`` by SPARQL."""
    return FactFinder(kg, catalogue), Participation(kg)


def save(path: Path, kg: KnowledgeGraph, facts: FactFinder, graph: Participation) -> None:
    """Persist the state of ``facts`` and ``graph`` (made from ``kg``) at ``path``, atomically."""
    payload = pickle.dumps({"facts": {k: v for k, v in vars(facts).items() if k not in LIVE},
                            "graph": dict(vars(graph))}, protocol=pickle.HIGHEST_PROTOCOL)
    header = {**key_of(kg), "sha256": hashlib.sha256(payload).hexdigest()}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, pickle.dumps((header, payload), protocol=pickle.HIGHEST_PROTOCOL))


def _payload(path: Path, kg: KnowledgeGraph) -> bytes | None:
    """The verified state saved at ``path`` for ``kg``, still pickled; None when there is none or it is
    stale (another graph or other code), truncated or corrupted."""
    try:
        header, payload = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except UNREADABLE as exc:
        log.warning("unreadable question-answering facts %s (%s): reading them off the graph", path, exc)
        return None
    if not isinstance(header, dict) or not isinstance(payload, bytes) \
            or {k: header.get(k) for k in ("graph_hash", "code")} != key_of(kg):
        return None
    return payload if header.get("sha256") == hashlib.sha256(payload).hexdigest() else None


def load(path: Path, kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation] | None:
    """The facts and participation graph saved at ``path`` for ``kg``, or None (see ``_payload``)."""
    payload = _payload(path, kg)
    if payload is None:
        return None
    try:
        state = pickle.loads(payload)
        facts_state, graph_state = state["facts"], state["graph"]
    except (*UNREADABLE, KeyError) as exc:
        log.warning("unreadable question-answering facts %s (%s): reading them off the graph", path, exc)
        return None
    facts = FactFinder.__new__(FactFinder)
    vars(facts).update(kg=kg, catalogue=catalogue, docs={d.iri: d for d in catalogue.docs}, **facts_state)
    graph = Participation.__new__(Participation)
    vars(graph).update(graph_state)
    return facts, graph


def prepare(kg: KnowledgeGraph, catalogue: Callable[[], Catalogue]) -> Path | None:
    """Make and save the start-up facts of ``kg``'s build unless a current file is there; return its
    path. ``catalogue`` gives the search catalogue, asked for only when the facts are made."""
    path = path_of(kg)
    if path is not None and _payload(path, kg) is None:
        save(path, kg, *made(kg, catalogue()))
    return path


def facts_and_graph(kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation]:
    """The facts and participation graph of ``kg``: read back from its build when saved there,
    else read off the graph (and saved, when the build directory can be written, for the next start)."""
    path = path_of(kg)
    loaded = load(path, kg, catalogue) if path is not None else None
    if loaded is not None:
        return loaded
    facts, graph = made(kg, catalogue)
    if path is not None:
        try:
            save(path, kg, facts, graph)
        except OSError as exc:
            log.warning("could not save question-answering facts to %s: %s", path, exc)
    return facts, graph
