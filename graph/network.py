"""networkx projections of the graph and the analytics researchers ask for.

- ``bipartite``: organisations and cooperations (projects, training bases), linked by participation;
- ``copartnership``: organisations linked when they share cooperations, weighted by how many.
Nodes are IRIs with ``label``, ``type`` (the asserted class's local name) and ``kind`` attributes.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from graph.errors import BadInput
from graph.queries import PARTICIPATION
from graph.store import KnowledgeGraph


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def bipartite(kg: KnowledgeGraph) -> nx.Graph:
    """Organisation–cooperation graph (``bipartite`` attribute 0 for organisations, 1 for cooperations)."""
    g = nx.Graph()
    for row in kg.select(PARTICIPATION.replace("{data}", kg.graph_iri("data"))):
        g.add_node(row["org"], label=row["orgLabel"], type=local_name(row["orgType"]), kind="organisation", bipartite=0)
        g.add_node(row["coop"], label=row["coopLabel"], type=local_name(row["coopType"]), kind="cooperation",
                   bipartite=1)
        g.add_edge(row["org"], row["coop"])
    return g


def copartnership(kg: KnowledgeGraph, projects: nx.Graph | None = None) -> nx.Graph:
    """Organisation–organisation graph; edge ``weight`` is the number of shared cooperations."""
    projects = projects if projects is not None else bipartite(kg)
    g = nx.Graph()
    g.add_nodes_from((n, d) for n, d in projects.nodes(data=True) if d["kind"] == "organisation")
    for coop, d in projects.nodes(data=True):
        if d["kind"] != "cooperation":
            continue
        for a, b in combinations(sorted(projects.neighbors(coop)), 2):
            weight = g.edges[a, b]["weight"] + 1 if g.has_edge(a, b) else 1
            g.add_edge(a, b, weight=weight)
    return g


def centrality(g: nx.Graph) -> list[dict]:
    """Degree, weighted degree, betweenness and eigenvector centrality per node, ranked by degree."""
    betweenness = nx.betweenness_centrality(g)
    eigenvector = _eigenvector(g)
    rows = [{"id": n, "label": g.nodes[n].get("label", n), "type": g.nodes[n].get("type"),
             "degree": g.degree(n), "weighted_degree": g.degree(n, weight="weight"),
             "betweenness": betweenness[n], "eigenvector": eigenvector[n]} for n in g]
    return sorted(rows, key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))


def _eigenvector(g: nx.Graph) -> dict:
    """Eigenvector centrality per connected component (it is undefined across components),
    scaled by the component's share of the nodes so that small islands do not outrank the core."""
    scores = dict.fromkeys(g, 0.0)
    for component in nx.connected_components(g):
        if len(component) > 2:
            sub = nx.eigenvector_centrality_numpy(g.subgraph(component), weight="weight")
            share = len(component) / len(g)
            scores.update({n: v * share for n, v in sub.items()})
    return scores


def communities(g: nx.Graph, seed: int = 7) -> list[list[str]]:
    """Louvain communities (weighted), largest first; deterministic for a given seed."""
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return [sorted(c) for c in sorted(found, key=lambda c: (-len(c), min(c)))]


def connecting_path(g: nx.Graph, source: str, target: str) -> list[str]:
    """The shortest chain of nodes between two entities; BadInput if either is absent or unreachable."""
    for node in (source, target):
        if node not in g:
            raise BadInput(f"{node} is not in the partnership graph")
    try:
        return nx.shortest_path(g, source, target)
    except nx.NetworkXNoPath as exc:
        raise BadInput(f"no path connects {source} and {target}") from exc
