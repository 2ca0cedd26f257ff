"""Named exceptions raised by the library and translated at the boundary (HTTP, CLI)."""


class ChanjiaoError(Exception):
    """Base class for every error the library raises on purpose."""


class CuratedDataError(ChanjiaoError):
    """A curated data file is broken; names the file, the entry and what is wrong."""

    def __init__(self, file: str, entry: str | None, message: str):
        self.file, self.entry, self.detail = file, entry, message
        where = f"{file}: entry {entry!r}" if entry else file
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # pickled with its fields (raised in a worker: graph.apart), not its message
        return type(self), (self.file, self.entry, self.detail)


class GraphValidationError(ChanjiaoError):
    """The built graph does not conform to the SHACL shapes; it is not published."""

    def __init__(self, report: str):
        self.report = report
        super().__init__(f"the graph does not conform to ontology/shapes.ttl:\n{report}")

    def __reduce__(self):  # as CuratedDataError's
        return type(self), (self.report,)


class StoreNotBuilt(ChanjiaoError):
    """No built store exists in the data directory."""


class QueryError(ChanjiaoError):
    """A SPARQL query is malformed or not allowed."""


class QueryRefused(QueryError):
    """A SPARQL request is well formed but not allowed (updates, SERVICE)."""


class QueryTimeout(ChanjiaoError):
    """A query ran past its deadline and was stopped."""


class BadInput(ChanjiaoError):
    """User input (a search query, a parameter) is unusable; the message says why."""


class StoreCorrupt(ChanjiaoError):
    """A built store cannot be read: a damaged file, a garbled manifest, a count that differs."""


class IncrementalRefused(ChanjiaoError):
    """The published build cannot be updated into a new one (graph.incremental); a full build is made instead."""


class StoreWriteError(ChanjiaoError):
    """The data directory cannot be written (read-only, full, not a directory)."""


class RemoteStoreError(ChanjiaoError):
    """The remote SPARQL store cannot be reached, or failed a request it should have served."""


class UnboundVariable(ChanjiaoError):
    """A result row lacks a variable its query always binds: the store answered wrongly."""
