"""Named errors of the ingest pipeline; each names the file and the reason.

All are BadInput (a ChanjiaoError), so the CLI translates them to one line and exit code 64.
"""

from __future__ import annotations

from pathlib import Path

from graph.errors import BadInput, ChanjiaoError


class IngestError(BadInput):
    """A document cannot be ingested; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: Path | str, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")


class EmptyFile(IngestError):
    """The file has no bytes, or no text once read."""


class BinaryData(IngestError):
    """The file holds binary data, not text of a supported format."""


class UndecodableText(IngestError):
    """No supported encoding (UTF-8/16, GB18030, Big5) decodes the bytes."""


class UnsupportedFormat(IngestError):
    """The file's extension is not one of the readable formats."""


class TooLarge(IngestError):
    """The file is over the configured size limit."""


class NothingFound(IngestError):
    """The text names no organisation, person, consortium, cooperation or figure."""


class AcceptError(ChanjiaoError):
    """A draft cannot be accepted: there is no such draft."""


class NotLinked(ChanjiaoError):
    """An extraction reached the draft writer with an entity linking gave no IRI (a pipeline bug)."""
