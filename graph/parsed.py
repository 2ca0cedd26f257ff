"""Parsed YAML kept between builds, by the digest of its text: a build parses again only the
curated files that changed.

libyaml's C parser still builds every object in Python (most of reading the curated data at
scale); JSON is read in C. A parsed document is kept as JSON (``{digest}.json`` under the
directory given, the digest of the text and of this format and PyYAML's version) when JSON gives
it back equal, dates tagged (``{"$date": ...}``); a document JSON cannot carry exactly (a
non-string key, say) is parsed from its YAML every time. The files no read of a build used are
removed after it (``prune``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

PARSED_DIR = "parsed"  # under the data directory
FORMAT = "1"
# Tag -> the type a YAML timestamp is parsed as (a datetime is also a date: its tag is tried first).
TIMES: dict[str, type[dt.date]] = {"$datetime": dt.datetime, "$date": dt.date}


def _encoded(value: object) -> dict[str, str]:
    for tag, kind in TIMES.items():
        if isinstance(value, kind):
            return {tag: value.isoformat()}
    raise TypeError(f"not kept as JSON: {type(value).__name__}")


def _decoded(mapping: dict) -> object:
    if len(mapping) == 1:
        tag, text = next(iter(mapping.items()))
        if tag in TIMES and isinstance(text, str):
            return TIMES[tag].fromisoformat(text)
    return mapping


class ParsedYaml:
    """``parse(text)``: the document ``parse_yaml`` makes of ``text``, read back from ``directory``
    when an earlier build kept it."""

    def __init__(self, directory: Path, parse_yaml: Callable[[str], object]):
        self.directory, self.parse_yaml, self.used = Path(directory), parse_yaml, set[str]()
        self.parsed = 0  # documents parsed from YAML (the others read back)
        self.directory.mkdir(parents=True, exist_ok=True)

    def __call__(self, text: str) -> object:
        name = hashlib.blake2b(f"{FORMAT}\0{yaml.__version__}\0{text}".encode(), digest_size=16).hexdigest() + ".json"
        self.used.add(name)
        path = self.directory / name
        try:
            return json.loads(path.read_text(encoding="utf-8"), object_hook=_decoded)
        except (OSError, ValueError):  # not kept yet, or damaged: parsed again
            pass
        doc = self.parse_yaml(text)
        self.parsed += 1
        try:
            kept = json.dumps(doc, default=_encoded, ensure_ascii=False)
        except (TypeError, ValueError):
            return doc
        if json.loads(kept, object_hook=_decoded) == doc:
            partial = path.with_suffix(".part")
            partial.write_text(kept, encoding="utf-8")
            os.replace(partial, path)
        return doc

    def prune(self) -> None:
        """Remove the kept documents no read since this was made used."""
        log.info("parsed %d curated files, read %d back", self.parsed, len(self.used) - self.parsed)
        for path in self.directory.iterdir():
            if path.name not in self.used and path.suffix in (".json", ".part"):
                path.unlink()
