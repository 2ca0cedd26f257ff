"""The consortium's knowledge graph: curated data, build, store, export and analytics.

Importing this package is cheap: it loads neither torch, faiss nor flask.
"""

from graph.config import BuildConfig
from graph.errors import ChanjiaoError, CuratedDataError, GraphValidationError, QueryError, StoreNotBuilt
from graph.store import KnowledgeGraph, open_graph

__all__ = [
    "BuildConfig",
    "ChanjiaoError",
    "CuratedDataError",
    "GraphValidationError",
    "KnowledgeGraph",
    "QueryError",
    "StoreNotBuilt",
    "open_graph",
]
