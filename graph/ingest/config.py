"""Typed, frozen configuration of the ingest pipeline."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestConfig:
    """Limits and thresholds of reading, extraction and drafting."""

    max_bytes: int = 5 * MB  # files over this are refused before decoding
    min_text_chars: int = 2  # text shorter than this (after stripping) is "empty"
    # A share of control characters above this marks binary data (text has almost none).
    max_control_share: float = 0.01
    # Drafts: entries below this confidence are kept but flagged for review in the summary.
    review_below: float = 0.6
    # Extraction runs LAC over chunks of at most this many characters (it works per sentence).
    chunk_chars: int = 500
