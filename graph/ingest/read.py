"""Reading: a file of a supported format becomes one normalised, stored text.

Contract: ``read_document(path, config)`` returns a Document whose ``text`` is what the
draft stores as text.txt and what every evidence span points into, and whose
``simplified`` view has exactly the same length (character i of one is character i of
the other), so extraction runs on simplified script while spans stay valid for the
written form. Problems raise the named IngestError subclasses, each naming the file.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from graph.han import simplified
from graph.ingest.config import IngestConfig
from graph.ingest.errors import (
    BinaryData,
    EmptyFile,
    NothingFound,
    TooLarge,
    UndecodableText,
    UnsupportedFormat,
)

# BOM -> codec; checked before anything else because UTF-16 text is full of NUL bytes.
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Legacy Chinese encodings tried after UTF-8, best first by charset-normalizer's judgement.
LEGACY = ("gb18030", "big5")
# Signatures of binary formats that sometimes arrive under a text extension.
MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ")
_TRAILING = re.compile(r"[ \t]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")
_KEEP_CONTROLS = {"\n", "\t"}
# Changed characters at or above which a text counts as written in traditional script.
MIN_TRADITIONAL = 3


@dataclass(frozen=True)
class Document:
    """One read document: stored text, its simplified view and how it was read."""

    path: Path
    format: str
    encoding: str | None
    text: str
    simplified: str
    title: str | None = None

    @property
    def traditional(self) -> bool:
        return sum(a != b for a, b in zip(self.text, self.simplified)) >= MIN_TRADITIONAL

    @property
    def sha256(self) -> str:
        """The digest of the stored text's UTF-8 bytes (text.txt)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text and the codec name; BinaryData or UndecodableText if no codec fits."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise UndecodableText(path, f"starts with a {codec} byte-order mark but is not {codec}: {exc}") from exc
    if data.startswith(MAGIC) or b"\x00" in data:
        raise BinaryData(path, "holds binary data (NUL bytes or a binary file signature), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data, path)


def _legacy(data: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    order = [best.encoding] if best is not None else []
    for codec in [*order, *LEGACY]:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    raise UndecodableText(path, "is neither UTF-8, UTF-16 with a byte-order mark, GB18030/GBK nor Big5")


def normalise(text: str) -> str:
    """NFKC (full-width forms to half-width, as graph.han.fold does), LF line ends,
    no trailing blanks, at most one empty line in a row. Script is kept as written."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_RUNS.sub("\n\n", _TRAILING.sub("\n", text + "\n")).strip("\n") + "\n"


def simplified_view(text: str) -> str:
    """Traditional→simplified with the same length as ``text`` (OpenCC, line by line;
    a line whose phrase conversion changes length is converted character by character)."""
    lines = []
    for line in text.split("\n"):
        out = simplified(line)
        if len(out) != len(line):
            out = "".join(c if len(d := simplified(c)) != 1 else d for c in line)
        lines.append(out)
    return "\n".join(lines)


def _plain(data: bytes, path: Path) -> tuple[str, str | None, str | None]:
    text, codec = decode(data, path)
    return text, codec, None


# Main text shorter than this is what trafilatura's fallbacks keep of a page without an
# article (a menu entry, a copyright line).
MIN_HTML_TEXT = 20


# Markdown syntax that is not text: heading and quote markers, emphasis, link targets, images.
MARKDOWN = ((re.compile(r"^\s{0,3}(?:#{1,6}|>)\s*", re.MULTILINE), ""), (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
            (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"), (re.compile(r"\*\*|__|`"), ""),
            (re.compile(r"^\s*[-*+]\s+", re.MULTILINE), ""), (re.compile(r"^\s*[-*_]{3,}\s*$", re.MULTILINE), ""))


def _markdown(data: bytes, path: Path) -> tuple[str, str | None, str | None]:
    """Markdown as plain text: the words of headings, lists, emphasis and links."""
    text, codec = decode(data, path)
    for pattern, replacement in MARKDOWN:
        text = pattern.sub(replacement, text)
    return text, codec, None


def _html(data: bytes, path: Path) -> tuple[str, str | None, str | None]:
    import trafilatura

    html, codec = decode(data, path)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    if not text or len(text.strip()) < MIN_HTML_TEXT:
        raise NothingFound(path, "the HTML page has no main text (only navigation, scripts or boilerplate)")
    return text, codec, getattr(meta, "title", None)


def _pdf(data: bytes, path: Path) -> tuple[str, str | None, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise BinaryData(path, f"is not a readable PDF: {exc}") from exc
    title = reader.metadata.title if reader.metadata else None
    return text, None, title


def _docx(data: bytes, path: Path) -> tuple[str, str | None, str | None]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BinaryData(path, f"is not a readable .docx file: {exc}") from exc
    parts = [p.text for p in doc.paragraphs]
    parts += ["\t".join(cell.text for cell in row.cells) for table in doc.tables for row in table.rows]
    return "\n".join(parts), None, doc.core_properties.title or None


READERS = {".txt": _plain, ".md": _markdown, ".html": _html, ".htm": _html, ".pdf": _pdf, ".docx": _docx}


def read_document(path: Path | str, config: IngestConfig | None = None) -> Document:
    """Read, decode and normalise one file; raise an IngestError subclass naming it."""
    path, config = Path(path), config or IngestConfig()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormat(path, f"format {path.suffix or '(no extension)'!r} is not one of "
                                      f"{', '.join(sorted(READERS))}")
    if not path.is_file():
        raise EmptyFile(path, "no such file")
    size = path.stat().st_size
    if size > config.max_bytes:
        raise TooLarge(path, f"is {size} bytes; the limit is {config.max_bytes}")
    if size == 0:
        raise EmptyFile(path, "the file is empty (0 bytes)")
    raw, codec, title = reader(path.read_bytes(), path)
    _check_controls(raw, path, config)
    text = normalise(raw)
    if len(text.strip()) < config.min_text_chars:
        raise EmptyFile(path, "the file holds no text")
    return Document(path, path.suffix.lower().lstrip("."), codec, text, simplified_view(text), title)


def _check_controls(text: str, path: Path, config: IngestConfig) -> None:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _KEEP_CONTROLS and c != "\r")
    if text and controls / len(text) > config.max_control_share:
        raise BinaryData(path, f"{controls} control characters in {len(text)}: binary data, not text")
