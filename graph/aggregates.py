"""Counts kept by the build for the aggregate queries a researcher runs over every entity: the types of
a class's instances, and the partners each subject or object of an object property has (projects per
organisation, members per consortium, projects per industry), each restricted by a class or not.

At 1000x the seed a GROUP BY over every organisation reads every organisation's types (and sorts
them) on each run: 0.24 s of CPU on a worker's in-memory copy, seconds of wall on a loaded machine. The
same figures read from counts the build keeps take milliseconds (graph.aggregate_shape recognises
the queries they answer, on the parsed query, and answers them; every other query goes to the store).

What is counted, from the fact graphs (graph.routing.Partition: the provenance graph holds none of
these predicates or classes, and no subject of the fact graphs is a subject there, so the fact graphs'
quads are every quad of the union default graph these patterns can match):

- every typed node's *signature*, its classes with how many rdf:type quads state each (a triple stated
  in two graphs is two solutions of the union default graph, so multiplicities are kept, not sets);
  the number of nodes of each signature answers "the types of every C" in both COUNT forms;
- per object property declared in the ontology (owl:ObjectProperty) and per side (subject or object),
  a *table*: per key, its signature and, per signature of its partners, how many quads and how many
  distinct partners. A table whose keys are not all IRIs is not kept (its queries go to the store).

The counts live in ``{build}/aggregates/``: ``index.json`` (the content key, the signatures, the
tables' file names) and one file per table, read by a worker only when a query needs it.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from graph.publish import atomic_write, clean_leftovers
from graph.routing import Partition

AGGREGATES_DIR = "aggregates"  # in the build's directory, beside partition.json
INDEX_FILE = "index.json"
SIDES = ("subject", "object")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OBJECT_PROPERTIES = "SELECT DISTINCT ?p WHERE { GRAPH <%s> { ?p a <http://www.w3.org/2002/07/owl#ObjectProperty> } }"

Signature = tuple[tuple[str, int], ...]  # (class IRI, rdf:type quads stating it), sorted by class
# per key: (the key's signature id, {partner signature id: (quads, distinct partners)})
Rows = dict[str, tuple[int, dict[int, tuple[int, int]]]]


@dataclass
class Aggregates:
    """A build's kept counts: the signatures, how many typed nodes have each (None: a type's object
    is not an IRI, and the types view is not kept), and the tables kept, by (predicate, side), as
    file names under ``directory``; a table is read at its first use and kept."""

    directory: Path
    signatures: list[Signature]
    typed: list[int] | None
    files: dict[tuple[str, str], str]
    _loaded: dict[tuple[str, str], Rows] = field(default_factory=dict, repr=False)

    @functools.cached_property
    def classes(self) -> list[dict[str, int]]:
        """Each signature as a dict (class IRI: quads stating it)."""
        return [dict(signature) for signature in self.signatures]

    def table(self, predicate: str, side: str) -> Rows | None:
        """The rows of (``predicate``, ``side``); None when the build kept no such table."""
        key = (predicate, side)
        if key not in self._loaded:
            name = self.files.get(key)
            if name is None:
                return None
            state = json.loads((self.directory / name).read_text(encoding="utf-8"))
            self._loaded[key] = {k: (sig, {int(p): (q, d) for p, q, d in partners}) for k, sig, partners in state}
        return self._loaded[key]


def _in_facts(partition: Partition, pattern: str) -> str:
    """A graph pattern matched in each fact graph (a quad is one solution, as in the union default graph)."""
    graphs = " ".join(f"<{g}>" for g in partition.fact_graphs)
    return f"VALUES ?g {{ {graphs} }} GRAPH ?g {{ {pattern} }}"


def _signatures(store: ox.Store, partition: Partition) -> tuple[dict, list[Signature], list[int] | None]:
    """Per typed node (its pyoxigraph term), its signature id; the signatures (0: the empty one, an untyped
    node's); how many nodes have each (None when a type is no IRI). Oxigraph groups the rdf:type quads per
    node (a tenth of the CPU of reading them one by one into Python at 1000x)."""
    rows = cast(ox.QuerySolutions, store.query(f"SELECT ?x (GROUP_CONCAT(STR(?c)) AS ?cs) (SUM(IF(isIRI(?c), 0, 1)) AS ?odd) "
                       f"WHERE {{ {_in_facts(partition, '?x a ?c')} }} GROUP BY ?x"))
    ids: dict[Signature, int] = {(): 0}
    sig_of, iris = {}, True
    for node, classes, odd in rows:
        iris = iris and odd.value == "0"
        signature = tuple(sorted(Counter(classes.value.split(" ")).items()))  # an IRI holds no space
        sig_of[node] = ids.setdefault(signature, len(ids))
    typed = Counter(sig_of.values())
    return sig_of, list(ids), [typed.get(i, 0) for i in range(len(ids))] if iris else None


def _tables(store: ox.Store, partition: Partition, predicate: str, sig_of: dict) -> dict[str, Rows]:
    """The tables of one property, by side; a side whose keys are not all IRIs is left out. Counted over the
    distinct (subject, object) pairs with their quads (a partner is then one more distinct partner), each key's
    partner signatures in the order the store's rows first show them."""
    pairs = Counter(map(tuple, cast(ox.QuerySolutions, store.query(
        f"SELECT ?s ?o WHERE {{ {_in_facts(partition, f'?s <{predicate}> ?o')} }}"))))
    counts: dict[str, dict] = {side: {} for side in SIDES}
    for (s, o), quads in pairs.items():
        _count(counts["subject"], s, sig_of.get(o, 0), quads)
        _count(counts["object"], o, sig_of.get(s, 0), quads)
    return {side: {key.value: (sig_of.get(key, 0), {sig: (q, d) for sig, (q, d) in partners.items()})
                   for key, partners in by_key.items()}
            for side, by_key in counts.items() if all(isinstance(key, ox.NamedNode) for key in by_key)}


def _count(by_key: dict, key: ox.NamedNode, sig: int, quads: int) -> None:
    """One more distinct partner of signature ``sig`` for ``key``, stated by ``quads`` quads."""
    partners = by_key.setdefault(key, {})
    seen = partners.get(sig)
    partners[sig] = (quads, 1) if seen is None else (seen[0] + quads, seen[1] + 1)


def measure(store: ox.Store, partition: Partition, ontology: str) -> tuple[list[Signature], list[int] | None,
                                                                            dict[tuple[str, str], Rows]]:
    """The counts of a built store: its rdf:type quads and those of the ontology's object properties
    in the fact graphs (~7 s of CPU at 1000x)."""
    sig_of, signatures, typed = _signatures(store, partition)
    properties = sorted(row[0].value for row in store.query(OBJECT_PROPERTIES % ontology))  # type: ignore[union-attr]
    tables = {(p, side): rows for p in properties if p not in partition.predicates
              for side, rows in _tables(store, partition, p, sig_of).items()}
    return signatures, typed, tables


def keep(store: ox.Store, build_dir: Path, content_hash: str, partition: Partition, ontology: str) -> Path:
    """Measure the counts of a build once and write them into ``build_dir`` (a scratch directory
    renamed into place, so ``aggregates/`` is complete or absent); the directory."""
    target = Path(build_dir) / AGGREGATES_DIR
    if kept(build_dir, content_hash) is not None:
        return target
    clean_leftovers(Path(build_dir))
    scratch = Path(build_dir) / f"{AGGREGATES_DIR}.tmp-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    signatures, typed, tables = measure(store, partition, ontology)
    files = []
    for i, ((predicate, side), rows) in enumerate(sorted(tables.items())):
        # in the keys' order: the answers' ORDER BY then sorts rows already in order (graph.aggregate_shape.rows)
        rows_out = [[k, sig, [[p, q, d] for p, (q, d) in partners.items()]] for k, (sig, partners) in sorted(rows.items())]
        (scratch / f"{i}.json").write_text(json.dumps(rows_out, separators=(",", ":")), encoding="utf-8")
        files.append([predicate, side, f"{i}.json"])
    atomic_write(scratch / INDEX_FILE, json.dumps({"key": content_hash, "signatures": signatures, "typed": typed,
                                                   "files": files}))
    shutil.rmtree(target, ignore_errors=True)  # another build's counts
    try:
        scratch.rename(target)
    except OSError:  # another process kept them first: the same counts
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def kept(build_dir: Path, content_hash: str) -> Aggregates | None:
    """The counts kept in a build for this content; None when it has none, another build's, or
    unreadable ones (every aggregate then runs on the store)."""
    directory = Path(build_dir) / AGGREGATES_DIR
    try:
        state = json.loads((directory / INDEX_FILE).read_text(encoding="utf-8"))
        if state["key"] != content_hash:
            return None
        signatures = [tuple((c, int(m)) for c, m in sig) for sig in state["signatures"]]
        files = {(p, side): name for p, side, name in state["files"]}
        return Aggregates(directory, signatures, state["typed"], files)
    except (OSError, ValueError, TypeError, KeyError):
        return None
