"""Semantic search over the knowledge graph: embedders, dense and lexical indexes, hybrid
ranking, autocomplete and evaluation.

Importing this package is cheap: torch, faiss and the USE weights load only when an engine
or a backend is built.
"""

from search.config import SearchConfig
from search.engine import SearchEngine
from search.errors import BadQuery, IndexInvalid, ModelUnavailable, SearchError, UnknownBackend
from search.results import SearchResult, Suggestion

__all__ = [
    "BadQuery",
    "IndexInvalid",
    "ModelUnavailable",
    "SearchConfig",
    "SearchEngine",
    "SearchError",
    "SearchResult",
    "Suggestion",
    "UnknownBackend",
]
