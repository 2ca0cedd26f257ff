"""Reading every format and encoding, and every bad-input case (fixtures made in tmp_path)."""

import pytest

from graph.ingest.config import IngestConfig
from graph.ingest.errors import (
    BinaryData,
    EmptyFile,
    IngestError,
    NothingFound,
    TooLarge,
    UndecodableText,
    UnsupportedFormat,
)
from graph.ingest.read import read_document

PARAGRAPH = "大连职业技术学院与国创氢能科技有限公司签署合作协议，双方投入1500万元共建氢能实训基地。"
TRADITIONAL = "大連職業技術學院與國創氫能科技有限公司簽署合作協議，雙方共建氫能實訓基地。"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_simplified_encodings_read_to_the_same_text(tmp_path, codec):
    doc = read_document(write(tmp_path, "a.txt", PARAGRAPH.encode(codec)))
    assert "国创氢能科技有限公司签署合作协议,双方投入1500万元" in doc.text  # NFKC: full-width comma folded
    assert not doc.traditional


def test_utf16_with_bom(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", PARAGRAPH.encode("utf-16")))
    assert doc.encoding == "utf-16" and "国创氢能科技有限公司" in doc.text


def test_big5_traditional_keeps_the_written_form_and_has_a_simplified_view(tmp_path):
    doc = read_document(write(tmp_path, "a.big5.txt", TRADITIONAL.encode("big5")))
    assert doc.encoding == "big5"
    assert "國創氫能科技有限公司" in doc.text
    assert doc.traditional and len(doc.simplified) == len(doc.text)
    assert "国创氢能科技有限公司" in doc.simplified


def test_markdown_is_read_as_plain_text(tmp_path):
    md = f"# 标题\n\n- **大连理工大学**牵头\n- [国创氢能](https://example.org)\n\n{PARAGRAPH}\n"
    doc = read_document(write(tmp_path, "a.md", md.encode()))
    assert doc.format == "md" and doc.text.startswith("标题\n")
    assert "大连理工大学牵头\n国创氢能\n" in doc.text and "https" not in doc.text


def test_html_keeps_the_main_text_and_drops_navigation_and_scripts(tmp_path):
    html = f"""<html><head><title>氢能学院签约</title><script>var tracker = "脚本内容不应出现";</script></head>
    <body><nav><a href="/">首页</a> <a href="/news">导航栏目链接</a></nav>
    <article><h1>氢能学院签约</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('1500', '2000')}</p></article>
    <footer>版权所有 页脚信息</footer></body></html>"""
    doc = read_document(write(tmp_path, "a.html", html.encode("utf-8")))
    assert "国创氢能科技有限公司" in doc.text
    assert "脚本内容" not in doc.text and "导航栏目链接" not in doc.text


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph(PARAGRAPH)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "大连理工大学", "合作单位"
    path = tmp_path / "a.docx"
    d.save(path)
    doc = read_document(path)
    assert "国创氢能科技有限公司" in doc.text and "大连理工大学" in doc.text


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica, with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>"),
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_is_extracted(tmp_path):
    doc = read_document(write(tmp_path, "a.pdf", tiny_pdf("Dalian Vocational and Technical College 2024")))
    assert "Dalian Vocational and Technical College 2024" in doc.text


@pytest.mark.parametrize("name, data, error, words", [
    ("empty.txt", b"", EmptyFile, "empty"),
    ("blank.txt", b" \n\n \t\n", EmptyFile, "no text"),
    ("nul.txt", b"abc\x00\x01\x02def", BinaryData, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BinaryData, "binary"),
    ("junk.txt", b"\xff\xfe\xfd" * 0 + b"\xff" * 40, UndecodableText, "neither"),
    ("bad16.txt", b"\xff\xfe\x00\xd8", UndecodableText, "utf-16"),
    ("sheet.xlsx", b"PK\x03\x04", UnsupportedFormat, ".xlsx"),
    ("noext", b"text", UnsupportedFormat, "no extension"),
    ("broken.docx", b"not a zip file at all", BinaryData, ".docx"),
    ("broken.pdf", b"%PDF-1.4 garbage", BinaryData, "PDF"),
    ("nav.html", b"<html><body><nav><a href='/'>home</a></nav><script>x=1</script></body></html>", NothingFound,
     "main text"),
])
def test_bad_input_is_a_named_error_naming_the_file(tmp_path, name, data, error, words):
    path = write(tmp_path, name, data)
    with pytest.raises(error) as info:
        read_document(path)
    assert isinstance(info.value, IngestError)
    assert str(path) in str(info.value) and words in str(info.value)


def test_files_over_the_limit_are_refused_before_reading(tmp_path):
    path = write(tmp_path, "big.txt", PARAGRAPH.encode() * 10)
    with pytest.raises(TooLarge, match="limit is 100"):
        read_document(path, IngestConfig(max_bytes=100))


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(EmptyFile, match="no such file"):
        read_document(tmp_path / "missing.txt")
