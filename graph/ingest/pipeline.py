"""The whole ingest of one file: read -> extract -> link -> draft [-> accept].

``Ingester(config)`` loads the graph's gazetteer once (building the store if needed) and
``ingest(path, meta)`` returns the Draft and the linked Extraction. Nothing is published
unless ``accept=True`` (see graph.ingest.draft.accept).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from graph.config import BuildConfig
from graph.ingest import draft as drafts
from graph.ingest.config import IngestConfig
from graph.ingest.errors import NothingFound
from graph.ingest.extract import DefaultExtractor, published_in_text
from graph.ingest.lexicon import Lexicon
from graph.ingest.link import link
from graph.ingest.proposals import complete
from graph.ingest.read import Document, read_document
from graph.ingest.result import Extraction


@dataclass
class Ingester:
    config: BuildConfig
    ingest_config: IngestConfig = field(default_factory=IngestConfig)
    progress: object = None
    _lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            from graph.published import ensure_built
            from graph.store import open_graph

            ensure_built(self.config)
            self._lexicon = Lexicon.from_graph(open_graph(self.config.data_dir))
        return self._lexicon

    def extract(self, path: Path | str, published: str | None = None) -> tuple[Document, Extraction]:
        """Read and extract one file, linked to the graph: the read document and what it names;
        NothingFound if it names nothing."""
        doc = read_document(path, self.ingest_config)
        return doc, self._extract(doc, path, published)

    def _extract(self, doc, path, published: str | None) -> Extraction:
        result = DefaultExtractor(self.lexicon, self.ingest_config, self.progress).extract(doc, published)
        if result.is_empty():
            raise NothingFound(path, "no organisation, person, consortium, cooperation or figure was found")
        link(result, self.lexicon, self.config.base_iri)
        for consortium in (c for c in result.consortia if c.new):
            complete(consortium, self.lexicon)
        return result

    def ingest(self, path: Path | str, meta: drafts.Meta | None = None, accept: bool = False):
        from filelock import FileLock

        meta = meta or drafts.Meta()
        doc = read_document(path, self.ingest_config)
        if meta.published is None:
            meta = replace(meta, published=published_in_text(doc.text))
        result = self._extract(doc, path, meta.published)
        data_dir = Path(self.config.data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        with FileLock(str(data_dir / drafts.LOCK_FILE), timeout=drafts.LOCK_TIMEOUT):
            draft = drafts.write_draft(data_dir, doc, result, meta, self.config.accepted)
        if accept and not draft.published:
            draft.folder = drafts.accept(self.config, draft.source_id)
            draft.published = True
        return draft, result
