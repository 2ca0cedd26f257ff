"""The default Extractor: LAC + the graph's gazetteer + name-ending rules + jionlp/cn2an.

``DefaultExtractor(lexicon).extract(doc)`` runs every stage on the document's simplified
view (same length as the stored text, so spans fit both) and returns one Extraction.
Organisation and consortium names written in traditional script get the written form as
an alias.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field

from graph.ingest.config import IngestConfig
from graph.ingest.figures import find_figures
from graph.ingest.lexicon import Lexicon
from graph.ingest.nlp import jio, tokens
from graph.ingest.orgs import find_organisations
from graph.ingest.people import find_people
from graph.ingest.read import Document
from graph.ingest.relations import find_consortia, find_cooperations, find_events
from graph.ingest.result import Consortium, Extraction, Organisation

# A time span's bounds -> how much of the date is known.
_PRECISION = ((10, lambda a, b: a[:10] == b[:10]), (7, lambda a, b: a[:7] == b[:7]), (4, lambda a, b: a[:4] == b[:4]))


@dataclass
class DefaultExtractor:
    lexicon: Lexicon
    config: IngestConfig = field(default_factory=IngestConfig)
    progress: object = None  # optional callable(done, total) for long inputs

    def extract(self, doc: Document, published: str | None = None) -> Extraction:
        text = doc.simplified
        toks = tokens(text, self.config.chunk_chars, self.progress)
        found = find_organisations(text, toks, self.lexicon)
        figures = find_figures(text, toks)
        consortia = find_consortia(text, toks, found, self.lexicon, figures)
        result = Extraction(
            organisations=found.organisations,
            people=find_people(text, toks, found, consortia),
            consortia=consortia,
            cooperations=find_cooperations(text, found, self.lexicon),
            figures=figures,
            events=find_events(text, found, dates(text, published)),
        )
        for event in result.events:
            event.date = event.date or published  # 近日 in a dated article: the article's date
        _written_forms(doc, result)
        return result


def dates(text: str, published: str | None = None) -> list[tuple[int, str]]:
    """(offset, ISO date of the precision written) of every exact date in the text."""
    base = time.mktime(time.strptime(published, "%Y-%m-%d")) if published else time.time()
    logging.disable(logging.ERROR)  # jionlp logs a traceback for every phrase it cannot parse
    try:
        items = jio().ner.extract_time(text, time_base=base, with_parsing=True)
    finally:
        logging.disable(logging.NOTSET)
    out = []
    for item in items:
        detail = item.get("detail") or {}
        bounds = detail.get("time")
        if detail.get("type") != "time_point" or detail.get("definition") != "accurate" or not isinstance(bounds, list):
            continue
        size = next((n for n, same in _PRECISION if same(*bounds)), None)
        if size:
            out.append((item["offset"][0], bounds[0][:size]))
    return out


PUBLISHED = re.compile(r"(?:发布时间|发布日期|发稿时间|日期)\s*[:\uff1a]\s*([0-9年月日./-]{8,11})")


def published_in_text(text: str) -> str | None:
    """The date a page's header gives as its publication date (发布时间:2024-05-17), if any."""
    m = PUBLISHED.search(text[:2000])
    found = dates(m.group(1)) if m else []
    return found[0][1] if found and len(found[0][1]) == 10 else None


def _written_forms(doc: Document, result: Extraction) -> None:
    if not doc.traditional:
        return
    entities: list[Organisation | Consortium] = [*result.organisations, *result.consortia]
    for entity in entities:
        for span in entity.evidence:
            written = doc.text[span.start:span.end]
            if written != doc.simplified[span.start:span.end] and written not in entity.aliases:
                entity.aliases.append(written)
