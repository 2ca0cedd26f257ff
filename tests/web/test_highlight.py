"""graph.documents.highlight: cited spans become nested marks; crossing spans are split, never lost."""

from __future__ import annotations

from graph.documents import Mark, Span, highlight

TEXT = "0123456789abcdefghij"


def span(start: int, end: int) -> Span:
    return Span(start, end, f"/id/document/d#char={start},{end}")


def flatten(pieces, open_spans=()) -> list[tuple[str, tuple]]:
    """(character run, anchors of the marks around it, outermost first)."""
    out = []
    for piece in pieces:
        if isinstance(piece, Mark):
            out += flatten(piece.children, (*open_spans, piece.span.anchor))
        else:
            out.append((piece, open_spans))
    return out


def span_texts(pieces) -> dict[str, str]:
    texts: dict[str, str] = {}
    for run, anchors in flatten(pieces):
        for anchor in anchors:
            texts[anchor] = texts.get(anchor, "") + run
    return texts


def firsts(pieces) -> list[str]:
    found = []
    for piece in pieces:
        if isinstance(piece, Mark):
            found += ([piece.span.anchor] if piece.first else []) + firsts(piece.children)
    return found


def test_nested_and_crossing_spans_each_cover_exactly_their_text():
    spans = [span(2, 8), span(3, 5), span(6, 12), span(2, 8), span(15, 15), span(14, 20)]
    pieces = highlight(TEXT, spans)
    assert "".join(run for run, _ in flatten(pieces)) == TEXT
    expected = {s.anchor: TEXT[s.start:s.end] for s in spans if s.start < s.end}
    assert span_texts(pieces) == expected
    assert sorted(firsts(pieces)) == sorted(expected), "one anchored piece per span"


def test_a_span_inside_another_nests_in_it():
    pieces = highlight(TEXT, [span(0, 10), span(2, 4)])
    outer = pieces[0]
    assert isinstance(outer, Mark) and outer.span.anchor == "char=0,10"
    assert [p.span.anchor for p in outer.children if isinstance(p, Mark)] == ["char=2,4"]


def test_no_spans_leave_the_text_alone():
    assert highlight(TEXT, []) == [TEXT]
