"""The notebook helpers that are not exercised by running the notebooks alone."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib import font_manager

from notebooks import _helpers as nb


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
