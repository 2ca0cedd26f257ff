"""The notebook helpers that are not exercised by running the notebooks alone."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib import font_manager

from notebooks import _helpers as nb


def test_endpoint_terms_convert_like_the_store():
    """SPARQL JSON terms become the same Python values KnowledgeGraph.select gives."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert nb._python({"type": "uri", "value": "https://w3id.org/chanjiao/id/org/dlut"}) == \
        "https://w3id.org/chanjiao/id/org/dlut"
    assert nb._python({"type": "literal", "value": "16", "datatype": xsd + "integer"}) == 16
    assert nb._python({"type": "literal", "value": "1.2E8", "datatype": xsd + "double"}) == 1.2e8
    assert nb._python({"type": "literal", "value": "true", "datatype": xsd + "boolean"}) is True
    assert nb._python({"type": "literal", "value": "大连理工大学", "xml:lang": "zh"}) == "大连理工大学"
    assert nb._python({"type": "literal", "value": "2023"}) == "2023"
    assert nb._python(None) is None


def test_table_numbers_rows_from_one_and_blanks_unbound_text():
    frame = nb.table([{"name": "a", "n": 1}, {"name": None, "n": 2}])
    assert list(frame.index) == [1, 2]
    assert list(frame["name"]) == ["a", ""]
    assert list(frame["n"]) == [1, 2]


def test_cjk_font_missing_warns_and_keeps_going(monkeypatch, capsys):
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *args, **kwargs: [])
    with matplotlib.rc_context():
        assert nb.use_cjk_font() is None
    assert "warning" in capsys.readouterr().out


def test_cjk_font_is_used_when_installed():
    if not any("NotoSansCJK" in path for path in font_manager.findSystemFonts()):
        pytest.skip("fonts-noto-cjk is not installed (make system-deps)")
    with matplotlib.rc_context():
        family = nb.use_cjk_font()
        assert family.startswith("Noto Sans CJK")
        assert matplotlib.rcParams["font.sans-serif"][0] == family
