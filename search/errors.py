"""Named exceptions of the search package; all are ChanjiaoError so the boundary can translate them."""

from graph.errors import BadInput, ChanjiaoError


class SearchError(ChanjiaoError):
    """Base class for errors the search package raises on purpose."""


class BadQuery(BadInput):
    """A query, prefix or search parameter is unusable; the message says why."""


class ModelUnavailable(SearchError):
    """An embedding model cannot be loaded on this machine (no hub access, bad path)."""


class UnknownBackend(SearchError):
    """The configuration names an embedder backend that is not in the backend table."""


class IndexInvalid(SearchError):
    """A persisted index is stale, truncated or corrupted; the caller rebuilds it."""


class WorkerNotStarted(SearchError):
    """An embedding worker was given passages before the pool's initialiser started its embedder."""
