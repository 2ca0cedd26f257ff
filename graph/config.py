"""Typed, frozen configuration of the graph build and store."""

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from graph.namespaces import DEFAULT_BASE_IRI

PACKAGE_DIR = Path(__file__).resolve().parent
ACCEPTED_DIR = "accepted"


@dataclass(frozen=True)
class BuildConfig:
    """Where the curated inputs are and where the built store goes."""

    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("CHANJIAO_DATA", "data")))
    base_iri: str = field(default_factory=lambda: os.environ.get("CHANJIAO_BASE_IRI", DEFAULT_BASE_IRI))
    curated_dir: Path = PACKAGE_DIR / "data"
    # Source folders accepted from ingest, outside the repository; None means {data_dir}/accepted.
    accepted_dir: Path | None = None
    # A remote SPARQL store (graph.remote) to publish into and serve from instead of the embedded
    # one: its base URL, and which server product it is (a key of graph.remote.DIALECTS).
    store: str | None = field(default_factory=lambda: os.environ.get("CHANJIAO_STORE") or None)
    store_kind: str = field(default_factory=lambda: os.environ.get("CHANJIAO_STORE_KIND") or "oxigraph")
    # Curated inputs (bytes) from which the graph part runs in a worker process that exits (graph.apart): a
    # build's process kept, after it, ~40 MB at 100x the seed (4.5 MB of inputs), ~170 at 300x (13.5), 413 at 1000x (46).
    apart_bytes: int = 8 << 20
    # The C allocator preloaded into that worker where installed (graph.allocator; None: the C library's own): its
    # bulk loads' CPU at 100x, 15.6-18.7 s with glibc's, 12.9-13.4 with mimalloc's.
    allocator: str | None = "mimalloc"

    @classmethod
    def with_options(cls, **options: str | Path | None) -> "BuildConfig":
        """The default configuration (environment, then built-in) with each option that is given
        (neither None nor empty) in place of its default: a command line's options, by field name.
        A path field may be given as a string."""
        paths = {f.name for f in fields(cls) if f.type in (Path, Path | None)}
        given: dict[str, Any] = {name: Path(value) if name in paths else value
                                 for name, value in options.items() if value}
        return replace(cls(), **given)

    @property
    def accepted(self) -> Path:
        """The folder of accepted sources (merged into the build when it exists)."""
        return Path(self.accepted_dir) if self.accepted_dir is not None else Path(self.data_dir) / ACCEPTED_DIR

    def __post_init__(self):
        if not self.base_iri.endswith(("/", "#")):
            raise ValueError(f"base IRI must end with '/' or '#': {self.base_iri!r}")
        if self.store is not None and not self.store.startswith(("http://", "https://")):
            raise ValueError(f"the store must be an http(s):// URL: {self.store!r}")
