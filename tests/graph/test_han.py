"""graph.han's text forms: ``normalize`` inside ``remembering`` gives what it gives outside, and forgets on leaving."""

from graph import han


def test_normalize_remembering_gives_the_same_forms_and_forgets_them():
    texts = ["產教融合 Ｂ", "大连理工大学", "  Dalian   University ", "產教融合 Ｂ"]
    plain = [han.normalize(t) for t in texts]
    with han.remembering():
        remembered = [han.normalize(t) for t in texts]
        with han.remembering():  # nested: the same memo, kept until the outer block ends
            assert han.normalize(texts[1]) == plain[1]
        assert han._held is not None and set(han._held) == set(texts)
    assert remembered == plain == ["产教融合 b", "大连理工大学", "dalian university", "产教融合 b"]
    assert han._held is None
