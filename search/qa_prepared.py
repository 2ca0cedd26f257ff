"""What question answering reads off the graph at start, made at build time and kept in the build.

The facts (search.qa_facts.FactFinder: labels, figures, dated facts, quotations, places,
positions, participation evidence) and the participation graph (search.qa_graph.Participation)
are read by some twenty SPARQL queries over the whole graph, whose rows are then turned into
Python values: at 100x the seed that took minutes. ``prepare`` (called by search.prebuild at
build time) keeps their state as a snapshot (search.snapshot) in ``{build}/search-index/``;
``facts_and_graph`` (called by the answerer at start) reads it back in about a second. The
snapshot is keyed by the graph's content hash and by the code that makes the state (``BUILDERS``
and what they reach: search.snapshot.key_of), so a changed graph or changed loading code makes it
stale, and it is then made again from the graph; code that only answers with the facts does not.
"""

from __future__ import annotations

from pathlib import Path

from graph.store import KnowledgeGraph
from search import qa_fact_indexes, snapshot
from search.documents import Catalogue
from search.qa_facts import FactFinder
from search.qa_graph import Participation

FILE = "qa-facts.pickle"
# The live objects a FactFinder holds besides its state (given again when it is restored).
LIVE = frozenset({"kg", "catalogue", "docs", "typed"})


def path_of(kg: KnowledgeGraph) -> Path | None:
    """Where the start-up facts of ``kg``'s build are kept; None for a graph with no build directory."""
    return snapshot.path_in(kg, FILE)


def key_of(kg: KnowledgeGraph) -> dict[str, str]:
    return snapshot.key_of(kg, BUILDERS)


def made(kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation]:
    """The facts and the participation graph, read off ``kg`` by SPARQL."""
    facts, graph = FactFinder(kg, catalogue), Participation(kg)
    facts.typed = graph.classes
    return facts, graph


def read_state(kg: KnowledgeGraph) -> dict:
    """The state ``made`` gives (``_state``), read off ``kg`` without the catalogue: the facts hold it and its
    documents (``LIVE``, not kept) but never read them while made, so the build reads them beside the catalogue
    (search.prebuild)."""
    facts = FactFinder.__new__(FactFinder)
    facts.read(kg)
    graph = Participation(kg)
    return _state(facts, graph)


def _state(facts: FactFinder, graph: Participation) -> dict:
    kept = {k: v for k, v in vars(facts).items() if k not in LIVE and k != qa_fact_indexes.INDEXED_ATTRIBUTE}
    return {"facts": kept, "graph": dict(vars(graph))}


def _restored(state: dict, kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation]:
    facts = FactFinder.__new__(FactFinder)
    vars(facts).update(kg=kg, catalogue=catalogue, docs=catalogue.by_iri, **state["facts"])
    graph = Participation.__new__(Participation)
    vars(graph).update(state["graph"])
    facts.typed = graph.classes
    return facts, graph


# The code that reads the facts and keeps them (search.builder_code follows what it reaches).
BUILDERS = (made, read_state, _state, _restored, *snapshot.CATALOGUE_BUILDERS)


def save(path: Path, kg: KnowledgeGraph, facts: FactFinder, graph: Participation) -> None:
    """Keep the state of ``facts`` and ``graph`` (made from ``kg``) at ``path``."""
    snapshot.save(path, key_of(kg), _state(facts, graph))


def load(path: Path, kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation] | None:
    """The facts and participation graph kept at ``path`` for ``kg``; None when there are none or the
    file is stale, truncated or corrupted."""
    state = snapshot.load(path, key_of(kg))
    return _restored(state, kg, catalogue) if isinstance(state, dict) and state.keys() == {"facts", "graph"} else None


def prepare(kg: KnowledgeGraph) -> Path | None:
    """Make and keep the start-up facts of ``kg``'s build unless a current file is there (``read_state``: the
    catalogue neither read nor needed kept); return its path."""
    path = path_of(kg)
    if path is not None and snapshot.payload(path, key_of(kg)) is None:
        snapshot.save(path, key_of(kg), read_state(kg))
    return path


def facts_and_graph(kg: KnowledgeGraph, catalogue: Catalogue) -> tuple[FactFinder, Participation]:
    """The facts and participation graph of ``kg``: read back from its build when kept there, else
    read off the graph (and kept, when the build directory can be written, for the next start)."""
    state = snapshot.kept(path_of(kg), key_of(kg), lambda: read_state(kg))  # the build's way (prebuild): one way to make it
    facts, graph = _restored(state, kg, catalogue)
    facts.index()  # at start, not at the first question
    return facts, graph
